/**
 * Splits the prose of one line (see inline.ts) into tokens in a single hand
 * scan: words, numbers, masked code spans and URLs, runs of CJK characters,
 * words in other scripts, and the punctuation the rules care about. Each line
 * is tokenized once and every rule reads the same array.
 */
import { MASK_CODE, MASK_URL } from "./inline.js";
import { F_ACCENT, F_ACR, F_CAP, F_DOT, F_FOREIGN, F_NAME, F_QUESTION, F_SCRIPT, FOREIGN_MASK, TABLE, W_KNOWN, WORD_INFO } from "./wordinfo.js";

export const WORD = 1;
export const NUM = 2;
export const CODE = 3;
export const URL = 4;
export const PUNCT = 5;
/** A run of Han, kana or Hangul characters. */
export const CJK = 6;
/** A word in a non-Latin alphabet (Cyrillic, Greek, Arabic, Thai…). */
export const OTHER = 7;

const CAP_BIT = 1;
const UPPER_BIT = 2;
const ACR_BIT = 4;
const POSS_BIT = 8;
const ACCENT_BIT = 16;
const LETTERS_BIT = 32;

/**
 * One token: [s, e) columns in the line, lower-cased text, type and shape.
 * The shape booleans live in one bit field (fewer writes per token); the
 * getters read it.
 */
export class Tok {
  s = 0;
  e = 0;
  /**
   * Lower-cased text; for PUNCT the character; possessive "'s" removed. Words
   * found in the word table get their interned string. Every word's text is
   * made when it is tokenized: rules read `w` about twelve times per word and
   * read almost every word at least once, so a plain field costs less than a
   * getter that slices on first read.
   */
  w = "";
  t = 0;
  /** For CODE/URL tokens: index into the line's code/url spans. */
  ref = -1;
  /** Slot of the word in the word table (TABLE.word[slot] is w), or -1. */
  slot = -1;
  /** WORD_INFO bits of w (0 for non-words). */
  info = 0;
  /** Shape bits (see the getters). */
  f = 0;
  /** First letter upper case. */
  get cap(): boolean {
    return (this.f & CAP_BIT) !== 0;
  }
  /** Two or more letters, all upper case (acronym shape). */
  get upper(): boolean {
    return (this.f & UPPER_BIT) !== 0;
  }
  /** Acronym shape allowing a plural "s" ("SKUs"), no digits. */
  get acr(): boolean {
    return (this.f & ACR_BIT) !== 0;
  }
  /** Ended in "'s" / "’s" (removed from w). */
  get poss(): boolean {
    return (this.f & POSS_BIT) !== 0;
  }
  /** Contains a letter outside ASCII (accents). */
  get accent(): boolean {
    return (this.f & ACCENT_BIT) !== 0;
  }
  /** Letters only: no digits, hyphens, dots or apostrophes (the "'s" of a possessive aside). */
  get letters(): boolean {
    return (this.f & LETTERS_BIT) !== 0;
  }
}

/** Tokens of the current line plus flags for the whole line. */
export interface Tokens {
  toks: Tok[];
  /** OR of the tokens' WORD_INFO bits. */
  flags: number;
  /** F_* character flags. */
  chars: number;
}


/** Punctuation kept as tokens (sentence and clause boundaries, quotes, brackets). */
const PUNCT_CHARS = new Uint8Array(0x10000);
// Only the punctuation rules read: sentence and clause ends, brackets, quotes, table pipes.
for (const c of ".,;:?!()\"“”|「」『』（）。、？！：；，«»„…") PUNCT_CHARS[c.charCodeAt(0)] = 1;

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
    (c >= 0xe00 && c <= 0xeff) || // Thai, Lao
    (c >= 0x530 && c <= 0x58f) || // Armenian
    (c >= 0x10a0 && c <= 0x10ff) || // Georgian
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1200 && c <= 0x137f) || // Ethiopic (Amharic, Tigrinya)
    (c >= 0x1780 && c <= 0x17ff) // Khmer
  );
}

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

// ASCII character classes, looked up instead of compared.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const WORDCH = LOWER | UPPER | DIGIT;
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;

/** ASCII characters that may join two word characters inside a word: - _ . ' , : */
const CONNECTOR = new Uint8Array(128);
for (const c of "-_.',:") CONNECTOR[c.charCodeAt(0)] = 1;

function wordChar(c: number): boolean {
  return c < 128 ? (ASCII[c] & WORDCH) !== 0 : isLatinLetter(c) || isDigit(c);
}

/** "it's" and friends are contractions, not possessives. */
const NOT_POSSESSIVE = new Set(["it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how"]);

// Token objects are pooled: a line's tokens are only valid until the next call.
const pool: Tok[] = [];
/** Where the current line starts in the document: tokens keep line columns. */
let sourceBase = 0;
const result: Tokens = { toks: [], flags: 0, chars: 0 };
/** Tokens made so far on the current line (they are pool[0, count)). */
let count = 0;
/**
 * pool[0, n) as an array, by n: the pooled tokens never move, so the array a
 * line of n tokens needs is made once and reused, instead of emptying one
 * array and growing it again by pushes on every line.
 */
