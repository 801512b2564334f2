/**
 * shared-context: knowledge that lives in someone's head or a past
 * conversation. Cues: conversation verbs ("as discussed"), meetings with a
 * past qualifier ("in Monday's standup"), unstated precedents ("the same rule
 * as the warehouse app", "the way the sign-up form does", "like last time"),
 * and people as sources ("ask Kenji", "Kenji's trick", "the approach Hiroshi
 * prototyped"). A line that points into the brief itself ("described under
 * Context", "above") is exempt. The precedent checks live in precedents.ts,
 * the words both files use in shared-context-words.ts.
 */
import { atSentenceStart, endsClause, endsSentence, markBetween, sentenceStart, type LineCtx } from "../doc.js";
import { F_ACR, F_NAME, S_SHARED, T_ASK, T_DECIDE, T_DOES, T_MEETING, T_SAME, T_SHARED, T_WAY, T_WE, W_ENGLISH, W_KNOWN, W_NUMBER } from "../wordinfo.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { ASK_VERBS, CONVERSATION_VERBS, MEETING_NOUNS, TALK_VERBS, PAST_TIME_WORDS, PERSON_ARTIFACTS, SHARED_PHRASES, SYSTEM_NOUNS } from "../lexicon/cues.js";
import { CAPITALISED_WORDS, PLACES } from "../lexicon/known.js";
import { MODALS } from "../lexicon/english.js";
import { isUnknownName, possessiveArtifact, RELATIVE_DAYS } from "./names.js";
import type { Emit } from "./emit.js";
import { isByline } from "./public-names.js";
import { unseenComparison } from "./unseen-comparison.js";
import { quotedMask } from "./non-english.js";
import { hostOf, isPrivateHost, namesWord } from "./private-hosts.js";
import { PRONOUN_SUBJECTS, SOURCE_VERBS, span, wordAhead, GROUP_NOUNS, HONORIFICS, HONORIFIC_SUFFIX, MESSAGES, DECIDERS, regularPast, isPastVerb, type Hit } from "./shared-context-words.js";
import { samePrecedent, theOneThat, likeTheOld, keptBySomeone, pastWork, currentPractice, wayPrecedent, lastTime, lastProject, whatWeDo, toldAtPastEvent, ruleFromTheOld, datedOccasion } from "./precedents.js";

const PHRASES = new PhraseSet<true>(SHARED_PHRASES.map((p) => [p, true] as const));
const ASK = new PhraseSet<true>(ASK_VERBS.map((p) => [p, true] as const));

/**
 * "The subsidy amount is the one agreed with the dealers' association last year", "handled the way Mr. Tsuda agreed
 * with the chains last autumn": an agreement dated in the past, whoever made it, and not written in the brief
 * (writers labelled 96 of 99 lines of "agreed with … last year" and the like). Not when what was agreed follows
 * ("Approval rules (agreed with finance in March):") or stands below ("The column layout below was agreed …").
 */
function agreedEarlier(toks: readonly Tok[], raw: string): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & T_DECIDE) === 0 || toks[k].w !== "agreed" || toks[k + 1].w !== "with") continue;
    for (let j = k + 2; j < toks.length && j <= k + 2 + AGREED_REACH; j++) {
      const t = toks[j];
      if (t.t === PUNCT && endsClause(toks, j)) break;
      const next = toks[j + 1];
      const dated =
        (t.w === "last" && next !== undefined && PAST_UNITS.has(next.w)) ||
        (t.w === "in" && next !== undefined && ((next.t === NUM && /^(19|20)\d\d$/.test(next.w)) || (next.t === WORD && next.cap && MONTHS.has(next.w))));
      if (!dated) continue;
      if (raw.trimEnd().endsWith(":") || belowBefore(toks, k)) return null;
      return span(toks, k, j + 1);
    }
  }
  return null;
}
/** Words between "agreed with" and its date ("with the dealers' association last year"). */
const AGREED_REACH = 8;

/** "below" or "above" before token k in its sentence: what was agreed is in the brief. */
function belowBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - AGREED_REACH && !endsClause(toks, j); j--) if (toks[j].w === "below" || toks[j].w === "above") return true;
  return false;
}

const DAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
/** "in the March planning session": a meeting known by its month. */
const MONTHS = new Set("january february march april june july august september october november december".split(" "));
const MEETING_PREPS = new Set(["in", "at", "during", "from", "after", "per", "since", "on"]);
/** First words of the brief's section headings, capitalised after "under" ("under Edge cases", "under API"). */
const SECTION_WORDS = new Set(["context", "api", "edge", "acceptance", "glossary", "background"]);
/** Parts of a brief a reference may point at ("described in the Context section"). */
const BRIEF_PARTS = /\b(brief|section|context|api|edge|acceptance|criteria|glossary|table|list|paragraph|step)\b/;

/**
 * "twice last year we promised more pieces than the kiln held", "we promised 40 trays we did not have": what was
 * promised is written right after the verb, as the story of what goes wrong today; "what we promised them" is not.
 */
function promiseNarrated(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from !== 2 || toks[from].w !== "we" || toks[to - 1].w !== "promised" || REFERRING.has(toks[from - 1]?.w ?? "")) return false;
  const object = toks[to];
  if (object === undefined) return false;
  if (object.t === NUM || PROMISED_OBJECT.has(object.w)) return true;
  // "we promised subscribers an ink we no longer had": whom, then what.
  const what = toks[to + 1];
  return object.t === WORD && !object.cap && what !== undefined && (what.t === NUM || PROMISED_OBJECT.has(what.w));
}
const REFERRING = new Set(["what", "as", "which", "like", "that"]);
const PROMISED_OBJECT = new Set(["more", "fewer", "the", "a", "an", "some", "two", "three", "several"]);

/** Whether the hit's first word stands inside a quotation on its line. */
function insideQuotes(toks: readonly Tok[], hit: Hit): boolean {
  const mask = quotedMask(toks);
  if (mask === null) return false;
  let k = 0;
  while (k < toks.length && toks[k].s < hit.s) k++;
  return k < toks.length && mask[k] && toks[k].t !== PUNCT;
}

/** Determiners after which "above"/"below" compares with a value ("above the cap", "below its limit"). */
const COMPARED_AFTER = new Set(["the", "a", "an", "its", "their", "our", "his", "her", "that", "this"]);

/** Words that make "the … brief" another document than this one. */
const OTHER_DOCUMENT = new Set(["separate", "other", "another", "previous", "earlier", "old", "last", "first", "original"]);

/** Conditions that open a sentence ("If …, ask Søren"). */
const CONDITION_OPENERS = new Set(["if", "when", "whenever", "should"]);

/**
 * Where the condition opening the sentence at `from` ends (its comma) when the hit comes after it, else `from`.
 */
function conditionBeforeHit(toks: readonly Tok[], from: number, hit: Hit): number {
  if (!CONDITION_OPENERS.has(toks[from]?.w ?? "")) return from;
  for (let k = from + 1; k < toks.length && toks[k].e <= hit.s; k++) if (toks[k].w === ",") return k + 1;
  return from;
}

/**
 * True when the sentence of the hit points at the brief itself, so the reference is explained. Another
 * sentence's pointer does not: "…will call the endpoint below. Rules are as discussed with Budi on the call."
 */
/** Words before "section" that pick one of many sections of something else: "in that section", "per section". */
const OTHER_SECTIONS = new Set(["that", "each", "every", "per", "their", "its", "a", "another"]);

function refersToBrief(toks: readonly Tok[], hit: Hit): boolean {
  let from = 0;
  while (from < toks.length && toks[from].e <= hit.s) from++;
  from = sentenceStart(toks, Math.min(from, toks.length - 1));
  let to = from;
  while (to < toks.length && (toks[to].s < hit.e || !endsSentence(toks, to))) to++;
  // "If a matching rule below is unclear, ask Søren": a pointer inside the condition that opens the sentence
  // names what may be unclear, not where the answer is written.
  const skipTo = conditionBeforeHit(toks, from, hit);
  for (let k = from; k < to; k++) {
    if (k < skipTo) continue;
    const w = toks[k].w;
    // "see the table above"; not "declared above 500 ringgit", a comparison with a figure.
    // "the price is now above the cap" compares with a value: before a determiner the word is a preposition.
    if ((w === "above" || w === "below") && toks[k + 1]?.t !== NUM && !COMPARED_AFTER.has(toks[k + 1]?.w ?? "")) return true;
    // "see the Pricing section"; not "section by section".
    // "section 581 of the Taxes Consolidation Act" is a law's section, not one of the brief's.
    // "held back for bands in that section", "two bands per section": a section of a contest or a hall, not of the brief.
    if (w === "section" && toks[k + 1]?.w !== "by" && toks[k - 1]?.w !== "by" && !(toks[k + 1]?.t === NUM && toks[k + 2]?.w === "of") && !OTHER_SECTIONS.has(toks[k - 1]?.w ?? "")) return true;
    // "the same way as the webhook handler in step 1": a numbered step of the brief itself.
    if ((w === "step" || w === "steps") && toks[k + 1]?.t === NUM && /^(in|see|from|of|at)$/.test(toks[k - 1]?.w ?? "")) return true;
    // "described under Context", "listed in the table below"; not "described in the acquirer's portal".
    if ((w === "described" || w === "explained" || w === "defined" || w === "listed") && /^(under|above|below|earlier|here)$/.test(toks[k + 1]?.w ?? "")) return true;
    // "as we agreed with the freelancers last year (the exact rules are under Edge cases)": the brief's own section.
    // After the reference only: "The field list is in the table under API, with the two changes as per our call" still
    // leaves the call unwritten.
    if (w === "under" && toks[k].s >= hit.e && toks[k + 1]?.cap === true && SECTION_WORDS.has(toks[k + 1].w) && toks[k + 1].s === toks[k].e + 1) return true;
    // "as described in the separate gate-scan brief we sent last week" points at another brief, not this one.
    if ((w === "described" || w === "explained" || w === "defined" || w === "listed") && toks[k + 1]?.w === "in" && /^(this|the|context|api|edge|acceptance|glossary)$/.test(toks[k + 2]?.w ?? "") && BRIEF_PARTS.test(toks.slice(k + 2, k + 5).map((t) => t.w).join(" ")) && !toks.slice(k + 2, k + 5).some((t) => OTHER_DOCUMENT.has(t.w))) return true;
  }
  return false;
}

/** "Employees can ask Vitaal Werk to erase their data", "ask KSeF for their status": a request to act, not for what someone knows. */
function askedToAct(toks: readonly Tok[], to: number): boolean {
  let j = to + 1;
  while (j < toks.length && toks[j].t === WORD && toks[j].cap) j++;
  return toks[j]?.w === "to" || toks[j]?.w === "for";
}

/** "the backend to ask …", "the app asks …": a system noun just before the asking verb. */
function systemAsks(toks: readonly Tok[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) if (SYSTEM_NOUNS.has(toks[j].w)) return true;
  return false;
}

