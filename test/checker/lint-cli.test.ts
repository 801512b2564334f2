import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";

/** Microsoft's SARIF 2.1.0 JSON schema (draft-04), shipped in @microsoft/jest-sarif. */
const SARIF_SCHEMA = JSON.parse(readFileSync(join(process.cwd(), "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv = AjvDraft04.default;
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(SARIF_SCHEMA);

const BIN = join(process.cwd(), "bin", "handoff.js");

/** The built CLI (npm test builds dist/ first), with optional standard input. */
function lint(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, "lint", ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

const CLEAN = `# Export refunds as CSV

## Context
Support staff reconcile refunds once a month from a spreadsheet export.

## API
\`GET /refunds.csv?from=YYYY-MM-DD\` returns one row per refund with columns id, amount_jpy, created_at (UTC).

## Edge cases
- A date that is not \`YYYY-MM-DD\` returns 400 with \`{"error": "from must be YYYY-MM-DD"}\`.
- More than 100,000 rows returns 413; narrow the date range.

## Acceptance criteria
- \`GET /refunds.csv?from=2027-01-01\` returns one row per refund created since 2027-01-01 00:00 UTC.
- A request for a range with no refunds returns the header row only.
`;

const VAGUE = `# Faster search

## Context
Search should be fast and robust.

## API
TBD

## Edge cases
- As discussed, retry a few times.

## Acceptance criteria
- It works correctly.
`;

describe("handoff lint, end to end through the built CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "handoff-lint-"));
    mkdirSync(join(dir, "briefs", "nested"), { recursive: true });
    writeFileSync(join(dir, "briefs", "clean.md"), CLEAN);
    writeFileSync(join(dir, "briefs", "nested", "vague.md"), VAGUE);
    writeFileSync(join(dir, "briefs", "notes.txt"), "not a brief");
    writeFileSync(join(dir, "latin1.md"), Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 on a clean brief and 1 when there are findings", async () => {
    const clean = await lint([join(dir, "briefs", "clean.md")]);
    expect(clean.stderr).toBe("");
    expect(clean.code).toBe(0);
    const vague = await lint([join(dir, "briefs", "nested", "vague.md")]);
    expect(vague.code).toBe(1);
  });

  it("text: file:line:col  rule  message, and a summary line", async () => {
    const res = await lint(["--format", "text", join(dir, "briefs")]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/vague\.md:4:\d+ {2}vague-term {2}'fast' has no measurable meaning/);
    expect(res.stdout).toMatch(/vague\.md:7:\d+ {2}placeholder/);
    expect(res.stdout.trim().split("\n").at(-1)).toMatch(/^\d+ findings? in 1 file \(2 files checked\)/);
    expect(res.stdout).not.toContain("notes.txt");
  });

  it("json: exactly the spec-rules array, for all files", async () => {
    const res = await lint(["--format", "json", join(dir, "briefs")]);
    const findings = JSON.parse(res.stdout) as Record<string, unknown>[];
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["file", "line", "column", "rule", "message"]));
      expect(String(f.file)).toMatch(/vague\.md$/);
    }
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of ["vague-term", "placeholder", "shared-context", "unquantified", "untestable-criterion"]) expect(rules.has(r), r).toBe(true);
  });

  it("sarif: a valid SARIF 2.1.0 log with one rule descriptor per rule id", async () => {
    const res = await lint(["--format", "sarif", join(dir, "briefs")]);
    const log = JSON.parse(res.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const rules = log.runs[0].tool.driver.rules as { id: string }[];
    expect(rules.map((r) => r.id).sort()).toEqual(
      ["missing-section", "non-english", "open-question", "placeholder", "private-link", "shared-context", "undefined-term", "unquantified", "untestable-criterion", "vague-term"].sort(),
    );
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    // A broken log is caught by the same validator.
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
  });

  it("github: workflow annotations", async () => {
    const res = await lint(["--format", "github", join(dir, "briefs", "nested", "vague.md")]);
    expect(res.stdout.split("\n").filter(Boolean).every((l) => l.startsWith("::warning file="))).toBe(true);
    expect(res.stdout).toMatch(/::warning file=[^,]*vague\.md,line=4,/);
  });

  it("reads standard input with -", async () => {
    const res = await lint(["--format", "json", "-"], VAGUE);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).some((f: { line: number; rule: string }) => f.line === 7 && f.rule === "placeholder")).toBe(true);
  });

  it("exits 2 naming a file that is not UTF-8, still reporting the others", async () => {
    const res = await lint(["--format", "json", join(dir, "latin1.md"), join(dir, "briefs", "nested", "vague.md")]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("latin1.md");
    expect(JSON.parse(res.stdout).length).toBeGreaterThan(0);
  });

  it("exits 2 on an unknown rule in the configuration, listing the valid ids", async () => {
    writeFileSync(join(dir, "bad-rc.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    const res = await lint(["--config", join(dir, "bad-rc.json"), join(dir, "briefs", "clean.md")]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("no-such-rule");
    expect(res.stderr).toContain("vague-term");
  });

  it("honours .handoffrc.json found upward and inline suppression", async () => {
    const sub = join(dir, "configured", "team");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(dir, "configured", ".handoffrc.json"), JSON.stringify({ rules: { "vague-term": "off" } }));
    writeFileSync(join(sub, "b.md"), VAGUE.replace("- It works correctly.", "<!-- handoff-disable-next-line untestable-criterion -->\n- It works correctly."));
    const res = await lint(["--format", "json", join(sub, "b.md")]);
    const rules = (JSON.parse(res.stdout) as { rule: string }[]).map((f) => f.rule);
    expect(rules).not.toContain("vague-term");
    expect(rules).not.toContain("untestable-criterion");
    expect(rules).toContain("placeholder");
  });

  it("exits 2 on a usage error", async () => {
    const res = await lint(["--format", "yaml", join(dir, "briefs")]);
    expect(res.code).toBe(2);
  });
});