/** Lines with more tokens than this get an array of their own (bounds the memory prefixes keep). */
const PREFIX_MAX = 512;
const prefixes: (Tok[] | undefined)[] = new Array<Tok[] | undefined>(PREFIX_MAX + 1).fill(undefined);

/** A new token for document offsets [s, e); tokens keep line columns. */
function next(s: number, e: number, w: string, t: number, ref: number): Tok {
  let tok = pool[count];
  if (tok === undefined) {
    tok = new Tok();
    pool.push(tok);
  }
  tok.s = s - sourceBase;
  tok.e = e - sourceBase;
  tok.w = w;
  tok.t = t;
  tok.ref = ref;
  tok.slot = -1;
  tok.info = 0;
  tok.f = 0;
  count++;
  return tok;
}

const NO_MASKS: readonly number[] = [];

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** Whether the word at i opens the line's prose or follows a sentence's end (". ", "! ", "? ", ": "). */
function opensSentence(text: string, from: number, i: number): boolean {
  let k = i - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < from) return true;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/**
 * Tokenizes the line text[base, end) from column `from`, skipping the masked
 * ranges (see inline.ts; code spans and URLs become one CODE/URL token each).
 * It reads the document string itself, not the line's substring: character
 * reads stay on one flat string instead of going through a slice each time.
 * Token columns and masks are relative to the line. Returns a shared object:
 * the tokens are valid until the next call.
 */