/** Verbs after "ask the team to …" that hand the reader knowledge ("to send you the list", "to explain the rule"). */
const HANDOVER_VERBS = new Set("send share give tell explain show forward provide walk write describe confirm clarify".split(" "));

const ASK_LEADS = new Set("please to and then must should can could just first always you we or best also so".split(" "));

/** "every 15 minutes", "every 10 seconds" within the clause after token k. */
function polledOnSchedule(toks: readonly Tok[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    if (toks[j].t === PUNCT && (endsSentence(toks, j) || toks[j].w === ";")) return false;
    if (toks[j].w === "every" && (toks[j + 1]?.t === NUM || ((toks[j + 1]?.info ?? 0) & W_NUMBER) !== 0)) return true;
  }
  return false;
}

/** "ask Kenji", "check with him", "ask the data team". */
function personAsk(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  let doubtAt: number | undefined;
  for (const m of ASK.findAll(toks, T_ASK)) {
    const t = toks[m.to];
    if (!t || t.t !== WORD) continue;
    // "… or return `503`? Need to confirm with design.": who will answer the open question (that rule reports it).
    // "Do kids under 6 count? Ask Chiara.": told to the reader right after the question, the person is also where
    // the answer lives, and both are reported. The first doubt is found once per line, not once per ask.
    doubtAt ??= firstDoubt(toks);
    if (doubtAt < m.from && !askedRightAfterDoubt(toks, m.from)) continue;
    // "Sellers ask support for a report" describes users; "ask support" / "you must ask" tells the reader,
    // and so does "ask Yuki, she knows the vendor" wherever it stands.
    const p = toks[m.from - 1];
    const knower = toks[m.to + 1]?.w === "," && PRONOUN_SUBJECTS.has(toks[m.to + 2]?.w ?? "");
    // "… on the allowlist — ask Bartek for the list": a dash (no token) between the words opens a new clause.
    const afterDash = p !== undefined && markBetween(p, toks[m.from]);
    if (p && p.t === WORD && !ASK_LEADS.has(p.w) && !atSentenceStart(toks, m.from) && !knower && !afterDash && !afterTopicOpener(toks, m.from)) continue;
    // "ask Fatture in Cloud for the status every 15 minutes": a service polled on a schedule, not a person.
    if (polledOnSchedule(toks, m.to)) continue;
    // "ask Jordan": a person may share a name with a place.
    // "(copying Priya Shah, Access Manager)" … "ask Priya": a person the brief introduces still holds the answer;
    // "the backend to ask Libro Azul": a system asks a service the brief introduced.
    if (t.w === "him" || t.w === "her" || (isUnknownName(t) && !(defined.has(t.w) && (systemAsks(toks, m.from) || askedToAct(toks, m.to)))) || (t.cap && PLACES.has(t.w)) || (CAPITALISED_WORDS.has(t.w) && /^(support|finance|legal|marketing|sales|product|engineering|security|ops|design|compliance|accounting|billing|payments|platform|data)$/.test(t.w))) {
      return span(toks, m.from, m.to);
    }
    if (t.w === "them" && toks[m.to + 1]?.w !== "to" && toks[m.to + 1]?.w !== "for") return span(toks, m.from, m.to);
    if (t.w === "the" || t.w === "our") {
      for (let j = m.to + 1; j < toks.length && j <= m.to + 3; j++) {
        if (!GROUP_NOUNS.has(toks[j].w)) continue;
        // "the staff must ask the office to enter it", "ask the manager to confirm before saving": a step someone
        // takes in the client's process, not knowledge the reader must fetch ("ask the team to send you the list" is).
        if (toks[j + 1]?.w === "to" && toks[j + 2]?.t === WORD && !HANDOVER_VERBS.has(toks[j + 2].w)) break;
        return span(toks, m.from, j);
      }
    }
    // "ask Tanaka-san", "ask Jae-won".
    if (t.cap && (HONORIFIC_SUFFIX.test(t.w) || /^[a-z]+-[a-z]+$/.test(t.w)) && (t.info & W_KNOWN) === 0) return span(toks, m.from, m.to);
    // "Ask Pak Budi", "check with Dr Patel": a title before a name.
    // "Ask Dr. Wanjiru": the title's full stop may stand between.
    const named = toks[m.to + 1]?.w === "." && toks[m.to + 1].s === t.e ? m.to + 2 : m.to + 1;
    if (HONORIFICS.has(t.w) && toks[named]?.t === WORD && toks[named].cap) return span(toks, m.from, named);
  }
  return null;
}

/** "For the printer protocol details ask Kenji": the sentence opens on its topic, then tells the reader to ask. */
function afterTopicOpener(toks: readonly Tok[], k: number): boolean {
  // The clause may open after a comma or a semicolon too ("every credit writes a row, for ledger format ask Rohit").
  // A topic clause is short: looked for at most TOPIC_REACH words back, so that a line of many asks stays linear.
  let a = k - 1;
  while (a > 0 && !endsSentence(toks, a - 1) && toks[a - 1].w !== "," && toks[a - 1].w !== ";") {
    if (k - a >= TOPIC_REACH) return false;
    a--;
  }
  while (a < k && toks[a].t === PUNCT) a++;
  if (!TOPIC_OPENERS.has(toks[a]?.w ?? "")) return false;
  for (let j = a + 1; j < k; j++) if (toks[j].t === PUNCT) return false;
  return true;
}
const TOPIC_OPENERS = new Set(["for", "about", "regarding", "re"]);
const TOPIC_REACH = 40;

/**
 * The ask opens its sentence or clause right after the doubt: "… count toward capacity? Ask Chiara.",
 * "Not sure, ask Ren." ("I will ask sales" and "need to confirm with design" are the writer's own step).
 */
function askedRightAfterDoubt(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (p === undefined || p.t !== PUNCT) return false;
  return p.w === "?" || p.w === "？" || (p.w === "," && toks[k - 2]?.w === "sure" && toks[k - 3]?.w === "not");
}

/** Index of the line's first doubt, a question mark or "not sure" (toks.length when none); askedBefore(k) is firstDoubt < k. */
function firstDoubt(toks: readonly Tok[]): number {
  for (let j = 0; j < toks.length; j++) {
    if (toks[j].t === PUNCT && (toks[j].w === "?" || toks[j].w === "？")) return j;
    // "… but not sure if we substitute at all, check with sales": who will settle the doubt (open-question reports it).
    if (toks[j].w === "sure" && toks[j - 1]?.w === "not") return j;
  }
  return toks.length;
}

/** "InPost", "PayPal": an upper-case letter after a lower-case one inside the written word. */
const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/**
 * "Before, …", "Previously …": the sentence holding token k opens by placing itself in the past, within 24 tokens
 * before k (a bounded look: a sentence of thousands of "X had" stays linear).
 */
function toldAsBefore(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j > 0 && j > k - 24 && !atSentenceStart(toks, j)) j--;
  return atSentenceStart(toks, j) && PAST_OPENERS.has(toks[j].w);
}
const PAST_OPENERS = new Set(["before", "previously", "formerly", "earlier", "once"]);
const FOLLOWING = new Set(["follow", "follows", "following", "match", "matches", "copy", "copies"]);

function brandCased(raw: string, t: Tok): boolean {
  for (let i = t.s + 1; i < t.e; i++) {
    const c = raw.charCodeAt(i);
    if (isUpperCode(c) && raw.charCodeAt(i - 1) >= 97 && raw.charCodeAt(i - 1) <= 122) return true;
  }
  return false;
}

const PRONOUN_SPEAKERS = new Set(["she", "he", "they"]);
const SAID_VERBS = new Set(["said", "told", "explained", "suggested", "described", "wrote", "meant", "wanted"]);
/** Words after '<record> posted' that tell what happened to the record ('posted twice', 'posted out of order'). */
const POSTED_EVENT_WORDS = new Set(["twice", "again", "late", "early", "out", "after", "before", "without", "with", "more", "less", "within"]);

/** Whether a capitalised name stands right after "in" or "at" before token j (the first of "in Hamburg and …"). */
function placeBefore(toks: readonly Tok[], j: number): boolean {
  const name = toks[j - 1];
  const prep = toks[j - 2];
  return name !== undefined && name.t === WORD && name.cap && prep !== undefined && (prep.w === "in" || prep.w === "at");
}

/** What follows "knows" when the answer stays in the head: the end of the clause, "which …", "the format", "it." */
function knowsWhat(toks: readonly Tok[], j: number): boolean {
  const after = toks[j];
  if (after === undefined || after.t === PUNCT || /^(which|what|how|where|who|whether|when|why|the)$/.test(after.w)) return true;
  return (after.w === "it" || after.w === "them") && (toks[j + 1] === undefined || toks[j + 1].t === PUNCT);
}

/**
 * "the crew knows it", "the receptionist knows who to call", "the kitchen admin knows the steps": a role or a team
 * keeps the answer; "the system knows which user" is the product's own state.
 */
function roleKnows(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    // "Which type can do which job is in the K-board, dispatchers know it": the role in the plural, opening its clause
    // ("so shop managers know when to expect it" is what the product will tell them).
    const w = toks[k].w;
    if (toks[k + 1].w === "know" && toks[k].t === WORD && !toks[k].cap && w.endsWith("s") && (STAFF_ROLES.has(w.slice(0, -1)) || (w.endsWith("es") && STAFF_ROLES.has(w.slice(0, -2)))) && clauseOpens(toks, k) && knowsWhat(toks, k + 2)) return span(toks, k, k + 1);
    if (w !== "the" || toks[k + 1].t !== WORD) continue;
    // "…, so the transport office knows who used the bus": what the product will tell them.
    if (toks[k - 1]?.w === "so" || toks[k - 1]?.w === "that") continue;
    const role = toks[k + 2].w === "knows" ? k + 1 : toks[k + 3]?.w === "knows" && toks[k + 2].t === WORD && !toks[k + 2].cap ? k + 2 : -1;
    if (role > 0 && !toks[role].cap && KEEPING_ROLES.has(toks[role].w) && knowsWhat(toks, role + 2)) return span(toks, k, role + 1);
  }
  return null;
}

/**
 * The line has the word "know" or "knows" ("the crew knows it", "dispatchers know it"); "knowledge" and "known" do not
 * count, so lines with only those skip the whole reading. A native search, no pattern.
 */
