/**
 * Instructions whose figure is left out, read from the shape of the clause
 * rather than from a phrase list: a retry with no count, a cache with no
 * lifetime, a wait with no length.
 *
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
import { atSentenceStart, endsSentence, firstWordFrom, isQuantity, sentenceStart } from "../doc.js";
import type { Line } from "../markdown.js";
import { CODE, PUNCT, WORD, type Tok } from "../tokenize.js";
import { RETRY_IMPERATIVES, RETRY_PARTICIPLES, WAIT_NOUNS } from "../lexicon/quality.js";
import { T_CUE } from "../wordinfo.js";
import { CONVERSATION_VERBS } from "../lexicon/cues.js";
import { PRONOUN_SUBJECTS } from "./shared-context-words.js";

/**
 * Words that may stand before an imperative retry: "and retry", "then retry", "please retry", and an order after the
 * reason for it ("Partner apps poll this endpoint, so cache the response").
 */
const IMPERATIVE_LEADS = new Set(["and", "then", "or", "please", "just", "simply", "so"]);
/** Words before a bare instruction that add nothing to it ("just retry."); "then retry." follows a wait that may bound it. */
const PLAIN_LEADS = new Set(["just", "simply", "please"]);
/** Words that open the step after the retry: "retry, then …", "retry and log it". */
const SEQUELS = new Set(["then", "and", "before", "after", "until", "or"]);

/** Tokens [from, to) of a retry instruction with no count, or null. */
export function bareRetry(toks: readonly Tok[], line: Line): { from: number; to: number } | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // The retry verbs carry T_CUE (wordinfo.ts): other words are passed over without reading their text.
    if (t.t !== WORD || (t.info & T_CUE) === 0) continue;
    let end = -1;
    if (RETRY_IMPERATIVES.has(t.w) && (imperative(toks, k) || afterArrow(line.raw, t.s))) {
      end = imperativeEnd(toks, k);
      // "Mail service fails: retry.", "wait and retry.": the whole instruction, with nothing to bound it.
      // "If the rate is not on the page yet, retry.": the same after the condition it answers.
      // "WhatsApp send fails: just retry.": the same after a word that leads an instruction.
      if (end < 0 && t.w === "retry" && closesSentenceAt(toks, k + 1) && (atSentenceStart(toks, k) || toks[k - 1].w === "and" || PLAIN_LEADS.has(toks[k - 1].w) || afterCondition(toks, k))) end = k + 1;
      // "The CPSMS gateway is down: retry the SMS.", "Push fails: retry it.": the same with its object.
      // A table row's retry is one step of the schedule its other cells give.
      if (end < 0 && t.w === "retry" && !line.table && (atSentenceStart(toks, k) || afterCondition(toks, k))) {
        const close = objectThenClose(toks, k + 1);
        if (close > 0) end = close;
      }
    }
    else if (RETRY_PARTICIPLES.has(t.w) && coordinatedAtEnd(toks, k)) end = k + 1;
    if (end < 0 || figureInSentence(toks, k, line)) continue;
    return { from: k, to: end };
  }
  return null;
}

/** "Square refund fails -> retry, then email me": an arrow from the case to what to do (no token of its own). */
function afterArrow(raw: string, s: number): boolean {
  let i = s - 1;
  while (i > 0 && raw.charCodeAt(i) === 32) i--;
  const c = raw.charCodeAt(i);
  return c === 0x2192 || (c === 62 && (raw.charCodeAt(i - 1) === 45 || raw.charCodeAt(i - 1) === 61));
}

/** "If …, retry": a comma before k closes a clause opened by "if" or "when" at the start of the sentence. */
function afterCondition(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.w !== ",") return false;
  const a = sentenceStart(toks, k);
  const first = toks[firstWordFrom(toks, a)];
  return first !== undefined && (first.w === "if" || first.w === "when" || first.w === "whenever");
}

/** "the SMS.", "it.", "the failed call.": a short object closing the sentence; where it ends, or -1. */
function objectThenClose(toks: readonly Tok[], from: number): number {
  const first = toks[from];
  if (first === undefined || first.t !== WORD) return -1;
  if ((first.w === "it" || first.w === "them") && closesSentenceAt(toks, from + 1)) return from + 1;
  if (first.w !== "the" && first.w !== "that" && first.w !== "this") return -1;
  for (let j = from + 1; j < toks.length && j <= from + 3; j++) {
    if (toks[j].t !== WORD && toks[j].t !== CODE) return closesSentenceAt(toks, j) && j > from + 1 ? j : -1;
  }
  return closesSentenceAt(toks, from + 4) ? from + 4 : -1;
}

