/**
 * vague-term, unquantified and untestable-criterion: quality words and
 * quantities that have no number beside them. Outside acceptance criteria a
 * quality word is `vague-term` and a missing limit/size/time is
 * `unquantified`; inside acceptance criteria either one, or a bare judgement
 * ("fraud is reduced"), makes the item `untestable-criterion` unless the item
 * carries something checkable (a number, a code span, a quoted literal).
 * This file finds cues; whether a cue's position asks for a number is
 * cue-position.ts, whether it already has its figure is figures.ts, limits
 * named without a value are limits.ts, and acceptance items are
 * criterion-buffer.ts.
 */
import { briefMatches, quantityNear, prevWord, atSentenceStart, endsSentence, type LineCtx } from "../doc.js";
import { PhraseSet, type PhraseMatch } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { quotedMask } from "./non-english.js";
import { BE_FORMS, DEGREE_WORDS, TIME_UNITS as ANY_TIME_UNIT } from "../lexicon/english.js";
import { CUES, EVAL_CUES, HINT_TEXT, LOW_LEVEL_NOUNS, UNBOUNDED_WORDS, type Cue } from "../lexicon/quality.js";
import { CONVERSATION_VERBS } from "../lexicon/cues.js";
import type { Line } from "../markdown.js";
import type { Emit, RawFinding } from "./emit.js";
import { LimitReferences, limitPosition, namesFigureBefore, refersBack } from "./limits.js";
import { F_FOREIGN, S_CUE, T_CUE, T_EVAL, W_ENGLISH, W_FREQUENCY, W_NUMBER } from "../wordinfo.js";
import { isKnownName, mostlyForeign } from "./names.js";
import { attemptsInSentence, delaysInSentence, figureEarlier, figureFollowsLimit, frequencyNear, likelihood, failureBefore, clauseStart, retriedElsewhere, namedFigure, boundInSentence, figureOnNextLine, sentenceRunsOn, negatedAction, sizeCategoryOpens, thresholdAfter } from "./figures.js";
import { CriterionBuffer } from "./criterion-buffer.js";
import { courtesyParagraph } from "../criteria.js";
import { bareCache, bareRetry, indefiniteWait, personMayRetry, personTriesAgain } from "./unbounded.js";
import {
  capabilityAsked,
  caseNamedForComparison,
  earlierRelease,
  fieldDescription,
  glossedName,
  leftToTake,
  mechanismNamed,
  metricDirection,
  namedSubject,
  namedSubjectOfCoordinated,
  ORGANISATIONS,
  outOfScope,
  sizeOfWorkOrDevice,
  sizeOfAKindCompared,
  requestNamed,
  spellsFollowingAcronym,
  offerToExplain,
  inReasonClause,
  judgesNothing,
  batchLot,
  describesOutsideCriteria,
  JUDGEMENTS,
  smallDifferenceOfForm,
  productBatch,
  burstAllowed,
  definedOnLine,
  readableByAccess,
} from "./cue-exemptions.js";
import { describesToday, statesRequirement } from "./requirement.js";
import { beforeSections } from "./public-names.js";
import { MEASURE_NOUNS, positionOk } from "./cue-position.js";
import { namedInCode } from "./coded-names.js";

const BASE = new PhraseSet<Cue>(CUES);
const WITH_EVAL = new PhraseSet<Cue>([...CUES, ...EVAL_CUES]);

/** Instructions with no figure, found by rules/unbounded.ts. */
const RETRY_CUE: Cue = { kind: "quant", cond: "any", hint: "retry" };
const CACHE_CUE: Cue = { kind: "quant", cond: "any", hint: "cache" };
const WAIT_CUE: Cue = { kind: "quant", cond: "any", hint: "time" };

/**
 * Adds a retry with no count (unless the line already has a retry cue), and a cache with no lifetime
 * or a wait with no length (only on a line with no other cue: there they are one more reading of it).
 */
function withUnboundedActions(toks: readonly Tok[], line: Line, hits: Hit[]): Hit[] {
  // One pass first: most lines name no retry, cache or wait word (they carry T_CUE, known words: no slicing).
  let any = false;
  for (let k = 0; k < toks.length && !any; k++) any = (toks[k].info & T_CUE) !== 0 && UNBOUNDED_WORDS.has(toks[k].w);
  if (!any) return hits;
  const found: Hit[] = [];
  const retry = hits.some((h) => h.cue.hint === "retry") ? null : bareRetry(toks, line);
  if (retry !== null) found.push({ cue: RETRY_CUE, from: retry.from, to: retry.to });
  // A cache or a wait is one more reading of a line that may already have its finding ("cached sensibly").
  // An age ("old entries") is a different reading: "archive old entries after a period" still leaves the wait open.
  const timed = hits.some((h) => h.cue.hint !== "recency");
  const cache = timed ? null : bareCache(toks, line);
  if (cache !== null) found.push({ cue: CACHE_CUE, from: cache.from, to: cache.to });
  const wait = timed ? null : indefiniteWait(toks, line);
  if (wait !== null) found.push({ cue: WAIT_CUE, from: wait.from, to: wait.to });
  return found.length === 0 ? hits : [...hits, ...found];
}

const LIMIT_NOUN: Cue = { kind: "quant", cond: "limit", hint: "rate" };

/** "the limit", "the daily cap", "the rate limit": a rate word that names a limit instead of asking for one. */
function asLimitNoun(toks: readonly Tok[], m: PhraseMatch<Cue>): PhraseMatch<Cue> | null {
  if (m.value.cond !== "verb" || m.value.hint !== "rate") return null;
  const head = toks[m.to - 1].w;
  if (head !== "limit" && head !== "cap") return null;
  // "a credit limit per roaster": each customer's own figure, held with the customer.
  if (toks[m.from - 1]?.w === "credit") return null;
  const noun = { from: m.from, to: m.to, value: LIMIT_NOUN };
  return limitPosition(toks, noun) ? noun : null;
}

/** A cue that survived position and number checks. */
interface Hit {
  cue: Cue;
  from: number;
  to: number;
  /** "the retention period": a limit named as already known; reported only if the brief never gives it. */
  ref?: boolean;
  /** The limit's name is the cue word alone ("stale"), not its noun phrase. */
  bare?: boolean;
  /** Only another line can give the value ("Late fee: Rp 5,000 per day"), not a figure of this one. */
  elsewhere?: boolean;
}

/**
 * Whether token k (a word) sits in a sentence that asks or doubts ("How fast
 * must it be?", "Not sure how reliable it is."): such cues are reported by
 * open-question, not as requirements. The sentence is the one closed by the
 * first sentence end at or after k; a line's unfinished last sentence does not ask.
 * Asked per cue, not marked for every token: most lines have no cue at all.
 */
function inQuestion(toks: readonly Tok[], k: number): boolean {
  let start = 0;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    if (t.t !== PUNCT || !endsSentence(toks, j)) continue;
    if (j >= k) return t.w === "?" || t.w === "？" || doubts(toks, start, j);
    start = j + 1;
  }
  return false;
}