function saysKnow(raw: string): boolean {
  for (let i = raw.indexOf(" know"); i >= 0; i = raw.indexOf(" know", i + 5)) {
    let end = i + 5;
    if (raw.charCodeAt(end) === 115) end++; // "knows"
    const c = raw.charCodeAt(end);
    if (!(c >= 97 && c <= 122) && !(c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** Token k opens its clause, "the" allowed before it ("…, the branches know it"). */
function clauseOpens(toks: readonly Tok[], k: number): boolean {
  const j = toks[k - 1]?.w === "the" ? k - 1 : k;
  return j === 0 || toks[j - 1].t === PUNCT;
}

/** People who may keep an answer in their heads: a team, or a role at the client. */
const STAFF_ROLES = new Set("receptionist admin accountant bookkeeper foreman supervisor cashier dispatcher coordinator secretary treasurer clerk chef branch planner".split(" "));
const KEEPING_ROLES = new Set([...GROUP_NOUNS, ...STAFF_ROLES]);

/** "any", "every" or "each" between tokens a and b: one of many, not a particular occasion. */
function anyOfThem(toks: readonly Tok[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (toks[j].w === "any" || toks[j].w === "every" || toks[j].w === "each") return true;
  return false;
}

/** "what Peter's team does", "the order Dervla's team applies": a team's practice named as the thing to follow. */
function teamPractice(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1];
  const relative = before !== undefined && (before.w === "what" || (before.t === WORD && !before.cap && (before.info & W_ENGLISH) === 0 && toks[k - 2]?.w === "the"));
  const verb = toks[k + 2];
  return relative && verb !== undefined && verb.t === WORD && (verb.w === "does" || verb.w === "did" || (verb.w.length > 3 && verb.w.endsWith("s") && !verb.w.endsWith("ss")) || regularPast(verb.w));
}

const USUAL_AND_A_CHANGE = /^\s*(?:,\s*(?:and|but)\b|;|and\b|but\b)/;
const PENDING_PLACEHOLDER = /\b(?:TBD|TBC|TODO)\b/;
const NO_DECISION_YET = /\bbut (?:there is|there's|we have|we made) no decision\b|\bbut (?:we )?(?:have not|haven't|did not|didn't) decide/i;
/** Messages and the papers a person hands over: "the email from Pablo", "the list from Lars". */
const PAPERS_FROM_SOMEONE = new Set([...MESSAGES, ..."notes list lists file files sheet spreadsheet excel template document doc".split(" ")]);

/** "Kenji's trick", "Tomo has a script", "Lena took", "Yuki set it up". */
function personSource(toks: readonly Tok[], defined: ReadonlySet<string>, raw: string): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === WORD && t.cap && t.poss && HONORIFIC_SUFFIX.test(t.w) && possessiveArtifact(toks, k)) return span(toks, k, k + 1);
    // "Priya knows which merchants are exempt", "Tanaka-san knows what changed": the answer is in a head.
    // "Nobody knows the real count of free pieces": no one keeps it, which is the problem the brief fixes.
    // "SaljuTrack knows the route segments": a system written in mixed case holds data, it is no one's head.
    if (t.t === WORD && t.cap && toks[k + 1]?.w === "knows" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 2]?.w ?? "") && t.w !== "nobody" && t.w !== "none" && !brandCased(raw, t)) return span(toks, k, k + 2);
    // "Hanne in the pro shop knows the rules", "…, Jens in the gate office knows.": where the person works may stand between;
    // "Marek from sales knows which ones": a team named without "the".
    // "Dolores at the Mesa clinic knows which patients", "Pak Darto in finance knows it".
    if (t.t === WORD && t.cap && (toks[k + 1]?.w === "in" || toks[k + 1]?.w === "from" || toks[k + 1]?.w === "at") && isUnknownName(t, defined)) {
      const place = toks[k + 2];
      const determiner = place?.w === "the" || place?.w === "our";
      const team = !determiner && place?.t === WORD && !place.cap;
      const from = determiner ? k + 3 : team ? k + 2 : toks.length;
      for (let j = from; j < toks.length && j <= k + 6 && toks[j].t === WORD; j++) {
        if (toks[j].w !== "knows") continue;
        if (knowsWhat(toks, j + 1)) return span(toks, k, j);
        break;
      }
    }
    // "the one Pak Rudi made for the 2023 audit, he knows the format": the same, said of the person just named.
    if ((t.w === "he" || t.w === "she") && toks[k + 1]?.w === "knows" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 2]?.w ?? "")) return span(toks, k, k + 2);
    // "Wayan will know what sellers expect".
    if (t.t === WORD && t.cap && /^(will|would|should|might)$/.test(toks[k + 1]?.w ?? "") && toks[k + 2]?.w === "know" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 3]?.w ?? "")) return span(toks, k, k + 3);
    // "what Okamoto-san showed us": a name with an honorific is a person's, hyphen and all.
    const honorificName = t.t === WORD && t.cap && HONORIFIC_SUFFIX.test(t.w) && (t.info & W_KNOWN) === 0;
    if (!honorificName && !isUnknownName(t, defined)) {
      // "as Pak Darwin explained": after a title a name is a person's, even one that also names a city or a thing,
      // and what they said is not in the brief. (Only speech: "Bu Sari approves the run" is the step itself.)
      if (t.t === WORD && t.cap && !t.upper && k > 0 && HONORIFICS.has(toks[k - 1].w) && SPEECH_VERBS.has(toks[k + 1]?.w ?? "")) return span(toks, k, k + 1);
      continue;
    }
    // "InPost", "PayPal": a brand written in mixed case, not a person's name; "MWp cleaned": a unit, two capitals first.
    if (brandCased(raw, t) || (t.e - t.s > 2 && isUpperCode(raw.charCodeAt(t.s + 1)))) continue;
    // "Japan Post's data" is an organisation, not a person ("Dr. Olsen" is a person).
    const before = toks[k - 1];
    if (before && before.t === WORD && before.cap && !atSentenceStart(toks, k - 1) && !HONORIFICS.has(before.w)) continue;
    // "the Board of Education's school email system", "the Bank of England's base rate": "of" inside an organisation's name.
    if (before?.w === "of" && toks[k - 2]?.t === WORD && toks[k - 2].cap && !toks[k - 2].upper) continue;
    // "Tonight's file contains every screen recorded yesterday": the file of a day, not a person's.
    if (possessiveArtifact(toks, k) && !RELATIVE_DAYS.has(t.w)) {
      // "The record format must follow Pak Budi's Excel": a file followed as the model is a precedent, whoever keeps it
      // (writers labelled shared-context, not the file as a link, on 2 of 2 such lines).
      const title = k > 0 && HONORIFICS.has(toks[k - 1].w) ? 1 : 0;
      const verb = toks[k - 1 - title];
      return verb !== undefined && FOLLOWING.has(verb.w) ? span(toks, k - 1 - title, k + 1) : span(toks, k, k + 1);
    }
    // "The format they want is in the email from Pablo": the same as "Pablo's email", written the other way round.
    // Only papers and messages: "the code from Signicat" is what a system sends.
    if (before?.w === "from" && toks[k - 3]?.w === "the" && PAPERS_FROM_SOMEONE.has(toks[k - 2].w)) return span(toks, k - 3, k);
    // "we'll keep doing what Peter's team does now", "the order Dervla's team applies by hand": the team's practice
    // referred to; "Dana's team retypes it into our dispatch system" tells what happens today.
    if (t.poss && toks[k + 1]?.w === "team" && teamPractice(toks, k)) return span(toks, k, k + 2);
    // "Mette also said it should work like the PDF export": an adverb may stand between the name and its verb.
    // "Claim already decided (`approved` …)": a record's state; only a verb of saying makes the name a speaker.
    const adverb = SOURCE_ADVERBS.has(toks[k + 1]?.w ?? "") && SPEECH_VERBS.has(toks[k + 2]?.w ?? "") ? 1 : 0;
    const next = toks[k + 1 + adverb];
    if (!next || next.t !== WORD) continue;
    // "| Species Mentioned | `species.euring_code` |": a field name in title case, not a person and what they said.
    if (next.cap && raw.trimStart().startsWith("|")) continue;
    // "linked to the Dunlin flagged `A7`": a thing and the code it carries, not a person's doing.
    if (toks[k + 2 + adverb]?.t === CODE) continue;
    // "our buyer in Liwa decides the price", "depots in Hamburg and Bremerhaven asked us": after "in" or "at"
    // the name is a place, and the verb belongs to whoever is there.
    if (before !== undefined && (before.w === "in" || before.w === "at" || (before.w === "and" && placeBefore(toks, k - 1)))) continue;
    // "- Inspection posted twice for the same core: `409`", "Readings posted 3 hours late": a record and what
    // happened to it, an edge case.
    // "Usage posted at 03:30 on 3 June", "Dispute posted on day 8": the same, timed; "Analysis posted for an unknown lot code": for a record.
    if (atSentenceStart(toks, k) && SOURCE_VERBS.has(next.w) && (POSTED_EVENT_WORDS.has(toks[k + 2]?.w ?? "") || toks[k + 2]?.t === NUM || ((toks[k + 2]?.w === "at" || toks[k + 2]?.w === "on") && (toks[k + 3]?.t === NUM || (toks[k + 3]?.t === WORD && toks[k + 4]?.t === NUM))) || (next.w === "posted" && toks[k + 2]?.w === "for" && /^(a|an|the)$/.test(toks[k + 3]?.w ?? "")))) continue;
    if (adverb === 1) return span(toks, k, k + 2);
    // "all 9 trucks for a Tuesday, Pakenham included,": a name and "included" set off by a comma, one of the things counted.
    if (before?.w === "," && (next.w === "included" || next.w === "excluded") && (toks[k + 2] === undefined || toks[k + 2].t === PUNCT)) continue;
    // "Twelve ryokan in Kurokawa Onsen and Yufuin asked us to let guests reserve online": who asked for the work, a
    // request the brief then states, not knowledge kept in a head.
    if (next.w === "asked" && toks[k + 2]?.w === "us" && toks[k + 3]?.w === "to") continue;
    // "Booking shared by 4 players": a passive ("shared by") describes the thing, not a person who shared.
    // "Banxico did not publish a rate (holidays)": a negated "did" states a case to handle, not a precedent.
    // "Kenta wrote 120 noshi by hand", "Lena took 3 days": a count of what the person did, a story of the work, not its source.
    const counted = toks[k + 2] !== undefined && (toks[k + 2].t === NUM || (toks[k + 2].info & W_NUMBER) !== 0);
    if (SOURCE_VERBS.has(next.w) && next.w !== "found" && toks[k + 2]?.w !== "by" && !(next.w === "did" && toks[k + 2]?.w === "not") && !counted) return span(toks, k, k + 1);
    // "until Dr. Olsen signs off": a person's approval the brief cannot state.
    if ((next.w === "signs" || next.w === "approves" || next.w === "decides") && !atSentenceStart(toks, k)) return span(toks, k, k + 1);
    // "the canary process that Ines documented": a name and a past-tense verb.
    // "the canary process that Ines documented"; not "Custom connected accounts", where the -ed word describes a noun.
    const after = toks[k + 2];
    const describesNoun = after !== undefined && after.t === WORD && (after.info & W_ENGLISH) === 0;
    // "With Kakao stubbed to time out": after "with", the -ed word is the state a test puts a system in.
    // "one boat at Westerdok rented 10:00–12:00": after "at" or "in" the name is a place, and the -ed word describes what is there.
    // "12,000 kg of Lapins received": after "of" the name is what was counted, and the -ed word what happened to it.
    const stateAfterWith = before !== undefined && (before.w === "with" || before.w === "without" || before.w === "at" || before.w === "in" || before.w === "of");
    // "leaves Gaj with 4 and Borek unchanged": an "un-…ed" word is a state, not something the person did.
    // "the Rijksdienst voor het Cultureel Erfgoed": a capitalised "-ed" word goes on with the name; a verb is lower case.
    // "(Youth Day observed, …)", "Days marked in the `member_leave` table": a day is no person, whatever its name.
    if (next.w.length > 4 && !next.cap && regularPast(next.w) && !next.w.startsWith("un") && (next.info & W_KNOWN) === 0 && !atSentenceStart(toks, k) && !describesNoun && !stateAfterWith && t.w !== "day" && t.w !== "days") return span(toks, k, k + 1);
    // "below £10.00, nothing is charged. Underwriting set this threshold.": who set a value the line states adds no gap.
    if (next.w === "set" && /^(it|this|them|up)$/.test(toks[k + 2]?.w ?? "") && !figureWithin(toks, 0, k)) return span(toks, k, k + 2);
    // "Hospital has no email: send WhatsApp only": what someone lacks is a case to handle, not knowledge they keep.
    // "Before, Pak Dedi had a script on his laptop …, but the script is gone": what someone once had is a story.
    if ((next.w === "has" || next.w === "had") && toks[k + 2]?.w !== "no" && !(next.w === "had" && toldAsBefore(toks, k))) {
      for (let j = k + 2; j < toks.length && j <= k + 4; j++) if (PERSON_ARTIFACTS.has(toks[j].w)) return span(toks, k, j);
      // "The compatibility data is in Excel files from the manufacturers, Agnieszka has them.": what the sentence named, kept by her.
      if (before?.w === "," && /^(them|it|those|these)$/.test(toks[k + 2]?.w ?? "") && (toks[k + 3] === undefined || toks[k + 3].t === PUNCT)) return span(toks, k, k + 2);
    }
    // "Okada-san can tell you the time", "Dwayne can walk you through it": the answer is in the person's head.
    // "…like our standard enquiry mail, Mads can forward you one": the model is a message in someone's mailbox.
    if (/^(can|will|could)$/.test(next.w) && /^(tell|explain|show|walk|forward)$/.test(toks[k + 2]?.w ?? "") && toks[k + 3]?.w === "you") return span(toks, k, k + 3);
  }
  return null;
}

