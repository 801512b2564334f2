import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = join(process.cwd(), "bin", "handoff.js");

/** Runs the built CLI (npm test builds dist/ first); never throws, returns code and output. */
async function handoff(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: "warn", ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("handoff CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "handoff-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints help for every command", async () => {
    const res = await handoff(["--help"]);
    expect(res.code).toBe(0);
    for (const cmd of ["serve", "migrate", "seed", "user", "token", "backup"]) expect(res.stdout).toContain(cmd);
    const sub = await handoff(["user", "create", "--help"]);
    expect(sub.stdout).toContain("--role");
  });

  it("seeds once, refuses a second seed without --force, and accepts it with --force", async () => {
    const env = { DATA_DIR: dir };
    const first = await handoff(["seed", "--demo"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("staff@cleansystems.example");
    expect(first.stdout).toContain("handoff-demo-2026");
    const second = await handoff(["seed", "--demo"], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("--force");
    expect((await handoff(["seed", "--demo", "--force"], env)).code).toBe(0);
  });

  it("creates a user with a reset link and an API token shown once", async () => {
    const env = { DATA_DIR: dir };
    const user = await handoff(["user", "create", "--email", "new.person@sakura-payments.example", "--role", "client-member", "--org", "sakura-payments"], env);
    expect(user.code).toBe(0);
    expect(user.stdout).toMatch(/\/reset\/[\w-]{40,}/);
    const bad = await handoff(["user", "create", "--email", "x@y.example", "--role", "boss"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--role must be one of");
    const token = await handoff(["token", "create", "--email", "new.person@sakura-payments.example"], env);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^hof_[\w-]{40,}$/);
  });

  it("backs up the SQLite database online and refuses to overwrite", async () => {
    const target = join(dir, "backup.db");
    const res = await handoff(["backup", "--to", target], { DATA_DIR: dir });
    expect(res.code).toBe(0);
    expect(existsSync(target)).toBe(true);
    const again = await handoff(["backup", "--to", target], { DATA_DIR: dir });
    expect(again.code).toBe(2);
  });

  it("exits 1 with one line naming host and port when PostgreSQL is unreachable", async () => {
    const res = await handoff(["migrate"], { DATA_DIR: dir, DATABASE_URL: "postgres://postgres@127.0.0.1:1/nothing" });
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toContain("127.0.0.1:1");
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 naming the path when the data directory is not writable", async () => {
    // A path below a regular file can never be created, even by root.
    writeFileSync(join(dir, "a-file"), "");
    const blocked = join(dir, "a-file", "data");
    const res = await handoff(["migrate"], { DATA_DIR: blocked });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(blocked);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
  });
});