/** Whether token k (a word) is inside parentheses: an aside that restates a limit given elsewhere ("(too long, or other characters)"). */
function inParens(toks: readonly Tok[], k: number): boolean {
  let depth = 0;
  for (let j = 0; j < k; j++) {
    const t = toks[j];
    if (t.t !== PUNCT) continue;
    if (t.w === "(") depth++;
    else if (t.w === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

/** "Not sure how reliable the detection is.": a sentence of doubt is an open question, not a requirement. */
function doubts(toks: readonly Tok[], from: number, to: number): boolean {
  const a = toks[from];
  const b = toks[from + 1];
  if (a === undefined || a.t !== WORD) return false;
  // "I lean no, but it's not my call.", "Leaning towards raw for now."
  if ((a.w === "i" && b?.w === "lean") || a.w === "leaning") return true;
  // "It is unclear whether …", "We are not sure if …": the doubt may open after a short subject.
  for (let k = from + 1; k < to && k <= from + 3; k++) {
    const w = toks[k].w;
    if ((w === "unclear" || w === "unsure") && /^(whether|if|how)$/.test(toks[k + 1]?.w ?? "")) return true;
    if (w === "not" && toks[k + 1]?.w === "sure") return true;
  }
  return (a.w === "not" && b?.w === "sure") || a.w === "unsure" || (a.w === "unclear" && (b?.w === "how" || b?.w === "whether" || b?.w === "if")) || (a.w === "wondering" && from < to);
}

/**
 * "in advance", "ahead of time": in the story of the context section they tell when people act
 * today ("guests cannot buy it in advance"); the lead time to give belongs to what is built.
 */
function leadTimeWords(toks: readonly Tok[], h: Hit): boolean {
  const w = toks[h.from].w;
  return (w === "in" && toks[h.from + 1]?.w === "advance") || (w === "ahead" && toks[h.from + 1]?.w === "of");
}

/** "we have many assets", "Tower C has many foreign tenants", "because many volunteers use old phones". */
const WORLD_BEFORE_MANY = new Set(["have", "has", "had", "because", "since", "receive", "receives", "received", "get", "gets", "got", "see", "sees", "saw"]);
const GROUP_PRONOUNS = new Set(["them", "us", "these", "those"]);

/** Who a count of people is about ("a few sponsors", "several customers"): organisations, and these. */
const SORTING = new Set(["sorted", "ordered", "sort", "order", "sorts", "orders", "ranked", "rank", "grouped", "group"]);
const SETTLEMENTS = new Set(["town", "towns", "city", "cities", "village", "villages", "island", "islands"]);
/** Nouns a size word names a kind of, not an amount: "small letters", "capital letters". */
const SIZE_AS_KIND = new Set(["letters", "letter", "caps"]);
const PEOPLE = new Set([...ORGANISATIONS, "users", "people", "sponsors", "partners", "members", "staff", "employees", "drivers", "patients", "parents", "students", "teachers", "doctors", "vendors", "suppliers", "buyers", "guests", "readers", "players", "fans", "tenants", "landlords", "agents"]);

/** Whether the line ends with a colon within four tokens after token `to`. */
function introducesBelow(toks: readonly Tok[], to: number): boolean {
  const last = toks.length - 1;
  return last >= 0 && toks[last].t === PUNCT && toks[last].w === ":" && last - to <= 4;
}

/** More cues than any written line holds (the labelled briefs' most is far below it). */
const MAX_CUES_PER_LINE = 64;

/** "when the file amount is lower", "unless it is higher": a comparative after "be" inside a condition. */
function comparedInCondition(toks: readonly Tok[], from: number, to: number): boolean {
  const w = toks[from].w;
  if (to - from !== 1 || (w !== "lower" && w !== "higher")) return false;
  let j = from - 1;
  if (toks[j]?.w === "or" || toks[j]?.w === "and") j -= 2;
  if (!BE_FORMS.has(toks[j]?.w ?? "")) return false;
  for (let q = j - 1; q >= 0 && q >= j - 8; q--) {
    if (toks[q].t === PUNCT && toks[q].w !== ",") return false;
    if (CONDITIONS.has(toks[q].w)) return true;
  }
  return false;
}
const AGAINST_A_LIMIT = new Set(["above", "below", "over", "under", "on", "exceed", "exceeds", "exceeded", "exceeding", "cross", "crosses", "crossed", "reach", "reaches", "reached", "hit", "hits", "break", "breaks", "breaking"]);
const LIMIT_PASSED = new Set(["broken", "exceeded", "reached", "hit", "crossed", "passed"]);
const CONDITIONS = new Set(["when", "if", "unless", "though", "whether", "while"]);
const FEE_DETERMINERS = new Set(["no", "any", "the", "our", "their", "its"]);
/** Adverbs of how well something is done, which no figure in the sentence measures. */
const EXPIRING = new Set(["expire", "expires", "expiring", "lapse", "lapses", "lapsing", "due"]);
/** "… we talked about", "… that we agreed", "… the way Dan and I discussed" right after token k. */
function agreedInConversation(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && j < k + 3 && LINKING_WORDS.has(toks[j].w)) j++;
  const from = j;
  while (j < toks.length && j < from + 3 && toks[j].t === WORD && (TALKERS.has(toks[j].w) || toks[j].cap)) j++;
  return j > from && toks[j] !== undefined && CONVERSATION_VERBS.has(toks[j].w);
}
const LINKING_WORDS = new Set(["it", "them", "the", "way", "that", "which"]);
const TALKERS = new Set(["we", "you", "they", "i", "and"]);
const ENDS_ON_DETERMINER = new Set(["the", "its", "their", "his", "her"]);
const MANNER_ADVERBS = new Set(["properly", "appropriately", "sensibly", "correctly", "gracefully", "smoothly"]);

/**
 * "matches what accounting expects for the 12 sample invoices", "the right answer for all 14 rules", "saves a
 * lot of time every day": a judgement of people or of correctness that no figure in the item makes checkable
 * (14 of 14 such items with a figure were labelled, over all sets; "works for 140 nurses", "lower than 5" stay
 * anchored by their figures).
 */
function unanchorableVerdict(toks: readonly Tok[], from: number, to: number): boolean {
  let text = toks[from].w;
  for (let k = from + 1; k < to; k++) text += " " + toks[k].w;
  // "The reminders work well for all four clinics": how well, not whether, with nothing to count.
  if ((text === "work" || text === "works") && HOW_WELL.has(toks[to]?.w ?? "")) return true;
  // "The export works every night", "Backups work every night": how often it must work is a rate, not what is checked.
  if ((text === "work" || text === "works") && toks[to] !== undefined && (toks[to].w === "every" || toks[to].w === "each" || (toks[to].info & W_FREQUENCY) !== 0)) return true;
  // "Monthly reminder works.": a short item that names a feature and ends on "works"; its "monthly" names the feature
  // and checks nothing. Not "lists the same 3 works" (the noun) nor "the token still works" (a state after a case).
  if ((text === "work" || text === "works") && from <= 3 && (toks[to] === undefined || (toks[to].t === PUNCT && toks[to].w === ".")) && toks.slice(0, from).every((t) => t.t === WORD)) return true;
  // "all 4 students are satisfied": a counted subject whose choices are met, which the test can count.
  if (text === "are satisfied" && (toks[from - 2]?.t === NUM || toks[from - 3]?.t === NUM)) return false;
  return UNANCHORABLE_VERDICTS.has(text);
}
/** "with the right OTP returns": "right"/"correct"/"wrong" after "with (the)", one noun, then the item's verb. */
function inputQualifier(toks: readonly Tok[], from: number, to: number): boolean {
  let k = from;
  if (toks[k].w === "the" || toks[k].w === "a") k++;
  if (to - k !== 1 || !MATCH_VERDICTS.has(toks[k].w)) return false;
  const before = toks[from - 1]?.w === "the" || toks[from - 1]?.w === "a" ? toks[from - 2] : toks[from - 1];
  const noun = toks[to];
  const verb = toks[to + 1];
  return before?.w === "with" && noun !== undefined && noun.t === WORD && verb !== undefined && verb.t === WORD && !verb.cap && verb.w.endsWith("s") && !verb.w.endsWith("ss");
}
const MATCH_VERDICTS = new Set(["right", "correct", "wrong", "incorrect"]);
const WORLD_CHANGES = new Set(["changes", "change", "changed", "varies", "vary", "varied"]);
const HOW_WELL = new Set(["well", "smoothly", "fine", "correctly", "properly", "good", "ok", "okay"]);
const UNANCHORABLE_VERDICTS = new Set([
  "is accurate", "are accurate", "correct", "the right answer", "the right answers", "the right result", "the right results", "on the right day",
  "expect", "expects", "look good", "looks good", "trust", "trusts", "saves time", "save time", "saves a lot of time",
  // "Procurement is happy with the weekly report", "can do the monthly report without problems": a feeling or an
  // absence of trouble, which no figure in the item ("weekly", "monthly") makes checkable.
  "happy", "is satisfied", "are satisfied", "without problems", "without problem", "without issues", "no problems", "no issues",
]);

/** A rate written as a figure per span of time: "100 requests per minute", "10 req/s", "5 calls/min". */
const RATE_FIGURE = /\d\s*(?:requests?|req|calls?|hits?|messages?|attempts?|submissions?|uploads?|pings?|orders?|searches?|lookups?)\s*(?:\/|per|an?|each)\s*(?:s|sec|second|min|minute|h|hr|hour|day|ip|key|client)\b/i;

const LIVING = new Set(["live", "lives", "living", "lived", "reside", "resides"]);

/** Objects after "rate-limiting" that make it a verb someone else does: "rate-limiting us". */
const OBJECT_AFTER_LIMITING = new Set(["us", "them", "you", "our", "the", "their", "it"]);

/** Events in a person's life that make them a case for care, named with "recent". */
const LIFE_EVENTS = new Set(["bereavement", "bereavements", "divorce", "separation", "diagnosis", "surgery", "redundancy", "childbirth", "miscarriage", "eviction", "trauma"]);

const SHORTAGE_NOUNS = new Set(["line", "lines", "pick", "picks", "payment", "payments", "item", "items", "delivery", "deliveries", "shipment", "shipments"]);

/** "No need for an optimal route", "does not need to be perfect", "not required to be fast": the quality waived. */
function notAskedFor(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const t = toks[j];
    if (t.t === PUNCT) return false;
    if (t.w === "need" && (toks[j - 1]?.w === "no" || toks[j - 1]?.w === "not" || toks[j - 1]?.w === "n't" || toks[j - 2]?.w === "not")) return true;
    if (t.w === "required" && toks[j - 1]?.w === "not") return true;
  }
  return false;
}

/** The cue at k opens a bracket after a status code, "rate" allowed first: "`429` (rate limit)", "429 (rate limited)". */
function statusNamedInBrackets(toks: readonly Tok[], k: number, line: Line): boolean {
  const open = toks[k - 1]?.w === "rate" ? k - 2 : k - 1;
  const code = toks[open - 1];
  if (open < 1 || toks[open].w !== "(" || code === undefined) return false;
  const text = code.t === NUM ? code.w : code.t === CODE ? (line.code[code.ref]?.text ?? "") : "";
  return /^[1-5]\d\d\b/.test(text);
}

const TESTED_ACCEPTANCE = /\b(?:test|tests|testing|validator|validation|calculator|checker|upload|import|environment|sandbox|schema|parser|without errors?)\b/i;

/** The cue is a backoff ("backoff", "back-off", "exponential backoff", "back off"). */
function namesBackoff(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].w === "backoff" || toks[k].w === "back-off" || toks[k].w === "off") return true;
  return false;
}

