/**
 * `handoff lint [PATH… | -] [--format text|json|sarif|github] [--config FILE]`:
 * runs the brief checker over Markdown files (directories are searched for
 * *.md, "-" reads stdin). Exit 0 when there are no findings, 1 when there are
 * any, 2 on usage, configuration or read errors (other inputs are still
 * checked and reported).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { check } from "../../core/checker/index.js";
import { ConfigResolver, LintConfigError, loadConfigFile } from "../lint/config.js";
import { expandPaths, readInput, type ReadError } from "../lint/files.js";
import { FORMATS, formatGithub, formatJson, formatSarif, formatText, type FileReport, type Format } from "../lint/format.js";

/** Options as commander parses them. */
interface LintOptions {
  format: string;
  config?: string;
}

/** What a lint run produced, for tests and for the command. */
export interface LintRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** Runs lint without touching process state (stdin is read lazily through `stdin`). */
export function runLint(paths: readonly string[], options: LintOptions, cwd: string, stdin: () => Uint8Array): LintRun {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    return { exitCode: 2, stdout: "", stderr: `handoff lint: unknown format "${options.format}"; use one of ${FORMATS.join(", ")}\n` };
  }
  const format = options.format as Format;
  let resolver: ConfigResolver;
  try {
    resolver = new ConfigResolver(options.config ? loadConfigFile(options.config) : null);
  } catch (err) {
    if (err instanceof LintConfigError) return { exitCode: 2, stdout: "", stderr: `handoff lint: ${err.message}\n` };
    throw err;
  }

  const { inputs, errors } = expandPaths(paths.length ? paths : ["."], cwd);
  const readErrors: ReadError[] = [...errors];
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const text = readInput(input, stdin);
    if (typeof text !== "string") {
      readErrors.push(text);
      continue;
    }
    let options;
    try {
      options = resolver.forDir(input.dir);
    } catch (err) {
      if (err instanceof LintConfigError) return { exitCode: 2, stdout: "", stderr: `handoff lint: ${err.message}\n` };
      throw err;
    }
    reports.push({ file: input.name, findings: check(text, options).findings });
  }

  let stdout: string;
  if (format === "json") stdout = formatJson(reports);
  else if (format === "sarif") stdout = formatSarif(reports, readErrors, packageVersion());
  else if (format === "github") stdout = formatGithub(reports, readErrors);
  else stdout = formatText(reports, readErrors);
  const stderr = readErrors.map((e) => `handoff lint: ${e.message}\n`).join("");
  const anyFindings = reports.some((r) => r.findings.length > 0);
  const exitCode = readErrors.length ? 2 : anyFindings ? 1 : 0;
  return { exitCode, stdout, stderr };
}

/** Registers `lint`. */
export function register(program: Command): void {
  program
    .command("lint")
    .description("Check briefs: report what a contractor would be missing (exit 1 on findings, 2 on errors)")
    .argument("[paths...]", "Markdown files or directories (searched for *.md); - reads stdin", [])
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "text")
    .option("--config <file>", "configuration file (default: .handoffrc.json found upward from each file)")
    .action((paths: string[], options: LintOptions) => {
      const run = runLint(paths, options, process.cwd(), () => readFileSync(0));
      if (run.stdout) process.stdout.write(run.stdout);
      if (run.stderr) process.stderr.write(run.stderr);
      process.exitCode = run.exitCode;
    });
}
