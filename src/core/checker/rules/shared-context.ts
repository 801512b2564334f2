/**
 * shared-context: knowledge that lives in someone's head or a past
 * conversation. Cues: conversation verbs ("as discussed"), meetings with a
 * past qualifier ("in Monday's standup"), unstated precedents ("the same rule
 * as the warehouse app", "the way the sign-up form does", "like last time"),
 * and people as sources ("ask Kenji", "Kenji's trick", "the approach Hiroshi
 * prototyped"). A line that points into the brief itself ("described under
 * Context", "above") is exempt. The precedent checks live in precedents.ts,
 * people as sources in person-sources.ts, past conversations and meetings in
 * conversations.ts, the words they share in shared-context-words.ts; this
 * file tries them in turn and decides which hits to report.
 */
import { atSentenceStart, endsClause, endsSentence, sentenceStart, type LineCtx } from "../doc.js";
import { F_ACR, F_NAME, S_SHARED, T_ASK, T_DECIDE, T_DOES, T_MEETING, T_SAME, T_SHARED, T_WAY, T_WE, W_ENGLISH } from "../wordinfo.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { CONVERSATION_VERBS, MEETING_NOUNS, SHARED_PHRASES } from "../lexicon/cues.js";
import { isUnknownName } from "./names.js";
import type { Emit } from "./emit.js";
import { isByline } from "./public-names.js";
import { unseenComparison } from "./unseen-comparison.js";
import { quotedMask } from "./non-english.js";
import { hostOf, isPrivateHost, namesWord } from "./private-hosts.js";
import { span, wordAhead, isPastVerb, figureWithin, spaceThen, type Hit } from "./shared-context-words.js";
import { samePrecedent, theOneThat, likeTheOld, keptBySomeone, pastWork, currentPractice, wayPrecedent, lastTime, lastProject, whatWeDo, toldAtPastEvent, ruleFromTheOld, datedOccasion, occasionCompared } from "./precedents.js";
import { personAsk, saysKnow, roleKnows, personSource, roleSource, teamDecision, whatNamedPersonDoes, personHoldsIt, mentionSource } from "./person-sources.js";
import { agreedEarlier, settledWithPerson, asWeTalked, explainedLater, sentYouEarlier, pastMeeting, likeInPastTime, talkedBefore, twoOfUsAgreed, whatTheySaid } from "./conversations.js";

const PHRASES = new PhraseSet<true>(SHARED_PHRASES.map((p) => [p, true] as const));

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

/** Just past the last colon between the sentence's start and the hit, when the hit follows one; else `from`. */
function topicBeforeColon(toks: readonly Tok[], from: number, hit: Hit): number {
  let past = from;
  for (let k = from; k < toks.length && toks[k].e <= hit.s; k++) if (toks[k].w === ":" && toks[k].t === PUNCT) past = k + 1;
  return past;
}

function refersToBrief(toks: readonly Tok[], hit: Hit): boolean {
  let from = 0;
  while (from < toks.length && toks[from].e <= hit.s) from++;
  from = sentenceStart(toks, Math.min(from, toks.length - 1));
  let to = from;
  while (to < toks.length && (toks[to].s < hit.e || !endsSentence(toks, to))) to++;
  // "If a matching rule below is unclear, ask Søren": a pointer inside the condition that opens the sentence
  // names what may be unclear, not where the answer is written.
  // "Field mapping beyond the list above: ask Priya, she has the list": a pointer before the colon names the topic,
  // and the answer after it is still in a head.
  const skipTo = Math.max(conditionBeforeHit(toks, from, hit), topicBeforeColon(toks, from, hit));
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
    // "the formula under Context applied to the mean": the hit took the section's name for a person's ("Context applied").
    if (toks[k + 1]?.s === hit.s && /^(under|in|from)$/.test(w) && toks[k + 1].cap === true && SECTION_WORDS.has(toks[k + 1].w)) return true;
    // "Only `TEMP_CRITICAL` goes to the coordinator, like in the table.": "the table", with nothing after it to say
    // whose, is the brief's own.
    if (w === "table" && toks[k - 1]?.w === "the" && k === to - 1 && toks[k].s >= hit.s && toks[k].e <= hit.e) return true;
    // "as described in the separate gate-scan brief we sent last week" points at another brief, not this one.
    if ((w === "described" || w === "explained" || w === "defined" || w === "listed") && toks[k + 1]?.w === "in" && /^(this|the|context|api|edge|acceptance|glossary)$/.test(toks[k + 2]?.w ?? "") && BRIEF_PARTS.test(toks.slice(k + 2, k + 5).map((t) => t.w).join(" ")) && !toks.slice(k + 2, k + 5).some((t) => OTHER_DOCUMENT.has(t.w))) return true;
  }
  return false;
}

