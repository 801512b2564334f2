/**
 * undefined-term: an acronym or internal code name used without a definition,
 * reported at its first use. Acronyms are upper-case tokens that are not
 * well-known technical ones; code names are capitalised words that are not
 * known products, places or ordinary capitalised words, used where a system
 * would be ("computed by Koban", "the Sekisho gateway", "Mochi's upload hook").
 * A term counts as defined when it is expanded or explained where it appears
 * ("PSP (payment service provider)", "our flag service, Hata,", "X means …"),
 * listed in a glossary section, or configured as a glossary term.
 */
import type { LineCtx } from "../doc.js";
import { F_ACR, F_NAME, W_KNOWN } from "../wordinfo.js";
import { atSentenceStart, prevWord } from "../doc.js";
import { NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { CURRENCY_CODES, KNOWN_ACRONYMS } from "../lexicon/known.js";
import { SYSTEM_NOUNS, SYSTEM_PREPOSITIONS, PERSON_VERBS } from "../lexicon/cues.js";
import { isNameShape, possessiveArtifact } from "./names.js";
import type { Emit } from "./emit.js";

const ROMAN = new Set(["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"]);
/** Placeholder markers belong to the placeholder rule. */
const MARKERS = new Set(["TBD", "TBC", "TBA", "TODO", "FIXME", "XXX", "WIP", "TK"]);
const META_KEYS = new Set(
  "team owner owners reviewer reviewers author authors estimate target status date assignee contact lead approver approvers stakeholders created updated version priority due epic sprint pm em".split(" "),
);
const DEFINING_NEXT = new Set(["means", "stands", "refers"]);
const IS_DEFINING = new Set(["short", "our", "the", "a", "an"]);
const APPOSITION = new Set(["our", "the", "a", "an"]);
/** Words that may stand between a term and its explanation in parentheses. */
const BRIDGE_NOUNS = new Set(
  "file files format formats standard protocol spec specification model feed api sdk version schema message messages code codes library tool".split(" "),
);
const DETERMINER = new Set(["our", "the", "a", "an"]);
const EXAMPLE_BEFORE = new Set(["such", "like", "e.g", "including", "example", "namely", "called", "named", "as", "aka"]);

/** Lower-cased well-known acronyms, currency codes, Roman numerals and placeholder markers. */
const KNOWN_LC = new Set([...KNOWN_ACRONYMS, ...CURRENCY_CODES, ...ROMAN, ...MARKERS].map((a) => a.toLowerCase()));

/** True when every hyphen/dot part of the lower-cased acronym is well known. */
function knownAcronym(key: string): boolean {
  if (KNOWN_LC.has(key)) return true;
  if (key.indexOf("-") < 0 && key.indexOf(".") < 0) return false;
  for (const part of key.split(/[-.]/)) if (part && !KNOWN_LC.has(part)) return false;
  return true;
}

/** Whether token k is explained right where it stands. */
function definedHere(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  const prev = toks[k - 1];
  if (next) {
    if (next.t === PUNCT && next.w === "(") return true;
    if (next.t === URL) return true;
    // "SOC 2 (…)", "FASTQ files (…)", "TMX 1.4b file (…)": a version or a format word before the parenthesis.
    for (let j = k + 1; j <= k + 3 && j < toks.length; j++) {
      const t = toks[j];
      if (t.t === PUNCT) {
        if (t.w === "(" && j > k + 1) return true;
        break;
      }
      if (t.t !== NUM && !(t.t === WORD && BRIDGE_NOUNS.has(t.w))) break;
    }
    if (next.t === WORD && DEFINING_NEXT.has(next.w)) return true;
    if (next.w === "here" && toks[k + 2]?.w === "means") return true;
    if (next.w === "is" && IS_DEFINING.has(toks[k + 2]?.w ?? "")) return true;
    // "X, our in-house …," / "X, the …)"
    if (next.w === "," && APPOSITION.has(toks[k + 2]?.w ?? "")) {
      for (let j = k + 3; j < toks.length && j <= k + 9; j++) {
        const t = toks[j];
        if (t.t === PUNCT) {
          if (t.w === "," || t.w === ")" || t.w === ";" || t.w === ".") return true;
          break;
        }
      }
    }
  }
  if (prev && prev.t === PUNCT && prev.w === "(" && next && next.t === PUNCT && (next.w === ")" || next.w === ",")) return true;
  // "our feature flag service, Hata, turns …"
  if (prev && prev.w === "," && next && next.w === ",") {
    for (let j = k - 2; j >= 0 && j >= k - 8; j--) {
      if (toks[j].t === PUNCT) break;
      if (DETERMINER.has(toks[j].w)) return true;
    }
  }
  // A public link later in the same sentence documents it: "calls Sabre's public API (https://…)".
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    const t = toks[j];
    if (t.t === URL) return true;
    if (t.t === PUNCT && (t.w === "." || t.w === ";" || t.w === "?" || t.w === "!")) break;
  }
  const p = prevWord(toks, k);
  if (p >= 0 && EXAMPLE_BEFORE.has(toks[p].w)) return true;
  if (p >= 1 && toks[p].w === "as" && toks[p - 1].w === "known") return true;
  return false;
}

