/**
 * Shared judgements about capitalised words: is this a known name, a person,
 * a word English capitalises anyway? Used by undefined-term and shared-context.
 */
import { WORD, type Tok } from "../tokenize.js";
import { PERSON_ARTIFACTS } from "../lexicon/cues.js";
import { KNOWN_ACRONYMS } from "../lexicon/known.js";
import { FOREIGN_MASK, W_ENGLISH, W_KNOWN, W_NUMBER, WORD_INFO } from "../wordinfo.js";

/**
 * toks[k - n], or undefined before the first token. An array read at a negative index is a
 * named-property lookup in V8, many times slower than an element read, and a term at the start
 * of a line (k = 0) is the common case.
 */
export function tokBefore(toks: readonly Tok[], k: number, n = 1): Tok | undefined {
  return k >= n ? toks[k - n] : undefined;
}

/**
 * The WORD_INFO bits that every word of `words` carries. A token's info is WORD_INFO of its w
 * (tokenize.ts looks the same word up), so a token lacking one of these bits is none of the
 * words: testing them rules a word out without slicing its lazy text or hashing it. When a word
 * has no bits the result is 0, and the test rules nothing out.
 */
export function commonInfoBits(words: Iterable<string>): number {
  let bits = -1;
  for (const w of words) bits &= WORD_INFO.get(w) ?? 0;
  return bits;
}

/** Title-case word without digits or inner hyphens: the shape of a name. */
export function isNameShape(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.cap && !t.upper && !t.acr && t.letters && t.w.length >= 2;
}

/** A word a reader knows without a definition: product, place, day, team… */
export function isKnownWord(w: string): boolean {
  return ((WORD_INFO.get(w) ?? 0) & W_KNOWN) !== 0;
}

/** A product, place, team or standard a reader knows ("sre", "fhir"), not an English word ("his", "it"). */
const KNOWN_ACRONYMS_LC = new Set([...KNOWN_ACRONYMS].map((a) => a.toLowerCase()));

/** A well-known technical acronym, by its lower-cased text ("html", "pdf"). */
export function isKnownAcronym(w: string): boolean {
  return KNOWN_ACRONYMS_LC.has(w);
}

export function isKnownName(w: string): boolean {
  const bits = WORD_INFO.get(w) ?? 0;
  return (bits & W_KNOWN) !== 0 && (bits & (W_ENGLISH | W_NUMBER)) === 0;
}

/** A name-shaped word that is not a known word: a person, a place we don't list, or a code name. */
export function isUnknownName(t: Tok | undefined, defined?: ReadonlySet<string>): boolean {
  return isNameShape(t) && (t!.info & W_KNOWN) === 0 && !(defined && defined.has(t!.w));
}

/** "Kenji's trick", "Marieke's old analysis": a possessive before a person's work. */
export function possessiveArtifact(toks: readonly Tok[], k: number): boolean {
  if (!toks[k].poss) return false;
  for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (PERSON_ARTIFACTS.has(t.w)) return true;
  }
  return false;
}

/** Nouns of a file kept on someone's own machine or drive. */
const FILE_NOUNS = new Set("file files excel spreadsheet spreadsheets workbook sheet sheets folder drive".split(" "));

/** "Rosa's Excel file": index of the file noun after a possessive name, or -1. */
export function ownedFile(toks: readonly Tok[], k: number): number {
  if (!toks[k].poss) return -1;
  for (let j = k + 1; j < toks.length && j <= k + 2; j++) {
    const t = toks[j];
    if (t.t !== WORD) return -1;
    if (FILE_NOUNS.has(t.w)) return j;
  }
  return -1;
}

/** More foreign function words than English ones, and at least two. */
export function mostlyForeign(toks: readonly Tok[]): boolean {
  let foreign = 0;
  let english = 0;
  for (const t of toks) {
    if ((t.info & FOREIGN_MASK) !== 0) foreign++;
    else if ((t.info & W_ENGLISH) !== 0) english++;
  }
  return foreign >= 2 && foreign > english;
}

/** Days named relative to now ("Tonight's file", "today's list"): a possessive of a day, not of a person. */
export const RELATIVE_DAYS = new Set(["today", "tonight", "yesterday", "tomorrow"]);
