/**
 * non-english: prose in another language. A line counts when, outside code
 * spans, URLs and quoted strings (quoted UI text is literal output), other
 * scripts outweigh its English words, or when Latin-script function words of
 * another language outnumber English ones.
 */
import { isByline } from "./public-names.js";
import { atSentenceStart, type LineCtx } from "../doc.js";
import { CJK, NUM, OTHER, PUNCT, WORD, type Tok } from "../tokenize.js";
import { FOREIGN_WORDS, LANGUAGE_COUNT } from "../lexicon/languages.js";
import { F_ACCENT, F_FOREIGN, F_SCRIPT, FOREIGN_MASK, W_ENGLISH } from "../wordinfo.js";
import { isKnownName } from "./names.js";
import { PLACES } from "../lexicon/known.js";
import type { Emit } from "./emit.js";

const OPEN_TO_CLOSE: Record<string, string> = { "\"": "\"", "“": "”", "「": "」", "『": "』", "«": "»", "„": "“" };

/**
 * Whether a token opens a quote: a key of OPEN_TO_CLOSE, tested on the character code (a
 * punctuation token is one character) instead of a property lookup by string.
 */
function opensQuote(t: Tok): boolean {
  if (t.t !== PUNCT) return false;
  const c = t.w.charCodeAt(0);
  return c === 0x22 || c === 0x201c || c === 0x300c || c === 0x300e || c === 0xab || c === 0x201e;
}

/** Marks tokens inside quotes ("…", “…”, 「…」…) so they are not judged; null when there are no quotes. */
export function quotedMask(toks: readonly Tok[]): boolean[] | null {
  let any = false;
  for (let k = 0; k < toks.length && !any; k++) if (opensQuote(toks[k])) any = true;
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

/**
 * 'ask "sudah dikirim belum?" (is it shipped yet?)': the parenthesis right after a quotation
 * translates it. Marks it in the quote mask too; returns whether there was one.
 */
export function maskTranslations(toks: readonly Tok[], mask: boolean[] | null): boolean {
  if (mask === null) return false;
  let any = false;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!mask[k - 1] || mask[k] || toks[k].t !== PUNCT || toks[k].w !== "(") continue;
    let j = k;
    while (j < toks.length && !(toks[j].t === PUNCT && toks[j].w === ")")) mask[j++] = true;
    if (j < toks.length) mask[j] = true;
    any = true;
  }
  return any;
}

/**
 * Thai, Lao, Myanmar and Khmer write a sentence without spaces between its words, so one token of theirs may be a
 * whole sentence ("ราคาเด็กให้คิดตามตารางราคาของฝ่ายขายเหมือนเดิม"): it counts as one word per few characters.
 */
function unspacedScript(c: number): boolean {
  return (c >= 0xe00 && c <= 0xeff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);
}
const CHARS_PER_UNSPACED_WORD = 4;

const perLanguage = new Array<number>(LANGUAGE_COUNT).fill(0);
/** The accented words counted so far in the current run (see countLanguage). */
const accentedSeen: string[] = [];

/** What a run of tokens is written in; one shared object, valid until the next count. */
const counts = {
  cjkChars: 0,
  /** Hiragana or Hangul characters among cjkChars. */
  kana: 0,
  otherWords: 0,
  latinWords: 0,
  english: 0,
  /** English function words that are function words of another language too ("do", "a", "as"). */
  shared: 0,
  /** Lower-case words with accents (not names). */
  accented: 0,
  lowerWords: 0,
  commas: 0,
  /** "per", counted in `english` unless another language's function words stand beside it. */
  per: 0,
  /** Lower-case "a", counted in `english`: the article of English and the preposition of Spanish, Portuguese and Italian. */
  articleA: 0,
  /** The most function words of any one other language. */
  foreign: 0,
  /** First and last counted token, or -1. */
  first: -1,
  last: -1,
};

/**
 * Counts tokens [from, to) by script and language, skipping masked (quoted)
 * ones, and marks the span to point at: for a whole line, the words that are
 * not English function words; for one sentence, its Latin and CJK words.
 */
