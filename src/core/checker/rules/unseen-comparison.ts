/**
 * A behaviour defined by comparison with something of the client's that the
 * brief never shows: "Signing works like the billing webhooks", "use the same
 * layout as the weekly report email", "validation is the same like the dietary
 * form". The phrase lists in precedents.ts know the set forms; this reads the
 * shape "like / the same … as / similar to + the client's thing", and asks the
 * brief itself whether that thing is described anywhere else: a comparison
 * with something the brief explains ("the same columns as the export above",
 * "same format as the request") leaves nothing in anyone's head.
 */
import type { LineCtx } from "../doc.js";
import { endsSentence } from "../doc.js";
import { CODE, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { CAPITALISED_WORDS, PLACES } from "../lexicon/known.js";
import { HONORIFICS, type Hit } from "./shared-context-words.js";

/** Words that open the thing compared with: "the billing webhooks", "our reminder messages", "my paper sheet". */
const OWNERS = new Set(["the", "our", "my"]);
/**
 * Verbs after "like" that make it a wish or a look, not a comparison ("would like", "looks like"), and modals that
 * make it the verb ("Members might like the good news").
 */
const NOT_COMPARING_BEFORE_LIKE = new Set(["might", "may", "could", "will", "do", "does", "did", "not", "don't", "doesn't", "didn't", "would", "'d", "we'd", "i'd", "you'd", "they'd", "we’d", "i’d", "you’d", "they’d", "i", "we", "you", "they", "feel", "feels", "look", "looks", "looked", "sound", "sounds", "seem", "seems", "something", "anything", "things", "items", "fields", "values", "words", "data", "characters"]);
/** Heads that name data of the brief's own flow rather than another of the client's things. */
const OWN_FLOW = new Set(["request", "requests", "response", "responses", "body", "input", "output", "original", "rest", "others", "other", "one", "ones", "above", "below", "following", "previous", "next", "first", "last", "same", "example", "examples", "table", "spec", "standard", "law", "regulation", "rule", "rules"]);

/** Where the compared thing starts after the comparison word at k, or -1. */
function targetStart(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (t.w === "like") {
    const prev = toks[k - 1];
    // "…, like the summer promo": after a comma too; not after other punctuation ("(like …").
    // "we do like with the hospitals": after "do", "like" with a preposition compares ("we do like it" is the verb).
    const doLikeWith = prev !== undefined && DOING.has(prev.w) && CASE_PREPOSITIONS.has(toks[k + 1]?.w ?? "");
    if (prev !== undefined && !doLikeWith && ((prev.t !== WORD && prev.w !== ",") || NOT_COMPARING_BEFORE_LIKE.has(prev.w))) return -1;
    return k + 1;
  }
  if (t.w === "to" && toks[k - 1]?.w === "similar") return k + 1;
  if (t.w === "as") {
    // "the same as", "the same layout as": what is compared is how something looks or behaves;
    // "the same number of users as the streaming job" compares values, which the brief can check.
    // "the NPWP is the same as the national identity number": an identity of two values, not behaviour
    // copied; "should be the same as for the move-in report" copies how another case is handled.
    if (toks[k - 1]?.w === "same" && LINKING.has(toks[k - 3]?.w ?? "") && toks[k + 1]?.w !== "for" && toks[k + 1]?.w !== "in") return -1;
    if (toks[k - 1]?.w === "same" || (toks[k - 1]?.w === "one" && toks[k - 2]?.w === "same")) return k + 1;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (toks[j].t !== WORD || !BEHAVIOUR.has(toks[j].w)) continue;
      if (toks[j - 1]?.w === "same") return k + 1;
    }
    // "the same provider and template style as the invoice reminders": two things joined by "and", the last
    // one how something looks or behaves.
    if (toks[k - 1]?.t === WORD && BEHAVIOUR.has(toks[k - 1].w)) {
      for (let j = k - 2; j >= 1 && j >= k - 5; j--) {
        if (toks[j].t !== WORD) break;
        if (toks[j].w === "and" && toks[j - 1]?.t === WORD && (toks[j - 2]?.w === "same" || toks[j - 3]?.w === "same")) return k + 1;
      }
    }
  }
  return -1;
}