/** Whether token k ends the sentence (or the line). */
function closesSentenceAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t === undefined || (t.t === PUNCT && (t.w === "." || t.w === ";" || t.w === "!"));
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
    // "retry as above", "retry as described under Edge cases": the schedule the brief gives elsewhere.
    if (t.w === "as" && BRIEF_POINTERS.has(toks[j + 1]?.w ?? "")) return -1;
    if (t.t === PUNCT) {
      if (t.w !== ",") return -1;
      const next = toks[j + 1];
      // "retry, and log it", "retry that batch, then skip it": the next step is what follows repeated failure.
      return next !== undefined && next.t === WORD && SEQUELS.has(next.w) ? j : -1;
    }
    if (t.t !== WORD) return -1;
    // "retry until it works": nothing bounds the attempts at all.
    if (SEQUELS.has(t.w)) return j > k + 1 || t.w === "then" || t.w === "and" || t.w === "until" ? j : -1;
  }
  return -1;
}

const BRIEF_POINTERS = new Set(["above", "below", "described", "defined", "specified", "explained", "listed"]);

/** "… are buffered in memory and retried.": a participle joined to another, closing the sentence. */
function coordinatedAtEnd(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev === undefined || prev.w !== "and") return false;
  const next = toks[k + 1];
  return next === undefined || (next.t === PUNCT && endsSentence(toks, k + 1));
}

/** People who may try again by hand; "the app", "the client" and other systems are not among them. */
const PEOPLE_WHO_RETRY = new Set("dispatcher vendor cashier clerk user customer staff agent operator planner driver member guest nurse admin seller buyer courier attendant teller shopper".split(" "));

/**
 * The clause before "and retries" at k has a person for its subject: "the vendor removes the alcohol and retries", "the
 * dispatcher adds the type and retries" (someone trying again by hand after a fix, no policy to quantify).
 */
export function personTriesAgain(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 2; j >= 1 && j >= k - 12; j--) {
    if (toks[j].t === PUNCT) return false;
    // The person, then their verb ("the cashier corrects"), not a noun they name ("picks the operator connection").
    const verb = toks[j + 1];
    if (PEOPLE_WHO_RETRY.has(toks[j].w) && (toks[j - 1].w === "the" || toks[j - 1].w === "a" || toks[j - 1].w === "our") && verb.t === WORD && verb.w.endsWith("s")) return true;
  }
  return false;
}

/** "staff can retry it with `POST …/retry`", "the user may retry": a person allowed to try again by hand. */
export function personMayRetry(toks: readonly Tok[], k: number): boolean {
  const modal = toks[k - 1]?.w;
  if (modal !== "can" && modal !== "may" && modal !== "could") return false;
  const who = toks[k - 2];
  return who !== undefined && who.t === WORD && (PEOPLE_WHO_RETRY.has(who.w) || PEOPLE_WHO_RETRY.has(who.w.replace(/s$/, "")));
}

/** Whether the sentence around token k states any figure (a count, a delay, a schedule). */
function figureInSentence(toks: readonly Tok[], k: number, line: Line): boolean {
  for (let j = sentenceStart(toks, k); j < toks.length; j++) {
    if (isQuantity(toks, j, line)) return true;
    if (j > k && toks[j].t === PUNCT && endsSentence(toks, j)) break;
  }
  return false;
}

const BE_FORMS = new Set(["is", "are", "be", "been", "being", "get", "gets", "got", "stay", "stays"]);
const NEGATIONS = new Set(["not", "never", "don't", "doesn't", "no", "nothing"]);
const CACHE_PARTS = new Set("key keys eviction hit hits miss misses size entry entries layer value values lifetime policy policies rules settings strategy behaviour behavior design invalidation warming cluster server table nothing".split(" "));
/** What else bounds a cache: an event that clears it, or how it is refreshed ("recomputed only when a birth detail changes"). */
const CACHE_BOUNDS = new Set(["ttl", "recomputed", "recalculated", "regenerated", "rebuilt", "lifetime", "expire", "expires", "expiry", "invalidate", "invalidated", "invalidates", "delete", "deleted", "evict", "evicted", "purge", "purged", "bust", "busted", "refresh", "refreshed", "until", "clear", "cleared", "stale"]);

/**
 * "Quotes can be cached.", "Carrier rates are cached so that checkout does
 * not call the carriers every time.", "Cache responses.": how long an entry
 * lives is left out. Not flagged: a lifetime or any figure in the sentence,
 * an event that clears the cache ("…, so delete the entry after each
 * change"), "do not cache", and a Given/When precondition.
 */
export function bareCache(toks: readonly Tok[], line: Line): { from: number; to: number } | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== WORD || (t.info & T_CUE) === 0) continue;
    const passive = t.w === "cached" && k > 0 && BE_FORMS.has(toks[k - 1].w);
    // "Cache responses." is an order; "Cache key: …", "Cache eviction should …" name a part of the cache.
    const command = t.w === "cache" && imperative(toks, k) && toks[k + 1]?.t === WORD && !CACHE_PARTS.has(toks[k + 1].w);
    if (!passive && !command) continue;
    if (negatedBefore(toks, k) || scenarioStep(toks, k) || figureInSentence(toks, k, line)) continue;
    if (toks.some((x) => x.t === WORD && CACHE_BOUNDS.has(x.w))) continue;
    // "Cache it like we agreed on the call": the lifetime was agreed; where it is written is shared-context's finding.
    if (agreedAfter(toks, k)) continue;
    // "The board is cached on the tablet so it still shows when the wifi drops": an offline copy, kept until the
    // next one replaces it, not a cache whose entries expire.
    if (offlineCopy(toks, k)) continue;
    return { from: passive ? k - 1 : k, to: k + 1 };
  }
  return null;
}