function findHits(toks: readonly Tok[], line: Line, set: PhraseSet<Cue>): Hit[] {
  const raw = set.findAll(toks, S_CUE);
  const hits: Hit[] = [];
  if (raw.length === 0) return hits;
  // Each cue reads its sentence, so a line of thousands of cues ("fast fast fast …") would take
  // time quadratic in its length; a line reports one finding per rule, so the first cues suffice.
  if (raw.length > MAX_CUES_PER_LINE) raw.length = MAX_CUES_PER_LINE;
  const ok: boolean[] = [];
  let quoted: boolean[] | null | undefined;
  for (let i = 0; i < raw.length; i++) {
    if (positionOk(toks, raw[i])) ok.push(true);
    else {
      // "bigger than the limit", "above the size cap": the verb's word used as a limit noun.
      const noun = asLimitNoun(toks, raw[i]);
      if (noun !== null) raw[i] = noun;
      ok.push(noun !== null);
    }
  }
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    // A weak word coordinated with an accepted one counts too ("simple and clean").
    // Only within one kind: in "short and efficient" the quality word does not make "short" a duration.
    if (!ok[i]) {
      const left = i > 0 && ok[i - 1] && raw[i - 1].value.kind === m.value.kind && coordinated(toks, raw[i - 1].to, m.from);
      const right = i + 1 < raw.length && ok[i + 1] && raw[i + 1].value.kind === m.value.kind && coordinated(toks, m.to, raw[i + 1].from);
      if (!left && !right) continue;
    }
    if (inQuestion(toks, m.from)) continue;
    // "A shared link with the right OTP returns the PDF", "a request with the correct password logs in": which input the
    // case is given, a credential that matches or not; what it returns is the outcome.
    if (inputQualifier(toks, m.from, m.to)) continue;
    // "is accepted by the KSeF test environment", "by the Triodos upload without errors": a test system's acceptance is checked.
    if (m.value.kind === "eval" && toks[m.to - 1].w === "by" && toks[m.to - 2].w === "accepted" && TESTED_ACCEPTANCE.test(line.raw.slice(toks[m.to - 1].e))) continue;
    // 'events such as "all fast", "commenced loading"': a short quoted phrase is mentioned, not used; 'the message "Too
    // many attempts, try again in an hour."', 'the clause "in an efficient state"': a longer one is someone else's text
    // (a message shown, a translation, a legal clause), whose words the brief does not ask for (writers labelled none of 17).
    if (quoted === undefined) quoted = line.raw.indexOf('"') >= 0 || line.raw.indexOf("“") >= 0 ? quotedMask(toks) : null;
    if (quoted !== null && quoted[m.from]) continue;
    // 'the text "No flood tonight, too warm"', "refrigerated service is too cold for most species": a message shown or
    // a reason given, not a threshold the product applies.
    if (m.value.kind === "quant" && m.value.hint === "condition" && toks[m.to - 2]?.w === "too" && ((quoted !== null && quoted[m.from]) || toks[m.to]?.w === "for")) continue;
    // "the SWIFT statement", "FAST payments": an acronym or a name in capitals, not the quality word.
    if (m.value.kind !== "quant" && toks[m.from].upper && !shouted(toks, m.from)) continue;
    // "A CAP alert only for Kabupaten Kendal": the Common Alerting Protocol, not "a cap".
    if (m.value.kind === "quant" && m.to - m.from >= 2 && toks[m.to - 1].upper && toks[m.to - 1].w.length >= 3 && !shouted(toks, m.to - 1)) continue;
    // "3-D Secure", "Smart Retry" mid-sentence: a capitalised quality word is part of a name.
    if (m.value.kind === "vague" && toks[m.from].cap && !toks[m.from].upper && !atSentenceStart(toks, m.from) && toks[m.from - 1]?.w !== ":") continue;
    // "the GTFS Realtime specification", "Google Real-time developer notifications": a capitalised word right after
    // another capitalised one continues its name.
    if (toks[m.from].cap && !toks[m.from].upper && !atSentenceStart(toks, m.from) && toks[m.from - 1]?.t === WORD && toks[m.from - 1].cap && toks[m.from - 1].e + 1 === toks[m.from].s) continue;
    // "FHIR (Fast Healthcare Interoperability Resources)", "Smart Meter Gateway": part of a name.
    if (inTitleCaseName(toks, m.from)) continue;
    if (toks[m.from].w === "too" && inParens(toks, m.from)) continue;
    // "`Få på lager` (low stock, 1 to 4)", "`இருப்பு குறைவு` (low stock)": a label's meaning in brackets, not a level asked for.
    if (toks[m.from].w === "low" && m.to - m.from === 2 && LOW_LEVELS.has(toks[m.from + 1].w) && (inParens(toks, m.from) || figureEarlier(toks, m.from, true))) continue;
    // "`Fleksibel` (flexible economy)", "\"Rápido\" (fast)": the translation of a name just given.
    if (m.value.kind === "vague" && toks[m.from - 1]?.w === "(" && glossedName(toks[m.from - 2])) continue;
    // "LRU (least recently used)": the words of an acronym's expansion.
    if (inParens(toks, m.from) && expandsAcronym(toks, m.from, line)) continue;
    // "needs enhanced due diligence (EDD)": the words before the acronym they spell.
    if (spellsFollowingAcronym(toks, m.from)) continue;
    // "4 (high) or 5 (very high)": the name of a level on a numbered scale.
    if (scaleLevelName(toks, m.from, m.to)) continue;
    const quant = m.value.kind === "quant";
    // "returns product code, batch size, manufacturing date and status": the name of a field in a list of fields.
    if (quant && inListOfNames(toks, m.from, m.to)) continue;
    // "sorted by setup time", "ordered by lead time": the field the list is sorted on.
    if (quant && toks[m.from - 1]?.w === "by" && SORTING.has(toks[m.from - 2]?.w ?? "")) continue;
    // "treat it like a timeout", "also notify, the same as a delay": the case the brief handles, named for comparison.
    if (quant && caseNamedForComparison(toks, m.from)) continue;
    if (quant && m.value.hint === "size" && sizeOfAKindCompared(toks, m.from)) continue;
    // "gets \`409\` if too few bags are left", "does not have enough bags left": short of what the request asks.
    if (quant && m.value.hint === "count" && leftToTake(toks, m.to)) continue;
    // "Old app versions that still send it get \`200\`", "old clients keep working": earlier releases, not an age.
    if (m.value.hint === "recency" && earlierRelease(toks, m.from, m.to)) continue;
    // "debtors who need extra care (elderly, recent bereavement, pregnancy)": a life event names a circumstance
    // someone is in, which a caseworker judges; no age of a record is asked (writers labelled neither such line).
    if (m.value.hint === "recency" && m.to - m.from === 1 && LIFE_EVENTS.has(toks[m.to]?.w ?? "")) continue;
    // "Use the same backoff we agreed with Omar": the value exists elsewhere; where it is, is shared-context's finding.
    // "with its default exponential backoff": a library's documented default.
    if (quant && (toks[m.from - 1]?.w === "same" || toks[m.from - 1]?.w === "default")) continue;
    // "limited by our allocation from the publisher (`volumes.allocation`)", "limited by the PCP": the bound is named.
    if (m.to - m.from === 1 && toks[m.from].w === "limited" && toks[m.to]?.w === "by") continue;
    // "This is not acceptable for the global launch": the present rejected, not a quality asked for.
    if (m.value.kind === "vague" && toks[m.from - 1]?.w === "not" && (toks[m.from - 2]?.w === "is" || toks[m.from - 2]?.w === "are") && toks[m.from].w === "acceptable") continue;
    // "or in a cooldown (see below)": the brief gives the value where it points.
    if (m.value.kind === "quant" && toks[m.to]?.w === "(" && toks[m.to + 1]?.w === "see" && (toks[m.to + 2]?.w === "below" || toks[m.to + 2]?.w === "above")) continue;
    // "listing the short lines", "records a short pick", "a short payment": short of stock or money, not a duration.
    if (m.to - m.from === 1 && toks[m.from].w === "short" && SHORTAGE_NOUNS.has(toks[m.to]?.w ?? "")) continue;
    // "A few of the receipt and email strings:": the lines below list them.
    if (m.value.hint === "count" && toks[m.to]?.w === "of" && line.raw.trimEnd().endsWith(":")) continue;
    // "No need for an optimal route", "it does not need to be perfect": a quality the brief says it does not ask for.
    if (m.value.kind === "vague" && notAskedFor(toks, m.from)) continue;
    // "returns `429` (rate limit)", "Shopify returns `429` (rate limited)": the name of the status in brackets, not a limit to give.
    if (statusNamedInBrackets(toks, m.from, line)) continue;
    // "The breed list changes from time to time; reception must be able to edit it": how often the world changes, the
    // reason for the feature, not a schedule the system keeps ("the member code changes regularly so that a screenshot
    // cannot be reused" is one, with its purpose).
    if (m.value.hint === "freq" && (likelihood(toks, m.from, m.to) || failureBefore(toks, m.from) || asOftenAsWanted(toks, m.from, m.to) || (WORLD_CHANGES.has(toks[m.from - 1]?.w ?? "") && toks[m.to]?.w !== "so"))) continue;
    // "the pigeon with more day-final wins is higher", "the one with more paid streams ranks higher": an order
    // between two entries, decided by the comparison before it.
    if (m.to - m.from === 1 && (toks[m.from].w === "higher" || toks[m.from].w === "lower") && rankedByComparison(toks, m.from)) continue;
    // "(many customers export from Excel)", "Many of these PDFs are scans": a subject that describes the world.
    // "and many of them do not": part of a group, told as a fact.
    if (toks[m.from].w === "many" && m.to - m.from === 1 && (clauseStart(toks, m.from) || WORLD_BEFORE_MANY.has(toks[m.from - 1]?.w ?? "") || (toks[m.to]?.w === "of" && GROUP_PRONOUNS.has(toks[m.to + 1]?.w ?? "")))) continue;
    // "A few sponsors insist on it", "Some clinics still fax": how many people do something, told as a fact.
    if (m.value.hint === "count" && clauseStart(toks, m.from) && PEOPLE.has(toks[m.to]?.w ?? "") && toks[m.to + 1]?.t === WORD && !statesRequirement(toks, m.from, m.value)) continue;
    // "Bulky items (flag `bulky = true`)", "capped at the new `burst`", "in batches: … 500 events":
    // the figure is a named setting or follows the colon.
    if (quant && namedFigure(toks, m.to, line)) continue;
    // "The gateway will POST batches of readings:", "Retry schedule after a failure:": the line introduces
    // what follows it (the example or the list holds the figures).
    if (quant && introducesBelow(toks, m.to)) continue;
    // "are retried by the application", "retried in the next wave": someone else retries, or the next run is the schedule.
    if (toks[m.to - 1].w === "retried" && retriedElsewhere(toks, m.to)) continue;
    // "otherwise Xendit retries it": the provider's own behaviour, told as a fact about it.
    // "Stripe treats no answer within 10 seconds as a failure and retries": the same, after a first verb.
    if (toks[m.from].w === "retries" && namedSubject(toks, m.from)) continue;
    if (toks[m.to - 1].w === "retries" && namedSubjectOfCoordinated(toks, m.to - 1)) continue;
    // "reply to me if anything is not clear", "If something is unclear, write to me": an offer to answer
    // questions about the brief, not a quality asked of the product.
    if (m.value.kind === "vague" && m.to - m.from === 1 && offerToExplain(toks, m.from)) continue;
    // "user-friendly, because a lot of our volunteers are retirees": a quantity in the reason given is a fact
    // about the world, not a figure the brief leaves out (writers labelled none of 6).
    if (quant && inReasonClause(toks, m.from)) continue;
    // "right to left", "would love this", "no longer contains it": word senses that judge nothing.
    if (judgesNothing(toks, m.from, m.to)) continue;
    // "`short_paid` when the file amount is lower", "unless the table fee is lower": a condition comparing two values
    // the data holds, not a level the brief leaves out ("the yield is lower, so check the ratio" still asks how much).
    if (quant && comparedInCondition(toks, m.from, m.to)) continue;
    // "a claim above a limit is still accepted", "together they exceed a limit", "a value exactly on a limit",
    // "A limit hit returns `422`": one of the limits the brief sets elsewhere, compared against, not asked for.
    // "If a limit is broken it must return `422`": the same, said of the limit.
    if (quant && m.to - m.from === 2 && toks[m.from].w === "a" && toks[m.from + 1].w === "limit" && (AGAINST_A_LIMIT.has(toks[m.from - 1]?.w ?? "") || toks[m.to]?.w === "hit" || (toks[m.to]?.w === "is" && LIMIT_PASSED.has(toks[m.to + 1]?.w ?? "")))) continue;
    if (quant && toks[m.to - 1].w === "limit" && namesFigureBefore(toks, m.from)) continue;
    // "delivered into several lots of the contract": a batch, not an amount.
    if (quant && batchLot(toks, m.to)) continue;
    // "| `auc` | higher is better |": the direction a metric should move, not a quality claim.
    if (m.value.kind === "vague" && metricDirection(toks, m.from)) continue;
    // "at most once every 30 seconds per job; faster polling gets `429`", "roads are slower" beside "20 km": faster
    // or slower than a figure the line gives, not a speed asked for (writers labelled none of 30 such lines).
    if (m.value.kind === "vague" && m.to - m.from === 1 && (toks[m.from].w === "faster" || toks[m.from].w === "slower") && figureEarlier(toks, m.from, false)) continue;
    // "| `max_discount` | cap in yen for `percent` coupons |": the cell says what the field holds; the field is the value.
    if (quant && fieldDescription(toks, m.from, m.to, line)) continue;
    // "tools used by small companies", "(the big trading houses we've talked to)": the size of a customer
    // describes who they are; only a capability asked for them ("must work for big agencies") needs the number.
    if (quant && m.value.hint === "size" && ORGANISATIONS.has(toks[m.to]?.w ?? "") && !capabilityAsked(toks, m.from)) continue;
    // "readers live in small towns with weak signal": where people are, told as a fact even where the sentence asks
    // something ("…, so the checkout must be fast"); "typing it in small letters": lower case, not a size.
    if (quant && m.value.hint === "size" && (SIZE_AS_KIND.has(toks[m.to]?.w ?? "") || (SETTLEMENTS.has(toks[m.to]?.w ?? "") && toks[m.from - 1]?.w === "in"))) continue;
    // "the big car makers": one noun may stand between the size and the organisations.
    // "to their buyers, the big car makers": an apposition names who they are, whatever the sentence asks.
    if (quant && m.value.hint === "size" && toks[m.to]?.t === WORD && ORGANISATIONS.has(toks[m.to + 1]?.w ?? "") && (!capabilityAsked(toks, m.from) || (toks[m.from - 1]?.w === "the" && toks[m.from - 2]?.w === ","))) continue;
    // "Small ticket, would like it live before Golden Week", "small task, please estimate": the size of the work asked.
    if (quant && m.value.hint === "size" && sizeOfWorkOrDevice(toks, m.to)) continue;
    // "Sorry, quick brief", "Quick ticket from Mika", "Short ticket because we need this live by 1 July": the
    // request itself, said with a word of speed or time.
    if ((m.value.hint === "speed" || (quant && m.value.hint === "time")) && m.to - m.from === 1 && requestNamed(toks, m.to)) continue;
    // "fair for members who live far from the lab": where people live, told as a fact about them.
    if (m.value.hint === "distance" && toks[m.from].w === "far" && LIVING.has(toks[m.from - 1]?.w ?? "")) continue;
    // "devices send saved readings in one burst", "relaunch after balloon burst": a burst that happens is a case the
    // line handles; only a burst the product allows ("allow a small burst above the limit") is a limit to size
    // (over all labelled briefs, 22 such findings unlabelled and 6 labelled, most of those on lines reported anyway).
    if (m.to - m.from === 1 && (toks[m.from].w === "burst" || toks[m.from].w === "bursts") && !burstAllowed(toks, m.from)) continue;
    // "let pings through without rate limiting", "AeroAPI down or rate-limiting us": none asked, or a provider's own.
    if (quant && toks[m.to - 1].w.endsWith("limiting") && (toks[m.from - 1]?.w === "without" || toks[m.from - 1]?.w === "no" || OBJECT_AFTER_LIMITING.has(toks[m.to]?.w ?? ""))) continue;
    // "restart during backoff": the phase of a schedule the brief gives elsewhere, not a schedule asked for.
    if (quant && m.value.hint === "retry" && toks[m.from - 1]?.w === "during") continue;
    // "Cap logic should work like …", "the rate-limit middleware": the mechanism, named by what it limits.
    if (quant && (m.value.hint === "rate" || m.value.hint === "count") && mechanismNamed(toks, m.to)) continue;
    // "`null` means no cap", "no expiry": the value stated is that there is none.
    if (quant && m.value.hint !== "time" && toks[m.from - 1]?.w === "no" && m.to - m.from === 1) continue;
    // "no late fee", "any late fee is a separate row", "add the late fee": none, whatever it is, or one already known.
    if (m.value.hint === "amount" && FEE_DETERMINERS.has(toks[m.from - 1]?.w ?? "")) continue;
    // "after it was batched": a state of the thing, not an instruction to size.
    if (m.value.hint === "batch" && /^(was|were|been|already)$/.test(toks[m.from - 1]?.w ?? "")) continue;
    // "A batch of yellow base without an egg lot: `422`", "if a batch of our miso must be recalled": one production
    // batch of a product, not a number of items per request ("a batch of scans" still asks how many).
    if (m.value.hint === "batch" && toks[m.to - 1].w === "of" && productBatch(toks, m.to)) continue;
    // "A result is **clear** when it is below the limit", "A clear result is one below the limit for every toxin":
    // the line defines the word.
    // "A yarn is low when `available_g` is under its `reorder_at_g`": the same for a quantity word.
    if (m.value.kind !== "eval" && m.to - m.from === 1 && definedOnLine(toks, toks[m.from].w, m.value.kind === "quant")) continue;
    if (toks[m.from].w === "readable" && m.to - m.from === 1 && readableByAccess(toks, m.from)) continue;
    // "in batches, every 10 seconds": a batch is whatever arrived in that window.
    if (m.value.hint === "batch" && toks[m.to]?.w === "," && toks[m.to + 1]?.w === "every" && toks[m.to + 2]?.t === NUM) continue;
    if (m.value.hint === "retry" && attemptsInSentence(toks, m.to)) continue;
    if (m.value.hint === "retry" && namesBackoff(toks, m.from, m.to) && delaysInSentence(toks, m.to)) continue;
    if (m.value.hint === "retry" && toks[m.from].w === "and" && toks[m.from + 1]?.w === "retries" && personTriesAgain(toks, m.from + 1)) continue;
    if (m.value.hint === "retry" && personMayRetry(toks, m.from)) continue;
    // An age, a size or a count is not answered by "weekly" ("Inactive users shouldn't get the weekly email").
    // Nor is a limit: "a daily limit for instant payments" gives the period, not the amount.
    const frequencyCounts = !(quant && (m.value.hint === "recency" || m.value.hint === "size" || m.value.hint === "count" || m.value.hint === "rate"));
    // "names up to 60 characters must wrap properly": a figure measures a quantity, never how well something is done.
    const manner = !quant && MANNER_ADVERBS.has(toks[m.from].w) && m.to - m.from === 1;
    // "missing columns etc.: return `422`": no figure completes a list left open ("`0` = 0, `A` = 10, … and so on"
    // states the rule the list follows).
    const list = m.value.hint === "list" && toks[m.from].w === "etc";
    // "every few minutes from 6 hours before the arrival", "0 W for a long time", "keep the 10-second data for a long
    // time": a span that says itself it has no length is not given one by another figure of the sentence, only by
    // its own right after it ("every few minutes (5)").
    const open = openSpan(toks, m.from, m.to);
    if (open) {
      if (figureRightAfter(toks, m.to + 1)) continue;
    } else {
      // "a patient who already got one recently", "Buyers who paid late recently get half the default limit": only a
      // span of time says how recent; a count or an amount in the sentence measures something else.
      // "when a guest buys in twice within a short time", "3 buy-ins within a short time": a count near a span of time
      // is what happens in it, not its length; only a duration measures the span.
      // "Between two appointments we put a buffer for traffic": a count of things near a buffer is not its length.
      const span = quant && m.value.hint === "time" && ((m.to - m.from >= 2 && SPAN_HEADS.has(toks[m.from].w) && SPAN_NOUNS.has(toks[m.to - 1].w)) || toks[m.to - 1].w === "buffer");
      // "lots expiring soon", "vouchers that expire soon", found by a daily job at 09:00: only a span of time says how soon.
      const expiringSoon = toks[m.from].w === "soon" && m.to - m.from === 1 && EXPIRING.has(toks[m.from - 1]?.w ?? "");
      // A span before it ("whose check (`issued_on` + 3 years) expires soon") is how long the thing lasts, not how soon.
      // "keep raw readings for a limited period, daily summaries for 6 years": a figure near "a limited time" belongs
      // to something else; only one set off right after it, "(30 minutes)" or ": 30 minutes", gives its length.
      const limitedSpan = toks[m.from + (toks[m.from].w === "a" ? 1 : 0)].w === "limited" && LIMITED_SPANS.has(toks[m.to - 1].w) && !figureRightAfter(toks, m.to);
      const given = limitedSpan ? false : m.value.hint === "freq" ? frequencyNear(toks, m.from, m.to) : m.value.hint === "recency" || expiringSoon ? durationInSentence(toks, m.from, m.to, !expiringSoon) : quantityNear(toks, m.from, m.to, line, 4, 7, true, !quant, frequencyCounts, !waitedFor(toks, m)) && (!span || durationInSentence(toks, m.from, m.to));
      // "Large orders are split between two plants": the two plants do not say which orders are large.
      const kindBySize = quant && sizeCategoryOpens(toks, m.from, m.to) && !thresholdAfter(toks, m.from + 1);
      if (!manner && !list && given && !kindBySize) continue;
      // "A fast response matters…, so the map must reflect a change within 30 seconds": a bound in the same sentence.
      // "real-time refunds, which credit the customer within 30 seconds": a time word bounded in its sentence too.
      // "does not answer within 5 seconds: handle it gracefully": a time bound measures speed, not how failure is handled.
      // "Studio D holds at most 12 dancers; if a rehearsal calls more, handle it appropriately": a bound measures an
      // amount, never how well something is handled ("a correctly signed payload … within 5 seconds" names a kind of
      // payload, which the bound may still settle).
      if ((!quant || m.value.hint === "time") && !(manner && toks[m.from].w !== "correctly") && m.value.hint !== "reliability" && m.value.hint !== "condition" && boundInSentence(toks, m.from, quant ? line.raw : null, m.value.hint === "speed" && TIMED_SPEED.has(toks[m.from].w))) continue;
    }
    const reference = refersBack(toks, m);
    if (reference === "skip") continue;
    // "above 7 °C for too long": how long the state lasts is a duration, whatever the words say elsewhere ("too long" of a name).
    const cue = open && m.value.hint !== "time" && toks[m.from - 1]?.w === "for" ? { ...m.value, hint: "time" as const } : m.value;
    // "close to the" + "visit": the finding quotes what the cue is close to.
    const to = ENDS_ON_DETERMINER.has(toks[m.to - 1].w) && toks[m.to]?.t === WORD ? m.to + 1 : m.to;
    hits.push({ cue, from: m.from, to, ref: reference === "ref" });
  }
  return hits;
}

