/**
 * The labelled briefs themselves: every label names a rule id and section of spec-rules.md and a line that exists and
 * holds text, and "ready" agrees with the findings. A writer's slip (set zzg spelled seven ids "non-English") would
 * otherwise count as a miss and a false positive at once, and go unnoticed behind a lowered floor.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, SECTION_IDS } from "../../src/core/checker/types.js";
import { CORPORA } from "./corpora.js";

const ROOT = process.cwd();

interface Label {
  line?: number | null;
  rule: string;
  section?: string;
}

/** Every problem with one corpus's labels, as "file: what is wrong". */
function labelProblems(dir: string): string[] {
  const rules = new Set<string>(RULE_IDS);
  const sections = new Set<string>(SECTION_IDS);
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".expected.json"))) {
    const md = join(dir, file.replace(/\.expected\.json$/, ".md"));
    if (!existsSync(md)) {
      problems.push(`${file}: no brief beside it`);
      continue;
    }
    const lines = readFileSync(md, "utf8").split(/\r?\n/);
    const expected = JSON.parse(readFileSync(join(dir, file), "utf8")) as { ready: boolean; findings: Label[] };
    if (expected.ready !== (expected.findings.length === 0)) problems.push(`${file}: "ready" is ${expected.ready} with ${expected.findings.length} findings`);
    for (const label of expected.findings) {
      if (!rules.has(label.rule)) problems.push(`${file}: '${label.rule}' is not a rule id`);
      else if (label.rule === "missing-section") {
        if (!sections.has(label.section ?? "")) problems.push(`${file}: missing-section names no section id ('${label.section}')`);
      } else if (typeof label.line !== "number" || label.line < 1 || label.line > lines.length || lines[label.line - 1].trim() === "") {
        problems.push(`${file}: ${label.rule} at line ${label.line}, which holds no text`);
      }
    }
  }
  return problems;
}

describe("labelled briefs", () => {
  it("finds every corpus", () => {
    expect(CORPORA.length).toBeGreaterThan(100);
  });

  it("use only the spec's rule ids and sections, on lines that hold text", () => {
    const problems = CORPORA.flatMap((dir) => labelProblems(dir).map((p) => `${dir.slice(ROOT.length + 1)}/${p}`));
    expect(problems).toEqual([]);
  });

  it("reports a label whose rule id is not one of the spec's, a line with no text, and a wrong 'ready'", () => {
    const dir = mkdtempSync(join(tmpdir(), "handoff-labels-"));
    try {
      writeFileSync(join(dir, "a.md"), "# A\n\nDie Daten kommen aus unserer Datenbank.\n");
      writeFileSync(join(dir, "a.expected.json"), JSON.stringify({ ready: true, findings: [{ line: 3, rule: "non-English" }, { line: 2, rule: "vague-term" }] }));
      expect(labelProblems(dir)).toEqual([
        'a.expected.json: "ready" is true with 2 findings',
        "a.expected.json: 'non-English' is not a rule id",
        "a.expected.json: vague-term at line 2, which holds no text",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
