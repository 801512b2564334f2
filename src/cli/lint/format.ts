/**
 * Output formats of `handoff lint`: text for people, the JSON array of
 * spec-rules.md, SARIF 2.1.0 for code-scanning tools, and GitHub Actions
 * workflow annotations.
 */
import { RULE_DESCRIPTIONS, RULE_IDS, type Finding } from "../../core/checker/index.js";
import type { ReadError } from "./files.js";

/** Output formats accepted by --format. */
export const FORMATS = ["text", "json", "sarif", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** Findings of one input. */
export interface FileReport {
  file: string;
  findings: Finding[];
}

/** The JSON object of one finding, as in spec-rules.md (file first). */
export function jsonFinding(file: string, f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { file, line: f.line, column: f.column, rule: f.rule };
  if (f.rule === "missing-section") out.section = f.section;
  out.message = f.message;
  if (f.excerpt !== undefined) out.excerpt = f.excerpt;
  return out;
}

/** `--format json`: one array for all files. */
export function formatJson(reports: readonly FileReport[]): string {
  const all = reports.flatMap((r) => r.findings.map((f) => jsonFinding(r.file, f)));
  return JSON.stringify(all, null, 2) + "\n";
}

/** `--format text`: `file:line:col  rule  message` and a summary line. */
export function formatText(reports: readonly FileReport[], errors: readonly ReadError[]): string {
  const lines: string[] = [];
  let count = 0;
  let withFindings = 0;
  for (const r of reports) {
    if (r.findings.length) withFindings++;
    for (const f of r.findings) {
      count++;
      const where = f.line === null ? r.file : `${r.file}:${f.line}:${f.column}`;
      lines.push(`${where}  ${f.rule}  ${f.message}`);
    }
  }
  const checked = reports.length;
  const files = (n: number): string => `${n} file${n === 1 ? "" : "s"}`;
  let summary =
    count === 0
      ? `No findings in ${files(checked)}.`
      : `${count} finding${count === 1 ? "" : "s"} in ${files(withFindings)} (${files(checked)} checked).`;
  if (errors.length) summary += ` ${errors.length} input${errors.length === 1 ? "" : "s"} could not be read.`;
  lines.push(summary);
  return lines.join("\n") + "\n";
}

/** GitHub workflow commands escape %, CR and LF in data, and also , and : in properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `--format github`: one `::warning` annotation per finding, `::error` per unreadable input. */
export function formatGithub(reports: readonly FileReport[], errors: readonly ReadError[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.file)}`];
      if (f.line !== null) props.push(`line=${f.line}`);
      if (f.column !== null) props.push(`col=${f.column}`);
      if (f.endColumn !== undefined && f.line !== null) props.push(`endColumn=${f.endColumn}`);
      props.push(`title=${escapeProperty(f.rule)}`);
      lines.push(`::warning ${props.join(",")}::${escapeData(`${f.rule}: ${f.message}`)}`);
    }
  }
  for (const e of errors) lines.push(`::error file=${escapeProperty(e.name)}::${escapeData(e.message)}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** A SARIF artifact URI for a display name (stdin has no file). */
function uriOf(file: string): string {
  if (file === "<stdin>") return "stdin";
  return file
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
}

/** `--format sarif`: SARIF 2.1.0 with one rule descriptor per rule id. */
export function formatSarif(reports: readonly FileReport[], errors: readonly ReadError[], version: string): string {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: RULE_DESCRIPTIONS[id] },
    fullDescription: { text: RULE_DESCRIPTIONS[id] },
    defaultConfiguration: { level: "warning" },
    properties: { tags: ["documentation", "brief"] },
  }));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: uriOf(r.file) } };
      if (f.line !== null) {
        const region: Record<string, number> = { startLine: f.line };
        if (f.column !== null) region.startColumn = f.column;
        if (f.endColumn !== undefined && f.column !== null && f.endColumn > f.column) region.endColumn = f.endColumn;
        physicalLocation.region = region;
      }
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: RULE_IDS.indexOf(f.rule),
        level: "warning",
        message: { text: f.message },
        locations: [{ physicalLocation }],
      };
      if (f.section) result.properties = { section: f.section };
      return result;
    }),
  );
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: "handoff",
        version,
        rules,
      },
    },
    columnKind: "utf16CodeUnits",
    results,
    invocations: [
      {
        executionSuccessful: errors.length === 0,
        toolExecutionNotifications: errors.map((e) => ({
          level: "error",
          message: { text: e.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(e.name) } } }],
        })),
      },
    ],
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