/**
 * A span of time in the sentence around tokens [from, to): a unit of time after a figure ("in the last 30 days",
 * "within 2 weeks"). Bounded to a few tokens each way, so a long line stays linear; with `before` false, only after.
 */
function durationInSentence(toks: readonly Tok[], from: number, to: number, before = true): boolean {
  for (let k = to; k < toks.length && k < to + 10 && !endsSentence(toks, k); k++) if (isDuration(toks, k)) return true;
  if (!before) return false;
  for (let k = from - 1; k >= 0 && k >= from - 10 && !endsSentence(toks, k); k--) if (isDuration(toks, k)) return true;
  return false;
}
function isDuration(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  // "old jobs from before March 2024", "Old tablets (app version below 3.2)": a date or a version bounds the age.
  if (t.t === NUM) return AGE_BOUNDS.has(toks[k - 1]?.w ?? "") || AGE_BOUNDS.has(toks[k - 2]?.w ?? "");
  if (t.t !== WORD || !ANY_TIME_UNIT.has(t.w)) return false;
  const before = toks[k - 1];
  if (before === undefined) return false;
  // "within a day", "in the last week"; not "if a day was missed", a day in a case.
  if (before.w === "a" || before.w === "an" || before.w === "last" || before.w === "past") return SPAN_OPENERS.has(toks[k - 2]?.w ?? "");
  return before.t === NUM || (before.info & W_NUMBER) !== 0;
}