const USUAL_AND_A_CHANGE = /^\s*(?:,\s*(?:and|but)\b|;|and\b|but\b)/;
const PENDING_PLACEHOLDER = /\b(?:TBD|TBC|TODO)\b/;
const NO_DECISION_YET = /\bbut (?:there is|there's|we have|we made) no decision\b|\bbut (?:we )?(?:have not|haven't|did not|didn't) decide/i;

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

/**
 * "it estimates a missing reading as last year's consumption": last year's figure taken as a value the data holds,
 * not a way of working copied ("the same layout as last year's reports").
 */
function lastYearsFigure(toks: readonly Tok[], from: number, to: number): boolean {
  if (toks[from].w !== "as" || toks[from + 1]?.w !== "last" || !toks[to - 1].poss) return false;
  // "the same definition of "active vehicle" as last year's report": quotation marks do not end the clause.
  for (let j = from - 1; j >= 0 && j >= from - 8 && (toks[j].t !== PUNCT || QUOTE_MARKS.has(toks[j].w)); j--) if (COMPARING.has(toks[j].w)) return false;
  return true;
}
const QUOTE_MARKS = new Set(['"', "“", "”", "'", "‘", "’"]);
const COMPARING = new Set(["same", "like", "similar", "way", "identical"]);

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
    // "goes through the usual payment step, `POST /api/bookings` with the `offer_id`": named right after, set off by a comma.
    const usualNamed = m !== undefined && toks[m.to - 1].w === "usual" && codeInApposition(toks, m.to);
    // "(junior karts are 8+ per our insurance)": the rule is the figure right before it; "per our …" cites its source.
    const figureCited = m !== undefined && toks[m.from].w === "per" && [1, 2].some((d) => toks[m.from - d]?.t === NUM);
    if (m && !usualGiven && !usualNamed && !figureCited && !lastYearsFigure(toks, m.from, m.to) && !usualStatedAfter(toks, m.to) && !oldOneOnlyNamed(toks, m.from, m.to) && !promiseNarrated(toks, m.from, m.to)) hit = span(toks, m.from, m.to - 1);
  }
  if (!hit && (flags & T_SAME)) hit = samePrecedent(toks, defined, inCriteria) ?? lastTime(toks) ?? lastProject(toks) ?? theOneThat(toks) ?? likeTheOld(toks) ?? occasionCompared(toks);
  if (!hit && (flags & T_WE)) hit = pastWork(toks) ?? currentPractice(toks);
  // The searches below share their common parts: a line without "what " has no "what we " either, one without
  // " has " none of " has it", " has the ", " has a copy", one without "s usual" neither possessive of it.
  // Each reading below needs the token "what", whose word-table bits include T_SHARED: a line without that bit skips
  // the search.
  const saysWhat = (flags & T_SHARED) !== 0 && raw.indexOf("what ") >= 0;
  if (!hit && saysWhat && raw.indexOf("what we ") >= 0) hit = whatWeDo(toks);
  if (!hit && saysWhat) hit = whatTheySaid(toks) ?? whatNamedPersonDoes(toks, defined);
  if (!hit && (chars & F_NAME) && spaceThen(raw, "has ") && (spaceThen(raw, "has it") || spaceThen(raw, "has the ") || spaceThen(raw, "has a copy"))) hit = personHoldsIt(toks, defined);
  if (!hit && spaceThen(raw, "brief")) hit = otherBrief(toks);
  if (!hit && raw.indexOf("as it ") >= 0) hit = asItAlwaysWas(toks);
  // "usual" is a T_SHARED word, and someonesUsual needs its token.
  if (!hit && (flags & T_SHARED) !== 0 && raw.indexOf("s usual") >= 0 && (raw.indexOf("'s usual") >= 0 || raw.indexOf("’s usual") >= 0)) hit = someonesUsual(toks);
  if (!hit && (spaceThen(raw, "20") || spaceThen(raw, "19"))) hit = datedOccasion(toks);
  if (!hit && (spaceThen(raw, "last ") || raw.indexOf("yesterday") >= 0 || spaceThen(raw, "ago"))) hit = talkedBefore(toks);
  if (!hit && (flags & T_DECIDE) !== 0) hit = teamDecision(toks);
  if (!hit && (flags & T_DOES) !== 0) hit = whatItDoes(toks, defined);
  if (!hit && (flags & T_WAY)) hit = wayPrecedent(toks) ?? likeTheOld(toks);
  // A known name after a title ("as Pak Darwin explained") sets no name flag; its verb of saying sets T_DECIDE.
  if (!hit && (chars & F_NAME)) hit = personSource(toks, defined, raw) ?? twoOfUsAgreed(toks) ?? settledWithPerson(toks, defined, raw);
  else if (!hit && (flags & T_DECIDE)) hit = personSource(toks, defined, raw) ?? twoOfUsAgreed(toks);
  if (!hit && saysKnow(raw)) hit = roleKnows(toks);
  if (!hit && (chars & (F_NAME | F_ACR))) hit = keptBySomeone(toks, defined);
  if (!hit && (flags & T_SHARED) === 0) hit = roleSource(toks) ?? perTheirDocument(toks);
  if (!hit && (flags & T_ASK)) hit = personAsk(toks, defined);
  if (!hit && (flags & T_MEETING)) hit = pastMeeting(toks) ?? asWeTalked(toks);
  else if (!hit && (flags & T_DECIDE)) hit = asWeTalked(toks);
  if (!hit && spaceThen(raw, "you ")) hit = sentYouEarlier(toks);
  if (!hit && (spaceThen(raw, "have ") || spaceThen(raw, "had ") || raw.indexOf("'ve ") >= 0 || raw.indexOf("’ve ") >= 0)) hit = asWeTalked(toks);
  if (!hit) hit = toldAtPastEvent(toks);
  if (!hit) hit = ruleFromTheOld(toks, raw);
  // likeInPastTime needs the token "like" (a T_WAY word) or "same" (T_SAME): the bits spare most lines both searches.
  if (!hit && (flags & (T_WAY | T_SAME)) !== 0 && (raw.indexOf("like in ") >= 0 || raw.indexOf("same as in ") >= 0)) hit = likeInPastTime(toks);
  if (!hit && liveChannelNamed(raw)) hit = explainedLater(toks);
  if (!hit && (flags & T_DECIDE) !== 0) hit = agreedEarlier(toks, raw);
  if (!hit) return null;
  // "as discussed under [Edge cases](#edge-cases)": a link into the brief itself.
  if (refersToBrief(toks, hit) || raw.indexOf("](#") >= 0) return null;
  if (explainedAfterColon(toks, hit, raw) || comparisonExplainedAfterDash(raw, hit)) return null;
  return hit;
}

