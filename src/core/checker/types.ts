/**
 * Public types of the brief checker. The rule and section ids are a contract
 * (spec-rules.md): the API, the CLI, SARIF output and the UI all use them.
 */

/** Stable rule ids, in the order of spec-rules.md. */
export const RULE_IDS = [
  "shared-context",
  "vague-term",
  "unquantified",
  "placeholder",
  "private-link",
  "undefined-term",
  "untestable-criterion",
  "missing-section",
  "open-question",
  "non-english",
] as const;

/** One of RULE_IDS. */
export type RuleId = (typeof RULE_IDS)[number];

/** The four sections every brief needs. */
export const SECTION_IDS = ["context", "api", "edge-cases", "acceptance-criteria"] as const;

/** One of SECTION_IDS. */
export type SectionId = (typeof SECTION_IDS)[number];

/** One place where the brief does not stand on its own. */
export interface Finding {
  /** 1-based line of the file; null for `missing-section`. */
  line: number | null;
  /** 1-based column (UTF-16 code units) where the flagged text starts; null with line. */
  column: number | null;
  /** 1-based column just after the flagged text, when it is known. */
  endColumn?: number;
  rule: RuleId;
  /** Set for `missing-section`, and for findings inside one of the four sections. */
  section?: SectionId;
  /** What is missing and how to fix it, naming the word or phrase. */
  message: string;
  /** The flagged text as written. */
  excerpt?: string;
  /** A concrete rewrite hint, when there is one. */
  suggestion?: string;
}

/** An acceptance-criteria item with an id that survives edits elsewhere. */
export interface Criterion {
  /** "ac-" + 8 base-36 digits of a hash of the normalised text, "-2", "-3"… for repeats. */
  id: string;
  /** 1-based line where the item starts. */
  line: number;
  /** The item's text without list marker, continuation lines joined by a space. */
  text: string;
}

/** What `check` returns. */
export interface CheckResult {
  /** True when there are no findings. */
  ready: boolean;
  /** Sorted by line (missing-section last), then column, then rule order. */
  findings: Finding[];
  /** Heading line of each required section, or null when absent. */
  sections: Record<SectionId, { line: number } | null>;
  criteria: Criterion[];
}

/** Per-team adjustments (the CLI reads them from .handoffrc.json). */
export interface CheckOptions {
  /** Rules to skip entirely. */
  disabledRules?: readonly RuleId[];
  /** Terms (acronyms, code names) that count as defined. */
  glossary?: readonly string[];
  /** Extra words or phrases that count as vague quality words. */
  qualityWords?: readonly string[];
  /**
   * Extra hosts the contractor cannot reach: exact host names or "*.suffix"
   * patterns (e.g. "*.acme.io", "git.acme.com").
   */
  privateHosts?: readonly string[];
}