function countLanguage(toks: readonly Tok[], from: number, to: number, mask: boolean[] | null, raw: string, wholeLine: boolean): typeof counts {
  counts.cjkChars = counts.kana = counts.otherWords = counts.latinWords = counts.english = counts.shared = counts.accented = counts.lowerWords = counts.commas = counts.per = counts.articleA = 0;
  accentedSeen.length = 0;
  counts.first = counts.last = -1;
  perLanguage.fill(0);
  for (let k = from; k < to; k++) {
    if (mask !== null && mask[k]) continue;
    const t = toks[k];
    if (t.t === CJK) {
      counts.cjkChars += t.e - t.s;
      for (let i = t.s; i < t.e; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x3040 && c <= 0x309f) || (c >= 0xac00 && c <= 0xd7af)) counts.kana++;
      }
    } else if (t.t === OTHER) {
      counts.otherWords += unspacedScript(raw.charCodeAt(t.s)) ? Math.max(1, Math.round((t.e - t.s) / CHARS_PER_UNSPACED_WORD)) : 1;
      if (!wholeLine) continue;
    } else if (t.t === PUNCT && t.w === ",") {
      counts.commas++;
      continue;
    } else if (t.t === WORD) {
      counts.latinWords++;
      // An acronym is in no language: it counts as a word but neither votes nor marks the span.
      if (t.upper) continue;
      // "500 e < m ≤ 2000 e", "±2 e": one letter after a figure is its unit (a scale interval), not the "e" of Italian.
      if (t.e - t.s === 1 && k > from && toks[k - 1].t === NUM) continue;
      // "ñ becomes n": a letter named on its own is no ordinary word.
      if (!t.cap && t.letters && t.e - t.s > 1) counts.lowerWords++;
      // "faktureres i SEK", "in Italia e in Francia": English writes its pronoun "I" in capitals; a lower-case
      // "i" is the preposition of Danish, Norwegian, Swedish, Italian or Polish, and no evidence of English.
      if (t.w === "i" && !t.cap) continue;
      // "naik menjadi Rp 35.000 per klien", "total uang per metode bayar": "per" is Latin, written with rates and
      // units in many languages; beside another language's function words it is no evidence of English.
      if (t.w === "per") counts.per++;
      else if (t.w === "a" && !t.cap) counts.articleA++;
      if (t.info & W_ENGLISH) {
        counts.english++;
        // "do", "as", "a" are function words of English and of Portuguese alike (see judgeLanguage).
        if (FOREIGN_WORDS.has(t.w)) counts.shared++;
        if (wholeLine) continue;
      } else {
        // "Chloé Martin", "Gdańsk": names carry accents in any language; prose has them in its ordinary words.
        // "the Turkish letters ç, ğ, ö": a letter named on its own is no word of a language.
        // "in øre (1 krone = 100 øre)": a borrowed word repeated is one sign of another language, not two; so is its
        // English plural ("repair café events (all 9 cafés)").
        const stem = t.w.length > 3 && t.w.endsWith("s") ? t.w.slice(0, -1) : t.w;
        if (t.accent && !t.cap && t.e - t.s > 1 && accentedSeen.indexOf(stem) < 0) {
          accentedSeen.push(stem);
          counts.accented++;
        }
        // "Junta de Freguesia de Arroios": a small word between capitalised ones joins a name. "Senin di Instagram"
        // is a preposition before a product the lists know: no name runs on into a known product.
        if (!t.cap && k > from && k + 1 < to && toks[k - 1].cap && toks[k + 1].cap && !knownProductAfter(toks[k + 1])) continue;
        // "Upgrade (Lite → Standard, Lite → Pro)": a function word of another language is written in lower
        // case inside a sentence; capitalised there, it is a name (a plan, a product).
        if (t.cap && k > from && !atSentenceStart(toks, k)) continue;
        // "Mon–Fri 08:00": a range between two capitalised names (the French "mon" is written in lower case).
        if (t.cap && rangeOfNames(toks, k, raw)) continue;
        // "`serious` (Y/N)", "alpha acids, % w/w": a letter paired by a slash is an abbreviation, not the Spanish "y"
        // or the Polish "w".
        if (t.e - t.s === 1 && (raw.charCodeAt(t.e) === SLASH || raw.charCodeAt(t.s - 1) === SLASH)) continue;
        const bits = t.info & FOREIGN_MASK;
        if (bits) for (let b = 0; b < LANGUAGE_COUNT; b++) if (bits & (1 << b)) perLanguage[b]++;
      }
    } else continue;
    if (counts.first < 0) counts.first = k;
    counts.last = k;
  }
  counts.foreign = 0;
  for (let b = 0; b < LANGUAGE_COUNT; b++) if (perLanguage[b] > counts.foreign) counts.foreign = perLanguage[b];
  if (counts.foreign >= 2) counts.english -= counts.per;
  return counts;
}

