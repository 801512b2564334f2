/**
 * Inputs of `handoff lint`: paths expand to Markdown files (directories are
 * searched recursively for *.md, skipping dot-directories and node_modules),
 * "-" is standard input. Text must be UTF-8: anything else is a read error for
 * that input only.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** One input to check. */
export interface LintInput {
  /** Name shown in output (relative path with "/", or "<stdin>"). */
  name: string;
  /** Absolute directory used to find the config file. */
  dir: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
}

/** A file that could not be read as UTF-8 text, or a path that does not exist. */
export interface ReadError {
  name: string;
  message: string;
}

/** Display name: relative to cwd when inside it, with forward slashes. */
export function displayName(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const name = rel && !rel.startsWith("..") ? rel : absolute;
  return name.split(sep).join("/");
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(full);
  }
}

/** Expands the command-line paths; missing paths become read errors. */
export function expandPaths(paths: readonly string[], cwd: string): { inputs: LintInput[]; errors: ReadError[] } {
  const inputs: LintInput[] = [];
  const errors: ReadError[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      inputs.push({ name: "<stdin>", dir: cwd, path: null });
      continue;
    }
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      errors.push({ name: p, message: `${p}: no such file or directory` });
      continue;
    }
    const files: string[] = [];
    if (stat.isDirectory()) walk(abs, files);
    else files.push(abs);
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      inputs.push({ name: displayName(f, cwd), dir: dirname(f), path: f });
    }
  }
  return { inputs, errors };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as UTF-8 or returns an error message naming the input. */
export function decodeUtf8(name: string, bytes: Uint8Array): string | ReadError {
  try {
    return decoder.decode(bytes);
  } catch {
    return { name, message: `${name}: not valid UTF-8 text; save the file as UTF-8 and run again` };
  }
}

/** Reads one file as UTF-8. */
export function readInput(input: LintInput, stdin: () => Uint8Array): string | ReadError {
  let bytes: Uint8Array;
  try {
    bytes = input.path === null ? stdin() : readFileSync(input.path);
  } catch (err) {
    return { name: input.name, message: `${input.name}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  return decodeUtf8(input.name, bytes);
}