const SOURCE_ADVERBS = new Set(["also", "already", "once", "originally", "previously", "just", "first"]);
const SPEECH_VERBS = new Set("said suggested mentioned explained proposed wrote told described showed recommended".split(" "));
const SOURCE_VERBS_FROM = new Set(["come", "comes", "coming", "came", "given", "provided", "supplied", "decided", "set", "confirmed", "defined"]);
const ROLES = new Set("lead owner director head cto ceo cfo pm accountant analyst architect lawyer".split(" "));

/** Documents a team keeps: "per the marketing calendar", "per the ops playbook". */
const TEAM_DOCUMENTS = new Set("calendar schedule plan sheet spreadsheet list rules guidelines policy playbook runbook handbook matrix".split(" "));

/** "count double, per the marketing calendar": a rule that lives in another team's document. */
function perTheirDocument(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & W_ENGLISH) === 0 || toks[k].w !== "per" || toks[k + 1].w !== "the") continue;
    const q = wordAhead(toks, k + 2, k + 4, TEAM_DOCUMENTS);
    if (q >= 0) return toks[q + 1]?.t === URL ? null : span(toks, k, q);
  }
  return null;
}

/** "Tier values come from the platform lead": a value that lives with a role, not in the brief. */
function roleSource(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    // "from", "by", "the" and "our" are known words (their info bit says so), whose text is read
    // without slicing the line: they are tested before the verb, which may be any word.
    if ((toks[k + 1].info & W_ENGLISH) === 0 || (toks[k + 1].w !== "by" && toks[k + 1].w !== "from")) continue;
    const j = k + 2;
    if ((toks[j].info & W_ENGLISH) === 0 || (toks[j].w !== "the" && toks[j].w !== "our")) continue;
    if (toks[k].t !== WORD || !SOURCE_VERBS_FROM.has(toks[k].w)) continue;
    const q = wordAhead(toks, j + 1, j + 3, ROLES);
    if (q >= 0) return span(toks, k, q);
  }
  return null;
}

const DECISION_VERBS = new Set("agreed decided said mentioned promised confirmed approved told explained insisted signed".split(" "));

const EVENT_CLAUSE = new Set(["when", "once", "after", "until", "before", "whenever"]);

/** "Finance agreed to this in principle", "legal said it's fine". */
function teamDecision(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    // The verb's info bit first (T_DECIDE marks exactly the DECISION_VERBS).
    // "outside the product's approved use": a possessive owns the word after it, which is no verb of deciding.
    if ((toks[k + 1].info & T_DECIDE) === 0 || !DECIDERS.has(toks[k].w) || toks[k].t !== WORD || toks[k].poss) continue;
    const v = toks[k + 1];
    // "`konfirmasi_at` when the client confirmed by WhatsApp": an event the data records, in a clause of time.
    if (toks[k - 1]?.w === "the" && EVENT_CLAUSE.has(toks[k - 2]?.w ?? "")) continue;
    // "The client confirmed that max weight is always one of 2000, 3500 or 6000 kg": what was decided follows.
    if (toks[k + 2]?.w === "that" && toks[k + 3]?.t === WORD && toks[k + 4]?.t === WORD && toks[k + 3].w !== "this" && toks[k + 3].w !== "way") continue;
    if (v.t === WORD && DECISION_VERBS.has(v.w)) return span(toks, k, k + 1);
  }
  return null;
}

/** "must match what the ERP does": behaviour defined by another system. */
const USER_ROLES = new Set("user users customer customers client clients visitor visitors member members player players buyer buyers shopper shoppers patient patients driver drivers guest guests".split(" "));

const CONFORMING = new Set(["same", "like", "as", "match", "matches", "matching", "mirror", "mirrors", "follow", "follows", "copy", "copies", "replicate", "reproduce", "do", "does", "exactly", "just"]);

/** A word of matching or copying just before token k ("match what …", "same as what …"). */
function comparedWith(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (toks[j].t !== WORD) return false;
    if (CONFORMING.has(toks[j].w)) return true;
  }
  return false;
}

function whatItDoes(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & W_ENGLISH) === 0 || (toks[k].w !== "what" && toks[k].w !== "whatever")) continue;
    // "what the ERP does", "whatever Ops normally does".
    // "what Mehmet does now": a person's habit.
    const person = toks[k + 1].t === WORD && toks[k + 1].cap && (toks[k].w === "whatever" || (isUnknownName(toks[k + 1], defined) && /^(does|did|do)$/.test(toks[k + 2]?.w ?? "")));
    if (toks[k + 1].w !== "the" && toks[k + 1].w !== "our" && !person) continue;
    // "whatever the user does": any action of the product's users, not someone's habit.
    if (USER_ROLES.has(toks[k + 2]?.w ?? "")) continue;
    // "reviewers cannot see what the learner did": what was done is the data shown; only behaviour
    // to match or copy ("must match what the ERP does", "same as what the old app did") is a precedent.
    if (!person && !comparedWith(toks, k)) continue;
    for (let j = k + 2; j < toks.length && j <= k + 5; j++) {
      const t = toks[j];
      if (t.t !== WORD && t.t !== CODE) break;
      if (t.w === "does" || t.w === "did" || t.w === "do") return span(toks, k, j);
    }
  }
  return null;
}

/** Whether a word between tokens a and k is a verb taking the noun phrase after it ("makes the call"). */
function verbBetween(toks: readonly Tok[], a: number, k: number): boolean {
  for (let j = a + 1; j < k - 1; j++) {
    const t = toks[j];
    if (t.t === WORD && !t.cap && t.w.length > 3 && t.w.endsWith("s") && !t.poss && (toks[j + 1].w === "the" || toks[j + 1].w === "a")) return true;
  }
  return false;
}
const FUTURE_DECIDING = new Set(["decides", "decide", "discusses", "discuss", "confirms", "confirm", "agrees", "approves", "sets"]);

/** Meeting nouns that also name a place or a tool ("our workshop in Takayama", "our planning program"). */
const PLACE_OR_TOOL_MEETINGS = new Set(["workshop", "planning"]);

/** "that the form on …", "which the app in …": a relative clause whose subject's noun stands before `prep`. */
function relativeSubjectBefore(toks: readonly Tok[], prep: number): boolean {
  const noun = toks[prep - 1];
  return noun !== undefined && noun.t === WORD && toks[prep - 2]?.w === "the" && /^(that|which)$/.test(toks[prep - 3]?.w ?? "");
}

/**
 * "Assignment rules are as we talked in the office on Monday", "the same as we showed you at the site visit", "Plan
 * like we talked in the kickoff": what was said or shown, never written here.
 */
function asWeTalked(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w !== "as" && toks[k].w !== "like") continue;
    const we = toks[k + 1].w;
    // "like we have talked about on the phone with Lars", "as we've agreed", "as I had mentioned": the perfect, which
    // second-language writers use as often as the past.
    let verb = k + 2;
    if (we === "we" || we === "i") {
      if (toks[k + 2].w === "have" || toks[k + 2].w === "had") verb = k + 3;
    } else if (we !== "we've" && we !== "i've") continue;
    // "like we decided", "as I mentioned": the other verbs of a conversation, which "like" opens as "as" does.
    const v = toks[verb]?.w ?? "";
    if (TALK_VERBS.has(v) || CONVERSATION_VERBS.has(v)) return span(toks, k, verb);
  }
  return null;
}

/**
 * "the fee regulation we sent you before", "Coop's template that I sent you in December", "the mapping our
 * bookkeeper gave you in June": a document handed over outside the brief, at a time the brief only points at.
 */
function sentYouEarlier(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!HANDED_OVER.has(toks[k].w) || toks[k + 1].w !== "you") continue;
    const who = toks[k - 1];
    if (!(PRONOUN_SUBJECTS.has(who.w) || (who.t === WORD && who.cap && !who.upper) || toks[k - 2]?.w === "our")) continue;
    const when = toks[k + 2];
    const month = toks[k + 3];
    const earlier = PAST_TIME_WORDS.has(when.w) || ((when.w === "in" || when.w === "on") && month !== undefined && month.cap && (MONTHS.has(month.w) || DAYS.has(month.w)));
    if (earlier) return span(toks, k - 1, PAST_TIME_WORDS.has(when.w) ? k + 2 : k + 3);
  }
  return null;
}
const HANDED_OVER = new Set(["sent", "gave", "emailed", "forwarded", "mailed"]);