const LINKING = new Set(["is", "are", "was", "were", "be"]);
const CASE_PREPOSITIONS = new Set(["with", "for", "in", "at"]);
const DOING = new Set(["do", "does", "did", "handles", "handled", "handle"]);

/** What "the same … as" compares when it copies behaviour or looks rather than a value. */
const BEHAVIOUR = new Set("layout tone format template style look design wording text structure flow logic rules approach process behaviour behavior handling validation setup way sender list checklist steps columns".split(" "));

/** The noun phrase compared with, as [first, last] tokens, or null when it is not the client's thing. */
function comparedThing(toks: readonly Tok[], at: number): [number, number] | null {
  let j = at;
  if (toks[j]?.w === "in" || toks[j]?.w === "for" || toks[j]?.w === "on" || toks[j]?.w === "with") j++;
  const ownerName = personsThing(toks, j);
  if (ownerName !== null) return ownerName;
  if (!OWNERS.has(toks[j]?.w ?? "")) return bareThing(toks, j);
  const first = j + 1;
  let last = -1;
  for (let q = first; q < toks.length && q <= first + 3; q++) {
    const t = toks[q];
    if (t.t !== WORD || (t.info & W_ENGLISH) !== 0) break;
    last = q;
  }
  if (last < 0) return null;
  // "like the 2024 campaign" is a precedent the phrase lists know; a capitalised name is undefined-term's,
  // but "like the Makati pilot feed" names a thing of the client's by where it ran.
  // "like the booking PDFs": a head in capitals may be a format everyone knows.
  if (toks[last].cap && !(toks[last].upper && (toks[last].info & W_KNOWN) !== 0)) return null;
  // A known name before the head is someone else's product ("like the Stripe receipts"); a holiday, a weekday or a
  // language names the client's own thing ("our Lebaran promo broadcast", "the Monday report").
  for (let q = first; q < last; q++) if (toks[q].cap && (((toks[q].info & W_KNOWN) !== 0 && !PLACES.has(toks[q].w) && !CAPITALISED_WORDS.has(toks[q].w)) || toks[q].upper)) return null;
  if (OWN_FLOW.has(toks[last].w) || OWN_FLOW.has(toks[first].w)) return null;
  // "same like the hostel booking one": "one" after the client's words stands for their thing.
  if (toks[last + 1]?.w === "one") last++;
  return [first, last];
}

/** "Kenta's old calculation", "Mia's own script": words that say which of the person's things. */
const STATE_OF_THING = new Set(["old", "new", "own", "current", "usual"]);

/**
 * "the same tone as Yui's email templates", "same as in Paco's Excel", "the same fields as Jens' paper envelope":
 * a thing of one person's, named by whose it is; its words may be capitalised ("Nana's InDesign exports").
 */
function personsThing(toks: readonly Tok[], j: number): [number, number] | null {
  // "Pak Budi's spreadsheet", "Don Chuy's notebook": a title or a first name before the possessive one.
  const title = toks[j];
  if (title !== undefined && title.t === WORD && title.cap && !title.poss && (HONORIFICS.has(title.w) || unknownName(title)) && toks[j + 1]?.t === WORD && toks[j + 1].cap) j++;
  const name = toks[j];
  if (!unknownName(name)) return null;
  const apostrophe = toks[j + 1];
  const bareApostrophe = !name.poss && apostrophe !== undefined && apostrophe.t === PUNCT && (apostrophe.w === "'" || apostrophe.w === "’") && apostrophe.s === name.e && name.w.endsWith("s");
  if (!name.poss && !bareApostrophe) return null;
  const first = bareApostrophe ? j + 2 : j + 1;
  let last = -1;
  for (let q = first; q < toks.length && q <= first + 2; q++) {
    const t = toks[q];
    if (t.t !== WORD || ((t.info & W_ENGLISH) !== 0 && !t.cap && !(q === first && STATE_OF_THING.has(t.w)))) break;
    last = q;
  }
  return last < 0 ? null : [j, last];
}

