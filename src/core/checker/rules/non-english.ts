/**
 * non-english: prose in another language. A line counts when, outside code
 * spans, URLs and quoted strings (quoted UI text is literal output), other
 * scripts outweigh its English words, or when Latin-script function words of
 * another language outnumber English ones.
 */
import type { LineCtx } from "../doc.js";
import { CJK, OTHER, PUNCT, WORD, type Tok } from "../tokenize.js";
import { LANGUAGE_COUNT } from "../lexicon/languages.js";
import { F_ACCENT, F_FOREIGN, F_SCRIPT, FOREIGN_MASK, W_ENGLISH } from "../wordinfo.js";
import type { Emit } from "./emit.js";

const OPEN_TO_CLOSE: Record<string, string> = { "\"": "\"", "“": "”", "「": "」", "『": "』", "«": "»", "„": "“" };

/** Marks tokens inside quotes ("…", “…”, 「…」…) so they are not judged; null when there are no quotes. */
export function quotedMask(toks: readonly Tok[]): boolean[] | null {
  let any = false;
  for (let k = 0; k < toks.length && !any; k++) if (toks[k].t === PUNCT && OPEN_TO_CLOSE[toks[k].w] !== undefined) any = true;
  if (!any) return null;
  const mask = new Array<boolean>(toks.length).fill(false);
  // Closers known to be absent from here on: keeps unbalanced quotes linear.
  const absent = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== PUNCT) continue;
    const close = OPEN_TO_CLOSE[t.w];
    if (!close || absent.has(close)) continue;
    let j = k + 1;
    while (j < toks.length && !(toks[j].t === PUNCT && toks[j].w === close)) j++;
    if (j === toks.length) absent.add(close);
    else {
      for (let m = k; m <= j; m++) mask[m] = true;
      k = j;
    }
  }
  return mask;
}

const perLanguage = new Array<number>(LANGUAGE_COUNT).fill(0);

/** Why a line is not English, with the span to point at, or null. */
export function judgeLanguage(toks: readonly Tok[], raw: string, quotesAreLiteral = true): { s: number; e: number } | null {
  let cjkChars = 0;
  let otherWords = 0;
  let latinWords = 0;
  let english = 0;
  let accented = 0;
  let lowerWords = 0;
  let commas = 0;
  perLanguage.fill(0);
  let first = -1;
  let last = -1;
  const mask = quotesAreLiteral ? quotedMask(toks) : null;
  for (let k = 0; k < toks.length; k++) {
    if (mask !== null && mask[k]) continue;
    const t = toks[k];
    if (t.t === CJK) {
      cjkChars += t.e - t.s;
    } else if (t.t === OTHER) {
      otherWords++;
    } else if (t.t === PUNCT && t.w === ",") {
      commas++;
      continue;
    } else if (t.t === WORD) {
      latinWords++;
      if (t.upper) continue;
      if (!t.cap && t.letters) lowerWords++;
      if (t.info & W_ENGLISH) {
        english++;
        continue;
      }
      if (t.accent) accented++;
      const bits = t.info & FOREIGN_MASK;
      if (bits) for (let b = 0; b < LANGUAGE_COUNT; b++) if (bits & (1 << b)) perLanguage[b]++;
    } else continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  const span = { s: toks[first].s, e: toks[last].e };
  // Japanese and Chinese run about two characters per English-sized word.
  if (cjkChars >= 4 && cjkChars / 2 >= latinWords) return span;
  if (otherWords >= 2 && otherWords >= latinWords) return span;
  let foreign = 0;
  for (let b = 0; b < LANGUAGE_COUNT; b++) if (perLanguage[b] > foreign) foreign = perLanguage[b];
  if (foreign >= 2 && foreign > english) return span;
  if (latinWords >= 3 && english === 0 && accented * 3 >= latinWords) return span;
  // Six or more ordinary words and not one English function word ("the", "is", "to"…): not English,
  // whichever language it is.
  // A comma-separated list of nouns ("retries, backoff, jitter, …") has no function words either.
  if (lowerWords >= 6 && english === 0 && commas * 3 < lowerWords) return span;
  return foreignSentence(toks, mask, raw);
}

/**
 * A line that mixes languages sentence by sentence ("Users want a CSV.
 * 会計ソフトに取り込みたいという要望が多いです。") is judged per sentence or
 * clause: one sentence of another language is enough. Japanese prose is told
 * from a name by its hiragana (particles and endings); Latin-script prose by
 * another language's function words outnumbering English ones.
 */
function foreignSentence(toks: readonly Tok[], mask: boolean[] | null, raw: string): { s: number; e: number } | null {
  let from = 0;
  for (let k = 0; k <= toks.length; k++) {
    const end = k === toks.length || (toks[k].t === PUNCT && SEGMENT_ENDS.has(toks[k].w));
    if (!end) continue;
    const hit = judgeSegment(toks, from, k, mask, raw);
    if (hit) return hit;
    from = k + 1;
  }
  return null;
}

const SEGMENT_ENDS = new Set([".", "?", "!", ":", ";", "。", "？", "！", "：", "；"]);

function judgeSegment(toks: readonly Tok[], from: number, to: number, mask: boolean[] | null, raw: string): { s: number; e: number } | null {
  let kana = 0;
  let cjkChars = 0;
  let latinWords = 0;
  let english = 0;
  perLanguage.fill(0);
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (mask !== null && mask[k]) continue;
    const t = toks[k];
    if (t.t === CJK) {
      cjkChars += t.e - t.s;
      for (let i = t.s; i < t.e; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x3040 && c <= 0x309f) || (c >= 0xac00 && c <= 0xd7af)) kana++;
      }
    } else if (t.t === WORD) {
      latinWords++;
      if (t.upper) continue;
      if (t.info & W_ENGLISH) english++;
      const bits = t.info & FOREIGN_MASK;
      if (bits && (t.info & W_ENGLISH) === 0) for (let b = 0; b < LANGUAGE_COUNT; b++) if (bits & (1 << b)) perLanguage[b]++;
    } else continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  const span = { s: toks[first].s, e: toks[last].e };
  // Hiragana (or Hangul) carries Japanese (Korean) grammar: a name in katakana or kanji has none.
  if (cjkChars >= 6 && kana >= 2 && cjkChars / 2 >= latinWords) return span;
  let foreign = 0;
  for (let b = 0; b < LANGUAGE_COUNT; b++) if (perLanguage[b] > foreign) foreign = perLanguage[b];
  if (latinWords >= 4 && foreign >= 2 && foreign > english) return span;
  return null;
}

