/**
 * Sections of a brief (spec-rules.md): a heading whose text, lower-cased and
 * stripped of punctuation, is one of the listed names owns everything below it
 * until the next heading of the same or higher level.
 */
import type { Line } from "./markdown.js";
import { SECTION_IDS, type SectionId } from "./types.js";

/** A section id, or one of the optional sections that change how rules read a line. */
export type SectionKind = SectionId | "glossary" | "other";

/** Heading names per section (already normalised). */
export const SECTION_NAMES: Record<SectionId, readonly string[]> = {
  context: ["context", "system context", "background", "overview", "problem", "current state"],
  // "## Endpoint": the singular of a listed name is the same section.
  api: ["api", "api shape", "interface", "endpoints", "endpoint", "inputs and outputs", "contract", "request and response"],
  "edge-cases": ["edge cases", "error cases", "errors", "failure modes", "error handling", "corner cases"],
  "acceptance-criteria": ["acceptance criteria", "definition of done", "done when", "acceptance tests"],
};

/** Section names for messages. */
export const SECTION_LABELS: Record<SectionId, string> = {
  context: "Context",
  api: "API",
  "edge-cases": "Edge cases",
  "acceptance-criteria": "Acceptance criteria",
};

const GLOSSARY_NAMES = ["glossary", "definitions", "terms", "terminology", "glossary of terms", "key terms"];

/** Headings of work the brief does not ask for (normalised). */
const OUT_OF_SCOPE_NAMES = new Set(["out of scope", "not in scope", "non goals", "nongoals", "out of scope for now", "outside scope", "outside the scope", "not included", "what is out of scope"]);

const BY_NAME = new Map<string, SectionKind>();
for (const id of SECTION_IDS) for (const name of SECTION_NAMES[id]) BY_NAME.set(name, id);
for (const name of GLOSSARY_NAMES) BY_NAME.set(name, "glossary");

/**
 * Lower-cases, drops punctuation and a leading number ("2. API" → "api"),
 * collapses spaces.
 */
export function normaliseHeading(text: string): string {
  const cached = HEADING_CACHE.get(text);
  if (cached !== undefined) return cached;
  const out = normaliseUncached(text);
  if (HEADING_CACHE.size < 2000) HEADING_CACHE.set(text, out);
  return out;
}

/** Headings repeat across briefs ("## Context"): remember a bounded number of them. */
const HEADING_CACHE = new Map<string, string>();

function normaliseUncached(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text.toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /\p{L}|\p{N}/u.test(ch));
    if (letter) {
      if (space && out) out += " ";
      out += ch;
      space = false;
    } else if (ch === " " || ch === "\t" || ch === "-" || ch === "/" || ch === "_") space = true;
  }
  // "1 context", "2 1 api": leading section numbers are not part of the name.
  return out.replace(/^(?:\d+ )+/, "");
}

/** The section a heading opens, or "other". */
export function sectionOfHeading(text: string): SectionKind {
  return BY_NAME.get(normaliseHeading(text)) ?? "other";
}

/** Where each section is, and which section each line belongs to. */
export interface SectionMap {
  /** Per line index: the innermost known section the line sits in, or null before any heading. */
  of: (SectionKind | null)[];
  /** Heading line (1-based) of each required section: first non-empty one, else first one. */
  sections: Record<SectionId, { line: number } | null>;
  /** Required sections that are absent, or present with nothing under them. */
  missing: { id: SectionId; empty: boolean }[];
  /** Per line index: whether the line sits under an "Out of scope" or "Non-goals" heading. */
  outOfScope: boolean[];
  /** Heading line (1-based) of the first required section in `sections`, Infinity when there is none. */
  firstSection: number;
}

/** Assigns lines to sections and finds missing or empty required sections. */
export function mapSections(lines: readonly Line[]): SectionMap {
  const of: (SectionKind | null)[] = new Array(lines.length).fill(null);
  const outOfScope: boolean[] = new Array(lines.length).fill(false);
  // Level of the "Out of scope" heading the lines are under, or 0.
  let outsideLevel = 0;
  const stack: { level: number; kind: SectionKind }[] = [];
  const found = new Map<SectionId, { line: number; nonEmpty: boolean }[]>();
  // Open required-section headings whose span is still running.
  const open: { level: number; entry: { line: number; nonEmpty: boolean } }[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === "heading") {
      while (stack.length && stack[stack.length - 1].level >= line.level) stack.pop();
      while (open.length && open[open.length - 1].level >= line.level) open.pop();
      const kind = sectionOfHeading(line.heading);
      stack.push({ level: line.level, kind });
      if (outsideLevel > 0 && line.level <= outsideLevel) outsideLevel = 0;
      if (outsideLevel === 0 && kind === "other" && OUT_OF_SCOPE_NAMES.has(normaliseHeading(line.heading))) outsideLevel = line.level;
      // A heading nested under "Out of scope" is part of it; the "Out of scope" heading itself is not.
      outOfScope[i] = outsideLevel > 0 && line.level > outsideLevel;
      if (kind !== "other" && kind !== "glossary") {
        const entry = { line: line.n, nonEmpty: false };
        const list = found.get(kind);
        if (list) list.push(entry);
        else found.set(kind, [entry]);
        open.push({ level: line.level, entry });
      }
      of[i] = kind;
      continue;
    }
    let kind: SectionKind | null = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].kind !== "other") {
        kind = stack[k].kind;
        break;
      }
    }
    of[i] = kind ?? (stack.length ? "other" : null);
    outOfScope[i] = outsideLevel > 0;
    if (line.kind === "text" || line.kind === "code" || line.kind === "fence") {
      for (const o of open) o.entry.nonEmpty = true;
    }
  }

  const sections = {} as Record<SectionId, { line: number } | null>;
  const missing: { id: SectionId; empty: boolean }[] = [];
  for (const id of SECTION_IDS) {
    const list = found.get(id);
    if (!list) {
      sections[id] = null;
      missing.push({ id, empty: false });
      continue;
    }
    const full = list.find((e) => e.nonEmpty);
    sections[id] = { line: (full ?? list[0]).line };
    if (!full) missing.push({ id, empty: true });
  }
  let firstSection = Infinity;
  for (const id of SECTION_IDS) {
    const heading = sections[id];
    if (heading !== null && heading.line < firstSection) firstSection = heading.line;
  }
  return { of, sections, missing, outOfScope, firstSection };
}
