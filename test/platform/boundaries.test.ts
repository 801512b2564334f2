import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { checkBoundaries } from "../../scripts/check-boundaries.mjs";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "handoff-layers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("import boundaries", () => {
  it("hold for the real source tree", () => {
    expect(checkBoundaries(join(process.cwd(), "src"))).toEqual([]);
  });

  it("fail on a deliberate forbidden import", () => {
    const dir = tree({
      "core/rules.ts": 'import { openDatabase } from "../storage/database.js";\nexport const x = openDatabase;\n',
      "core/io.ts": 'import { readFileSync } from "node:fs";\nexport const y = readFileSync;\n',
      "models/users.ts": 'import { page } from "../http/views/page.js";\nexport const z = page;\n',
      "http/route.ts": 'import { sendSlack } from "../integrations/slack.js";\nexport const w = sendSlack;\n',
      "storage/database.ts": "export const openDatabase = 1;\n",
      "commands/ok.ts": 'import { openDatabase } from "../storage/database.js";\nexport const ok = openDatabase;\n',
    });
    try {
      const problems: string[] = checkBoundaries(dir);
      expect(problems).toHaveLength(4);
      expect(problems.join("\n")).toMatch(/core\/rules\.ts: imports storage\/database/);
      expect(problems.join("\n")).toMatch(/core\/io\.ts: imports "node:fs"/);
      expect(problems.join("\n")).toMatch(/models\/users\.ts: imports http\/views\/page/);
      expect(problems.join("\n")).toMatch(/http\/route\.ts: imports integrations\/slack/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sees dynamic imports and re-exports too", () => {
    const dir = tree({
      "core/a.ts": 'export { b } from "../models/b.js";\nexport const c = () => import("../http/server.js");\n',
    });
    try {
      expect(checkBoundaries(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