const SPAN_OPENERS = new Set(["within", "in", "for", "over", "the", "past", "last"]);
/** A span of time by its length left open: "a short time", "some time", "a while", "for a long time". */
const SPAN_HEADS = new Set(["a", "an", "some", "for", "after", "quite"]);
const SPAN_NOUNS = new Set(["time", "while", "period"]);
const AGE_BOUNDS = new Set(["before", "after", "since", "until", "from", "below", "above", "under", "over", "older", "newer"]);

/**
 * "every few minutes", "every couple of hours", "for a long time", "for too long", "shortly before": a span of time
 * that says it has no length.
 */
function openSpan(toks: readonly Tok[], from: number, to: number): boolean {
  const first = toks[from].w;
  if (first === "every") return TIME_UNITS.has(toks[to]?.w ?? "");
  if (to - from >= 2 && toks[to - 1].w === "time" && toks[to - 2].w === "long") return true;
  // "humidity below 70 % for too long", "under 22 °C for some time": how long a state lasts, which the figure of
  // the state does not say. "shortly before start time": how long before, the same.
  const last = toks[to - 1].w;
  if (toks[from - 1]?.w === "for" && ((first === "too" && last === "long") || (first === "some" && last === "time") || (first === "a" && last === "while"))) return true;
  if (first === "for" && last === "while" && to - from === 3) return true;
  return to - from === 2 && first === "shortly" && (last === "before" || last === "after");
}

/**
 * "does not answer within a timeout: `504`", "before a timeout: status `failed`", "is down or times out: return
 * `503`": a wait the product sets, whose outcome follows the colon; the code span there is the outcome, not the
 * wait's length ("Hubtel reports a timeout", "after a timeout" are the other side's).
 */
function waitedFor(toks: readonly Tok[], m: PhraseMatch<Cue>): boolean {
  // "Clinic polls too often: answer `429`": what happens past a rate the brief leaves out ("File too big: `413`" is
  // checked against a size the brief usually gives elsewhere).
  if (toks[m.from].w === "too" && (toks[m.from + 1]?.w === "often" || toks[m.from + 1]?.w === "frequently")) return true;
  // "the same delivery again within short time: return `409`": the same for a span left open.
  if (toks[m.to - 1].w === "time" && toks[m.to - 2]?.w === "short") return true;
  if (m.value.hint === "timeout") return toks[m.from - 1]?.w === "within" || toks[m.from - 1]?.w === "before";
  return toks[m.to - 1].w === "out" && toks[m.to - 2]?.w === "times";
}

/** "with more …" or "has fewer …" earlier in the clause of token k, at most eight tokens back. */
function rankedByComparison(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 8; j--) {
    if (toks[j].t === PUNCT) return false;
    if ((toks[j].w === "more" || toks[j].w === "fewer" || toks[j].w === "less") && (toks[j - 1].w === "with" || toks[j - 1].w === "has")) return true;
  }
  return false;
}

/** "We can run it as often as we like", "as often as they want": no limit, said in words. */
function asOftenAsWanted(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[from - 1]?.w !== "as" || toks[to]?.w !== "as") return false;
  for (let j = to + 2; j <= to + 3 && j < toks.length; j++) if (WANTING.has(toks[j].w)) return true;
  return false;
}
const WANTING = new Set(["like", "likes", "want", "wants", "wish", "wishes", "please", "pleases", "choose", "chooses"]);

/** A figure set off right after `k`, as in "every few minutes (5)" or "for a long time: 30 days". */
function figureRightAfter(toks: readonly Tok[], k: number): boolean {
  const p = toks[k];
  if (p === undefined || p.t !== PUNCT || (p.w !== "(" && p.w !== ":")) return false;
  for (let j = k + 1; j < toks.length && j <= k + 3; j++) if (toks[j].t === NUM) return true;
  return false;
}

const LOW_LEVELS = new Set(LOW_LEVEL_NOUNS);

/** Whether a neighbouring word is in capitals too: the writer is shouting ("MUST BE FAST"), not naming. */
function shouted(toks: readonly Tok[], k: number): boolean {
  const p = prevWord(toks, k);
  const n = toks[k + 1];
  // "the LINE WORKS message": a product's name in capitals after a known name, not shouting.
  if (p >= 0 && p === k - 1 && toks[p].upper && isKnownName(toks[p].w) && !(n !== undefined && n.t === WORD && n.upper)) return false;
  return (p >= 0 && toks[p].upper) || (n !== undefined && n.t === WORD && n.upper);
}

/**
 * Whether tokens [from, to) are one item of a comma-separated list of short names, with
 * at least two more commas on the line: "SSCC, room, in time, out time, pulp temperature".
 */
function inListOfNames(toks: readonly Tok[], from: number, to: number): boolean {
  // "chooses a cleaner, a weekday, a start time, a duration and an interval": items may have articles.
  const a = toks[from - 1]?.w === "a" || toks[from - 1]?.w === "an" ? from - 1 : from;
  const before = toks[a - 1]?.w;
  if (before !== "," && !(a < from && (before === "and" || before === "or"))) return false;
  const after = toks[to];
  if (after === undefined || !(after.w === "," || after.w === "and" || after.w === ")" || (after.t === PUNCT && endsSentence(toks, to)))) return false;
  let commas = 0;
  for (const t of toks) if (t.t === PUNCT && t.w === ",") commas++;
  if (commas < 3) return false;
  // Items are short: no verb-like run of more than three words between the commas around the cue.
  let words = 0;
  for (let j = a - 2; j >= 0 && toks[j].w !== "," && toks[j].w !== ":" && !LIST_OPENERS.has(toks[j].w); j--) if (++words > 3) return false;
  return true;
}

/** Words that open a list of fields ("returns product code, batch size, …"). */
const LIST_OPENERS = new Set(["returns", "return", "with", "includes", "include", "contains", "contain", "has", "have", "are", "is"]);