/**
 * "The CNDP (Commission Nationale de contrôle de la protection des Données …, the Moroccan data
 * protection authority)": an acronym's expansion in its own language is a name, not prose; it runs
 * from the parenthesis to its first comma or its end. Extends `mask` (or makes one) with those tokens.
 */
function withExpansions(toks: readonly Tok[], mask: boolean[] | null): boolean[] | null {
  for (let k = 1; k + 1 < toks.length; k++) {
    const open = toks[k];
    if (open.t !== PUNCT || (open.w !== "(" && open.w !== "（") || toks[k - 1].t !== WORD || !toks[k - 1].upper) continue;
    let end = k + 1;
    while (end < toks.length && !(toks[end].t === PUNCT && (toks[end].w === "," || toks[end].w === ")" || toks[end].w === "）"))) end++;
    // "NIF (número de identificación fiscal, …)", "RC (ricevuta di consegna, delivery receipt)": written in lower
    // case, a short run is still the expansion; a longer one may be a remark in another language.
    if (!toks[k + 1].cap && end - k - 1 > 5) continue;
    mask ??= new Array<boolean>(toks.length).fill(false);
    for (let j = k; j < end; j++) mask[j] = true;
  }
  return mask;
}

/** Token k opens a range of two capitalised names joined by a dash ("Mon–Fri", "Lun-Ven"). */
function rangeOfNames(toks: readonly Tok[], k: number, raw: string): boolean {
  const dash = raw.charCodeAt(toks[k].e);
  if (dash !== 0x2d && dash !== 0x2013 && dash !== 0x2014) return false;
  // The dash may be a token of its own or not a token at all.
  const other = toks[k + 1]?.t === PUNCT ? toks[k + 2] : toks[k + 1];
  return other !== undefined && other.t === WORD && other.cap && other.s === toks[k].e + 1;
}

/** Why a line is not English, with the span to point at, or null. */
export function judgeLanguage(toks: readonly Tok[], raw: string, quotesAreLiteral = true): { s: number; e: number } | null {
  const mask = withExpansions(toks, quotesAreLiteral ? quotedMask(toks) : null);
  const c = countLanguage(toks, 0, toks.length, mask, raw, true);
  if (c.first < 0) return null;
  const span = { s: toks[c.first].s, e: toks[c.last].e };
  // Japanese and Chinese run about two characters per English-sized word.
  if (c.cjkChars >= 4 && c.cjkChars / 2 >= c.latinWords) return span;
  if (c.otherWords >= 2 && c.otherWords >= c.latinWords) return span;
  if (c.foreign >= 2 && c.foreign > c.english) return span;
  // "A equipe do turno da noite precisa ver as reservas…": against Portuguese-only words, "a", "do" and "as" are no
  // evidence of English; nor are "at" and "for" against two Danish ones ("Husk at prisen skal vises … for danske
  // kunder"). Two such words suffice where no "per" stands among them (a rate's "per" votes for Italian).
  if (c.foreign >= 2 && c.per === 0 && c.foreign > c.english - c.shared) return span;
  // "| tier | shop | café |": one borrowed word with an accent is not a language.
  if (c.latinWords >= 3 && c.english === 0 && c.accented >= 2 && c.accented * 3 >= c.latinWords) return span;
  // "Jeśli pracownik ma umowę zlecenie, pomijamy go i …": ordinary words with diacritics English does not use,
  // and at most a few words that happen to be English too ("i", "go").
  if (c.accented >= 2 && c.accented * 4 >= c.latinWords && c.english * 3 < c.latinWords) return span;
  // "Tá cuid de na conarthaí i nGaeilge, agus …", "Me tuku ngā karere whakaū i te reo Māori …": a longer
  // line with accented ordinary words and few English function words, where English prose has many.
  if (c.latinWords >= 8 && c.accented >= 2 && c.english * 4 <= c.latinWords) return span;
  // Six or more ordinary words and not one English function word ("the", "is", "to"…): not English,
  // whichever language it is. A comma-separated list of nouns ("retries, backoff, jitter, …") has no
  // function words either. "Queremos reducir ese gasto a la mitad antes de diciembre": a lower-case "a" beside
  // another language's function word is that language's preposition, no evidence of English.
  if (c.lowerWords >= 6 && (c.english === 0 || (c.english === c.articleA && c.foreign >= 1)) && c.commas * 3 < c.lowerWords) return span;
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
  const c = countLanguage(toks, from, to, mask, raw, false);
  return c.first >= 0 && foreignSegment(c) ? { s: toks[c.first].s, e: toks[c.last].e } : null;
}