const QUOTES = /["“”「」『』«»„]/;
const hasQuote = (raw: string): boolean => QUOTES.test(raw);

/** Words that say a quotation is text the product shows, on the line or the one before. */
const LITERAL_MARKERS = /literal|verbatim|exactly as|as written|do not translate|don't translate|\bui\b|label|button|subject|sms|text:|message:|template|copy|shows?|displays?|reads|string|wording|title|heading|placeholder|notification|push|e-mail|email|caption|tooltip|banner/i;

/** Words that say a quotation is somebody's message, pasted in: prose, whatever else the line says. */
const PASTED_MARKERS = /pasted|forwarded|original request|client's|customer's|from the kick-?off|they wrote|wrote:|said:|asked:/i;

function marksLiteral(ctx: LineCtx): boolean {
  const prev = ctx.doc.lines[ctx.i - 1];
  const before = prev && prev.kind === "blank" ? ctx.doc.lines[ctx.i - 2] : prev;
  let context = before === undefined ? ctx.line.raw : before.raw + " " + ctx.line.raw;
  // In a table, the column header says what the cells are ("| Reply text |").
  if (ctx.line.table) {
    let h = ctx.i;
    while (h > 0 && ctx.doc.lines[h - 1].table) h--;
    if (h !== ctx.i) context += " " + ctx.doc.lines[h].raw;
  }
  return LITERAL_MARKERS.test(context) && !PASTED_MARKERS.test(context);
}

/** Reports line i when its prose is not in English. */
export function nonEnglishLine(ctx: LineCtx, emit: Emit): void {
  // Only lines with another script, accents or a foreign function word can fail.
  if ((ctx.chars & (F_SCRIPT | F_ACCENT | F_FOREIGN)) === 0) return;
  let hit = judgeLanguage(ctx.toks, ctx.line.raw);
  // A quotation is exempt only as literal output the product shows ("SMS text, sent exactly as
  // written: "…""); a client's message pasted in quotes is still prose to translate.
  if (!hit && hasQuote(ctx.line.raw) && !marksLiteral(ctx)) hit = judgeLanguage(ctx.toks, ctx.line.raw, false);
  if (!hit) return;
  const text = ctx.line.raw.slice(hit.s, hit.e);
  const short = text.length > 40 ? text.slice(0, 40) + "…" : text;
  emit({
    li: ctx.i,
    rule: "non-english",
    s: hit.s,
    e: hit.e,
    excerpt: text,
    message: `'${short}' is not in English: write it in English (quote it or put it in a code span if it is literal text the product must show)`,
    suggestion: "translate the line into English",
  });
}