/** Nouns after "session" that make it the product's record of a session, not a meeting: "our session records". */
const SESSION_DATA = new Set(["records", "record", "data", "logs", "log", "table", "rows", "ids", "id", "counts", "history", "cookie", "cookies", "token", "tokens"]);

/** "in Monday's standup", "from our call", "discussed at the offsite". */
function pastMeeting(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_MEETING) === 0 || !MEETING_NOUNS.has(toks[k].w) || toks[k].t !== WORD) continue;
    // "always in sync with TradeNet", "since the last sync": synchronising, not a meeting called a sync.
    // "since its last successful sync": the device's own last run.
    if (toks[k].w === "sync" && (toks[k - 1]?.w === "in" || toks[k - 4]?.w === "since" || toks[k - 3]?.w === "since" || toks[k - 2]?.w === "since")) continue;
    // "the booking form on our website will call", "the app can sync": after a modal the word is the verb.
    if (toks[k - 1] !== undefined && (MODALS.has(toks[k - 1].w) || toks[k - 1].w === "to")) continue;
    let qualified = false;
    let prep = -1;
    // "our workshop in Takayama", "in our planning sheet": a place or a tool of ours; "as agreed in our workshop"
    // still names the meeting by the verb before it.
    const alsoPlace = PLACE_OR_TOOL_MEETINGS.has(toks[k].w);
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const t = toks[j];
      if (t.t === PUNCT) break;
      // "in our game's public chat" is a place in the product, not a conversation.
      if (t.poss && !(DAYS.has(t.w) || t.w === "week" || t.w === "month" || t.w === "year")) break;
      if (PAST_TIME_WORDS.has(t.w) || (t.w === "our" && !alsoPlace) || (t.cap && MONTHS.has(t.w)) || (t.poss && (DAYS.has(t.w) || t.w === "week" || t.w === "month" || t.w === "year"))) qualified = true;
      if (MEETING_PREPS.has(t.w)) {
        prep = j;
        break;
      }
    }
    if (prep < 0) continue;
    // "is not in any July 2025 session": any one of the sessions the product schedules, not a meeting that was held.
    if (anyOfThem(toks, prep, k)) continue;
    // "a carcass without grade in March makes the call return `422`": a verb between the preposition and the
    // noun ("makes the call") leaves the noun to that verb, an API call here, not a meeting in March.
    if (verbBetween(toks, prep, k)) continue;
    // "The label printer in our Kawasaki warehouse calls the GET endpoint": "calls" with an object is the verb.
    // "generates the file from our session records": a session of the product's own records, named by what it holds.
    if (toks[k].w === "session" && SESSION_DATA.has(toks[k + 1]?.w ?? "")) continue;
    // "The kiosk in our elephant house calls this endpoint": so with a demonstrative or a pronoun.
    if (toks[k].w === "calls" && (toks[k + 1]?.t === CODE || /^(the|a|an|our|its|their|this|that|these|those|it|them|each|every)$/.test(toks[k + 1]?.w ?? ""))) continue;
    // "an endpoint that the form on our website calls": the relative clause's subject is "the form on our website",
    // and "calls" is its verb.
    if (toks[k].w.endsWith("s") && relativeSubjectBefore(toks, prep)) continue;
    // "TBD, the board decides at the October meeting": a meeting still to come holds nothing yet (placeholder or
    // open-question report what is missing).
    if (prep > 0 && FUTURE_DECIDING.has(toks[prep - 1].w)) continue;
    // "saved in our workshop system": the noun names what the system is for, not a meeting.
    if (toks[k + 1]?.t === WORD && SYSTEM_NOUNS.has(toks[k + 1].w)) continue;
    // "come in through our call centre", "in the meeting room": a place named after the word, not a conversation.
    if (toks[k + 1]?.t === WORD && MEETING_PLACES.has(toks[k + 1].w)) continue;
    // "our assembly partner in Taiwan", "the assembly line": putting things together; the members' meeting is
    // "the general assembly" on its own.
    if (toks[k].w.startsWith("assembl") && toks[k + 1]?.t === WORD && !/^(in|on|of|last|this|held|where|when|and|or|with|at|to)$/.test(toks[k + 1].w)) continue;
    // "on the call with Ravi": a conversation with a named person.
    // ("ships kits from our Tokyo workshop with Japan Post": a place, and the carrier.)
    if (toks[k + 1]?.w === "with" && toks[k + 2]?.t === WORD && toks[k + 2].cap && !alsoPlace) qualified = true;
    // "the point system from the meeting in Senaru last month", "the call with your team on Tuesday": when it was,
    // after the noun.
    // Only a meeting the reader is pointed at: "asks in a group chat on Monday" is how things go today, and "raised
    // this in their renewal meetings" someone else's.
    const definite = toks[prep + 1]?.w === "the" || toks[prep + 1]?.w === "our" || toks[prep + 1]?.poss === true;
    if (!qualified && definite && HELD_MEETINGS.has(toks[k].w) && heldWhen(toks, k + 1)) qualified = true;
    if (!qualified) {
      // "discussed in the kickoff call": a conversation verb right before; "we explained it in the meeting", "we
      // explained you in the meeting": with its object between.
      const v = toks[prep - 1];
      const object = v !== undefined && definite && OBJECT_PRONOUNS.has(v.w) ? toks[prep - 2] : undefined;
      if (!(v !== undefined && CONVERSATION_VERBS.has(v.w)) && !(object !== undefined && CONVERSATION_VERBS.has(object.w))) continue;
    }
    return span(toks, prep, k);
  }
  return null;
}

const MEETING_PLACES = new Set(["centre", "center", "centres", "centers", "room", "rooms", "widget", "window", "bubble", "queue", "line"]);
const OBJECT_PRONOUNS = new Set(["it", "this", "that", "them", "you", "us"]);
/** Meetings held on a day ("a sync", "a session", "the assembly" may be a data sync, a user's session, a yearly event). */
const HELD_MEETINGS = new Set(["meeting", "meetings", "call", "calls", "conversation", "chat", "discussion", "kickoff", "kick-off", "standup", "stand-up"]);

/**
 * "last month", "on Tuesday", "in March", "in Senaru last month", "with your team on Tuesday": words right after a
 * meeting noun that say when it was held, up to four words on.
 */
function heldWhen(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 4; j++) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (t.w === "last" && (PAST_UNITS.has(toks[j + 1]?.w ?? "") || (toks[j + 1]?.cap === true && DAYS.has(toks[j + 1].w)))) return true;
    if (t.w === "yesterday") return true;
    if ((t.w === "on" || t.w === "in") && toks[j + 1]?.cap === true && (DAYS.has(toks[j + 1].w) || MONTHS.has(toks[j + 1].w))) return true;
  }
  return false;
}
const PAST_UNITS = new Set(["week", "month", "year", "time", "spring", "summer", "autumn", "winter", "season"]);

const SEASONS = new Set(["spring", "summer", "autumn", "fall", "winter"]);

/**
 * "calculated like in 2024", "handle it like in 2023.", "the certificate again, like in autumn": what was done in
 * a past year or season, never written down. The clause must end there: "cancelled, like in 2020 and 2021?" gives
 * an example of the case.
 */
function likeInPastTime(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    // "The sorting rules are the same as in 2023.": "as in" after "same" says the same.
    if ((toks[k].w !== "like" && !(toks[k].w === "as" && toks[k - 1]?.w === "same")) || toks[k + 1].w !== "in") continue;
    const when = toks[k + 2];
    const past = (when.t === NUM && /^(19|20)\d\d$/.test(when.w)) || (when.t === WORD && (SEASONS.has(when.w) || (when.cap && MONTHS.has(when.w))));
    if (!past) continue;
    const after = toks[k + 3];
    if (after === undefined || (after.t === PUNCT && after.w !== "?" && endsClause(toks, k + 3)) || after.w === ",") return span(toks, k, k + 2);
  }
  return null;
}

/**
 * "as we talk in the WhatsApp group last week", "the text we agree in the WhatsApp group last week": a conversation
 * told in the present tense of a second language, dated in the past in the same sentence.
 */
function talkedBefore(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((toks[k].w !== "we" && toks[k].w !== "i") || !TALKED_IN_PRESENT.has(toks[k + 1].w)) continue;
    // Twelve tokens reach the date ("in the WhatsApp group with Dewi last week") and keep a line of thousands linear.
    for (let j = k + 2; j < toks.length && j <= k + 12; j++) {
      if (toks[j].t === PUNCT && (endsSentence(toks, j) || toks[j].w === ";")) break;
      if (PAST_MARKERS.has(toks[j].w)) return span(toks, k, k + 1);
    }
  }
  return null;
}
const TALKED_IN_PRESENT = new Set(["talk", "discuss", "agree", "decide", "say", "mention", "explain"]);
const PAST_MARKERS = new Set(["last", "yesterday", "ago"]);

/**
 * "the state names Yuki and I agreed on last month", "what Dewi and I discussed", "the ones the rangers and I agreed":
 * "we" spelled out as a named person (or a role) and the writer, with a verb of talking or deciding.
 */
function twoOfUsAgreed(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k].w !== "and" || toks[k + 1].w !== "i") continue;
    const name = toks[k - 1];
    // "the rangers and I agreed", "my sister and I discussed": people named by their role.
    const role = name.t === WORD && !name.cap && (toks[k - 2]?.w === "the" || toks[k - 2]?.w === "my" || toks[k - 2]?.w === "our");
    if (name.t !== WORD || ((!name.cap || name.upper) && !role)) continue;
    // "Yuki and I already agreed", "Dewi and I had discussed": one helper word may stand before the verb.
    const v = toks[k + 2].w === "already" || toks[k + 2].w === "have" || toks[k + 2].w === "had" ? k + 3 : k + 2;
    if (v < toks.length && CONVERSATION_VERBS.has(toks[v].w)) return span(toks, k - 1, v);
  }
  return null;
}

/** "Our accountant explained the rules on the phone, so follow what she said": what was said, never written here. */
function whatTheySaid(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w === "what" && PRONOUN_SPEAKERS.has(toks[k + 1].w) && SAID_VERBS.has(toks[k + 2].w)) return span(toks, k, k + 2);
  }
  return null;
}

/** What a person does by habit, which a brief may follow: "follows what Brian used in the old newsletter". */
const PRACTICE_VERBS = new Set(["used", "uses", "says", "said", "gives", "gave", "sends", "sent", "writes", "wrote", "makes", "made", "does", "did", "puts", "put", "found", "built", "chose", "picked", "decided"]);
/** Words before "what" that make it a doubt or a question about it: "I'm not sure what Fødevarestyrelsen says". */
const DOUBTING_WHAT = new Set(["sure", "know", "unclear", "ask", "check", "clear"]);