/** An acronym written as code ("`VLSFO`"). */
const CODE_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

function expandsAcronym(toks: readonly Tok[], k: number, line: Line): boolean {
  let j = k;
  while (j > 0 && !(toks[j].t === PUNCT && toks[j].w === "(")) j--;
  if (j === 0) return false;
  const before = toks[j - 1];
  // "`VLSFO` (very low sulphur fuel oil)": the acronym may be written as code.
  if ((before.t === WORD && before.upper) || (before.t === CODE && CODE_ACRONYM.test(line.code[before.ref]?.text ?? ""))) return true;
  // "a QR code (quick response code)": a noun may stand between, when the words spell the acronym.
  const acronym = toks[j - 2];
  return before.t === WORD && !before.cap && acronym !== undefined && acronym.t === WORD && acronym.upper && initialsFrom(toks, j + 1, acronym.w.length) === acronym.w;
}

/** The cue alone in a parenthesis right after a number, with at most one degree word before it: "5 (very high)". */
function scaleLevelName(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[to]?.w !== ")") return false;
  const open = toks[from - 1]?.w === "(" ? from - 1 : toks[from - 2]?.w === "(" && DEGREE_WORDS.has(toks[from - 1].w) ? from - 2 : -1;
  return open > 0 && toks[open - 1].t === NUM;
}

/** First letters of the n words from token k (fewer when a non-word comes first). */
function initialsFrom(toks: readonly Tok[], k: number, n: number): string {
  let initials = "";
  for (let j = k; j < toks.length && initials.length < n && toks[j].t === WORD; j++) initials += toks[j].w[0];
  return initials;
}

function inTitleCaseName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.t !== WORD || !t.cap || t.upper) return false;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  // "Large CSVs are split": an acronym's plural after the word is the noun it sizes, not more of a name.
  const capWord = (x: Tok | undefined): boolean => x !== undefined && x.t === WORD && x.cap && !x.upper && !x.acr;
  return capWord(next) || (capWord(prev) && !atSentenceStart(toks, k - 1));
}

function coordinated(toks: readonly Tok[], a: number, b: number): boolean {
  if (b - a === 1) return toks[a].w === "and" || toks[a].w === "or" || toks[a].w === ",";
  return b - a === 2 && toks[a].w === "," && (toks[a + 1].w === "and" || toks[a + 1].w === "or");
}

function hitFinding(ctx: LineCtx, h: Hit, rule: RawFinding["rule"], message: (text: string) => string): RawFinding {
  const s = ctx.toks[h.from].s;
  const e = ctx.toks[h.to - 1].e;
  const text = ctx.line.raw.slice(s, e);
  return { li: ctx.i, rule, s, e, excerpt: text, message: message(text), suggestion: HINT_TEXT[h.cue.hint] };
}

/** "a robust batch job": the noun names a kind of job, not a size to give. */
const KIND_HEADS = new Set(["job", "jobs", "process", "processes", "mode", "import", "export", "endpoint", "worker", "workers"]);

/** A noun of time or amount at j ("timeout", "batch"), unless it names a kind of thing ("batch job"). */
function measureNounAt(toks: readonly Tok[], j: number): boolean {
  return toks[j]?.t === WORD && MEASURE_NOUNS.has(toks[j].w) && !KIND_HEADS.has(toks[j + 1]?.w ?? "");
}

function beforeMeasureNoun(toks: readonly Tok[], k: number): boolean {
  return measureNounAt(toks, k) || measureNounAt(toks, k + 1);
}

/** Whether offset `at` lies in a row's first cell and the second cell holds a figure. */
function valueInNextCell(raw: string, at: number): boolean {
  const open = raw.indexOf("|");
  const first = open < 0 ? -1 : raw.indexOf("|", open + 1);
  if (open < 0 || first < 0 || at < open || at > first) return false;
  const second = raw.indexOf("|", first + 1);
  return /\d/.test(raw.slice(first + 1, second < 0 ? raw.length : second));
}

function isHeaderRow(ctx: LineCtx): boolean {
  if (!ctx.line.table) return false;
  const next = ctx.doc.lines[ctx.i + 1];
  return next !== undefined && next.kind === "rule" && next.raw.indexOf("-") >= 0 && next.raw.indexOf("|") >= 0;
}

const PLACEHOLDER_FIGURE = /\b(?:XXX|TBD|TBC|TODO|N)\b|\?\?/;
// "… but the short version is below.": "is below" ending its clause points further on in the brief.
const DEFINED_ELSEWHERE = /\b(?:(?:defined|described|specified|given|listed|set out) (?:under [A-Za-z ]{1,40}(?:below|above)|below|above|in the (?:table|section) (?:below|above))\b|(?:is|are) (?:below|above)(?=[.,;:]|$))/;
/** "in the Rule section below", "under Limits above": a pointer to the section that gives a value. */
const SECTION_POINTER = /\b(?:in|under) (?:the )?[A-Za-z][\w -]{0,30}? section (?:below|above)\b/i;
const FIGURES_ELSEWHERE = /\b(?:table|numbers|figures|targets|values|limits) (?:below|above)\b|\bin the table\b|\bsee (?:below|above)\b/i;
/** "Country not in the table above: handle it gracefully": a case the table leaves out, so nothing there measures the word. */
const LEFT_OUT_OF = /\bnot (?:in )?(?:the )?$/i;

function figuresElsewhere(raw: string): boolean {
  const m = FIGURES_ELSEWHERE.exec(raw);
  return m !== null && !LEFT_OUT_OF.test(raw.slice(0, m.index));
}

/** Shared empty result for the many lines without a cue (never added to: see measureLine). */
const NO_HITS: Hit[] = [];

/** "if" or "when" opens the clause of token k (within six words before it). */
function conditionOpens(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    if (toks[j].t === PUNCT) return false;
    if (toks[j].w === "if" || toks[j].w === "when" || toks[j].w === "while") return true;
  }
  return false;
}

const DEADLINE: Cue = { kind: "quant", cond: "any", hint: "time" };
const VAGUE_FORM: Cue = { kind: "vague", cond: "any", hint: "quality" };

/**
 * The context section, or the opening lines above every required section ("Good day! I am
 * Maricel, freelance bookkeeper … with a few online sellers"): where the writer tells how
 * things are, and only a sentence that asks for something needs its numbers.
 */
/**
 * A long paragraph of the context (over 150 characters) tells the story of today, even where one of its
 * sentences wants something: a quantity word there describes the world. Writers labelled 11 of the 66
 * such findings across all sets; on shorter context lines, 68 of 80.
 */
function storyParagraph(ctx: LineCtx): boolean {
  return ctx.section === "context" && ctx.line.raw.length > 150;
}

export function tellsStory(ctx: LineCtx): boolean {
  return ctx.section === "context" || (ctx.section !== "glossary" && ctx.section !== "acceptance-criteria" && beforeSections(ctx));
}

/** Runs the three rules on one prose line (acceptance criteria go through the buffer). */
/** "this time", "every time": the words that make "time" an occasion. */
const OCCASION_DETERMINERS = new Set(["this", "next", "every", "each", "that", "last", "any"]);

/** A standard's reference: "ISO 8501-1", "EN 1090", "ASTM D3359" is not one (a letter before the digits). */
const STANDARD_CITED = /\b(?:ISO|EN|ASTM|DIN|BS|IEC|ANSI|SAE|NFPA|IEEE)[ -]?\d/;

