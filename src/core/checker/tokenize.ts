/**
 * Splits the prose of one line (see inline.ts) into tokens in a single hand
 * scan: words, numbers, masked code spans and URLs, runs of CJK characters,
 * words in other scripts, and the punctuation the rules care about. Each line
 * is tokenized once and every rule reads the same array.
 */
import { CODE_MARK, URL_MARK } from "./inline.js";

export const WORD = 1;
export const NUM = 2;
export const CODE = 3;
export const URL = 4;
export const PUNCT = 5;
/** A run of Han, kana or Hangul characters. */
export const CJK = 6;
/** A word in a non-Latin alphabet (Cyrillic, Greek, Arabic, Thai…). */
export const OTHER = 7;

/** One token: [s, e) columns in the line, lower-cased text, type and shape. */
export interface Tok {
  s: number;
  e: number;
  /** Lower-cased text; for PUNCT the character; possessive "'s" removed. */
  w: string;
  t: number;
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (acronym shape). */
  upper: boolean;
  /** Ended in "'s" / "’s" (removed from w). */
  poss: boolean;
  /** Contains a letter outside ASCII (accents). */
  accent: boolean;
  /** For CODE/URL tokens: index into the line's code/url spans. */
  ref: number;
}

const CODE_CH = CODE_MARK.charCodeAt(0);
const URL_CH = URL_MARK.charCodeAt(0);

/** Punctuation kept as tokens (sentence and clause boundaries, quotes, brackets). */
const PUNCT_CHARS = new Set(
  Array.from(".,;:?!()\"“”|&+=<>/[]{}「」『』（）。、？！：；，«»„–—…").map((c) => c.charCodeAt(0)),
);

/** Latin letter (ASCII or accented Latin). */
export function isLatinLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Han, kana, Hangul (Japanese, Chinese, Korean prose). */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f) ||
    c === 0x3005 // 々
  );
}

function isOtherLetter(c: number): boolean {
  return (
    (c >= 0x370 && c <= 0x3ff) || // Greek
    (c >= 0x400 && c <= 0x52f) || // Cyrillic
    (c >= 0x590 && c <= 0x6ff) || // Hebrew, Arabic
    (c >= 0x900 && c <= 0xdff) || // Indic
    (c >= 0xe00 && c <= 0xeff) // Thai, Lao
  );
}

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

function wordChar(c: number): boolean {
  return isLatinLetter(c) || isDigit(c);
}

/** Tokenizes one line's prose. */
export function tokenize(prose: string): Tok[] {
  const toks: Tok[] = [];
  const n = prose.length;
  let codeRef = 0;
  let urlRef = 0;
  let i = 0;
  while (i < n) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === CODE_CH || c === URL_CH) {
      let j = i + 1;
      while (j < n && prose.charCodeAt(j) === c) j++;
      const isCode = c === CODE_CH;
      toks.push(tok(i, j, "", isCode ? CODE : URL, isCode ? codeRef++ : urlRef++));
      i = j;
      continue;
    }
    if (wordChar(c)) {
      let j = i + 1;
      let accent = c >= 128;
      // Internal connectors: - _ . ' ’ between word characters.
      while (j < n) {
        const d = prose.charCodeAt(j);
        if (wordChar(d)) {
          if (d >= 128 && !isDigit(d)) accent = true;
          j++;
        } else if (
          (d === 45 || d === 95 || d === 46 || d === 39 || d === 0x2019 || d === 44 || d === 58) &&
          j + 1 < n &&
          wordChar(prose.charCodeAt(j + 1))
        ) {
          // "," and ":" only join digits (1,000 and 10:00).
          if ((d === 44 || d === 58) && !(isDigit(prose.charCodeAt(j - 1)) && isDigit(prose.charCodeAt(j + 1)))) break;
          j++;
        } else break;
      }
      const text = prose.slice(i, j);
      const t = tok(i, j, text.toLowerCase(), isDigit(c) ? NUM : WORD, -1);
      t.accent = accent;
      if (t.t === WORD) {
        const f = text.charCodeAt(0);
        t.cap = (f >= 65 && f <= 90) || (f >= 0xc0 && f <= 0xde);
        t.upper = isUpperShape(text);
        const w = t.w;
        const last = w.length - 2;
        if (last > 0 && w.charCodeAt(last + 1) === 115 && (w.charCodeAt(last) === 39 || w.charCodeAt(last) === 0x2019)) {
          const base = w.slice(0, last);
          if (!NOT_POSSESSIVE.has(base)) {
            t.w = base;
            t.poss = true;
            t.upper = isUpperShape(text.slice(0, last));
          }
        }
        if (w.indexOf("\u2019") >= 0) t.w = t.w.replace(/\u2019/g, "'");
      }
      toks.push(t);
      i = j;
      continue;
    }
    if (isCjk(c)) {
      let j = i + 1;
      while (j < n && isCjk(prose.charCodeAt(j))) j++;
      toks.push(tok(i, j, "", CJK, -1));
      i = j;
      continue;
    }
    if (isOtherLetter(c)) {
      let j = i + 1;
      while (j < n && isOtherLetter(prose.charCodeAt(j))) j++;
      toks.push(tok(i, j, "", OTHER, -1));
      i = j;
      continue;
    }
    if (PUNCT_CHARS.has(c)) {
      toks.push(tok(i, i + 1, prose[i], PUNCT, -1));
    }
    i++;
  }
  return toks;
}

/** "it's" and friends are contractions, not possessives. */
const NOT_POSSESSIVE = new Set(["it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how"]);

function isUpperShape(text: string): boolean {
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function tok(s: number, e: number, w: string, t: number, ref: number): Tok {
  return { s, e, w, t, cap: false, upper: false, poss: false, accent: false, ref };
}
