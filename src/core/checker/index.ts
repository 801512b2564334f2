/**
 * The brief checker: reads a brief in Markdown and reports every place where
 * it does not stand on its own (spec-rules.md). Pure: no I/O, no Node APIs;
 * the same module runs in the CLI, the server and the browser editor.
 */
import { buildDoc, type Doc } from "./doc.js";
import { PhraseSet } from "./phrases.js";
import { SECTION_LABELS } from "./sections.js";
import { collectCriteria } from "./criteria.js";
import { collectSuppressions } from "./suppress.js";
import { checkMeasurable } from "./rules/measurable.js";
import { checkPlaceholder } from "./rules/placeholder.js";
import { checkPrivateLink } from "./rules/private-link.js";
import { checkNonEnglish } from "./rules/non-english.js";
import { checkOpenQuestion } from "./rules/open-question.js";
import { checkSharedContext } from "./rules/shared-context.js";
import { checkUndefinedTerm } from "./rules/undefined-term.js";
import type { RawFinding } from "./rules/emit.js";
import type { Cue } from "./lexicon/quality.js";
import { RULE_IDS, SECTION_IDS, type CheckOptions, type CheckResult, type Finding, type RuleId, type SectionId } from "./types.js";

export * from "./types.js";
export { SECTION_NAMES, SECTION_LABELS, normaliseHeading } from "./sections.js";
export { fnv1a, normaliseCriterion } from "./criteria.js";

/** One line per rule: what it flags (for SARIF rule descriptors, help text, the UI). */
export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  "shared-context": "Knowledge that lives only in someone's head or a past conversation ('as discussed', 'ask Kenji').",
  "vague-term": "A quality word with no measurable meaning outside acceptance criteria ('fast', 'robust', 'etc.').",
  unquantified: "A limit, size, time, rate or count that needs a number and has none ('large files', 'a timeout').",
  placeholder: "Text not written yet (TBD, TODO, '[fill in]', 'to be decided').",
  "private-link": "A link or named place the contractor cannot open (Slack, Confluence, internal hosts, 'see attached').",
  "undefined-term": "An acronym or internal code name used without a definition, at its first use.",
  "untestable-criterion": "An acceptance criterion with no observable, checkable outcome.",
  "missing-section": "A required section (context, API, edge cases, acceptance criteria) is absent or empty.",
  "open-question": "An unresolved question or doubt about required behaviour.",
  "non-english": "Prose not in English in an English-first brief.",
};

const MISSING_HINT: Record<SectionId, string> = {
  context: "say what exists today, why the work is needed and what a newcomer must know",
  api: "describe the interface: endpoints, inputs and outputs, or the contract",
  "edge-cases": "list failure modes and what happens",
  "acceptance-criteria": "list checkable outcomes that mean 'done'",
};

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));

/** Checks one brief. Never throws on any string input. */
export function check(markdown: string, options: CheckOptions = {}): CheckResult {
  const doc = buildDoc(typeof markdown === "string" ? markdown : String(markdown ?? ""), options);
  const disabled = new Set<string>(options.disabledRules ?? []);
  const raw: RawFinding[] = [];
  const emit = (f: RawFinding): void => {
    if (!disabled.has(f.rule)) raw.push(f);
  };

  const defined = checkUndefinedTerm(doc, emit);
  checkSharedContext(doc, emit, defined);
  checkMeasurable(doc, emit, extraQualityWords(options));
  checkPlaceholder(doc, emit);
  checkPrivateLink(doc, emit);
  checkOpenQuestion(doc, emit);
  checkNonEnglish(doc, emit);

  const findings = finish(doc, raw);
  if (!disabled.has("missing-section")) {
    for (const m of doc.map.missing) {
      const label = SECTION_LABELS[m.id];
      findings.push({
        line: null,
        column: null,
        rule: "missing-section",
        section: m.id,
        message: m.empty
          ? `The '${label}' section is empty: ${MISSING_HINT[m.id]}`
          : `No '${label}' section: ${MISSING_HINT[m.id]}`,
        suggestion: `add a '## ${label}' heading and ${MISSING_HINT[m.id]}`,
      });
    }
  }
  return {
    ready: findings.length === 0,
    findings,
    sections: doc.map.sections,
    criteria: collectCriteria(doc),
  };
}

function extraQualityWords(options: CheckOptions): PhraseSet<Cue> | null {
  const words = options.qualityWords ?? [];
  if (words.length === 0) return null;
  return new PhraseSet<Cue>(words.map((w) => [w, { kind: "vague", cond: "any", hint: "quality" }] as const));
}

/** Suppressions, one finding per (line, rule), sections, 1-based columns, order. */
function finish(doc: Doc, raw: RawFinding[]): Finding[] {
  const suppressed = collectSuppressions(doc);
  const seen = new Set<string>();
  const out: Finding[] = [];
  raw.sort((a, b) => a.li - b.li || a.s - b.s || (RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!));
  for (const f of raw) {
    const key = `${f.li}|${f.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const off = suppressed.get(f.li);
    if (off && (off.has("*") || off.has(f.rule))) continue;
    const line = doc.lines[f.li];
    const s = Math.max(0, Math.min(f.s, line.raw.length));
    const e = Math.max(s, Math.min(f.e, line.raw.length));
    const finding: Finding = { line: line.n, column: s + 1, endColumn: e + 1, rule: f.rule, message: f.message };
    const section = doc.section[f.li];
    if (section && (SECTION_IDS as readonly string[]).includes(section)) finding.section = section as SectionId;
    if (f.excerpt !== undefined) finding.excerpt = f.excerpt;
    if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
    out.push(finding);
  }
  return out;
}