/**
 * "The level wording follows what Brian used in the old newsletter listing", "same as what Shazza says on the phone":
 * a named person's practice, which the contractor never saw.
 */
function whatNamedPersonDoes(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w !== "what" || (toks[k].info & W_ENGLISH) === 0 || DOUBTING_WHAT.has(toks[k - 1]?.w ?? "")) continue;
    if (isUnknownName(toks[k + 1], defined) && PRACTICE_VERBS.has(toks[k + 2].w)) return span(toks, k, k + 2);
  }
  return null;
}

/** "it always has", "it did last year", "it always worked": how a thing worked before, the precedent. */
const ALWAYS_DID = new Set(["has", "have", "did", "does", "worked", "was", "were"]);

/**
 * "Charging between services works as it always has", "Numbering works as it did last year": the thing is to keep
 * working the way it has, and that way is never written down. "as it does today" says only that nothing changes.
 */
function asItAlwaysWas(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 3 < toks.length; k++) {
    if (toks[k].w !== "as" || toks[k + 1].w !== "it") continue;
    const always = toks[k + 2].w === "always" || toks[k + 2].w === "usually";
    const verb = toks[k + (always ? 3 : 2)];
    if (verb === undefined || !ALWAYS_DID.has(verb.w)) continue;
    const after = toks[k + (always ? 4 : 3)];
    const ends = after === undefined || after.t === PUNCT;
    if (always && ends) return span(toks, k, k + 3);
    // "as it did last year", "as it did before".
    if (!always && verb.w === "did" && (after?.w === "before" || (after?.w === "last" && toks[k + 4]?.t === WORD))) return span(toks, k, after.w === "last" ? k + 4 : k + 3);
    // "in the same place as it did on the spring audition day": an earlier occasion, named.
    if (!always && verb.w === "did" && OCCASION_PREPOSITIONS.has(after?.w ?? "") && toks[k + 4]?.w === "the" && toks[k + 5]?.t === WORD) return span(toks, k, k + 2);
  }
  return null;
}
const OCCASION_PREPOSITIONS = new Set(["on", "at", "in", "during", "for"]);

/** "signed with the studio's usual stamp", "in Bente's usual format": someone's habit, never written down. */
function someonesUsual(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    // A person, a team or a workplace has habits; "the route's usual carrier" is a value the record holds.
    const who = toks[k];
    if (who.poss && (who.cap || HABIT_KEEPERS.has(who.w)) && toks[k + 1].w === "usual" && toks[k + 2].t === WORD) return span(toks, k, k + 2);
  }
  return null;
}
const HABIT_KEEPERS = new Set("studio office team shop store clinic company department lab agency firm school kitchen workshop warehouse".split(" "));

/** Nouns of a document a person holds: "Sato-san in the Shiomi office has the file". */
const HELD_DOCUMENTS = new Set(["file", "files", "list", "template", "templates", "sheet", "spreadsheet", "numbers", "wording", "text", "details", "layout", "form"]);

/** "Sato-san in the Shiomi office has the file", "Fiona in the contact centre has it": where the content is, a person. */
function personHoldsIt(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!isUnknownName(toks[k], defined)) continue;
    for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
      const t = toks[j];
      if (t.t === PUNCT) break;
      if (t.w !== "has") continue;
      const obj = toks[j + 1];
      const end = toks[j + 2];
      if (obj?.w === "it" && (end === undefined || end.t === PUNCT)) return span(toks, k, j + 1);
      if ((obj?.w === "the" || obj?.w === "our") && HELD_DOCUMENTS.has(toks[j + 2]?.w ?? "") && (toks[j + 3] === undefined || toks[j + 3].t === PUNCT)) return span(toks, k, j + 2);
      break;
    }
  }
  return null;
}

/** "as described in the separate gate-scan brief we sent last week": another brief, which the contractor does not have. */
function otherBrief(toks: readonly Tok[]): Hit | null {
  for (let k = 2; k < toks.length; k++) {
    if (toks[k].w !== "brief" || toks[k].t !== WORD) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (toks[j].t !== WORD) break;
      if (OTHER_DOCUMENT.has(toks[j].w) && toks[j - 1]?.w === "the" && toks[j - 2]?.w === "in") return span(toks, j - 1, k);
    }
    // "see the MobilePay brief", "lifecycle as in the intake brief", "described in our donations brief": another brief
    // named by its subject, which the contractor does not have (what it says after a colon is written here).
    const named = toks[k - 1];
    const det = toks[k - 2];
    const lead = toks[k - 3];
    // "the closure logic from the slot brief", "slot API from our other brief": what it holds comes from there.
    if (named.t === WORD && (det.w === "the" || det.w === "our") && lead !== undefined && (lead.w === "see" || lead.w === "in" || lead.w === "from")) return span(toks, k - 2, k);
  }
  return null;
}

/**
 * "The usual rejection reasons are alcohol ads …, consumer-finance ads and …", "our usual limit is wind over 20 m/s":
 * what is usual is stated right after, with "is" or "are" a few words on ("the usual format is used" still refers).
 */
function usualStatedAfter(toks: readonly Tok[], to: number): boolean {
  const usual = toks[to - 1]?.w === "usual" ? to - 1 : toks[to - 2]?.w === "usual" ? to - 2 : -1;
  if (usual < 0) return false;
  for (let j = usual + 1; j <= usual + 3 && j < toks.length; j++) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (t.w === "is" || t.w === "are") {
      const next = toks[j + 1];
      return next !== undefined && next.t === WORD && !isPastVerb(next);
    }
  }
  return false;
}

/**
 * "that data is still in the old system and is not migrated", "The export from the old system will be made by
 * Kraken", "| `legacy_id` | id in the old system |": the system being replaced, named as where data comes from.
 * Only a comparison or a rule taken from it ("like in the old system", "Rounding must follow the old system",
 * "how the old system stitched …") leaves its behaviour in someone's head (writers labelled none of 14 bare mentions).
 */
function oldOneOnlyNamed(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from !== 3 || toks[from].w !== "the" || toks[from + 1].w !== "old") return false;
  // "same as the file HR got from the old system": the comparison may open the clause a few words before.
  for (let j = from - 1; j >= 0 && j >= from - 8; j--) {
    if (toks[j].t === PUNCT) break;
    if (CONFORMING.has(toks[j].w) || OLD_ONE_TAKEN.has(toks[j].w)) return false;
  }
  // "the old system stitched the two registers together", "you know the one": what it did, or a wink at it.
  const next = toks[to];
  if (next !== undefined && next.t === WORD && (isPastVerb(next) || next.w === "does" || next.w === "did" || next.w === "handles" || next.w === "calculates")) return false;
  for (let j = to; j < toks.length && j <= to + 6; j++) if (toks[j].w === "know") return false;
  return true;
}
const OLD_ONE_TAKEN = new Set(["how", "what"]);

/** Finds a shared-context cue on one line. */
export function sharedContext(toks: readonly Tok[], flags: number, chars: number, defined: ReadonlySet<string>, inCriteria = false, raw = ""): Hit | null {
  if (toks.length === 0) return null;
  let hit: Hit | null = null;
  if (flags & T_SHARED) {
    const m = PHRASES.findAll(toks, S_SHARED)[0];
    // "inside the usual 8-hour late-cancel window": what is usual is given right there.
    // "our usual JWT pair (`access_token` 15 min, `refresh_token` 30 days)": so is what its parenthesis gives.
    // "follow the usual format `CT-YYYY-NNNNNN`": so is the literal right after it.
    const usualGiven = m !== undefined && ((toks[m.to - 1].w === "usual" && (figureWithin(toks, m.to, 3) || figureInParenthesisAfter(toks, m.to) || toks[m.to + 1]?.t === CODE)) || (toks[m.to - 2]?.w === "usual" && m.to - 2 >= m.from && toks[m.to]?.t === CODE));
    if (m && !usualGiven && !usualStatedAfter(toks, m.to) && !oldOneOnlyNamed(toks, m.from, m.to) && !promiseNarrated(toks, m.from, m.to)) hit = span(toks, m.from, m.to - 1);
  }
  if (!hit && (flags & T_SAME)) hit = samePrecedent(toks, defined, inCriteria) ?? lastTime(toks) ?? lastProject(toks) ?? theOneThat(toks) ?? likeTheOld(toks);
  if (!hit && (flags & T_WE)) hit = pastWork(toks) ?? currentPractice(toks);
  if (!hit && raw.indexOf("what we ") >= 0) hit = whatWeDo(toks);
  if (!hit && raw.indexOf("what ") >= 0) hit = whatTheySaid(toks) ?? whatNamedPersonDoes(toks, defined);
  if (!hit && (chars & F_NAME) && (raw.indexOf(" has it") >= 0 || raw.indexOf(" has the ") >= 0)) hit = personHoldsIt(toks, defined);
  if (!hit && raw.indexOf(" brief") >= 0) hit = otherBrief(toks);
  if (!hit && raw.indexOf("as it ") >= 0) hit = asItAlwaysWas(toks);
  if (!hit && (raw.indexOf("'s usual") >= 0 || raw.indexOf("’s usual") >= 0)) hit = someonesUsual(toks);
  if (!hit && (raw.indexOf(" 20") >= 0 || raw.indexOf(" 19") >= 0)) hit = datedOccasion(toks);
  if (!hit && (raw.indexOf(" last ") >= 0 || raw.indexOf("yesterday") >= 0 || raw.indexOf(" ago") >= 0)) hit = talkedBefore(toks);
  if (!hit && (flags & T_DECIDE) !== 0) hit = teamDecision(toks);
  if (!hit && (flags & T_DOES) !== 0) hit = whatItDoes(toks, defined);
  if (!hit && (flags & T_WAY)) hit = wayPrecedent(toks) ?? likeTheOld(toks);
  // A known name after a title ("as Pak Darwin explained") sets no name flag; its verb of saying sets T_DECIDE.
  if (!hit && (chars & F_NAME)) hit = personSource(toks, defined, raw) ?? twoOfUsAgreed(toks);
  else if (!hit && (flags & T_DECIDE)) hit = personSource(toks, defined, raw) ?? twoOfUsAgreed(toks);
  if (!hit && saysKnow(raw)) hit = roleKnows(toks);
  if (!hit && (chars & (F_NAME | F_ACR))) hit = keptBySomeone(toks, defined);
  if (!hit && (flags & T_SHARED) === 0) hit = roleSource(toks) ?? perTheirDocument(toks);
  if (!hit && (flags & T_ASK)) hit = personAsk(toks, defined);
  if (!hit && (flags & T_MEETING)) hit = pastMeeting(toks) ?? asWeTalked(toks);
  else if (!hit && (flags & T_DECIDE)) hit = asWeTalked(toks);
  if (!hit && raw.indexOf(" you ") >= 0) hit = sentYouEarlier(toks);
  if (!hit && (raw.indexOf(" have ") >= 0 || raw.indexOf(" had ") >= 0 || raw.indexOf("'ve ") >= 0 || raw.indexOf("’ve ") >= 0)) hit = asWeTalked(toks);
  if (!hit) hit = toldAtPastEvent(toks);
  if (!hit) hit = ruleFromTheOld(toks, raw);
  if (!hit && (raw.indexOf("like in ") >= 0 || raw.indexOf("same as in ") >= 0)) hit = likeInPastTime(toks);
  if (!hit && (flags & T_DECIDE) !== 0) hit = agreedEarlier(toks, raw);
  if (!hit) return null;
  // "as discussed under [Edge cases](#edge-cases)": a link into the brief itself.
  if (refersToBrief(toks, hit) || raw.indexOf("](#") >= 0) return null;
  if (explainedAfterColon(toks, hit) || comparisonExplainedAfterDash(raw, hit)) return null;
  return hit;
}