/**
 * "Approval should work the same as leave approvals.": with no article, a short plural noun
 * phrase that ends the sentence after "the same as" names a kind of the client's records.
 */
function bareThing(toks: readonly Tok[], first: number): [number, number] | null {
  if (toks[first - 1]?.w !== "as" || toks[first - 2]?.w !== "same") return null;
  let last = -1;
  for (let q = first; q < toks.length && q <= first + 2; q++) {
    const t = toks[q];
    if (t.t !== WORD || t.cap || (t.info & W_ENGLISH) !== 0) break;
    last = q;
  }
  // "Children pay the same as adults": a group of people treated alike, not a thing of the client's.
  if (last < 0 || !toks[last].w.endsWith("s") || OWN_FLOW.has(toks[last].w) || PEOPLE.has(toks[last].w)) return null;
  const after = toks[last + 1];
  return after === undefined || (after.t === PUNCT && endsSentence(toks, last + 1)) ? [first, last] : null;
}

const PEOPLE = new Set("adults children kids members guests students customers users visitors patients seniors employees staff volunteers drivers riders players teachers parents".split(" "));

/** Words that may follow the thing while the comparison goes on ("like the renewals API, obviously"). */
const CLAUSE_GOES_ON = new Set(["for", "in", "on", "at", "with", "from", "and", "but", "so", "too", "already", "today", "does", "do", "did", "uses", "used", "we", "they", "you", "i"]);

function questionAhead(toks: readonly Tok[], k: number): boolean {
  for (let q = k; q < toks.length; q++) {
    if (toks[q].t !== PUNCT) continue;
    if (toks[q].w === "?" || toks[q].w === "？") return true;
    if (endsSentence(toks, q)) return false;
  }
  return false;
}

const LOWER_TEXT = new WeakMap<LineCtx["doc"], string>();

/**
 * Whether the words of the thing occur a second time in the brief, from a word's start: "the thing" is not
 * described by "spinner then nothing".
 */
function describedElsewhere(ctx: LineCtx, words: string): boolean {
  let text = LOWER_TEXT.get(ctx.doc);
  if (text === undefined) {
    text = ctx.doc.text.toLowerCase();
    LOWER_TEXT.set(ctx.doc, text);
  }
  let seen = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    // A word may go on ("the rent" is described by "rental"), but not start earlier ("nothing" is not "thing").
    if (isWordCode(text.charCodeAt(at - 1))) continue;
    if (++seen === 2) return true;
  }
  return false;
}

/** A letter or digit (NaN, outside the text, is not). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

/** What a person does or did, after their name: "sends", "numbers", "agreed" (not "class", a noun in -ss). */
function practiceVerb(t: Tok | undefined): t is Tok {
  return t !== undefined && t.t === WORD && !t.cap && /(?:[^s]s|ed)$/.test(t.w);
}

/** A capitalised word that is neither an English function word nor a known name: a person, likely. */
function unknownName(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.cap && !t.upper && (t.info & (W_KNOWN | W_ENGLISH)) === 0;
}

/**
 * One person's practice, never written down: "the same that Lucia sends today", "the same as
 * Daniel's team agreed" (a person's team may stand for the person), "like Yamada-san do it now".
 */
function personsPractice(toks: readonly Tok[], k: number): Hit | null {
  const w = toks[k].w;
  // "the same one Haruka applies today": "one" stands for the thing compared.
  // "the same numbering as Botir uses now": the noun compared may stand between.
  const sameNoun = w === "as" && toks[k - 2]?.w === "same" && toks[k - 1].t === WORD && !toks[k - 1].cap && (toks[k - 1].info & W_ENGLISH) === 0;
  if (((w === "as" || w === "that" || w === "one") && toks[k - 1].w === "same") || sameNoun) {
    const name = toks[k + 1];
    const verb = name?.poss && toks[k + 2]?.t === WORD && !toks[k + 2].cap ? toks[k + 3] : toks[k + 2];
    if (unknownName(name) && practiceVerb(verb)) return { s: toks[sameNoun ? k - 2 : k - 1].s, e: verb.e };
  }
  if (w === "like" && unknownName(toks[k + 1]) && DOING.has(toks[k + 2]?.w ?? "") && (toks[k + 3]?.w === "it" || toks[k + 3]?.w === "this")) return { s: toks[k].s, e: toks[k + 3].e };
  // "the same as how Dev does it on the whiteboard"; "picked like I do in my spreadsheet": the writer's own way.
  if (w === "as" && toks[k - 1].w === "same" && toks[k + 1]?.w === "how" && unknownName(toks[k + 2]) && DOING.has(toks[k + 3]?.w ?? "")) return { s: toks[k - 1].s, e: toks[k + 3].e };
  if (w === "like" && toks[k + 1]?.w === "i" && (toks[k + 2]?.w === "do" || toks[k + 2]?.w === "did") && toks[k + 1].s === toks[k].e + 1) return { s: toks[k].s, e: toks[k + 2].e };
  return null;
}

