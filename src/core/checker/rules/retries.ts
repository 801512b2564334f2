/**
 * A retry told as an instruction with its count left out: "retry, then fall
 * back to the other carrier", "retry that batch, then skip it", "retry the
 * delivery later", "buffered in memory and retried". The phrase list in
 * lexicon/quality.ts knows set forms ("retry a few times"); this reads the
 * shape of the clause instead, so any object and any follow-up step count.
 *
 * Not flagged: a retry whose sentence gives a figure ("retry it 3 times",
 * "…; this counts as one of the 12 attempts"), and a single retry that ends
 * the sentence ("split the batch in half and retry."): only a retry followed
 * by what happens when it keeps failing implies several attempts.
 */
import { atSentenceStart, endsSentence, isQuantity } from "../doc.js";
import type { Line } from "../markdown.js";
import { PUNCT, WORD, type Tok } from "../tokenize.js";
import { RETRY_IMPERATIVES, RETRY_PARTICIPLES } from "../lexicon/quality.js";
import { T_CUE } from "../wordinfo.js";

/** Words that may stand before an imperative retry: "and retry", "then retry", "please retry". */
const IMPERATIVE_LEADS = new Set(["and", "then", "or", "please", "just", "simply"]);
/** Words that open the step after the retry: "retry, then …", "retry and log it". */
const SEQUELS = new Set(["then", "and", "before", "after", "until", "or"]);

/** Tokens [from, to) of a retry instruction with no count, or null. */
export function bareRetry(toks: readonly Tok[], line: Line): { from: number; to: number } | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // The retry verbs carry T_CUE (wordinfo.ts): other words are passed over without reading their text.
    if (t.t !== WORD || (t.info & T_CUE) === 0) continue;
    let end = -1;
    if (RETRY_IMPERATIVES.has(t.w) && imperative(toks, k)) end = imperativeEnd(toks, k);
    else if (RETRY_PARTICIPLES.has(t.w) && coordinatedAtEnd(toks, k)) end = k + 1;
    if (end < 0 || figureInSentence(toks, k, line)) continue;
    return { from: k, to: end };
  }
  return null;
}

/** "Push fails: retry, …", "back off and retry …": the word is an instruction, not a noun ("a retry"). */
function imperative(toks: readonly Tok[], k: number): boolean {
  if (atSentenceStart(toks, k)) return true;
  const prev = toks[k - 1];
  return prev.t === PUNCT ? prev.w === "," || prev.w === ";" || prev.w === "→" : IMPERATIVE_LEADS.has(prev.w);
}

/**
 * Where the retry instruction ends when a follow-up step or "later" comes
 * after it (up to three words of object in between), else -1.
 */
function imperativeEnd(toks: readonly Tok[], k: number): number {
  for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
    const t = toks[j];
    if (t.t === WORD && t.w === "later") return j + 1;
    if (t.t === PUNCT) {
      if (t.w !== ",") return -1;
      const next = toks[j + 1];
      // "retry, and log it", "retry that batch, then skip it": the next step is what follows repeated failure.
      return next !== undefined && next.t === WORD && SEQUELS.has(next.w) ? j : -1;
    }
    if (t.t !== WORD) return -1;
    if (SEQUELS.has(t.w)) return j > k + 1 || t.w === "then" || t.w === "and" ? j : -1;
  }
  return -1;
}

/** "… are buffered in memory and retried.": a participle joined to another, closing the sentence. */
function coordinatedAtEnd(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev === undefined || prev.w !== "and") return false;
  const next = toks[k + 1];
  return next === undefined || (next.t === PUNCT && endsSentence(toks, k + 1));
}

/** Whether the sentence around token k states any figure (a count, a delay, a schedule). */
function figureInSentence(toks: readonly Tok[], k: number, line: Line): boolean {
  let a = k;
  while (a > 0 && !(toks[a - 1].t === PUNCT && endsSentence(toks, a - 1))) a--;
  for (let j = a; j < toks.length; j++) {
    if (isQuantity(toks, j, line)) return true;
    if (j > k && toks[j].t === PUNCT && endsSentence(toks, j)) break;
  }
  return false;
}
