/**
 * One lookup per token: a bit set that says which lexicons a lower-cased word
 * belongs to (English function word, foreign function word per language,
 * known name, number word…) and which rules it can start a phrase for. The
 * tokenizer ORs these bits into a per-line mask, so a rule whose trigger bits
 * are absent skips the line without looking at it.
 */
import { ENGLISH_FUNCTION_WORDS, FREQUENCY_WORDS, NUMBER_WORDS, TIME_UNITS } from "./lexicon/english.js";
import { FOREIGN_WORDS, LANGUAGE_COUNT } from "./lexicon/languages.js";
import { CAPITALISED_WORDS, KNOWN_NAMES, PLACES } from "./lexicon/known.js";
import { CUES, EVAL_CUES } from "./lexicon/quality.js";
import {
  ASK_VERBS,
  CAPITALISED_TOOLS,
  DASHBOARD_TOOLS,
  HEDGES,
  MEETING_NOUNS,
  PRIVATE_PHRASES,
  PRIVATE_TOOLS,
  SHARED_PHRASES,
} from "./lexicon/cues.js";

/** Bits 0…LANGUAGE_COUNT-1: foreign function word of that language (never set for English words). */
export const FOREIGN_MASK = (1 << LANGUAGE_COUNT) - 1;
/** English function word. */
export const W_ENGLISH = 1 << 10;
/** Product, place, capitalised common word, English or number word: never a code name. */
export const W_KNOWN = 1 << 11;
/** Number word or frequency word ("three", "twice", "hourly"). */
export const W_NUMBER = 1 << 12;
/** Time unit ("minute", "day"). */
export const W_UNIT = 1 << 13;
/** Starts a quality/quantity cue. */
export const T_CUE = 1 << 14;
/** Starts an acceptance-only judgement cue. */
export const T_EVAL = 1 << 15;
/** Starts a shared-context cue (phrases, precedents, asking, meetings, "last"). */
export const T_SHARED = 1 << 16;
/** Starts a hedge. */
export const T_HEDGE = 1 << 17;
/** Starts a private place. */
export const T_PRIVATE = 1 << 18;
/** Starts a placeholder ("to be decided", tbd…). */
export const T_PLACEHOLDER = 1 << 19;

/** Line flags set by the tokenizer from characters, not words. */
export const F_QUESTION = 1 << 24;
export const F_CAP = 1 << 25;
export const F_SCRIPT = 1 << 26; // CJK or other non-Latin script
export const F_DOT = 1 << 27; // a word with an inner dot, or "localhost"
export const F_ACCENT = 1 << 28;
export const F_FOREIGN = 1 << 29;

const info = new Map<string, number>();
const add = (word: string, bits: number): void => {
  const w = word.toLowerCase();
  if (w) info.set(w, (info.get(w) ?? 0) | bits);
};
const firstWords = (phrase: string): string[] => phrase.trim().toLowerCase().split(/\s+/)[0].split("|");

/** Words too common to gate a rule on. */
const GATE_STOP = new Set("a an the as at in on to of and or if when where for with some too more less we you it is be i our what like was been do did".split(" "));

/**
 * The words of a phrase that gate it: its longest uncommon word (all of them
 * when a slot has alternatives). A line without a gate word cannot contain the
 * phrase, so the rule skips the line.
 */
function gateWords(phrase: string): string[] {
  const slots = phrase.trim().toLowerCase().split(/\s+/).map((s) => s.split("|"));
  let best: string[] | null = null;
  let bestLen = -1;
  for (const slot of slots) {
    if (slot.every((w) => GATE_STOP.has(w))) continue;
    const len = Math.min(...slot.map((w) => w.length));
    if (len > bestLen) {
      best = slot;
      bestLen = len;
    }
  }
  // A phrase of common words only ("as we did") is gated by all its words.
  return best ?? slots.flat();
}

for (const w of ENGLISH_FUNCTION_WORDS) add(w, W_ENGLISH | W_KNOWN);
for (const [w, bits] of FOREIGN_WORDS) if (!ENGLISH_FUNCTION_WORDS.has(w)) add(w, bits);
for (const set of [KNOWN_NAMES, PLACES, CAPITALISED_WORDS]) for (const w of set) add(w, W_KNOWN);
for (const w of NUMBER_WORDS) add(w, W_NUMBER | W_KNOWN);
for (const w of FREQUENCY_WORDS) add(w, W_NUMBER);
for (const w of TIME_UNITS) add(w, W_UNIT);
for (const p of CUES.keys()) for (const w of gateWords(p)) add(w, T_CUE);
for (const p of EVAL_CUES.keys()) for (const w of gateWords(p)) add(w, T_EVAL);
for (const p of SHARED_PHRASES) for (const w of gateWords(p)) add(w, T_SHARED);
for (const p of ASK_VERBS) for (const w of firstWords(p)) add(w, T_SHARED);
for (const w of MEETING_NOUNS) add(w, T_SHARED);
// Precedents ("the same rule as", "the way X does", "exactly as", "like the app does") and "last year".
for (const w of ["same", "way", "like", "exactly", "just", "last"]) add(w, T_SHARED);
for (const p of HEDGES) for (const w of gateWords(p)) add(w, T_HEDGE);
for (const p of PRIVATE_PHRASES) for (const w of gateWords(p)) add(w, T_PRIVATE);
for (const set of [PRIVATE_TOOLS, CAPITALISED_TOOLS, DASHBOARD_TOOLS]) for (const w of set) add(w, T_PRIVATE);
add("attached", T_PRIVATE);
for (const w of ["to", "tbd", "tbc", "tba", "todo", "fixme", "xxx"]) add(w, T_PLACEHOLDER);

/** Bits for a lower-cased word (0 when it is in no list). */
export const WORD_INFO: ReadonlyMap<string, number> = info;

/** Adds words from CheckOptions.qualityWords to the cue trigger bits (idempotent). */
export function addCueTrigger(word: string): void {
  for (const w of gateWords(word)) add(w, T_CUE);
}