/** The reference at column s explains a literal just before it: "`Ekstra udstillerkort`, which is the wording accounting uses". */
function literalBefore(toks: readonly Tok[], s: number): boolean {
  let j = 0;
  while (j < toks.length && toks[j].s < s) j++;
  return j >= 4 && toks[j - 1].w === "is" && toks[j - 2].w === "which" && toks[j - 3].w === "," && toks[j - 4].t === CODE;
}

/**
 * "`401`, same as now", "`409 deck_full`, the same error code as before": a comma, then "(the) same … as now" (or
 * "before", "today", "currently") ending the clause, after a clause that holds a code span or a number.
 */
function valueBeforeSame(toks: readonly Tok[], s: number): boolean {
  let j = 0;
  while (j < toks.length && toks[j].s < s) j++;
  if (toks[j]?.w === "the") j++;
  if (toks[j]?.w !== "same") return false;
  const comma = toks[j - 1]?.w === "the" ? j - 2 : j - 1;
  if (toks[comma]?.w !== ",") return false;
  // Only "as now", "as before": the value is what stays; "same as the old flow" still points at something unwritten.
  let a = j + 1;
  while (a < toks.length && a <= j + 5 && toks[a].w !== "as") a++;
  const then = toks[a + 1]?.w;
  if (then !== "now" && then !== "before" && then !== "today" && then !== "currently") return false;
  if (toks[a + 2] !== undefined && toks[a + 2].t !== PUNCT) return false;
  for (let k = comma - 1; k >= 0 && !endsClause(toks, k); k--) if (toks[k].t === CODE || toks[k].t === NUM) return true;
  return false;
}

/**
 * The line hands over to the lines below it: its last clause, after column `from`, says "here" or "below" and
 * ends in a colon ("…; I copy them here as she wrote them:", "…, listed below:"). Native searches, no pattern.
 */
function copiedBelow(raw: string, from: number): boolean {
  const text = raw.trimEnd();
  if (!text.endsWith(":")) return false;
  const clauseStart = Math.max(from, text.lastIndexOf(".", text.length - 2), text.lastIndexOf(";", text.length - 2), text.lastIndexOf(":", text.length - 2));
  const clause = text.slice(clauseStart, -1).toLowerCase();
  // "… the usual collector symbols. In this brief they mean:": what the words mean follows.
  return namesWord(clause, "here") || namesWord(clause, "below") || namesWord(clause, "mean") || namesWord(clause, "means");
}

/** A parenthesis opening within three tokens after k holds a number. */
function figureInParenthesisAfter(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    if (toks[j].t !== PUNCT) continue;
    if (toks[j].w !== "(") return false;
    for (let q = j + 1; q < toks.length && toks[q].w !== ")"; q++) if (toks[q].t === NUM) return true;
    return false;
  }
  return false;
}

/**
 * "- Waitlist draw: same rules as the main draw, …" under a brief with a "### Draw" section: the thing compared
 * with is described in the brief's own section of that name.
 */
function comparedWithOwnSection(ctx: LineCtx, text: string, end: number): boolean {
  const m = SAME_AS_THE.exec(text);
  if (m === null) return false;
  // "same as the report card design from Pak Budi": the noun phrase goes on past the section's name.
  const after = ctx.toks.find((t) => t.s >= end);
  if (after !== undefined && after.t === WORD && !PHRASE_ENDS.has(after.w)) return false;
  return sectionHeadNouns(ctx.doc).has(m[1].toLowerCase());
}

/**
 * The last word of each section heading ("### Draw", "## The main draw"), lower case, read once per brief: a brief
 * of many comparisons and many headings must not compare each with each.
 */
const SECTION_HEAD_NOUNS = new WeakMap<LineCtx["doc"], Set<string>>();
function sectionHeadNouns(doc: LineCtx["doc"]): Set<string> {
  let nouns = SECTION_HEAD_NOUNS.get(doc);
  if (nouns === undefined) {
    nouns = new Set();
    for (const line of doc.lines) {
      if (line.kind !== "heading" || line.level < 2) continue;
      const heading = line.heading.trim().toLowerCase();
      nouns.add(heading.slice(heading.lastIndexOf(" ") + 1));
    }
    SECTION_HEAD_NOUNS.set(doc, nouns);
  }
  return nouns;
}
const PHRASE_ENDS = new Set(["and", "or", "but", "over", "with", "for", "in", "on", "at", "of", "to", "so", "except", "including"]);
const SAME_AS_THE = /\b(?:same|like)\b.*\bthe (?:[a-z-]+ )?([a-z-]+)$/i;

/** The ")" closing the "(" at k within a few tokens, or -1. */
function closingParen(toks: readonly Tok[], k: number): number {
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    if (toks[j].w === ")") return j;
    if (toks[j].w === "(") return -1;
  }
  return -1;
}

/** A number among the n tokens from k. */
function figureWithin(toks: readonly Tok[], k: number, n: number): boolean {
  for (let j = k; j < toks.length && j < k + n; j++) if (toks[j].t === NUM) return true;
  return false;
}

/**
 * "The old flow: a staff member checks …", "Rules agreed with the client:" (and the list below):
 * the reference is followed, in its own clause, by a colon and its content.
 */
/** A bracket opening right after the hit that holds a code span: the fields or values it stands for. */
function codeInBracketAfter(toks: readonly Tok[], hit: Hit): boolean {
  const k = indexFrom(toks, hit.e);
  if (toks[k]?.w !== "(") return false;
  for (let j = k + 1; j < toks.length && j <= k + 6 && toks[j].w !== ")"; j++) if (toks[j].t === CODE) return true;
  return false;
}

function explainedAfterColon(toks: readonly Tok[], hit: Hit): boolean {
  for (let k = 0; k < toks.length; k++) {
    // "(decided at the general assembly in March 2025): each member gets …": a date stays in the clause too.
    if (toks[k].s < hit.e || toks[k].t === WORD || toks[k].t === NUM) continue;
    // "agreed at the annual general meeting (AGM) in August:": an aside in parentheses stays in the clause.
    if (toks[k].w === "(") {
      const close = closingParen(toks, k);
      if (close > k) {
        k = close;
        continue;
      }
    }
    // "the same API key scheme as our existing product API, which is: header `X-Api-Key`, …": a relative clause may
    // lead to the colon.
    if (toks[k].w === "," && (toks[k + 1]?.w === "which" || toks[k + 1]?.w === "namely") && toks[k + 1].t === WORD) continue;
    // "Weight classes we use (same limits as the Unified Rules of MMA):": the aside closes before the colon.
    if (toks[k].w === ")" && toks[k + 1]?.w === ":") continue;
    if (toks[k].t !== PUNCT || toks[k].w !== ":") return false;
    // "Rules agreed with the client:" closing the line introduces them on the lines below.
    if (k === toks.length - 1) return true;
    let words = 0;
    for (let j = k + 1; j < toks.length; j++) if (toks[j].t === WORD) words++;
    return words >= 4;
  }
  return false;
}

/**
 * "Stack: same as the judging backend — a separate service on Railway, PostgreSQL 16, …": a dash right after a
 * comparison, then at least four words, gives what it compares with ("ask Marta — she wrote the last version" still
 * sends the reader to her).
 */
function comparisonExplainedAfterDash(raw: string, hit: Hit): boolean {
  return DASH_EXPLAINS.test(raw.slice(hit.e, hit.e + 80)) && /\b(?:same|like)\b/i.test(raw.slice(hit.s, hit.e));
}
const DASH_EXPLAINS = /^\s*[—–]\s+\S+\s+\S+\s+\S+\s+\S+/;

/** "@maria knows the edge cases", "ask @kofi": a teammate as the source, by handle. */
const MENTION_SOURCE = /(?:\b(?:ask|ping|check with|confirm with|talk to)\s+@[\w.-]+)|(?:@[\w.-]+\s+(?:knows|has the|explained|remembers|wrote|decided|set up|built|did))/i;

function mentionSource(raw: string): Hit | null {
  if (raw.indexOf("@") < 0) return null;
  const m = MENTION_SOURCE.exec(raw);
  return m ? { s: m.index, e: m.index + m[0].length } : null;
}

const COMPARISON = /\b(?:same|last|equals?|match(?:es)?)\b/i;

/** A host name written in prose: "datacvr.virk.dk", "www.gov.uk". */
const SITE = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;
/** "the same columns as settings.json", "like report_v2.xlsx": a file, which may be anyone's. */
const FILE_EXTENSION = /\.(?:json|ya?ml|csv|tsv|md|txt|js|ts|py|rb|go|java|xml|pdf|xlsx?|docx?|pptx?|sql|html?|sh|env|ini|toml|log|zip)$/i;

const AGREED_IN_CONTRACT = /\bagreed (?:in|under) (?:the|our|their|its|a|an) (?:[\w-]+ ){0,3}(?:contract|agreement|treaty|charter)s?\b/i;
const WRITTEN_PLACE = /\b(drive|slack|notion|confluence|spreadsheet|sheet|doc|wiki|sharepoint)\b|#[a-z]/i;


/**
 * A hit that ends on "head" or "heads" ("keeps it in her head"), or a role that knows ("the dispatcher knows"): what
 * someone holds today (a named person who knows is sent to).
 */
const HEAD = /\bheads?$|^the\b.*\bknows$/i;

/**
 * The hit ends on a verb of deciding and the sentence says what was decided: "to" and a verb or "that" after it,
 * a colon and the decision, or the decided figure as the subject ("The 2% was decided at …").
 */