/** After the cache word at k, in its sentence: "offline", or "still" and then the connection failing. */
function offlineCopy(toks: readonly Tok[], k: number): boolean {
  let still = false;
  for (let j = k + 1; j < toks.length && !(toks[j].t === PUNCT && endsSentence(toks, j)); j++) {
    const w = toks[j].w;
    if (w === "offline") return true;
    if (w === "still") still = true;
    else if (still && CONNECTION_LOST.has(w)) return true;
  }
  return false;
}
const CONNECTION_LOST = new Set(["drops", "drop", "down", "fails", "lost", "unavailable", "unreachable"]);

/** "like we agreed", "as they said" within the next eight tokens of the sentence. */
function agreedAfter(toks: readonly Tok[], k: number): boolean {
  for (let j = k + 1; j + 2 < toks.length && j <= k + 8; j++) {
    if (toks[j].t === PUNCT && endsSentence(toks, j)) return false;
    if ((toks[j].w === "like" || toks[j].w === "as") && PRONOUN_SUBJECTS.has(toks[j + 1].w) && CONVERSATION_VERBS.has(toks[j + 2].w)) return true;
  }
  return false;
}

/**
 * "only after a waiting period", "within a short window": a wait named with
 * an indefinite article after "after" or "within", and no length.
 */
export function indefiniteWait(toks: readonly Tok[], line: Line): { from: number; to: number } | null {
  for (let k = 3; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== WORD || (t.info & T_CUE) === 0 || !WAIT_NOUNS.has(t.w)) continue;
    // "after a waiting period" (article two back) or "after a period" (one back).
    const a = toks[k - 1].w === "a" ? k - 1 : toks[k - 2].w === "a" && toks[k - 1].t === WORD ? k - 2 : -1;
    if (a < 1) continue;
    // "kept for a period after the call", "stay `closed` for a period", "Remember it for a period": how long
    // something is kept, left open. "An export for a period", "usage for a period" name a billing period.
    const kept = toks[a - 1].w === "for" && keptBefore(toks, a - 1);
    if (!kept && toks[a - 1].w !== "after" && toks[a - 1].w !== "within") continue;
    // The wait closes its clause: "after a period offline" describes a state, and "after a retention
    // period they choose" says who sets it. What a keeping counts from may follow it ("for a period after the call").
    const next = toks[k + 1];
    if (next !== undefined && !(next.t === PUNCT || CLAUSE_JOINS.has(next.w) || (kept && next.w === "after"))) continue;
    // A figure right after it gives the length ("within a short window (5 minutes)"); one elsewhere in
    // the sentence measures something else ("drops back to ₹21,000, but only after a waiting period").
    // A figure earlier in the same clause dates an event ("the match runs past 17:15 after a delay").
    let given = false;
    for (let j = k + 1; j < toks.length && j <= k + 5 && !given; j++) given = isQuantity(toks, j, line);
    for (let j = a - 2; j >= 0 && !given && !clauseBoundary(toks[j]); j--) given = isQuantity(toks, j, line);
    if (given) continue;
    return { from: a - 1, to: k + 1 };
  }
  return null;
}

const CLAUSE_JOINS = new Set(["and", "or", "but", "then", "before"]);

/** Verbs of keeping something for a time: a span after them is how long it is kept. */
const KEEPING_VERBS = new Set("keep keeps kept stay stays stayed remain remains retain retains retained store stores stored remember remembers remembered hold holds held valid".split(" "));

/** A keeping verb in the clause before "for", at most eight words back ("keep the photo for", "stay `closed` for"). */
function keptBefore(toks: readonly Tok[], f: number): boolean {
  for (let j = f - 1; j >= 0 && j >= f - 8 && !clauseBoundary(toks[j]); j--) if (toks[j].t === WORD && KEEPING_VERBS.has(toks[j].w)) return true;
  return false;
}

function clauseBoundary(t: Tok): boolean {
  return t.t === PUNCT ? t.w !== "(" && t.w !== ")" && t.w !== "\"" : t.w === "but";
}

function negatedBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (NEGATIONS.has(toks[j].w)) return true;
  return false;
}

/** "Given its page is cached": the state a scenario starts from. */
function scenarioStep(toks: readonly Tok[], k: number): boolean {
  const w = toks[firstWordFrom(toks, sentenceStart(toks, k))].w;
  return w === "given" || w === "when" || w === "if";
}