/** A comma within three words after token k, then a code span: "the usual payment step, `POST /api/bookings`". */
function codeInApposition(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    if (toks[j].t === WORD) continue;
    return toks[j].w === "," && toks[j + 1]?.t === CODE;
  }
  return false;
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
function closingParen(toks: readonly Tok[], k: number, reach = 12): number {
  for (let j = k + 1; j < toks.length && j <= k + reach; j++) {
    if (toks[j].w === ")") return j;
    if (toks[j].w === "(") return -1;
  }
  return -1;
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

/** The code span's text starts with a digit (`404`, `409 deck_full`): a status, an outcome of the case. */
function codeOpensWithDigit(raw: string, code: Tok): boolean {
  let i = code.s;
  while (raw.charCodeAt(i) === 96) i++;
  const c = raw.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function explainedAfterColon(toks: readonly Tok[], hit: Hit, raw: string): boolean {
  // "Perks per tier (ask Dana which tiers still exist before you start):": what is listed below is not what Dana knows.
  if (toks.find((t) => t.s === hit.s)?.w === "ask") return false;
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
    // "The checkbox text is given by our lawyer and must be exactly: `Ich habe …`": the literal itself follows. A
    // status after the colon is an outcome ("from the list Dariusz keeps: `404`"), not what the reference holds.
    if (toks[k + 1].t === CODE && !codeOpensWithDigit(raw, toks[k + 1])) return true;
    let words = 0;
    for (let j = k + 1; j < toks.length; j++) if (toks[j].t === WORD) words++;
    return words >= 4;
  }
  return false;
}

/** Words that open a bracket telling where or when something was said, not what it says: "(see the email)". */
const SOURCE_OPENERS = new Set(["see", "in", "on", "at", "from", "per", "by", "decided", "agreed", "discussed", "sent", "since", "ask"]);

/**
 * "Same rules as for normal shifts (max 6 shifts per ISO week, minimum 11 hours rest between shifts)": a bracket right
 * after the comparison lists, with figures, what is compared with.
 */
function rulesGivenInBrackets(toks: readonly Tok[], hit: Hit): boolean {
  let k = 0;
  while (k < toks.length && toks[k].s < hit.e) k++;
  if (toks[k]?.w !== "(" || SOURCE_OPENERS.has(toks[k + 1]?.w ?? "")) return false;
  // A list of rules runs longer than the short asides closingParen reads by default.
  const close = closingParen(toks, k, 40);
  if (close < 0) return false;
  let words = 0;
  let figures = 0;
  for (let j = k + 1; j < close; j++) {
    if (toks[j].t === WORD) words++;
    else if (toks[j].t === NUM || toks[j].t === CODE) figures++;
  }
  return words >= 4 && figures >= 2;
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

const COMPARISON = /\b(?:same|last|equals?|match(?:es)?)\b/i;
/** "the file Linda sent", "the sheet Tomás made": a capitalised name, then what the person did with the thing. */
const PERSON_MADE = /\b[A-Z][a-z]+ (?:sent|made|wrote|built|shared|gave|prepared|designed|drew|drafted|uses|used)\b/;

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

/** "has not been decided", "has not yet been agreed", "hasn't been decided": the hit starting at `start` is denied. */
function decisionDenied(toks: readonly Tok[], start: number): boolean {
  let k = 0;
  while (k < toks.length && toks[k].s < start) k++;
  if (toks[k]?.w !== "been") return false;
  const before = toks[k - 1]?.w === "yet" ? toks[k - 2] : toks[k - 1];
  return before !== undefined && (before.w === "not" || before.w === "hasn't" || before.w === "haven't" || before.w === "never");
}

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
const PER_OUR = /\bper our\b/i;

function wasSaid(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/);
  return words.some((w) => CONVERSATION_VERBS.has(w) || MEETING_NOUNS.has(w));
}

/**
 * A line that opens by naming the stack ("Backend: …", "The backend is …", "Stack: …") and reaches a comma or bracket
 * within its first sentence (a version's dot, "Django 4.2", does not end it).
 */
const STACK_STATED = /^[\s*>-]*(?:the\s+)?(?:backend|tech stack|stack)(?:\s+is\b|\s*:)(?:[^.;]|\.\d)*[,(]\s*(?:the\s+)?$/i;

/** Reports a shared-context cue on a prose line. */
/** "on the phone", "in a call", "in person": where explainedLater looks for a conversation to come. */
function liveChannelNamed(raw: string): boolean {
  return raw.indexOf("phone") >= 0 || spaceThen(raw, "call") || spaceThen(raw, "person");
}

export function sharedContextLine(ctx: LineCtx, defined: ReadonlySet<string>, emit: Emit): void {
  const mention = mentionSource(ctx.line.raw);
  // "The mapping was agreed with the partners; the spreadsheet is in the shared Drive folder": the
  // decision is written down in a named place (private-link reports the place).
  // "the crew knows it": a role keeping the answer needs no other cue; a native search finds the verb.
  // "I'll explain it on the phone": a conversation still to come needs no other cue either.
  if (!mention && (ctx.flags & (T_SHARED | T_SAME | T_WAY | T_ASK | T_MEETING | T_WE | T_DECIDE | T_DOES)) === 0 && (ctx.chars & F_NAME) === 0 && !saysKnow(ctx.line.raw) && !liveChannelNamed(ctx.line.raw)) return;
  const found = mention ?? sharedContext(ctx.toks, ctx.flags, ctx.chars, defined, ctx.section === "acceptance-criteria", ctx.line.raw);
  const compared = mention === null && (ctx.flags & (T_SAME | T_WAY)) !== 0 ? unseenComparison(ctx) : null;
  // "the same as in the grower portal: clean weight × price at the measured sugar %": what it is, after the colon.
  const comparison = compared !== null && explainedAfterColon(ctx.toks, compared, ctx.line.raw) ? null : compared;
  // "same list like in Pak Budi's spreadsheet": the person's file is found first, but the comparison that holds it
  // is the gap (overlaps.ts keeps the wider finding over the file as a link).
  const hit = found === null ? comparison : comparison !== null && comparison.s <= found.s && comparison.e >= found.e ? comparison : found;
  if (!hit) return;
  // "resolution same as the screen (`screens.width_px`, `screens.height_px`)": the fields right after it say what is meant.
  // "Same rules as for normal shifts (max 6 shifts per ISO week, minimum 11 hours rest)": the rules, with figures, in brackets.
  if (codeInBracketAfter(ctx.toks, hit) || rulesGivenInBrackets(ctx.toks, hit)) return;
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
  // "Backend is Laravel 10 with MySQL 8, same as the rider app", "Backend: Django 4.2 (same as the booking system)":
  // the stack is named before the comparison, which only says where else it runs (writers labelled none of 4 such).
  if (STACK_STATED.test(ctx.line.raw.slice(0, hit.s))) return;
  // "Management decided to charge a fee", "Finance agreed that we allow it": the decision is written right there.
  if (decisionStated(ctx.toks, hit.e)) return;
  // "…, has not yet been decided.": no decision was taken anywhere, so none lives in someone's head (open-question
  // reports the line).
  if (decisionDenied(ctx.toks, hit.s)) return;
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
  // "the list I've attached": an attachment the brief cannot carry, which private-link reports.
  if (/\battached$/i.test(text)) return;
  // "it is here only so you know what the sailmaker sees", "to let you know": telling the reader now, not what they knew.
  if (/^you know$/i.test(text) && TELLING_NOW.test(ctx.line.raw.slice(Math.max(0, hit.s - 10), hit.s))) return;
  // "Email template as per our call on Thursday; the test version is at http://localhost:8025/…": what the call
  // settled is not on the linked page, and stays a gap beside the private link (overlaps.ts keeps both, as writers
  // did). A discussion the link records ("was discussed at length here: https://…slack.com/…") is the link's problem.
  const perOurTalk = PER_OUR.test(text);
  if (!perOurTalk && ctx.line.urls.some((u) => (u.start >= hit.e && !wasSaid(text)) || isPrivateHost(hostOf(u.text)))) return;
  // "- the lessons show at the same local times as in the platform", "- gives exactly the same amounts as the
  // current billing engine": in an acceptance criterion a comparison with what exists is how the result is
  // checked (writers labelled none of 9 such), while "in the usual format" or "ask Bayu" still leave a gap.
  // "the same as the file Linda sent us last year" still points at a person's file, which the reader has not seen.
  if (ctx.section === "acceptance-criteria" && COMPARISON.test(text) && !PERSON_MADE.test(text)) return;
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