export function measureLine(ctx: LineCtx, ac: CriterionBuffer, emit: Emit, extra: PhraseSet<Cue> | null, refs?: LimitReferences): void {
  const inAC = ctx.section === "acceptance-criteria";
  // "Thank you so much, you are the best!" under the criteria, "Thanks, this one will make a lot of moms happy!" after
  // the edge cases: the writer's closing courtesy, neither a criterion nor a requirement.
  if (courtesyParagraph(ctx.line)) return;
  const toks = ctx.toks;
  const triggered = (ctx.flags & T_CUE) !== 0 || (inAC && (ctx.flags & T_EVAL) !== 0);
  let hits = triggered ? findHits(toks, ctx.line, inAC ? WITH_EVAL : BASE) : NO_HITS;
  if (!inAC && hits.length > 0) hits = hits.filter((h) => !describesOutsideCriteria(toks, h));
  if (triggered) hits = withUnboundedActions(toks, ctx.line, hits);
  // "A quick call can be converted with `POST /v1/quick-calls/{id}/convert`": the word begins a name the brief's code
  // spells, not a judgement of the thing (over all labelled briefs, 25 such findings unlabelled, 1 labelled). An age
  // stays asked: `recent_purchases` names the list, not how recent.
  if (hits.length > 0) hits = hits.filter((h) => !(h.to - h.from === 1 && h.cue.hint !== "recency" && namedInCode(ctx.doc, toks, h.from)));
  // "Add per-client rate limiting to every route" in a brief whose table gives "100 requests per minute": the rate
  // is given elsewhere.
  if (hits.length > 0 && hits.some((h) => toks[h.to - 1].w.endsWith("limiting")) && briefMatches(ctx.doc, RATE_FIGURE)) hits = hits.filter((h) => !toks[h.to - 1].w.endsWith("limiting"));
  // "Data harus disimpan minimal dua tahun": a quality word's spelling in another language's sentence is that
  // language's word ("minimal" is "at least"); non-english reports the line.
  if (hits.length > 0 && (ctx.chars & F_FOREIGN) !== 0 && mostlyForeign(toks)) hits = hits.filter((h) => h.cue.kind !== "vague");
  // "the job is retried as above", "the per-account limit still applies as above": the figure was given above, and the
  // clause says so before it ends.
  if (hits.length > 0 && ctx.line.raw.indexOf(" above") >= 0) hits = hits.filter((h) => !asAboveAfter(toks, h.to));
  // "when a limit is breached", "If a limit would be exceeded", "Mads lowers the limit": what happens to a limit the
  // brief keeps, not a limit it leaves without a figure (writers labelled none of 7 such).
  if (hits.length > 0) hits = hits.filter((h) => !limitActedOn(toks, h));
  // "the age cut-off we talked about at the board meeting", "retry it the way Dan and I discussed": the value was
  // agreed in a conversation, the gap shared-context reports (writers labelled only that, 6 of 6).
  if (hits.length > 0 && !inAC) hits = hits.filter((h) => !(h.cue.kind === "quant" && agreedInConversation(toks, h.to)));
  // "| Sa 2½ | ISO 8501-1 | Very thorough blast-cleaning |": a table row that cites a standard quotes the names of its
  // grades, defined there (writers labelled none of 781 such rows over all labelled briefs).
  if (hits.length > 0 && ctx.line.raw.trimStart().startsWith("|") && STANDARD_CITED.test(ctx.line.raw)) hits = hits.filter((h) => h.cue.kind !== "vague");
  if (extra) {
    const more = findHits(toks, ctx.line, extra);
    if (more.length > 0) {
      if (hits === NO_HITS) hits = [];
      for (const h of more) hits.push(h);
    }
  }
  // "Hungarian law requires every invoice to be reported in real time to NAV": in the story of a long context paragraph,
  // a speed without its figure tells how things are, as a quantity word there does (see storyParagraph).
  if (hits.length > 0 && storyParagraph(ctx)) hits = hits.filter((h) => !(h.cue.kind === "vague" && h.cue.hint === "time"));
  // "checking the NPRI reporting thresholds is out of scope": work the brief does not ask for needs no figure.
  if (!inAC && hits.length > 0 && outOfScope(ctx.line.raw)) return;
  // "stale flags", "old entries": an age the brief may define once ("A flag is stale after 30 days
  // without an evaluation"); every use waits for the end of the brief, like a named limit.
  if (!inAC) {
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (h.cue.kind !== "quant" || h.cue.hint !== "recency" || h.to - h.from !== 1 || h.ref) continue;
      // In the context section, "our menus go stale" describes today: left for the context gate below.
      if (tellsStory(ctx) && (storyParagraph(ctx) || !statesRequirement(toks, h.from, h.cue))) continue;
      hits[k] = { ...h, ref: true, bare: true };
    }
    // "Late fee is added to the invoice by a daily job", "a late fee line": a fee the brief may set once ("Late fee:
    // Rp 5,000 per day"); every mention waits for the end of the brief, and is reported if no line gives it a figure.
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (h.cue.hint === "amount" && !h.ref && h.to - h.from === 2 && toks[h.to - 1].w === "fee") hits[k] = { ...h, ref: true, elsewhere: true };
    }
  }
  // "the retention window": a limit named as known waits for the end of the brief (LimitReferences).
  if (hits.some((h) => h.ref)) {
    const own = hits.filter((h) => !h.ref);
    // "when the air passes the limit in the Rule section below": the line says where the value is.
    if (refs && !inAC && ctx.section !== "glossary" && !isHeaderRow(ctx) && !SECTION_POINTER.test(ctx.line.raw)) {
      for (const h of hits) {
        if (!h.ref) continue;
        if (tellsStory(ctx) && (storyParagraph(ctx) || !statesRequirement(toks, h.from, h.cue))) continue;
        const finding = h.bare
          ? hitFinding(ctx, h, "unquantified", (text) => `'${text}' needs a number: ${HINT_TEXT[h.cue.hint]}`)
          : hitFinding(ctx, h, "unquantified", (text) => `'${text}' is never given a value in the brief: ${HINT_TEXT[h.cue.hint]}`);
        refs.add(ctx, h.from, h.to, finding, h.bare, h.elsewhere);
      }
    }
    hits = own;
  }
  if (hits.length > 1) hits.sort((x, y) => x.from - y.from);
  if (inAC) {
    // "Charges are handled correctly in the monthly report": the vague word, which no figure of the item ("monthly")
    // measures, is what the finding is about, not the evaluative verb before it, which a figure could anchor.
    const firm = (x: Hit): boolean => x.cue.kind === "vague" || unanchorableVerdict(toks, x.from, x.to);
    const h = hits.find(firm) ?? hits[0];
    const finding = h
      ? hitFinding(ctx, h, "untestable-criterion", (text) =>
          `Acceptance criterion has no checkable outcome: '${text}' cannot be verified; state an observable result with a value (a status code, a count, a time such as p95 < 300 ms)`,
        )
      : null;
    ac.add(ctx, finding, emit, h !== undefined && firm(h));
    return;
  }
  if (hits.length === 0) return;
  // "a time budget of XXX seconds": the figure is a placeholder (reported by that rule);
  // "fast; the target numbers are in the table below": the figures are elsewhere in the brief.
  if (PLACEHOLDER_FIGURE.test(ctx.line.raw)) hits = hits.filter((h) => h.cue.kind !== "quant");
  if (figuresElsewhere(ctx.line.raw)) hits = hits.filter((h) => h.cue.kind !== "vague");
  // "a shorter loan period for titles in high demand (defined under API below)": the brief gives it further on.
  if ((ctx.line.raw.indexOf("below") >= 0 || ctx.line.raw.indexOf("above") >= 0) && DEFINED_ELSEWHERE.test(ctx.line.raw)) return;
  if (hits.length === 0) return;
  // "Lookups must be fast, under" / "3 ms at p99": a paragraph wrapped mid-sentence gives its figure on the next line.
  if (figureOnNextLine(ctx)) {
    for (let k = hits.length - 1; k >= 0; k--) if (sentenceRunsOn(toks, hits[k].to)) hits.splice(k, 1);
    if (hits.length === 0) return;
  }
  // A table's header row names columns ("| plan | sustained | burst |"); a glossary defines words.
  if (ctx.section === "glossary" || isHeaderRow(ctx)) return;
  // "| batch size | 10,000 rows per `DELETE` |": a setting's name, its value in the next cell.
  if (ctx.line.table) {
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].cue.kind === "quant" && valueInNextCell(ctx.line.raw, toks[hits[k].from].s)) hits.splice(k, 1);
    if (hits.length === 0) return;
  }
  // "customers want to know when their shipment is delayed": in the context, a status of the world the product reports.
  if (ctx.section === "context") {
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k].to - hits[k].from === 2 && toks[hits[k].to - 1].w === "delayed") hits.splice(k, 1);
    if (hits.length === 0) return;
  }
  if (tellsStory(ctx)) {
    const paragraph = storyParagraph(ctx);
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k];
      const told = h.cue.kind === "quant" ? !quantityLeftOpen(ctx, h, paragraph) : describesToday(toks, h.from);
      if (leadTimeWords(toks, h) || told) hits.splice(k, 1);
    }
    if (hits.length === 0) return;
  }
  // "if the guest does not confirm quickly": a deadline on someone's action, missing its time.
  for (let k = 0; k < hits.length; k++) if (hits[k].cue.hint === "speed" && hits[k].cue.kind === "vague" && negatedAction(toks, hits[k].from)) hits[k] = { ...hits[k], cue: DEADLINE };
  // "tolerant enough for small differences in spelling", "robust against small layout changes": a difference of
  // form has no unit to give; how small is left vague (writers labelled vague-term on all 6 such lines).
  for (let k = 0; k < hits.length; k++) if (hits[k].cue.kind === "quant" && smallDifferenceOfForm(toks, hits[k].from, hits[k].to)) hits[k] = { ...hits[k], cue: VAGUE_FORM };
  let vague = hits.find((h) => h.cue.kind === "vague");
  // "a reasonable period": the quality word stands where a number should be.
  if (vague && vague.cue.hint !== "usability" && !hits.some((h) => h.cue.kind === "quant")) {
    for (let k = vague.to; k < toks.length && k <= vague.to + 1; k++) {
      // "match smartly by amount and name": what the matching goes by, not a quantity the word stands for.
      if (toks[k].w === "by") break;
      // "needs fixing properly this time", "check it carefully every time": an occasion, not a span the word stands for.
      if (OCCASION_DETERMINERS.has(toks[k].w) && toks[k + 1]?.w === "time") break;
      if (measureNounAt(toks, k)) {
        hits.push({ cue: { kind: "quant", cond: "any", hint: vague.cue.hint === "speed" ? "time" : "count" }, from: vague.from, to: k + 1 });
        break;
      }
    }
  }
  let quant = hits.find((h) => h.cue.kind === "quant");
  const coversVague = vague !== undefined && quant !== undefined && (quant.from === vague.from || (vague.from >= quant.from && vague.to <= quant.to));
  // "batches of a reasonable size": the quality word stands in for the number, so it is one finding, unquantified.
  const standsInForNumber = vague !== undefined && quant !== undefined && (coversVague || beforeMeasureNoun(toks, vague.to));
  // "in a reasonable time", "a reasonable number of submissions", "an appropriate rate": writers read a
  // judgement of time, amount or rate as the vague word (vague-term 15 times to unquantified 9 in the
  // labelled sets); "a reasonable size", "a reasonable delay" or "period" still miss their number.
  // "within a reasonable distance", "a reasonable threshold", "a reasonable limit": the same (vague-term 7 to 1).
  if (vague && coversVague && judgedAmount(toks, vague)) quant = undefined;
  // "If HotelRunner is slow, use a timeout": the slowness of another system is the case, and the timeout the behaviour
  // asked for (writers labelled the timeout, 4 of 4, not the word "slow").
  if (vague && quant !== undefined && toks[vague.from].w === "slow" && vague.to - vague.from === 1 && toks[quant.to - 1].w === "timeout" && conditionOpens(toks, vague.from)) vague = undefined;
  if (vague && (!standsInForNumber || quant === undefined)) emit(hitFinding(ctx, vague, "vague-term", (text) => `'${text}' has no measurable meaning: ${HINT_TEXT[vague.cue.hint]}`));
  // "Each show has a pass quota per day, set by the organiser. For 2025 it is 120 passes per show day.", "an order cap
  // per zone. Ops sets it, default 40.": the limit's figure follows in the next sentence of the same line (a status code
  // in a code span, "Over the limit: `429`", is an outcome, not the figure).
  if (quant && figureFollowsLimit(toks, quant.to)) return;
  if (quant) emit(hitFinding(ctx, quant, "unquantified", (text) => `'${text}' needs a number: ${HINT_TEXT[quant.cue.hint]}`));
}


