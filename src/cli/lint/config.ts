/**
 * Lint configuration: `.handoffrc.json` found upward from each file, or one
 * file given with --config. Turns rules off, adds glossary terms, quality words
 * and private host patterns. Any unknown rule id or key is an error naming it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { RULE_IDS, type CheckOptions, type RuleId } from "../../core/checker/index.js";

/** A configuration problem; the CLI exits 2 with its message. */
export class LintConfigError extends Error {}

/** The file name searched upward from each brief. */
export const CONFIG_NAME = ".handoffrc.json";

const KEYS = new Set(["rules", "glossary", "qualityWords", "privateHosts"]);
const ON = new Set(["on", "warn", "warning", "error"]);

function stringList(file: string, key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
    throw new LintConfigError(`${file}: "${key}" must be a list of non-empty strings`);
  }
  return value as string[];
}

/** Validates parsed JSON into checker options. */
export function parseConfig(file: string, data: unknown): CheckOptions {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new LintConfigError(`${file}: expected a JSON object with any of: ${[...KEYS].join(", ")}`);
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.has(key)) throw new LintConfigError(`${file}: unknown key "${key}"; valid keys: ${[...KEYS].join(", ")}`);
  }
  const disabled: RuleId[] = [];
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== "object" || obj.rules === null || Array.isArray(obj.rules)) {
      throw new LintConfigError(`${file}: "rules" must be an object such as {"vague-term": "off"}`);
    }
    for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        throw new LintConfigError(`${file}: unknown rule "${id}"; valid rule ids: ${RULE_IDS.join(", ")}`);
      }
      if (value === "off" || value === false) disabled.push(id as RuleId);
      else if (!(value === true || (typeof value === "string" && ON.has(value)))) {
        throw new LintConfigError(`${file}: rule "${id}" must be "off" or "on" (got ${JSON.stringify(value)})`);
      }
    }
  }
  return {
    disabledRules: disabled,
    glossary: stringList(file, "glossary", obj.glossary),
    qualityWords: stringList(file, "qualityWords", obj.qualityWords),
    privateHosts: stringList(file, "privateHosts", obj.privateHosts),
  };
}

/** Reads and validates one configuration file. */
export function loadConfigFile(path: string): CheckOptions {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new LintConfigError(`cannot read config ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LintConfigError(`${path}: invalid JSON (${(err as Error).message})`);
  }
  return parseConfig(path, data);
}

/** Finds `.handoffrc.json` in dir or the nearest parent, or null. */
export function findConfig(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Resolves options per directory, caching each config file once. */
export class ConfigResolver {
  private byDir = new Map<string, CheckOptions>();
  private byFile = new Map<string, CheckOptions>();

  constructor(private readonly explicit: CheckOptions | null) {}

  /** Options for a brief in `dir` (the explicit --config wins). */
  forDir(dir: string): CheckOptions {
    if (this.explicit) return this.explicit;
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = findConfig(dir);
    let options: CheckOptions = {};
    if (file) {
      options = this.byFile.get(file) ?? loadConfigFile(file);
      this.byFile.set(file, options);
    }
    this.byDir.set(dir, options);
    return options;
  }
}