/** Whether one sentence or cell, as counted, is another language's prose. */
function foreignSegment(c: typeof counts): boolean {
  // Hiragana (or Hangul) carries Japanese (Korean) grammar: a name in katakana or kanji has none.
  if (c.cjkChars >= 6 && c.kana >= 2 && c.cjkChars / 2 >= c.latinWords) return true;
  return c.latinWords >= 4 && c.foreign >= 2 && c.foreign > c.english;
}

/**
 * The first cell of a table row (cells split at "|") that holds a sentence of another language: its function words
 * outweigh English ones, or four or more words with accents English does not use and no English function word
 * ("| Telefonen saknar täckning i källaren |"). A name glossed in brackets ("cédula de ciudadanía (Colombian
 * citizen ID card)") is explained, not prose.
 */
function foreignCell(toks: readonly Tok[], raw: string): { s: number; e: number } | null {
  const mask = withExpansions(toks, quotedMask(toks));
  let from = 0;
  let glossed = false;
  for (let k = 0; k <= toks.length; k++) {
    if (k < toks.length && !(toks[k].t === PUNCT && toks[k].w === "|")) {
      if (toks[k].w === "(") glossed = true;
      continue;
    }
    if (k > from) {
      // One count per cell serves both tests.
      const c = countLanguage(toks, from, k, mask, raw, false);
      if (c.first >= 0 && (foreignSegment(c) || (!glossed && c.latinWords >= 4 && c.accented >= 2 && c.english === 0))) return { s: toks[c.first].s, e: toks[c.last].e };
    }
    from = k + 1;
    glossed = false;
  }
  return null;
}

const SLASH = 0x2f;