export function tokenize(text: string, base: number, end: number, from = 0, masks: readonly number[] = NO_MASKS): Tokens {
  sourceBase = base;
  // The word table, read once per line (it changes only between calls, see addCueTrigger).
  const tableMask = TABLE.mask;
  const tableSlots = TABLE.slots;
  const tableChars = TABLE.chars;
  const tableWords = TABLE.word;
  count = 0;
  let flags = 0;
  let chars = 0;
  const n = end;
  let codeRef = 0;
  let urlRef = 0;
  let i = base + from;
  // Masks are sorted; m points at the next one, nextMask is where it starts.
  let m = 0;
  while (m < masks.length && masks[m + 1] <= from) {
    if (masks[m + 2] === MASK_CODE) codeRef++;
    else if (masks[m + 2] === MASK_URL) urlRef++;
    m += 3;
  }
  let nextMask = m < masks.length ? base + masks[m] : n;
  while (i < n) {
    if (i >= nextMask) {
      const maskEnd = base + masks[m + 1];
      const kind = masks[m + 2];
      if (kind === MASK_CODE) next(i, maskEnd, "", CODE, codeRef++);
      else if (kind === MASK_URL) next(i, maskEnd, "", URL, urlRef++);
      i = Math.max(i, maskEnd);
      m += 3;
      nextMask = m < masks.length ? base + masks[m] : n;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (wordChar(c)) {
      let j = i + 1;
      let accent = c >= 128;
      let dot = false;
      let curly = false;
      let joined = false;
      const cls = c < 128 ? ASCII[c] : 0;
      // FNV-1a of the lower-cased word, for the known-word table (ASCII only).
      let h = Math.imul((0x811c9dc5 | 0) ^ (cls === UPPER ? c | 32 : c), 0x01000193);
      let lower = cls === LOWER ? 1 : 0;
      let upperCount = cls === UPPER ? 1 : 0;
      let digits = cls === DIGIT || isDigit(c) ? 1 : 0;
      // Internal connectors: - _ . ' ’ between word characters; , and : only between digits.
      const limit = nextMask;
      while (j < limit) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          const k = ASCII[d];
          if (k !== 0) {
            if (k === LOWER) lower++;
            else if (k === UPPER) {
              upperCount++;
              h = Math.imul(h ^ (d | 32), 0x01000193);
              j++;
              continue;
            } else digits++;
            h = Math.imul(h ^ d, 0x01000193);
            j++;
            continue;
          }
          // A space or other ASCII non-connector ends the word without the checks below.
          if (CONNECTOR[d] === 0) break;
        } else if (isLatinLetter(d) || isDigit(d)) {
          if (!isDigit(d)) accent = true;
          j++;
          continue;
        } else if (d !== 0x2019) break;
        if (
          (d === 45 || d === 95 || d === 46 || d === 39 || d === 0x2019 || d === 44 || d === 58) &&
          j + 1 < limit &&
          wordChar(text.charCodeAt(j + 1))
        ) {
          if ((d === 44 || d === 58) && !(isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)))) break;
          if (d === 46) dot = true;
          else if (d === 0x2019) curly = true;
          joined = true;
          h = Math.imul(h ^ d, 0x01000193);
          j++;
        } else break;
      }
      const numeric = isDigit(c);
      let word = "";
      let bits = 0;
      let known = false; // found in the word table (bits may use the sign bit)
      let knownSlot = -1;
      if (!accent && !curly) {
        h |= 1;
        const len = j - i;
        for (let slot = h & tableMask; ; slot = (slot + 1) & tableMask) {
          const b = slot << 2;
          const sh = tableSlots[b];
          if (sh === 0) break;
          if (sh !== h || tableSlots[b + 3] !== len) continue;
          const at = tableSlots[b + 2] - i;
          let same = true;
          // Without upper case the written text is the lower-cased word.
          if (upperCount === 0) for (let k = i; k < j && same; k++) same = text.charCodeAt(k) === tableChars[at + k];
          else
            for (let k = i; k < j && same; k++) {
              const d = text.charCodeAt(k);
              same = (d >= 65 && d <= 90 ? d | 32 : d) === tableChars[at + k];
            }
          if (same) {
            word = tableWords[slot];
            bits = tableSlots[b + 1];
            known = true;
            knownSlot = slot;
            break;
          }
        }
      }
      const possessive = j - i > 2 && text.charCodeAt(j - 1) === 115 && (text.charCodeAt(j - 2) === 39 || text.charCodeAt(j - 2) === 0x2019);
      // An unknown ASCII word without an apostrophe: not in the word table, so no other list either (see bits below).
      const plain = !known && !possessive && !curly && !accent;
      if (!known) {
        const written = text.slice(i, j);
        word = upperCount === 0 && !accent ? written : written.toLowerCase();
      }
      const t = next(i, j, word, numeric ? NUM : WORD, -1);
      t.slot = knownSlot;
      let f = accent ? ACCENT_BIT : 0;
      if (accent) chars |= F_ACCENT;
      if (dot) chars |= F_DOT;
      if (!numeric) {
        if (digits === 0 && !joined) f |= LETTERS_BIT;
        if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) f |= CAP_BIT;
        const upper = upperCount >= 2 && lower === 0;
        if (upper) f |= UPPER_BIT;
        // "SKUs": upper case with a plural s.
        if (upper ? digits === 0 : upperCount >= 2 && lower === 1 && digits === 0 && text.charCodeAt(j - 1) === 115) f |= ACR_BIT;
        if (!known && possessive) {
          const w = t.w;
          const base = w.slice(0, w.length - 2);
          if (!NOT_POSSESSIVE.has(base)) {
            t.w = base;
            f = (f & (CAP_BIT | ACCENT_BIT)) | POSS_BIT;
            if (digits === 0 && base.indexOf("-") < 0 && base.indexOf(".") < 0 && base.indexOf("'") < 0 && base.indexOf("_") < 0) f |= LETTERS_BIT;
            if (upperCount >= 2 && lower === 1) f |= UPPER_BIT | (digits === 0 ? ACR_BIT : 0);
            known = false;
          }
        }
        // "Jens' priority list", "Andreas’ sheet": the possessive of a name ending in s is a bare apostrophe.
        // Not a plural opening a sentence ("Patients' numbers") nor an organisation's ("Veterans' Affairs").
        else if (!possessive && (f & CAP_BIT) !== 0 && upperCount === 1 && text.charCodeAt(j - 1) === 115 && j + 2 < n && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && text.charCodeAt(j + 1) === 32 && !isUpperAscii(text.charCodeAt(j + 2)) && !opensSentence(text, base + from, i)) f |= POSS_BIT;
        if (curly) t.w = t.w.replace(/\u2019/g, "'");
        if (f & CAP_BIT) chars |= F_CAP;
        if (f & ACR_BIT) chars |= F_ACR;
        if (j - i === 9 && t.w === "localhost") chars |= F_DOT;
      }
      t.f = f;
      if (!known) bits = !plain && ((f & POSS_BIT) !== 0 || curly || accent) ? WORD_INFO.get(t.w) ?? 0 : 0;
      if (bits !== 0) {
        t.info = bits;
        flags |= bits;
        if (bits & FOREIGN_MASK) chars |= F_FOREIGN;
      }
      if ((f & (CAP_BIT | UPPER_BIT)) === CAP_BIT && (bits & W_KNOWN) === 0) chars |= F_NAME;
      i = j;
      continue;
    }
    if (c < 128) {
      if (PUNCT_CHARS[c] === 1) {
        next(i, i + 1, text[i], PUNCT, -1);
        if (c === 63) chars |= F_QUESTION;
      }
      i++;
      continue;
    }
    if (isCjk(c)) {
      let j = i + 1;
      while (j < nextMask && isCjk(text.charCodeAt(j))) j++;
      next(i, j, "", CJK, -1);
      chars |= F_SCRIPT;
      i = j;
      continue;
    }
    if (isOtherLetter(c)) {
      let j = i + 1;
      while (j < nextMask && isOtherLetter(text.charCodeAt(j))) j++;
      next(i, j, "", OTHER, -1);
      chars |= F_SCRIPT;
      i = j;
      continue;
    }
    if (PUNCT_CHARS[c] === 1) {
      next(i, i + 1, text[i], PUNCT, -1);
      if (c === 0xff1f) chars |= F_QUESTION;
    }
    i++;
  }
  const made = count;
  let list: Tok[] | undefined;
  if (made <= PREFIX_MAX) {
    list = prefixes[made];
    if (list === undefined) prefixes[made] = list = pool.slice(0, made);
  } else list = pool.slice(0, made);
  result.toks = list;
  result.flags = flags;
  result.chars = chars;
  return result;
}