function isMetaLine(toks: readonly Tok[]): boolean {
  // The colon first: it is cheap to test and rules out almost every line.
  return toks.length >= 2 && toks[1].t === PUNCT && toks[1].w === ":" && toks[0].t === WORD && META_KEYS.has(toks[0].w);
}

/** A capitalised neighbour joined without punctuation: part of a multi-word name. */
function inNameSequence(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (prev && prev.t === WORD && prev.cap) return true;
  // A following acronym ("Hoshi API") does not make a multi-word name.
  return !!next && next.t === WORD && next.cap && !next.upper && !toks[k].poss;
}

/** Whether a code-name-shaped token stands where a system would. */
function systemSlot(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev && prev.t === WORD && SYSTEM_PREPOSITIONS.has(prev.w)) return true;
  if (prev && prev.t === WORD && (prev.w === "project" || prev.w === "codename")) return true;
  for (let j = k + 1; j < toks.length && j <= k + 2; j++) {
    const t = toks[j];
    if (t.t !== WORD) break;
    if (SYSTEM_NOUNS.has(t.w)) return true;
  }
  return false;
}

/** A person rather than a system: "Kenji's trick", "Lena took", "ask Tomo". */
function personLike(toks: readonly Tok[], k: number): boolean {
  if (possessiveArtifact(toks, k)) return true;
  const next = toks[k + 1];
  if (next && next.t === WORD && PERSON_VERBS.has(next.w)) return true;
  const prev = toks[k - 1];
  return !!prev && /^(ask|ping|with|thanks|cc|by)$/.test(prev.w) && !systemSlot(toks, k);
}

interface Use {
  li: number;
  s: number;
  e: number;
  text: string;
  acronym: boolean;
}

/**
 * Collects definitions and first uses line by line; a term defined anywhere
 * in the brief (even after its first use) is not reported.
 */
export class TermTracker {
  /** Lower-cased terms defined in the brief or configured. */
  readonly defined: Set<string>;
  private first = new Map<string, Use>();
  private system = new Set<string>();
  private person = new Set<string>();

  constructor(glossary: readonly string[]) {
    this.defined = new Set(glossary.map((g) => g.toLowerCase()));
  }

  /** Reads one prose line or heading. */
  line(ctx: LineCtx): void {
    if ((ctx.chars & (F_NAME | F_ACR)) === 0) return;
    const { toks, line, i } = ctx;
    const glossary = ctx.section === "glossary";
    const meta = isMetaLine(toks);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      // Known words ("The", "Stripe", "Tokyo") can be neither term nor definition.
      if (t.t !== WORD || !t.cap || (!t.acr && (t.info & W_KNOWN) !== 0)) continue;
      const key = t.acr ? acronymKey(t) : t.w;
      if (t.acr && knownAcronym(key)) continue;
      if (glossary || definedHere(toks, k)) {
        this.defined.add(key);
        continue;
      }
      if (meta) continue;
      if (t.acr) {
        if (this.defined.has(key)) continue;
        if (!this.first.has(key)) this.first.set(key, { li: i, s: t.s, e: t.e, text: line.raw.slice(t.s, t.e).replace(/['’]s$/, ""), acronym: true });
        continue;
      }
      if (line.kind === "heading" || !isNameShape(t) || (t.info & W_KNOWN) !== 0 || this.defined.has(key)) continue;
      if (mixedCase(line.raw, t.s + 1, t.e)) continue;
      if (!this.first.has(key)) this.first.set(key, { li: i, s: t.s, e: t.s + key.length, text: line.raw.slice(t.s, t.s + key.length), acronym: false });
      if (personLike(toks, k)) this.person.add(key);
      const named = toks[k - 1]?.w === "project" || toks[k - 1]?.w === "codename";
      if (named || (!atSentenceStart(toks, k) && !inNameSequence(toks, k) && systemSlot(toks, k))) this.system.add(key);
    }
  }

  /** Reports every undefined term at its first use. */
  finish(emit: Emit): void {
    for (const [key, use] of this.first) {
      if (this.defined.has(key)) continue;
      if (!use.acronym && (!this.system.has(key) || this.person.has(key))) continue;
      const message = use.acronym
        ? `'${use.text}' is not defined: expand it at first use, e.g. '${use.text} (…)', or list it in a Glossary section`
        : `'${use.text}' looks like an internal name a contractor won't know: say what it is at first use (e.g. '${use.text}, our … service,') or list it in a Glossary section`;
      emit({
        li: use.li,
        rule: "undefined-term",
        s: use.s,
        e: use.e,
        excerpt: use.text,
        message,
        suggestion: `define '${use.text}' where it first appears`,
      });
    }
  }
}

/** Lower-cased acronym without a plural s ("SKUs" → "sku"). */
function acronymKey(t: Tok): string {
  const w = t.w;
  return !t.upper && w.endsWith("s") ? w.slice(0, -1) : w;
}

/** "TimescaleDB", "PgBouncer": inner capitals mark a product name, not an in-house code name. */
function mixedCase(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
