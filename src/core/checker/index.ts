/**
 * The brief checker: reads a brief in Markdown and reports every place where
 * it does not stand on its own (spec-rules.md). Pure: no I/O, no Node APIs;
 * the same module runs in the CLI, the server and the browser editor.
 */
import { buildDoc, type Doc, type LineCtx } from "./doc.js";
import { tokenize } from "./tokenize.js";
import { addCueTrigger } from "./wordinfo.js";
import { PhraseSet } from "./phrases.js";
import { SECTION_LABELS } from "./sections.js";
import { collectCriteria } from "./criteria.js";
import { collectSuppressions } from "./suppress.js";
import { measureLine } from "./rules/measurable.js";
import { CriterionBuffer } from "./rules/criterion-buffer.js";
import { LimitReferences } from "./rules/limits.js";
import { placeholderLine } from "./rules/placeholder.js";
import { privateLinkLine } from "./rules/private-link.js";
import { publicSiteNames } from "./rules/private-hosts.js";
import { nonEnglishLine } from "./rules/non-english.js";
import { openQuestionLine } from "./rules/open-question.js";
import { leadTimeLine } from "./rules/lead-time.js";
import { sharedContextLine } from "./rules/shared-context.js";
import { TermTracker } from "./rules/undefined-term.js";
import { oneRulePerProblem } from "./rules/overlaps.js";
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
const REQUIRED_SECTIONS = new Set<string>(SECTION_IDS);

/** Checks one brief. Never throws on any string input. */
export function check(markdown: string, options: CheckOptions = {}): CheckResult {
  const doc = buildDoc(typeof markdown === "string" ? markdown : String(markdown ?? ""), options);
  const disabled = new Set<string>(options.disabledRules ?? []);
  const raw: RawFinding[] = [];
  const emit = (f: RawFinding): void => {
    if (!disabled.has(f.rule)) raw.push(f);
  };

  runRules(doc, emit);

  const findings = finish(doc, oneRulePerProblem(raw, doc.lines));
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

/**
 * One pass over the lines: each prose line is tokenized once and every rule
 * reads the same tokens; code lines only go to the two rules that apply to
 * code. Cross-line state (definitions, acceptance items) lives in small
 * objects that report at the end.
 */
function runRules(doc: Doc, emit: (f: RawFinding) => void): void {
  const extra = extraQualityWords(doc.options);
  const terms = new TermTracker(doc.options.glossary ?? []);
  const ac = new CriterionBuffer();
  const limits = new LimitReferences();
  const glossary = terms.defined;
  // "Crossref's schema" in a brief that links to www.crossref.org: an organisation with a public site, not a person.
  for (const name of publicSiteNames(doc.text, doc.options.privateHosts ?? [])) glossary.add(name);
  const ctx: LineCtx = { doc, i: 0, line: doc.lines[0], toks: [], flags: 0, chars: 0, section: null };
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    const section = doc.section[i];
    if (line.kind === "code") {
      ac.flush(emit);
      placeholderLine(doc, i, null, emit);
      privateLinkLine(doc, i, null, emit);
      continue;
    }
    if (line.kind !== "text" && line.kind !== "heading") {
      if (line.kind !== "comment") ac.flush(emit);
      if (line.kind === "fence" || line.kind === "rule" || line.kind === "comment") placeholderLine(doc, i, null, emit);
      continue;
    }
    // Under "Out of scope": work the brief does not ask for. Its names, figures and sources are not what the
    // contractor needs (writers labelled 2 of 19 findings there, a placeholder and a question, which still count).
    const outOfScope = doc.map.outOfScope[i];
    const tokens = tokenize(doc.text, line.start, line.start + line.raw.length, line.contentStart, line.masks);
    ctx.i = i;
    ctx.line = line;
    ctx.toks = tokens.toks;
    ctx.flags = tokens.flags;
    ctx.chars = tokens.chars;
    ctx.section = section;
    if (!outOfScope) terms.line(ctx);
    placeholderLine(doc, i, ctx, emit);
    // A private link written there is still one the contractor cannot open; named tools there are not asked for.
    privateLinkLine(doc, i, outOfScope ? null : ctx, emit);
    nonEnglishLine(ctx, emit);
    if (line.kind === "heading") {
      ac.flush(emit);
      continue;
    }
    if (section !== "acceptance-criteria") ac.flush(emit);
    if (!outOfScope) {
      sharedContextLine(ctx, glossary, emit);
      measureLine(ctx, ac, emit, extra, limits);
      leadTimeLine(ctx, emit);
    }
    openQuestionLine(ctx, emit);
  }
  ac.flush(emit);
  limits.flush(doc, emit);
  terms.finish(doc, emit);
}

function extraQualityWords(options: CheckOptions): PhraseSet<Cue> | null {
  const words = options.qualityWords ?? [];
  if (words.length === 0) return null;
  for (const w of words) addCueTrigger(w);
  return new PhraseSet<Cue>(words.map((w) => [w, { kind: "vague", cond: "any", hint: "quality" }] as const));
}

/** Suppressions, one finding per (line, rule), sections, 1-based columns, order. */
function finish(doc: Doc, raw: RawFinding[]): Finding[] {
  const suppressed = collectSuppressions(doc);
  // (line, rule) pairs already reported, as line * 16 + rule order: no string per finding.
  const seen = new Set<number>();
  const out: Finding[] = [];
  raw.sort((a, b) => a.li - b.li || a.s - b.s || (RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!));
  for (const f of raw) {
    const key = f.li * 16 + RULE_ORDER.get(f.rule)!;
    if (seen.has(key)) continue;
    seen.add(key);
    const off = suppressed.get(f.li);
    if (off && (off.has("*") || off.has(f.rule))) continue;
    const line = doc.lines[f.li];
    const s = Math.max(0, Math.min(f.s, line.raw.length));
    const e = Math.max(s, Math.min(f.e, line.raw.length));
    const finding: Finding = { line: line.n, column: s + 1, endColumn: e + 1, rule: f.rule, message: f.message };
    const section = doc.section[f.li];
    if (section && REQUIRED_SECTIONS.has(section)) finding.section = section as SectionId;
    if (f.excerpt !== undefined) finding.excerpt = f.excerpt;
    if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
    out.push(finding);
  }
  return out;
}