const QUOTES = /["“”「」『』«»„]/;
const hasQuote = (raw: string): boolean => QUOTES.test(raw);

/** Words that say a quotation is text the product shows, on the line or the one before. */
const LITERAL_MARKERS = /literal|verbatim|exactly as|exactly:|as written|do not translate|don't translate|\bui\b|label|button|subject|sms|text:|message:|template|copy|shows?|displays?|reads|string|wording|title|heading|placeholder|notification|push|e-mail|email|caption|tooltip|banner/i;

/** Words that say a quotation is somebody's message, pasted in: prose, whatever else the line says. */
const PASTED_MARKERS = /pasted|forwarded|original request|client's|customer's|from the kick-?off|they wrote|wrote:|wrote (?:it|them|this)\b|said:|asked:|(?:could ?n[o']t|cannot|can't) translate|['’]s (?:e-?mail|message|letter|request):/i;

function marksLiteral(ctx: LineCtx): boolean {
  let p = ctx.i - 1;
  // "- Approved: "…"" then "- Rejected: "…"": a list of quotations is introduced once, above its first item.
  if (ctx.line.item) while (p > 0 && p > ctx.i - 8 && ctx.doc.lines[p].item && hasQuote(ctx.doc.lines[p].raw)) p--;
  const prev = ctx.doc.lines[p];
  const before = prev && prev.kind === "blank" ? ctx.doc.lines[p - 1] : prev;
  let context = before === undefined ? ctx.line.raw : before.raw + " " + ctx.line.raw;
  if (p !== ctx.i - 1) context += " " + ctx.doc.lines[ctx.i - 1].raw;
  // In a table, the column header says what the cells are ("| Reply text |"), and so may the
  // sentence that introduces the table ("The label is shown exactly as written:").
  if (ctx.line.table) {
    let h = ctx.i;
    const inTable = (l: LineCtx["line"]): boolean => l.table || (l.kind === "rule" && l.raw.indexOf("|") >= 0);
    while (h > 0 && inTable(ctx.doc.lines[h - 1])) h--;
    if (h !== ctx.i) context += " " + ctx.doc.lines[h].raw;
    const intro = h > 0 && ctx.doc.lines[h - 1].kind === "blank" ? ctx.doc.lines[h - 2] : ctx.doc.lines[h - 1];
    if (intro !== undefined && intro.kind === "text" && !intro.table) context += " " + intro.raw;
  }
  // "Habari {name}, dawa yako ya {drug} …": a message template with its variables is text the product sends.
  if (TEMPLATE_VARIABLE.test(ctx.line.raw)) return true;
  return LITERAL_MARKERS.test(context) && !PASTED_MARKERS.test(context);
}

const isBlockQuote = (raw: string): boolean => /^ {0,3}>/.test(raw);

/**
 * The block quote follows a sentence that ends in a colon and says the text is output ("the
 * subject line is literal text, it must be exactly:"). A chat pasted as a quote ("> 山田: …",
 * "> **@rui:** …") opens with its speaker and stays prose.
 */
function introducedAsLiteral(ctx: LineCtx): boolean {
  const j = lineBeforeQuote(ctx.doc, ctx.i);
  const intro = ctx.doc.lines[j]?.kind === "blank" ? ctx.doc.lines[j - 1] : ctx.doc.lines[j];
  if (intro === undefined || intro.kind !== "text" || !intro.raw.trimEnd().endsWith(":")) return false;
  if (SPEAKER.test(ctx.line.raw)) return false;
  // "… They asked us for push notifications instead. From the federation's email:": the sentence that ends in
  // the colon introduces the quote; the paragraph before it tells the story.
  const raw = intro.raw.trimEnd();
  const lastSentence = raw.slice(raw.lastIndexOf(". ") + 1);
  return LITERAL_MARKERS.test(lastSentence) && !PASTED_MARKERS.test(lastSentence);
}

/**
 * The last line before the block quote that line i belongs to (i - 1 when line i - 1 is no quote). The answer for
 * the line asked last is kept: each line of a long quote would otherwise walk back over all the quote's lines above.
 */
let lastDoc: LineCtx["doc"] | null = null;
let lastLine = -1;
let lastBefore = -1;
function lineBeforeQuote(doc: LineCtx["doc"], i: number): number {
  const known = lastDoc === doc && lastLine >= 0 && lastLine < i ? lastLine : -1;
  let j = i - 1;
  while (j >= 0 && isBlockQuote(doc.lines[j].raw)) {
    // Every line from `known` to i - 1 is a quote: the walk from `known` was already done.
    if (j === known) {
      j = lastBefore;
      break;
    }
    j--;
  }
  lastDoc = doc;
  lastLine = i;
  lastBefore = j;
  return j;
}

const SPEAKER = /^ {0,3}>\s*(?:\*\*|__)?@?[^\s:：*]{1,30}(?:\*\*|__)?\s*[:：]/;

const TEMPLATE_VARIABLE = /\{\{?\s?[a-z][a-z0-9_]{0,30}\s?\}\}?/;

/** Reports line i when its prose is not in English. */
export function nonEnglishLine(ctx: LineCtx, emit: Emit): void {
  // Only lines with another script, accents or a foreign function word can fail.
  if ((ctx.chars & (F_SCRIPT | F_ACCENT | F_FOREIGN)) === 0) return;
  // "Reviewers: Han Jisoo (…), Bae Minjun (…)": a byline's names are no prose.
  if ((ctx.chars & F_SCRIPT) === 0 && isByline(ctx)) return;
  // A table row is a list of cells with no function words between them; only a cell that holds a sentence of
  // another language is prose (writers labelled 1 table row in over 40,000, a Swedish sentence in a cell).
  // Under a header that says the cells are text the product shows ("| English title | French title |"), none is.
  if (ctx.line.table) {
    const cell = foreignCell(ctx.toks, ctx.line.raw);
    if (cell !== null && !marksLiteral(ctx)) report(ctx, cell, emit);
    return;
  }
  let hit = judgeLanguage(ctx.toks, ctx.line.raw);
  // A quotation is exempt only as literal output the product shows ("SMS text, sent exactly as
  // written: "…""); a client's message pasted in quotes is still prose to translate.
  // 'Customers ask "sudah dikirim belum?" (is it shipped yet?)': a quotation given with its translation is quoted speech.
  if (!hit && hasQuote(ctx.line.raw) && !marksLiteral(ctx) && !maskTranslations(ctx.toks, quotedMask(ctx.toks))) hit = judgeLanguage(ctx.toks, ctx.line.raw, false);
  if (!hit) return;
  // "the subject line must be exactly:" and then "> ご予約ありがとうございます": a block quote given as literal output.
  if (isBlockQuote(ctx.line.raw) && introducedAsLiteral(ctx)) return;
  report(ctx, hit, emit);
}

function report(ctx: LineCtx, hit: { s: number; e: number }, emit: Emit): void {
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

/** A known product or vendor ("Instagram", "WhatsApp"): a known name that is not a place. */
function knownProductAfter(t: Tok): boolean {
  return t.t === WORD && !t.upper && isKnownName(t.w) && !PLACES.has(t.w);
}