/**
 * Whether a quantity word in the story part of a brief (the context, the lines above the sections) still lacks
 * its number: in a long paragraph only a wait left open does; elsewhere one the sentence asks for, or behaviour
 * told without its figure.
 */
function quantityLeftOpen(ctx: LineCtx, h: Hit, paragraph: boolean): boolean {
  // "Photos can be large, so upload them separately": what the product must take in may be big, and how big is
  // left out, even in a long paragraph (writers labelled all 84 such lines across all sets).
  if (h.cue.hint === "size" && h.to - h.from === 1 && mayBe(ctx.toks, h.from) && sizeOfData(ctx.toks, h.from)) return true;
  if (paragraph) return waitLeftOpen(ctx, h);
  return behaviourLeftOpen(ctx, h) || scheduleLeftOpen(ctx, h) || statesRequirement(ctx.toks, h.from, h.cue);
}

/**
 * "Tokens expire after a while", "Receipts are sent shortly after the donation is confirmed", "Entries are kept for
 * some time": in the context section, a span of time written as a phrase describes how the product behaves and still
 * lacks its number, even where no sentence asks for anything. Writers labelled 29 of 35 such across all sets, while
 * single words there ("many shops", "small clinics", "long queues") describe the world (8 of 41), and so do amounts
 * of things ("a lot of them", "a few online sellers") and batches ("Kettles are cast in batches").
 */
function behaviourLeftOpen(ctx: LineCtx, h: Hit): boolean {
  // "use the recent location data", "refund the recent outdoor tickets": which records count is a window to give.
  // "The files can get large", "Resize large page images", "Big orders get extra discount": a size of what the product
  // receives or prices, with no limit ("a big auction", "Big spenders", "a small REST API" describe the world).
  const oneWord = h.to - h.from === 1 && (ctx.toks[h.from].w === "recent" || (h.cue.hint === "size" && sizeOfData(ctx.toks, h.from)));
  // "A hold lasts a few days", "The due date is a few weeks after the issue date": a count of days is a span of time.
  // ("a fixed number of days per week" counts days a plan includes).
  const span = h.cue.hint === "count" && h.to - h.from >= 2 && ctx.toks[h.to - 1].w !== "of" && TIME_UNITS.has(ctx.toks[h.to]?.w ?? "");
  if ((h.to - h.from < 2 && !oneWord) || ctx.section !== "context" || (h.cue.hint === "count" && !span) || h.cue.hint === "batch") return false;
  // "Today riders only see a delay if they open the app": how things are now, which the brief changes.
  if (describesToday(ctx.toks, h.from)) return false;
  if (oneWord || span) return true;
  // "a delay certificate", "for long stay": the words run into a noun and name something else.
  const next = ctx.toks[h.to];
  return next === undefined || next.t !== WORD || (next.info & W_ENGLISH) !== 0;
}

/**
 * "Payouts are batched and sent out regularly", "Rates are cached and refreshed periodically": in the context, a
 * frequency after a passive verb tells how often the product acts, and how often is left out. "Customers regularly
 * ask …", "typhoons regularly pass …" tell what the world does (likelihood in findHits keeps people's habits out).
 */
function scheduleLeftOpen(ctx: LineCtx, h: Hit): boolean {
  if (h.cue.hint !== "freq" || h.to - h.from !== 1 || ctx.section !== "context" || describesToday(ctx.toks, h.from)) return false;
  const toks = ctx.toks;
  let j = h.from - 1;
  if (toks[j]?.w === "out" || toks[j]?.w === "up") j--;
  const verb = toks[j];
  if (verb === undefined || verb.t !== WORD || !(verb.w.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb.w))) return false;
  // "are batched and sent out regularly": the passive's "is" or "are" earlier in the clause.
  for (let q = j - 1; q >= 0 && q >= j - 6 && toks[q].t !== PUNCT; q--) if (PASSIVE_BE.has(toks[q].w)) return true;
  return false;
}
const IRREGULAR_PARTICIPLES = new Set(["sent", "run", "done", "made", "kept", "built", "taken", "given", "shown", "read", "rebuilt", "rerun", "resent", "written", "rewritten"]);
const PASSIVE_BE = new Set(["is", "are", "be", "been", "get", "gets"]);

/**
 * "hold the spot for them for a while", "Phones can be offline for a long time", "Entries are kept for some time",
 * "only keep recent data": even inside a long paragraph of the context, a wait or a window with no length at all is
 * behaviour left open (writers labelled 14 of 14 such), while its other quantity words tell the story.
 */
function waitLeftOpen(ctx: LineCtx, h: Hit): boolean {
  if (ctx.section !== "context" || describesToday(ctx.toks, h.from)) return false;
  const toks = ctx.toks;
  const last = toks[h.to - 1].w;
  if (h.to - h.from === 1) return last === "recent";
  if (last === "while") return true;
  const before = toks[h.to - 2]?.w;
  return last === "time" && (before === "some" || before === "long" || before === "short");
}

/** Plural units of time ("every few minutes", "a few days"); ANY_TIME_UNIT also holds the singular and short forms. */
const TIME_UNITS = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years"]);

/** "can be", "may get very": a modal and "be" or "get" (and one degree word) just before token k. */
function mayBe(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.w === "very" || toks[j]?.w === "quite") j--;
  const verb = toks[j]?.w;
  const modal = toks[j - 1]?.w;
  return (verb === "be" || verb === "get") && (modal === "can" || modal === "may" || modal === "might" || modal === "could");
}

/** What the product receives, stores or prices, whose size needs a limit. */
const DATA_THINGS = new Set(
  `file files image images photo photos picture pictures video videos recording recordings upload uploads attachment
  attachments pdf pdfs document documents feed feeds export exports import imports payload payloads workbook workbooks
  spreadsheet spreadsheets csv archive archives dataset datasets backup backups order orders group groups`.split(/\s+/),
);

/** A size word ("large", "big", "huge") next to a thing of DATA_THINGS: before it, or after "can be", "are", "get". */
function sizeOfData(toks: readonly Tok[], k: number): boolean {
  const w = toks[k].w;
  if (w !== "large" && w !== "big" && w !== "huge") return false;
  for (let j = k + 1; j < toks.length && j <= k + 3 && toks[j].t === WORD; j++) if (DATA_THINGS.has(toks[j].w)) return true;
  // "Photos attached to `drive_notes` can be large": a code name and a few words may stand between.
  for (let j = k - 1; j >= 0 && j >= k - 6 && (toks[j].t === WORD || toks[j].t === CODE); j--) if (DATA_THINGS.has(toks[j].w)) return true;
  return false;
}

const JUDGED_NOUNS = new Set(["time", "amount", "number", "rate", "backoff", "distance", "threshold", "limit", "interval", "intervals", "tolerance", "frequency"]);

/** "a reasonable time", "an appropriate backoff": a judgement word right before a noun of time, amount or rate. */
function judgedAmount(toks: readonly Tok[], vague: Hit): boolean {
  if (vague.to - vague.from !== 1 || !JUDGEMENTS.has(toks[vague.from].w)) return false;
  // "a reasonable exchange rate": one noun may qualify the judged one.
  return JUDGED_NOUNS.has(toks[vague.to]?.w ?? "") || (toks[vague.to]?.t === WORD && JUDGED_NOUNS.has(toks[vague.to + 1]?.w ?? ""));
}

/** Speed words that only a span of time bounds ("quickly", "in a timely manner"); "cheap" may be bounded by a size. */
const TIMED_SPEED = new Set(["fast", "faster", "quick", "quickly", "quicker", "rapid", "rapidly", "swift", "swiftly", "speedy", "speedily", "promptly", "prompt", "timely", "in", "responsive", "slow", "slowly", "snappy", "instantly"]);

const LIMITED_SPANS = new Set(["time", "period", "window"]);

/** States a limit is put in ("is exceeded", "would be reached") and verbs that move one ("raise the limit"). */
const LIMIT_STATES = new Set(["exceeded", "breached", "reached", "passed", "hit", "crossed", "raised", "lowered", "changed"]);
const LIMIT_MOVES = new Set(["raise", "raises", "raised", "lower", "lowers", "lowered", "change", "changes", "changed", "adjust", "adjusts", "adjusted"]);

/** The hit is "limit", "a limit" or "the limit" alone, and the sentence moves it or says it is exceeded. */
function limitActedOn(toks: readonly Tok[], h: Hit): boolean {
  const last = toks[h.to - 1];
  if (last.w !== "limit" || h.to - h.from > 2 || (h.to - h.from === 2 && toks[h.from].w !== "a" && toks[h.from].w !== "the")) return false;
  // "Mads lowers the limit", "can raise the limit for one account".
  if (toks[h.to - 2]?.w === "the" && LIMIT_MOVES.has(toks[h.to - 3]?.w ?? "")) return true;
  let k = h.to;
  if (toks[k]?.w === "would" || toks[k]?.w === "will") k++;
  if (!BE_FORMS.has(toks[k]?.w ?? "") && toks[k]?.w !== "gets") return false;
  k++;
  if (toks[k]?.w === "already" || toks[k]?.w === "been") k++;
  return LIMIT_STATES.has(toks[k]?.w ?? "");
}

/** "as above" or "as described above" within the three words after `k`, in the same clause. */
function asAboveAfter(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    const t = toks[j];
    if (t.t === PUNCT) return false;
    if (t.w === "as" && (toks[j + 1]?.w === "above" || (toks[j + 1]?.w === "described" && toks[j + 2]?.w === "above"))) return true;
  }
  return false;
}
