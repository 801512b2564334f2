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
import { PUBLIC_VENDORS } from "./lexicon/vendors.js";
import { CUES, EVAL_CUES, UNBOUNDED_WORDS } from "./lexicon/quality.js";
import {
  ASK_VERBS,
  CAPITALISED_TOOLS,
  DASHBOARD_TOOLS,
  HEDGES,
  MEETING_NOUNS,
  TALK_VERBS,
  PAST_WORK_VERBS,
  PRIVATE_PHRASES,
  PRIVATE_TOOLS,
  SHARED_PHRASES,
  TO_BE_WORDS,
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
/** Frequency word that carries its own rate ("hourly", "daily"). */
export const W_FREQUENCY = 1 << 28;
/** A verb of building: past work ("the layer we built for…"). */
export const T_WE = 1 << 29;
/** Decision verbs: "Finance agreed". */
export const T_DECIDE = 1 << 30;
/** "does"/"did"/"do": "what the ERP does". The sign bit: test with `& T_DOES) !== 0`. */
export const T_DOES = 1 << 31;
/** Starts a quality/quantity cue. */
export const T_CUE = 1 << 14;
/** Starts an acceptance-only judgement cue. */
export const T_EVAL = 1 << 15;
/** A gate word of a shared-context phrase ("discussed", "usual"…). */
export const T_SHARED = 1 << 16;
/** Starts a hedge. */
export const T_HEDGE = 1 << 17;
/** Starts a private place. */
export const T_PRIVATE = 1 << 18;
/** A placeholder word ("tbd", "todo", "decided" of "to be decided"…). */
export const T_PLACEHOLDER = 1 << 19;

/** "same" or "last": precedents ("the same rule as", "last year"). */
export const T_SAME = 1 << 20;
/** "way", "exactly", "just", "like": "the way X does", "exactly as X does". */
export const T_WAY = 1 << 21;
/** First word of an asking verb ("ask", "check with", "ping"). */
export const T_ASK = 1 << 22;
/** A meeting noun ("standup", "call"). */
export const T_MEETING = 1 << 23;

/** First word of a quality/quantity or judgement cue phrase (PhraseSet.findAll skips other tokens). */
export const S_CUE = 1 << 24;
/** First word of a shared-context phrase. */
export const S_SHARED = 1 << 25;
/** First word of a hedge. */
export const S_HEDGE = 1 << 26;
/** First word of a private place phrase. */
export const S_PRIVATE = 1 << 27;

/** Character flags of a line (Tokens.chars), separate from word bits. */
export const F_QUESTION = 1;
/** A capitalised word. */
export const F_CAP = 2;
/** A name-shaped word that is not a known word (person, place or code name). */
export const F_NAME = 4;
/** An acronym-shaped word. */
export const F_ACR = 8;
/** CJK or another non-Latin script. */
export const F_SCRIPT = 16;
/** A word with an inner dot, or "localhost". */
export const F_DOT = 32;
export const F_ACCENT = 64;
/** A foreign function word. */
export const F_FOREIGN = 128;

const info = new Map<string, number>();
const add = (word: string, bits: number): void => {
  const w = word.toLowerCase();
  if (w) info.set(w, (info.get(w) ?? 0) | bits);
};
const firstWords = (phrase: string): string[] => phrase.trim().toLowerCase().split(/\s+/)[0].split("|");

/** Words too common to gate a rule on, even as a last resort. */
const GATE_STOP = new Set("a an the as at in on to of and or if for with we you it is be i our".split(" "));

/**
 * The words of a phrase that gate it: its longest word that is not an English
 * function word (all alternatives when that slot has several), else its
 * longest word outside a few very common ones, else its first word. A line
 * without a gate word cannot contain the phrase, so the rule skips the line.
 */
function gateWords(phrase: string): string[] {
  const slots = phrase.trim().toLowerCase().split(/\s+/).map((s) => s.split("|"));
  const tiers: ((w: string) => boolean)[] = [(w) => !ENGLISH_FUNCTION_WORDS.has(w), (w) => !GATE_STOP.has(w)];
  for (const allowed of tiers) {
    let best: string[] | null = null;
    let bestLen = -1;
    for (const slot of slots) {
      if (!slot.every(allowed)) continue;
      const len = Math.min(...slot.map((w) => w.length));
      if (len >= bestLen) {
        best = slot;
        bestLen = len;
      }
    }
    if (best) return best;
  }
  return slots[0];
}

for (const w of ENGLISH_FUNCTION_WORDS) add(w, W_ENGLISH | W_KNOWN);
for (const [w, bits] of FOREIGN_WORDS) if (!ENGLISH_FUNCTION_WORDS.has(w)) add(w, bits);
for (const set of [KNOWN_NAMES, PUBLIC_VENDORS, PLACES, CAPITALISED_WORDS]) for (const w of set) add(w, W_KNOWN);
for (const w of NUMBER_WORDS) add(w, W_NUMBER | W_KNOWN);
for (const w of FREQUENCY_WORDS) add(w, W_NUMBER | W_FREQUENCY);
for (const w of TIME_UNITS) add(w, W_UNIT);
for (const p of CUES.keys()) for (const w of gateWords(p)) add(w, T_CUE);
// Words that may open an instruction with its figure left out (rules/unbounded.ts).
for (const w of UNBOUNDED_WORDS) add(w, T_CUE);
for (const p of EVAL_CUES.keys()) for (const w of gateWords(p)) add(w, T_EVAL);
for (const p of [...CUES.keys(), ...EVAL_CUES.keys()]) for (const w of firstWords(p)) add(w, S_CUE);
for (const p of SHARED_PHRASES) for (const w of gateWords(p)) add(w, T_SHARED);
for (const p of SHARED_PHRASES) for (const w of firstWords(p)) add(w, S_SHARED);
for (const p of ASK_VERBS) for (const w of firstWords(p)) add(w, T_ASK);
for (const w of MEETING_NOUNS) add(w, T_MEETING);
// "as we talked on the phone", "the same as we showed you": talk that happened, read with the meetings (rules/shared-context.ts).
for (const w of TALK_VERBS) add(w, T_MEETING);
// Precedents ("the same rule as", "last year", "the way X does", "exactly as", "like the app does").
for (const w of ["same", "last", "previous", "one", "ones"]) add(w, T_SAME);
for (const w of ["way", "like", "exactly", "just"]) add(w, T_WAY);
// Past work ("the layer we built for …") is gated on the verb, which is rarer than "we".
for (const w of PAST_WORK_VERBS) add(w, T_WE);
// "the flow we use for …" (precedents.ts currentPractice) reads "use" after "we" too.
add("use", T_WE);
for (const w of "agreed decided said mentioned promised confirmed approved told explained insisted signed".split(" ")) add(w, T_DECIDE);
for (const w of ["does", "did", "do"]) add(w, T_DOES);
for (const p of HEDGES) for (const w of gateWords(p)) add(w, T_HEDGE);
for (const p of HEDGES) for (const w of firstWords(p)) add(w, S_HEDGE);
for (const p of PRIVATE_PHRASES) for (const w of gateWords(p)) add(w, T_PRIVATE);
for (const p of PRIVATE_PHRASES) for (const w of firstWords(p)) add(w, S_PRIVATE);
for (const set of [PRIVATE_TOOLS, CAPITALISED_TOOLS, DASHBOARD_TOOLS]) for (const w of set) add(w, T_PRIVATE);
add("attached", T_PRIVATE);
for (const w of ["tbd", "tbc", "tba", "todo", "fixme", "xxx"]) add(w, T_PLACEHOLDER);
for (const w of TO_BE_WORDS) add(w, T_PLACEHOLDER);

/** Bits for a lower-cased word (0 when it is in no list). */
export const WORD_INFO: ReadonlyMap<string, number> = info;

/**
 * The same words in an open-addressing table keyed by a hash the tokenizer
 * computes while scanning, so a known word is found without slicing or
 * lower-casing the line (see tokenize.ts). Each slot is four ints in one
 * array, [hash, info bits, start of the word in `chars`, length], so a probe
 * reads one cache line, and the comparison reads the word's code units from
 * one flat array instead of a string object elsewhere in the heap. Hash 0
 * marks an empty slot; `word` holds the interned string of each slot.
 */
export const TABLE = { mask: 0, slots: new Int32Array(0), chars: new Uint16Array(0), word: [] as string[], version: 0 };

/** FNV-1a over lower-cased UTF-16 units, never 0; must match the tokenizer's inline version. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h | 1;
}

function buildTable(): void {
  let size = 1024;
  while (size < info.size * 4) size *= 2;
  const slots = new Int32Array(size * 4);
  const word: string[] = new Array<string>(size).fill("");
  let total = 0;
  for (const w of info.keys()) total += w.length;
  const chars = new Uint16Array(total);
  let at = 0;
  for (const [w, b] of info) {
    const h = wordHash(w);
    let slot = h & (size - 1);
    while (slots[slot * 4] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot * 4] = h;
    slots[slot * 4 + 1] = b;
    slots[slot * 4 + 2] = at;
    slots[slot * 4 + 3] = w.length;
    word[slot] = w;
    for (let k = 0; k < w.length; k++) chars[at++] = w.charCodeAt(k);
  }
  TABLE.mask = size - 1;
  TABLE.slots = slots;
  TABLE.chars = chars;
  TABLE.word = word;
  TABLE.version++;
}
buildTable();

/** Adds words from CheckOptions.qualityWords to the cue trigger bits (idempotent). */
export function addCueTrigger(word: string): void {
  let changed = false;
  for (const w of gateWords(word)) {
    if (((info.get(w) ?? 0) & T_CUE) === 0) {
      add(w, T_CUE);
      changed = true;
    }
  }
  for (const w of firstWords(word)) {
    if (((info.get(w) ?? 0) & S_CUE) === 0) {
      add(w, S_CUE);
      changed = true;
    }
  }
  if (changed) buildTable();
}