function decisionStated(toks: readonly Tok[], end: number): boolean {
  let k = 0;
  while (k < toks.length && toks[k].e < end) k++;
  const verb = toks[k];
  if (verb === undefined || verb.e !== end || !DECIDING.has(verb.w)) return false;
  const next = toks[k + 1];
  const object = toks[k + 2];
  // "has been decided: `409 application_closed`": the decision follows the colon.
  if (next !== undefined && next.w === ":") return true;
  // "Legal decided on 10 February 2025: personal data is anonymised …": dated, and then stated after the colon.
  if (next !== undefined && (next.w === "on" || next.w === "in")) {
    for (let j = k + 2; j < toks.length && j <= k + 6; j++) {
      if (toks[j].w === ":") return j + 1 < toks.length;
      if (toks[j].t === PUNCT) break;
    }
  }
  // "The 2% was decided at RAT 2024": the figure decided is the sentence's subject.
  if ((toks[k - 1]?.w === "was" || toks[k - 1]?.w === "were") && (toks[k - 2]?.t === NUM || toks[k - 2]?.t === CODE)) return true;
  // "agreed to charge a fee" states it; "agreed to this in principle" points at something else.
  return next !== undefined && (next.w === "that" || (next.w === "to" && object?.t === WORD && !POINTERS.has(object.w)));
}
const POINTERS = new Set(["this", "that", "it", "these", "those", "the", "a", "an", "our", "their", "my", "your", "his", "her", "its"]);
const DECIDING = new Set(["decided", "agreed", "chose", "opted"]);

/** The line ends with a colon and the next non-blank line is a block quote ("> …"). */
function quotedBelow(ctx: LineCtx): boolean {
  const raw = ctx.line.raw.trimEnd();
  if (!raw.endsWith(":")) return false;
  const lines = ctx.doc.lines;
  for (let j = ctx.i + 1; j < lines.length; j++) {
    if (lines[j].kind === "blank") continue;
    return lines[j].raw.trimStart().startsWith(">");
  }
  return false;
}

const TELLING_NOW = /\b(?:so|so that|let|lets)\s+$/i;

/** The index of the first token starting at or after column `s` (toks.length when none does). */
function indexFrom(toks: readonly Tok[], s: number): number {
  let k = 0;
  while (k < toks.length && toks[k].s < s) k++;
  return k;
}

/** The sentence goes on from column `from` to a question mark. */
function questionAfter(raw: string, from: number): boolean {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 63) return true;
    if (c === 46 || c === 33) return false;
  }
  return false;
}

/** "like the other gamification counters": the thing is handled as the others of its kind are. */
const OTHERS_OF_ITS_KIND = /^(?:like|same like|the same as) the other$/i;
const THROUGH = new Set(["in", "into", "through", "via", "from", "using"]);

/**
 * "Streak data is stored in Kompass, like the other gamification counters", "goes through Ikada, like the other
 * cancellations": the clause names the system that does it, so the others of its kind only confirm it (writers
 * labelled none of 5; the system's name is undefined-term's). "stored like the other Cloudflare secrets" names
 * no place, and the others' way is the gap.
 */
function throughNamedSystem(toks: readonly Tok[], before: number): boolean {
  let end = 0;
  while (end < toks.length && toks[end].e <= before) end++;
  for (let k = end - 2; k >= 0 && k >= end - 6; k--) {
    if (toks[k].t === PUNCT && endsSentence(toks, k)) return false;
    const next = toks[k + 1];
    if (THROUGH.has(toks[k].w) && next.t === WORD && next.cap && !atSentenceStart(toks, k + 1)) return true;
  }
  return false;
}

/** "as discussed with Mette", "what Lars explained": the cue is a conversation, which no public page records. */
function wasSaid(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/);
  return words.some((w) => CONVERSATION_VERBS.has(w) || MEETING_NOUNS.has(w));
}

/** Reports a shared-context cue on a prose line. */
export function sharedContextLine(ctx: LineCtx, defined: ReadonlySet<string>, emit: Emit): void {
  const mention = mentionSource(ctx.line.raw);
  // "The mapping was agreed with the partners; the spreadsheet is in the shared Drive folder": the
  // decision is written down in a named place (private-link reports the place).
  // "the crew knows it": a role keeping the answer needs no other cue; a native search finds the verb.
  if (!mention && (ctx.flags & (T_SHARED | T_SAME | T_WAY | T_ASK | T_MEETING | T_WE | T_DECIDE | T_DOES)) === 0 && (ctx.chars & F_NAME) === 0 && !saysKnow(ctx.line.raw)) return;
  const found = mention ?? sharedContext(ctx.toks, ctx.flags, ctx.chars, defined, ctx.section === "acceptance-criteria", ctx.line.raw);
  const compared = mention === null && (ctx.flags & (T_SAME | T_WAY)) !== 0 ? unseenComparison(ctx) : null;
  // "the same as in the grower portal: clean weight × price at the measured sugar %": what it is, after the colon.
  const comparison = compared !== null && explainedAfterColon(ctx.toks, compared) ? null : compared;
  // "same list like in Pak Budi's spreadsheet": the person's file is found first, but the comparison that holds it
  // is the gap (overlaps.ts keeps the wider finding over the file as a link).
  const hit = found === null ? comparison : comparison !== null && comparison.s <= found.s && comparison.e >= found.e ? comparison : found;
  if (!hit) return;
  // "resolution same as the screen (`screens.width_px`, `screens.height_px`)": the fields right after it say what is meant.
  if (codeInBracketAfter(ctx.toks, hit)) return;
  // "created as usual, and also forwarded by email", "invoice as usual; refunds are out of scope": the product's own
  // path, which the brief describes, and what this case changes in it (writers labelled 1 of 8 such).
  // In the context, "We schedule the lifts as usual, but now we want …" is today's practice, still unwritten.
  if (ctx.section !== "context" && hit.e - hit.s === 8 && /^as usual$/i.test(ctx.line.raw.slice(hit.s, hit.e)) && USUAL_AND_A_CHANGE.test(ctx.line.raw.slice(hit.e))) return;
  // "Their words, from the meeting notes:" followed by a block quote: what was said is written down right below.
  if (quotedBelow(ctx)) return;
  // 'a customer reorders "in the same blue as last time"', 'clubs ask for "the same as last year"': what customers
  // say, quoted as the problem; the brief then says what it means.
  if (insideQuotes(ctx.toks, hit)) return;
  // "We discussed it in the team but there is no decision yet": the talk settled nothing; the open question is the gap.
  if (NO_DECISION_YET.test(ctx.line.raw.slice(hit.e))) return;
  // "Suspension length: TBD by the Board at its September meeting", "Deposit amount: TBC, the board decide it on the
  // December meeting": a meeting still to come, after the placeholder that is the line's gap.
  if (PENDING_PLACEHOLDER.test(ctx.line.raw.slice(0, hit.s)) && /meeting/i.test(ctx.line.raw.slice(hit.s, hit.e))) return;
  // "Bente wrote these two rules in our planning doc; I copy them here as she wrote them:": given below.
  if (copiedBelow(ctx.line.raw, hit.e)) return;
  // "with the text `Ekstra udstillerkort`, which is the wording accounting uses": the literal comes first.
  if (literalBefore(ctx.toks, hit.s)) return;
  // "Signature invalid: `401`, same as now", "return `409 deck_full`, the same error code as now": the value is
  // written just before; "same as now" only says it does not change.
  if (valueBeforeSame(ctx.toks, hit.s)) return;
  // "Management decided to charge a fee", "Finance agreed that we allow it": the decision is written right there.
  if (decisionStated(ctx.toks, hit.e)) return;
  // "Today my sister Yumi keeps this list in her head and on sticky notes. Twice this year …": in a context
  // paragraph over 150 characters, knowledge in someone's head is the problem the brief sets out to fix
  // (writers labelled 1 of 5 such lines, a short one that sends the reader to ask).
  if (ctx.section === "context" && ctx.line.raw.length > 150 && HEAD.test(ctx.line.raw.slice(hit.s, hit.e))) return;
  // "_Brief prepared by Mads after two calls with Sindro ApS._": where the brief came from, not a gap in it.
  if (isByline(ctx)) return;
  // "in the same format as our payment webhooks (public docs: https://docs.…)": documented where anyone can
  // read it. "the mapping we started: https://www.notion.so/…": the reference points at a private link, the
  // line's one problem (private-link reports it). Either way a link settles the line, except a public page
  // after a conversation: "As discussed with Mette on Tuesday, the deposit goes through MobilePay (docs: https://…)"
  // documents the provider, not what was agreed.
  const text = ctx.line.raw.slice(hit.s, hit.e);
  if (OTHERS_OF_ITS_KIND.test(text) && throughNamedSystem(ctx.toks, hit.s)) return;
  // "like the other `/v1/loans` calls": the others are the brief's own interface. "…, or treat them as `unverified`
  // like the other countries?": a question weighing the case against the rest, which the brief describes.
  if (OTHERS_OF_ITS_KIND.test(text) && (ctx.toks[indexFrom(ctx.toks, hit.e)]?.t === CODE || questionAfter(ctx.line.raw, hit.e))) return;
  if (comparedWithOwnSection(ctx, text, hit.e)) return;
  // "it is here only so you know what the sailmaker sees", "to let you know": telling the reader now, not what they knew.
  if (/^you know$/i.test(text) && TELLING_NOW.test(ctx.line.raw.slice(Math.max(0, hit.s - 10), hit.s))) return;
  if (ctx.line.urls.some((u) => (u.start >= hit.e && !wasSaid(text)) || isPrivateHost(hostOf(u.text)))) return;
  // "- the lessons show at the same local times as in the platform", "- gives exactly the same amounts as the
  // current billing engine": in an acceptance criterion a comparison with what exists is how the result is
  // checked (writers labelled none of 9 such), while "in the usual format" or "ask Bayu" still leave a gap.
  if (ctx.section === "acceptance-criteria" && COMPARISON.test(text)) return;
  // "exactly as datacvr.virk.dk shows them": a public site anyone can open is the precedent.
  const site = SITE.exec(text);
  if (site !== null && !FILE_EXTENSION.test(site[0]) && !isPrivateHost(site[0])) return;
  // "explained in the #platform-decisions Slack thread": a place, reported by private-link.
  // "Records from the spreadsheet: import them as we agreed with Thiago": a document named before the agreement is
  // the data, not where the agreement is written.
  if ((/agreed/i.test(text) && WRITTEN_PLACE.test(ctx.line.raw.slice(hit.s))) || /slack|notion|confluence|thread|channel|#/i.test(text)) return;
  // "deducts it from the salary (check-off, as agreed in the collective labour agreement)", "as agreed in the
  // operator contract": the terms of a signed contract, not a conversation (writers labelled 1 of 8 such lines).
  if (/agreed/i.test(text) && AGREED_IN_CONTRACT.test(ctx.line.raw.slice(hit.s, hit.s + 120))) return;
  emit({
    li: ctx.i,
    rule: "shared-context",
    s: hit.s,
    e: hit.e,
    excerpt: text,
    message: `'${text}' relies on knowledge outside the brief: write down what it refers to (the decision, the rule, the steps) so a contractor can act without asking`,
    suggestion: "describe the referenced behaviour in the brief instead of pointing at it",
  });
}