/**
 * "handle branding the same way we handle signature images": the way the team works today, unless the brief shows it.
 * "continue the same way Sari numbers them now", "in the same order Don Chuy uses in his notebook": one person's way.
 */
function sameWayWe(ctx: LineCtx, k: number): Hit | null {
  const toks = ctx.toks;
  const noun = toks[k + 1]?.w;
  if (noun !== "way" && noun !== "order") return null;
  let who = k + 2;
  while (unknownName(toks[who]) && who < k + 4) who++;
  if (who > k + 2) {
    const verb = toks[who];
    return practiceVerb(verb) ? { s: toks[k].s, e: verb.e } : null;
  }
  if (noun !== "way" || (toks[k + 2]?.w !== "we" && toks[k + 2]?.w !== "they") || toks[k + 3]?.t !== WORD || toks[k + 4]?.t !== WORD) return null;
  const object = ctx.line.raw.slice(toks[k + 4].s, toks[k + 4].e).toLowerCase();
  return describedElsewhere(ctx, object) ? null : { s: toks[k].s, e: toks[k + 3].e };
}

const MAX_COMPARED = 16;

/** "Signing works like the billing webhooks": a comparison with the client's thing the brief never describes. */
export function unseenComparison(ctx: LineCtx): Hit | null {
  const toks = ctx.toks;
  let compared = 0;
  for (let k = 1; k < toks.length; k++) {
    // "like", "as", "to" are English function words: the info bit rules out the rest without slicing them.
    if ((toks[k].info & W_ENGLISH) === 0) continue;
    const w = toks[k].w;
    if (w !== "like" && w !== "as" && w !== "to" && w !== "that" && w !== "same" && w !== "one") continue;
    const practice = personsPractice(toks, k) ?? (w === "same" ? sameWayWe(ctx, k) : null);
    if (practice) return practice;
    if (w === "that" || w === "same" || w === "one") continue;
    const at = targetStart(toks, k);
    if (at < 0) continue;
    const thing = comparedThing(toks, at);
    if (thing === null) continue;
    // Each thing compared with reads the rest of its sentence and the brief: a line of thousands of comparisons
    // would take time quadratic in its length, and a real one makes its point within a few.
    if (++compared > MAX_COMPARED) return null;
    const [first, last] = thing;
    // "as the percentage rises": "as" opening a clause, not a comparison; the thing ends its clause.
    const after = toks[last + 1];
    if (after !== undefined && after.t === WORD && !CLAUSE_GOES_ON.has(after.w)) continue;
    // "… stay public like the job pages themselves?": a question weighs options; open-question reports it.
    if (questionAhead(toks, last + 1)) continue;
    // A link or a code name in the rest of the sentence documents the thing.
    let documented = false;
    for (let q = last + 1; q < toks.length && !(toks[q].t === PUNCT && endsSentence(toks, q)); q++) if (toks[q].t === URL || toks[q].t === CODE || toks[q].w === "(") documented = true;
    if (documented) continue;
    const head = ctx.line.raw.slice(toks[first].s, toks[last].e).toLowerCase();
    if (describedElsewhere(ctx, head)) continue;
    return { s: toks[k].s, e: toks[last].e };
  }
  return null;
}
