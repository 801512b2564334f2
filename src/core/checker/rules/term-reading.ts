/**
 * What the undefined-term rule learns about one capitalised word from the words
 * around it. acronym-readings.ts reads acronyms ("PSP", "SKUs"), name-readings.ts
 * capitalised names ("Koban", "Tacoma"); each answers with a verdict, and the
 * TermTracker (undefined-term.ts) keeps the brief-wide sets.
 */
import type { LineCtx } from "../doc.js";
import { WORD, type Tok } from "../tokenize.js";

/** Nothing established yet: read on. */
export const READ_ON = 0;
/** No term to report here (a format, emphasis, a place, a person…); later uses are read afresh. */
export const NOT_A_TERM = 1;
/** The word is explained, public or literal here, so every later use of it is too. */
export const NAMED = 2;
export type Verdict = typeof READ_ON | typeof NOT_A_TERM | typeof NAMED;

/** One capitalised word being read: token k of its line, its key in the tracker's sets, the token before it. */
export interface WordAt {
  ctx: LineCtx;
  toks: readonly Tok[];
  k: number;
  t: Tok;
  key: string;
  prev: Tok | undefined;
  /** The line as written. */
  raw: string;
}

/** NAMED when `named`, otherwise NOT_A_TERM: for shapes that excuse the word here but name it only sometimes. */
export const namedIf = (named: boolean): Verdict => (named ? NAMED : NOT_A_TERM);

/** The word is written right after a capitalised word, as the next part of a name ("JusticeLink PH", "Omnicell XT"). */
export function afterCapitalised({ t, prev }: WordAt): boolean {
  return prev !== undefined && prev.t === WORD && prev.cap && prev.e + 1 === t.s;
}
