/**
 * Precedents the brief does not describe: "the same rule as the warehouse
 * app", "the one we presented in the quarterly meeting", "like the old SAP
 * script", "the list Dariusz keeps", "the cache layer we built for the
 * newsletter project", "the way the sign-up form does", "like last year".
 * Each function returns the span to report, or null (shared-context.ts
 * decides whether the line explains it).
 */
import { atSentenceStart, endsSentence } from "../doc.js";
import { T_MEETING, T_SAME, T_WAY, T_WE, W_ENGLISH, W_KNOWN, W_NUMBER } from "../wordinfo.js";
import { CODE, NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { SYSTEM_NOUNS, PAST_WORK_VERBS, PRECEDENT_NOUNS } from "../lexicon/cues.js";
import { isKnownAcronym, isUnknownName } from "./names.js";
import { figureEarlier } from "./figures.js";
import { PRONOUN_SUBJECTS, PROJECT_NOUNS, ENGLISH_OR_STOP, span, wordAhead, isPastVerb, GROUP_NOUNS, DEPARTMENTS, HONORIFICS, hasHonorificSuffix, DECIDERS, type Hit } from "./shared-context-words.js";

const DOES = new Set(["does", "do", "did", "done", "set", "treats", "treat", "treated", "handles", "handled", "already", "works", "worked", "used", "uses", "describes", "described", "says", "said", "shows", "showed", "recommends", "documents", "runs", "ran", "demoed", "demonstrated"]);
const RECORDS_OF_THE_FLOW = new Set(["original", "parent", "corresponding", "related", "linked", "underlying", "source"]);
/** Nouns after "original" that name an earlier way of working, not a record ("the original flow"). */
const WAYS_OF_WORKING = new Set(["flow", "process", "version", "setup", "logic", "implementation", "design", "approach", "script", "rules", "integration", "system", "service", "app", "tool", "plan", "spreadsheet", "sheet"]);

/** "the original invoice", "the parent order": a record the work itself handles, at token k. */
function recordOfTheFlow(toks: readonly Tok[], k: number): boolean {
  const noun = toks[k + 1];
  return RECORDS_OF_THE_FLOW.has(toks[k]?.w ?? "") && noun !== undefined && noun.t === WORD && !WAYS_OF_WORKING.has(noun.w);
}
/** "the first time" closing its clause at token k: the first of the repeated calls or events the line describes. */
function firstOfTheRepeats(toks: readonly Tok[], k: number): boolean {
  const after = toks[k + 2];
  return toks[k]?.w === "first" && toks[k + 1]?.w === "time" && (after === undefined || after.t === PUNCT || after.w === "and");
}
const CURRENT = new Set(["today", "now", "currently", "above", "below", "described"]);

/** "the same rule as the warehouse app", "same way we did", "same approach Lena took". */
/**
 * "the same rule as Mr. Kato's spreadsheet", "the same way as in Bu Dewi's Excel": a title pushes the owner's thing
 * past the usual three tokens; the comparison runs on to the noun the possessive owns, so it holds the file (and
 * overlaps.ts keeps it over the file as a link).
 */
function ownedThingEnd(toks: readonly Tok[], from: number, end: number): number {
  for (let j = from; j < toks.length && j <= from + 4; j++) {
    const t = toks[j];
    if (t.t === PUNCT && t.w !== ".") return end;
    if (!t.poss) continue;
    const owned = toks[j + 1];
    if (owned === undefined || owned.t !== WORD) return end;
    return Math.max(end, OLD_WORDS.has(owned.w) && toks[j + 2]?.t === WORD ? j + 2 : j + 1);
  }
  return end;
}

export function samePrecedent(toks: readonly Tok[], defined: ReadonlySet<string>, inCriteria = false): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    // The info bit first: it rules out most tokens without reading (or slicing) their text.
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    let n = -1;
    for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
      if (toks[j].t !== WORD) break;
      if (PRECEDENT_NOUNS.has(toks[j].w)) n = j + 1;
    }
    if (n < 0 || n >= toks.length) continue;
    const next = toks[n];
    // "use same logic with KRS" (as in "same as").
    if (next.w === "as" || next.w === "like" || (next.w === "with" && toks[n + 1]?.t === WORD && toks[n + 1].cap)) {
      const r = toks[n + 1];
      // "in the same way as a clash": a kind the brief describes, not a precedent.
      if (!r || r.t === CODE || r.t === URL || CURRENT.has(r.w) || r.w === "a" || r.w === "an") continue;
      // "the same format as EAN-13", "the same number as the ISBN-13": a published standard, letters and its number.
      if (standardName(r.w === "the" ? toks[n + 2] : r)) continue;
      // "the same numbering series as the original invoice": another record of the same flow.
      if (r.w === "the" && recordOfTheFlow(toks, n + 2)) continue;
      // "The OTA reservations must be handled in the same way as our own": the writer's own of the same kind, which the
      // brief describes; "as ours" the same.
      if ((r.w === "our" && toks[n + 2]?.w === "own" && (toks[n + 3] === undefined || toks[n + 3].t === PUNCT)) || (r.w === "ours" && (toks[n + 2] === undefined || toks[n + 2].t === PUNCT))) continue;
      // "taxed in the same way as salary": a bare common noun names a kind everyone knows ("billing v1"
      // names an earlier version, and "Jan's spreadsheet" someone's file).
      if (r.t === WORD && !r.cap && !r.poss && (r.info & W_ENGLISH) === 0 && !/^v\d+$/.test(toks[n + 2]?.w ?? "")) continue;
      return span(toks, k, ownedThingEnd(toks, n + 1, Math.min(toks.length - 1, n + 3)));
    }
    if ((next.w === "that" || next.w === "which") && PRONOUN_SUBJECTS.has(toks[n + 1]?.w ?? "")) return span(toks, k, n + 2);
    if (PRONOUN_SUBJECTS.has(next.w) && isPastVerb(toks[n + 1])) return span(toks, k, n + 1);
    if (isUnknownName(next, defined) && isPastVerb(toks[n + 1])) return span(toks, k, n + 1);
  }
  // "Use the same rounding Karen uses in her spreadsheet": a named person's practice, right after the noun compared.
  // "the same priority logic Matías uses now": two nouns may name the thing.
  // "the same as the rule Yuki writes on the whiteboard": the same, with "as the" before the noun.
  for (let k = 0; k + 3 < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    const at = toks[k + 1].w === "as" && toks[k + 2]?.w === "the" ? k + 3 : k + 1;
    if (at + 2 >= toks.length) continue;
    const two = toks[at + 1].t === WORD && !toks[at + 1].cap && (toks[at + 1].info & W_ENGLISH) === 0 ? 1 : 0;
    const noun = toks[at];
    const who = toks[at + 1 + two];
    const verb = toks[at + 2 + two];
    // A person the brief introduced ("our night operator, Matías") still keeps the logic in their head.
    if (noun.t === WORD && !noun.cap && (noun.info & W_ENGLISH) === 0 && isUnknownName(who) && verb !== undefined && PERSON_PRACTICE.has(verb.w)) return span(toks, k, at + 2 + two);
  }
  // "the same bucket naming scheme the data team set up", "the same rules the growth team used".
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    for (let j = k + 2; j < toks.length && j <= k + 7; j++) {
      if (toks[j].t !== WORD) break;
      if (toks[j].w !== "the" && toks[j].w !== "our") continue;
      const g = wordAhead(toks, j + 1, j + 3, GROUP_NOUNS);
      // "had" is possession ("the same ranks as the Redis board had"), not a decision.
      // "the same lookup the ticket office uses": the team's practice today, never written down.
      // "the same message texts as the front desk use now": a plural verb after a group, with "now".
      if (g >= 0 && ((isPastVerb(toks[g + 1]) && toks[g + 1].w !== "had") || /^(uses|applies|follows)$/.test(toks[g + 1]?.w ?? "") || (/^(use|apply|follow)$/.test(toks[g + 1]?.w ?? "") && TODAY.has(toks[g + 2]?.w ?? "")))) return span(toks, k, g + 1);
      // "retry with the same backoff the Kumo push service uses", "the same fields the screen uses today": another
      // system's setting, never written down. A bare "the server uses" with no time may be the product's own server.
      // "use the same threshold the Sodegaura site uses", "the same checks the Bergen branch did": another workplace's
      // practice, kept where the contractor cannot read it.
      const b = wordAhead(toks, j + 1, j + 3, BRANCH_NOUNS);
      if (b > j + 1 && /^(uses|applies|follows|used|applied|does|did)$/.test(toks[b + 1]?.w ?? "")) return span(toks, k, b + 1);
      const s = wordAhead(toks, j + 1, j + 3, SYSTEM_NOUNS);
      const named = s > j + 1 || TODAY.has(toks[s + 2]?.w ?? "") || toks[s + 1]?.w === "used";
      if (s >= 0 && named && /^(uses|applies|follows|used)$/.test(toks[s + 1]?.w ?? "")) return span(toks, k, s + 1);
      break;
    }
  }
  // "free until the same deadline we use now", "same like the return approval we have now": what the writer's team
  // works with today, compared with and never written down. "the same rules we apply on the phone", "the same checks
  // we do at the counter": where the team works today says the same.
  for (let k = 0; k + 4 < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    for (let j = k + 2; j < toks.length && j <= k + 8; j++) {
      const t = toks[j];
      if (t.t !== WORD || t.cap) break;
      // "the same rule we used in the LINE group", "the same scoring we tried in the pilot": what the team did before,
      // whatever the noun. "Max 2 units (the same limit we used for SS25)": the value is written before it.
      // "expiring in the same month because we onboarded a group" gives a reason, not a precedent.
      if ((t.w === "we" || t.w === "i") && j <= k + 3 && !CLAUSE_OPENERS.has(toks[j - 1].w) && isPastVerb(toks[j + 1]) && toks[j + 1].w !== "had" && !figureBefore(toks, k)) return span(toks, k, j + 1);
      if ((t.w === "we" || t.w === "i") && OUR_PRACTICE_NOW.has(toks[j + 1]?.w ?? "")) {
        if (TODAY.has(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
        // "to station 1,200 ft, the same seaward limit we use for every transect", "with ifthenpay (https://…), the
        // same gateway we use for MB WAY": the value or the thing itself is written before the comparison.
        // "For `FLAMENCO` use the same margin we use in Cristóbal": a code before it names the case, not the value.
        if (wherePracticed(toks, j + 2) && !figureEarlier(toks, k, true, FIGURE_REACH) && !namedBefore(toks, k)) return span(toks, k, j + 1);
      }
    }
  }
  // "the same sandbox flags as the screenshot service": a precedent in another system.
  for (let k = 0; k < toks.length; k++) {
    // The info bit first: it rules out most tokens without reading (or slicing) their text.
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
      const t = toks[j];
      if (t.t !== WORD) break;
      if (t.w !== "as" && t.w !== "like") continue;
      let r = toks[j + 1];
      let viaFor = false;
      // "the same as on the Irish site", "like in the old SAP script".
      if (r && (r.w === "on" || r.w === "in" || r.w === "at" || r.w === "for") && (toks[j + 2]?.w === "the" || toks[j + 2]?.w === "our")) {
        viaFor = r.w === "for";
        j++;
        r = toks[j + 1];
      }
      // "the same rate source as finance does": another team's practice.
      // "same as we do for group blocks": the writer's own practice, unwritten.
      // "same wording like I send manually now": the writer's own, the same.
      // "connect it to Keycloak same like you did for the library system": the reader's own earlier work, which a new
      // contractor never saw.
      if (r && (DECIDERS.has(r.w) || r.w === "we" || r.w === "they" || r.w === "i" || r.w === "you") && /^(does|did|do|uses|used|use)$/.test(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "same as we handle in-shop no-shows": how the writer's team treats another case, never described.
      // "Format of the report same like we send to Pak Hendra every month": what the writer's team sends today.
      if (r && (r.w === "we" || r.w === "they" || r.w === "i") && TEAM_PRACTICE.has(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "Customs value per order: same as we always declare": what the writer's team does by habit.
      if (r && (r.w === "we" || r.w === "they") && HABIT_ADVERBS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD && (toks[j + 3].info & W_ENGLISH) === 0) return span(toks, k, j + 3);
      // "same as Pak Dedi does it now", "same as Bu Sari gives now on WhatsApp", "same like Pak Hendra show in the
      // meeting": a title before the person's name, and what the person does, never written; "the same as what Pak Andi
      // from the bank explained to us": "what" before the person, where they work after.
      if (r && (r.w === "what" || HONORIFICS.has(r.w))) {
        const v = titledPersonsVerb(toks, r.w === "what" ? j + 2 : j + 1);
        if (v > 0) return span(toks, k, v);
      }
      // "the same accounts and tax codes as Mette set up for the shop sales": what a named person set up.
      if (r && r.t === WORD && r.cap && !r.upper && SET_UP_VERBS.has(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "same as Namba store does now": a named place's practice, the article left out.
      if (r && r.t === WORD && r.cap && !r.upper && toks[j + 2]?.t === WORD && !toks[j + 2].cap && /^(does|did|do)$/.test(toks[j + 3]?.w ?? "")) return span(toks, k, j + 3);
      // "the same priority as Budi's macro": a person's own file or tool.
      if (r && r.t === WORD && r.cap && r.poss && !r.upper && KEPT_ARTIFACTS.has(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "Format same like Pak Budi excel": a titled person's file, the possessive left out.
      if (r && HONORIFICS.has(r.w) && toks[j + 2]?.t === WORD && toks[j + 2].cap && KEPT_ARTIFACTS.has(toks[j + 3]?.w ?? "")) return span(toks, k, j + 3);
      // "the same account as the Christmas drive": an earlier campaign known by its name.
      if (r && (r.w === "the" || r.w === "our") && toks[j + 2]?.t === WORD && toks[j + 2].cap && EVENT_NOUNS.has(toks[j + 3]?.w ?? "")) return span(toks, k, j + 3);
      // "works the same as billing v1": an earlier version nobody describes.
      if (r && r.t === WORD && /^v\d+$/.test(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "in the same monthly file as before": whatever happens today, unwritten. (In acceptance
      // criteria, "looks the same as before" is an untestable outcome instead.)
      // "- Same size as now: `422 same_size`": a case, the request asking for what the record holds, its outcome after
      // the colon; "columns same as before, i.e. `tested_at,tester,…`": the comparison spelled out at once.
      if (r && (r.w === "before" || r.w === "now") && (caseWithOutcome(toks, j + 2) || spelledOut(toks, j + 2))) break;
      if (r && r.w === "before" && !(toks[j + 2]?.t === WORD) && !inCriteria) return span(toks, k, j + 1);
      // "the same weekly report as now": today's version of it, unwritten. "The customer pays at pick-up,
      // same as today": what does not change (writers never labelled "same as today", 0 of 5).
      if (r && (r.w === "now" || r.w === "currently") && !(toks[j + 2]?.t === WORD) && toks[j + 2]?.w !== "(" && !inCriteria) return span(toks, k, j + 1);
      // "the same priorities as my old sheet": the writer's own earlier version, the same.
      if (r && r.w === "my" && OLD_WORDS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD) return span(toks, k, j + 3);
      if (!r || (r.w !== "the" && r.w !== "our" && r.w !== "in")) break;
      // "in the same numbering series as the original invoice": another record of the same flow.
      // "Return `200` with the same body as the first time": the first of the repeated calls the line describes.
      if (recordOfTheFlow(toks, j + 2) || firstOfTheRepeats(toks, j + 2)) break;
      // "the same points system as our old paper list": an earlier version nobody describes.
      if (OLD_WORDS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD) return span(toks, k, j + 3);
      // "Same fields as the export we sent them in March": the team's earlier piece of work, whatever it holds.
      const ours = teamDidAfter(toks, j + 2);
      if (ours > 0) return span(toks, k, ours);
      // "the same values as the ECB feed", "the same region as the cluster": a property of a known thing.
      if (ATTRIBUTES.has(toks[k + 1]?.w ?? "") || ATTRIBUTES.has(toks[j - 1]?.w ?? "")) break;
      // "Jury members log in with the same accounts as the staff portal": people log in with the accounts they already
      // have, one set shared (single sign-on); "same account as the other project", a service's, still hides its keys.
      if (toks[j - 1]?.w === "accounts" && loggingInBefore(toks, k)) break;
      const q = wordAhead(toks, j + 2, j + 5, SYSTEM_NOUNS, PROJECT_NOUNS, GROUP_NOUNS);
      if (q >= 0) return span(toks, k, q);
      // "same as the Fujikawa rule", "same as the invoice rule.": a rule known by a name, closing the clause ("the
      // same as the rule below" points inside the brief).
      if (toks[j + 2]?.t === WORD && (toks[j + 3]?.w === "rule" || toks[j + 3]?.w === "rules") && (toks[j + 4] === undefined || toks[j + 4].t === PUNCT)) return span(toks, k, j + 3);
      // "use the same threshold as in the last audit": a past occasion, whatever it was called.
      if ((toks[j + 2]?.w === "last" || toks[j + 2]?.w === "previous") && toks[j + 3]?.t === WORD) return span(toks, k, j + 3);
      // "same policy as for the Vipps captures", "works the same as for the PC booking": another case of the writer's,
      // handled in a way the brief never describes ("as for the other `/v2` calls" is the product's own interface).
      if (viaFor) {
        const end = otherCaseEnd(toks, j + 2);
        if (end > 0) return span(toks, k, end);
      }
      break;
    }
  }
  return null;
}

/** Nouns of the product's own interface: a case handled "as for the other endpoints" is described by them. */
const INTERFACE_NOUNS = new Set(["endpoint", "endpoints", "call", "calls", "callback", "callbacks", "route", "routes", "request", "requests", "api", "apis"]);

/** The last word of a short noun phrase from `from` closing its clause, unless it names the product's interface or code. */
function otherCaseEnd(toks: readonly Tok[], from: number): number {
  for (let j = from; j < toks.length && j <= from + 4; j++) {
    const t = toks[j];
    if (t.t === CODE) return -1;
    // "the same as for the harvest records (Laravel 10, MySQL 8)": the bracket says what it is.
    if (t.t !== WORD) return j > from && !INTERFACE_NOUNS.has(toks[j - 1].w) && t.w !== "(" ? j - 1 : -1;
  }
  return -1;
}

const COPULAS = new Set(["is", "are", "was", "were"]);
/** What the writer's team has, uses or gives today ("the same deadline we use now", "the same like we give now"). */
const OUR_PRACTICE_NOW = new Set(["use", "have", "apply", "follow", "do", "give", "send", "charge", "offer"]);
const TODAY = new Set(["today", "now", "currently"]);
/** What the writer's team does, compared with: "same as we handle …", "same like we send to …". */
const TEAM_PRACTICE = new Set("handle handled treat treated process processed calculate calculated send sent make made print printed picked chose selected".split(" "));
/** What a named person set up, compared with: "as Mette set up", "as Kenji made". */
const SET_UP_VERBS = new Set(["set", "made", "built", "configured", "defined"]);
/** What a named person does that a brief can compare with: "same as Pak Dedi does it now", "same as Bu Sari gives". */
const PERSON_PRACTICE = new Set("does did do uses used use gives give gave shows show showed makes make made sets set puts put sends send sent calculates calculate calculated counts count counted handles handle handled explain explains explained say says said tell tells told build builds built writes write wrote reads read keeps kept follows followed takes take took charges charge charged asks ask asked chooses choose chose picks pick picked decides decide decided".split(" "));
/**
 * "Pak Andi from the bank explained", "Bu Sari in finance does": a title, a capitalised name (one or two words), where
 * the person works, then what they did; the verb's index, or -1.
 */
function titledPersonsVerb(toks: readonly Tok[], title: number): number {
  if (!HONORIFICS.has(toks[title]?.w ?? "") || toks[title + 1]?.t !== WORD || !toks[title + 1].cap) return -1;
  let v = toks[title + 2]?.t === WORD && toks[title + 2].cap ? title + 3 : title + 2;
  if (toks[v]?.w === "from" || toks[v]?.w === "in" || toks[v]?.w === "at") v += toks[v + 1]?.w === "the" ? 3 : 2;
  // "same like Pak Budi is using in his Excel": the practice in the progressive.
  if ((toks[v]?.w === "is" || toks[v]?.w === "was") && toks[v + 1]?.w === "using") return v + 1;
  return toks[v]?.t === WORD && PERSON_PRACTICE.has(toks[v].w) ? v : -1;
}
/** "EAN-13", "ISBN-13", "UTF-8": capitals, a hyphen and the standard's number. */
function standardName(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.upper && STANDARD.test(t.w);
}
const STANDARD = /^[a-z]{2,}-\d+$/;
/** Verbs that pick out "the one" by what someone did or does with it. */
// "the one Pak Budi makes in Excel": what someone does with it today picks it out as well as what they did.
const ONE_VERBS = new Set("put uses use used ran run runs sends send presented showed shared sent wrote built made picked chose agreed approved had has have prefer prefers liked mentioned follows followed went drew gave took did makes keeps kept does gives".split(" "));

/** Whether "the" at `the` follows a code span and a comma: an apposition that the code names. */
function namedInCodeBefore(toks: readonly Tok[], the: number): boolean {
  return toks[the]?.w === "the" && toks[the - 1]?.w === "," && toks[the - 2]?.t === CODE;
}

/**
 * "the one we presented in the quarterly meeting", "the same ones the permit
 * desk uses", "the one Ops ran during the game day": a thing identified only
 * by someone's use of it.
 */
export function theOneThat(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k].w;
    if ((w !== "one" && w !== "ones") || toks[k].t !== WORD) continue;
    const before = toks[k - 1].w;
    if (before !== "the" && before !== "same") continue;
    // "`OrderService::create()`, the same one the checkout uses": the code span just before names which one.
    if (namedInCodeBefore(toks, before === "same" ? k - 2 : k - 1)) continue;
    let j = k + 1;
    // "the one from the old box office system": a version nobody describes.
    if (/^(from|in|of)$/.test(toks[j]?.w ?? "") && /^(the|our)$/.test(toks[j + 1]?.w ?? "") && OLD_WORDS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD) return span(toks, k - 1, j + 3);
    if (toks[j]?.w === "that" || toks[j]?.w === "which") j++;
    const subject = toks[j];
    if (!subject || subject.t !== WORD) continue;
    // A subject: a pronoun, a capitalised team or person, or "the permit desk".
    let v = -1;
    if (PRONOUN_SUBJECTS.has(subject.w) || (subject.cap && !atSentenceStart(toks, j)) || (DEPARTMENTS.has(subject.w) && !subject.cap)) v = j + 1;
    // "the one Pak Rudi sends by hand": a title before the name.
    if (v === j + 1 && HONORIFICS.has(subject.w) && toks[v]?.t === WORD && toks[v].cap) v++;
    else if (subject.w === "the" || subject.w === "our") {
      for (let q = j + 1; q < toks.length && q <= j + 3; q++) if (toks[q].t === WORD && ONE_VERBS.has(toks[q].w)) v = q;
    }
    // "the ones from the moderation charter used by the Trust team".
    if (v < 0) {
      for (let q = k + 1; q + 1 < toks.length && q <= k + 10; q++) {
        if (toks[q].t === PUNCT && endsSentence(toks, q)) break;
        if (toks[q + 1].w === "by" && /^(used|made|written|defined|approved|chosen|picked|kept|built)$/.test(toks[q].w)) return span(toks, k - 1, q + 1);
      }
    }
    if (v < 0 || v >= toks.length) continue;
    // Skip an adverb: "the one Ops normally runs".
    if (toks[v].t === WORD && toks[v].w.endsWith("ly") && v + 1 < toks.length) v++;
    // "older than the one we have stored", "only the ones we have seen": a record the system holds, in the present perfect.
    if ((toks[v].w === "have" || toks[v].w === "has") && isPastVerb(toks[v + 1])) continue;
    // "the one Pierre writes by hand": the one a person writes is theirs ("the format Aegisub writes" is a program's, so
    // only here, after "the one").
    if (toks[v].t === WORD && (ONE_VERBS.has(toks[v].w) || toks[v].w === "writes" || isPastVerb(toks[v]))) return span(toks, k - 1, v);
  }
  return null;
}

/**
 * "use the rounding from the old PHP module", "the sibling discount from the old pricing sheet": a rule taken
 * from an earlier version nobody describes ("events imported from the old claims system" are data).
 */
export function ruleFromTheOld(toks: readonly Tok[], raw: string): Hit | null {
  // A native search, then one pattern: only the few lines that say "from the old …" are read token by token.
  if (raw.indexOf("from ") < 0 || !FROM_THE_OLD.test(raw)) return null;
  for (let k = 1; k + 3 < toks.length; k++) {
    if (toks[k].w !== "from" || !RULE_NOUNS.has(toks[k - 1].w)) continue;
    if ((toks[k + 1].w === "the" || toks[k + 1].w === "our") && OLD_WORDS.has(toks[k + 2].w) && toks[k + 3].t === WORD) return span(toks, k - 1, k + 3);
  }
  return null;
}

/** Nouns of a rule or a calculation taken from somewhere ("the rounding from the old module"). */
const RULE_NOUNS = new Set(["rounding", "discount", "discounts", "logic", "rule", "rules", "mapping", "formula", "layout", "wording", "format", "prices", "pricing", "calculation", "thresholds", "weights"]);
const OLD_WORDS = new Set(["old", "previous", "legacy", "former", "earlier", "original", "existing"]);
/** "from the old …", "from our previous …", built from OLD_WORDS so the two lists cannot drift apart. */
const FROM_THE_OLD = new RegExp(`\\bfrom (?:the|our) (?:${[...OLD_WORDS].join("|")}) `, "i");

/** "like in the old SAP script", "as in the previous version": a precedent the brief does not describe. */
/** Earlier efforts a precedent may be named after ("the Christmas drive", "the Red Deer pilot"). */
const EVENT_NOUNS = new Set(["drive", "campaign", "pilot", "project", "launch", "migration", "rollout", "promotion", "trial", "sale", "recall", "cutover"]);

/** "from our last candle-shop project": an earlier job of the writer's. */
export function lastProject(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k + 1 < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || (toks[k].w !== "last" && toks[k].w !== "previous") || (toks[k - 1].w !== "our" && toks[k - 1].w !== "the")) continue;
    const q = wordAhead(toks, k + 1, k + 3, EVENT_NOUNS);
    if (q >= 0) return span(toks, k - 1, q);
  }
  return null;
}

const BEHAVE_VERBS = new Set(["work", "works", "behave", "behaves", "function", "functions", "act", "acts", "look", "looks", "feel", "feels", "retry", "retries"]);
const HABIT_ADVERBS = new Set(["always", "usually", "normally", "typically"]);
const LIKE_PRECEDENTS = new Set([...PRECEDENT_NOUNS, "feature", "version", "tool", "one", "system", "screen", "page", "integration", "module"]);

/**
 * "We would like the existing spreadsheet imported", "we'd like the backend to do it": a wish, not a comparison.
 * "a donor they like in the catalogue": after a pronoun, "like" is what someone prefers, the verb, too.
 */
function likeAsVerb(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1]?.w ?? "";
  return before === "would" || before.endsWith("'d") || PRONOUN_SUBJECTS.has(before);
}

/** "the new one should work like that one did": the earlier thing, known only by pointing at it. */
function likeThatOneDid(toks: readonly Tok[], k: number): boolean {
  return toks[k + 1]?.w === "that" && toks[k + 2]?.w === "one" && /^(did|does|used|was)$/.test(toks[k + 3]?.w ?? "");
}

/** "do it like Suzuki-san did in the pilot": a person's earlier work, known only to the writer. */
function likeSomeoneDid(toks: readonly Tok[], k: number): boolean {
  // "like my cousin did for her bed and breakfast": a relative or colleague the reader does not know.
  if ((toks[k + 1]?.w === "my" || toks[k + 1]?.w === "our") && KNOWN_ONLY_TO_WRITER.has(toks[k + 2]?.w ?? "") && /^(did|does|made|had|set|built|wrote)$/.test(toks[k + 3]?.w ?? "")) return true;
  // "like Pak Joko plans it now": a title before the name.
  const title = HONORIFICS.has(toks[k + 1]?.w ?? "") && toks[k + 2]?.cap === true ? 1 : 0;
  const who = toks[k + 1 + title];
  // "like Ayşe Hanım does it", "like Lars Holm does": a second name word (a surname, or a title after the name).
  const second = toks[k + 2 + title];
  const name = who !== undefined && second !== undefined && second.t === WORD && second.cap && !second.upper && second.s === who.e + 1 ? title + 1 : title;
  // "like Lars always does it": an adverb of habit may stand between.
  const habit = HABIT_ADVERBS.has(toks[k + 2 + name]?.w ?? "") ? 1 : 0;
  const verb = toks[k + 2 + name + habit]?.w ?? "";
  // "like Pak Made always do it": after a title a name is a person's even when it spells a known word.
  if (who === undefined || who.t !== WORD || !who.cap || (title === 0 && (who.info & W_KNOWN) !== 0)) return false;
  // "like Joko plans it now", "like Sari rounds them": someone's own way of doing the thing, never written down.
  // "like Pak Darto explain in the meeting", "like Pak Budi do in the old Excel": with a title, the name is surely
  // a person's, and whatever they do or said is theirs, unwritten.
  if (title === 1 && PERSON_PRACTICE.has(verb)) return true;
  // "booked like Facu explained in the WhatsApp group": what someone said, never written down.
  // "show it in red, like Anders wants it": what someone wants, never written down either.
  return /^(did|does|built|made|set|wrote|explained|said|described|showed|told|mentioned|suggested|proposed)$/.test(verb) || ((PRACTICE_VERBS.has(verb) || WISH_VERBS.has(verb)) && /^(it|them)$/.test(toks[k + 3 + name + habit]?.w ?? ""));
}
const WISH_VERBS = new Set(["wants", "wanted", "likes", "liked", "prefers", "preferred"]);
const KNOWN_ONLY_TO_WRITER = new Set("cousin brother sister mother father mum mom dad wife husband son daughter uncle aunt friend neighbour neighbor colleague predecessor".split(" "));
const PRACTICE_VERBS = new Set(["plans", "handles", "calculates", "counts", "checks", "sorts", "splits", "rounds", "groups", "assigns", "prices", "does"]);

/** "like in the spreadsheet of Pak Rudi": a file known by whose it is. */
function artifactOfSomeone(toks: readonly Tok[], k: number): number {
  let j = k + 1;
  if (toks[j]?.w === "in") j++;
  // "like the Excel from Kadek": "from" names whose it is as well as "of".
  if (toks[j]?.w !== "the" || !KEPT_ARTIFACTS.has(toks[j + 1]?.w ?? "") || (toks[j + 2]?.w !== "of" && toks[j + 2]?.w !== "from")) return -1;
  let n = j + 3;
  if (HONORIFICS.has(toks[n]?.w ?? "") && toks[n + 1]?.cap === true) n++;
  const who = toks[n];
  return who !== undefined && who.t === WORD && who.cap && (who.info & W_KNOWN) === 0 ? n : -1;
}

/** A known product or company name (not an English word) among tokens [from, to). */
function publicProductBefore(toks: readonly Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (toks[j].cap && (toks[j].info & W_KNOWN) !== 0 && (toks[j].info & W_ENGLISH) === 0) return true;
  return false;
}

export function likeTheOld(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & W_ENGLISH) === 0) continue;
    const w = toks[k].w;
    if ((w !== "like" && w !== "as") || (w === "like" && likeAsVerb(toks, k))) continue;
    if (w === "like" && likeThatOneDid(toks, k)) return span(toks, k, k + 3);
    if (w === "like" && likeSomeoneDid(toks, k)) return span(toks, k, k + 2);
    const owner = w === "like" ? artifactOfSomeone(toks, k) : -1;
    if (owner > 0) return span(toks, k, owner);
    let j = k + 1;
    // "like for the old Access database": "for" only before an old thing.
    if (toks[j].w === "in" || toks[j].w === "on" || toks[j].w === "at" || (toks[j].w === "for" && w === "like" && OLD_WORDS.has(toks[j + 2]?.w ?? ""))) j++;
    if (toks[j]?.w !== "the" && toks[j]?.w !== "our") continue;
    if (j + 1 < toks.length && OLD_WORDS.has(toks[j + 1].w) && toks[j + 2]?.t === WORD && !recordOfTheFlow(toks, j + 1)) return span(toks, k, j + 2);
    // "like in the 2023 rollout", "like in the 2022 acerola recall": an earlier effort known by its year.
    if (w === "like" && j === k + 2 && yearAt(toks[j + 1]) && toks[j + 2]?.t === WORD) return span(toks, k, j + 2);
    // "works like the Adyen recon from 2022": an earlier project known by its year.
    for (let q = j + 1; q + 1 < toks.length && q <= j + 5; q++) {
      if (toks[q].t !== WORD) break;
      if (toks[q].w === "from" && yearAt(toks[q + 1])) return span(toks, k, q + 1);
    }
    // "Cap logic should work like the Christmas setup": a behaviour known by an earlier setup's name.
    if (w === "like" && j === k + 1 && k > 0 && BEHAVE_VERBS.has(toks[k - 1].w)) {
      const q = wordAhead(toks, j + 1, j + 3, LIKE_PRECEDENTS);
      if (q >= 0 && toks[q + 1]?.w !== "described" && toks[q + 1]?.w !== "below" && toks[q + 1]?.w !== "above") return span(toks, k - 1, q);
    }
    // "a gateway set up like at the Aarhus clinic": how it is done at another of the writer's places.
    if (w === "like" && j === k + 2 && (toks[k + 1].w === "at" || toks[k + 1].w === "in") && toks[j + 1]?.t === WORD && toks[j + 1].cap && BRANCH_NOUNS.has(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
    // "done like in the transactional mailer", "like in the Red Deer pilot": another system's behaviour, an earlier project.
    if (w === "like" && j === k + 2) {
      const event = wordAhead(toks, j + 1, j + 4, EVENT_NOUNS);
      if (event >= 0) return span(toks, k, event);
      const q = wordAhead(toks, j + 1, j + 3, SYSTEM_NOUNS);
      // "a tracking link like in the Gojek app": another company's public product, which anyone can open.
      if (q >= 0 && !publicProductBefore(toks, j + 1, q)) return span(toks, k, q);
    }
  }
  return null;
}

/** One of the writer's own places, named: "the Aarhus clinic", "the Namba shop". */
const BRANCH_NOUNS = new Set("clinic clinics office shop store branch site warehouse studio depot plant factory school kitchen hotel lab".split(" "));

/** Documents and rules a person or team keeps: "the list Dariusz keeps", "the template the DLV squad made". */
export const KEPT_ARTIFACTS = new Set("macro macros calculator notebook flow flows check tree link links page form excel report reports export exports file files csv deck doc document list lists template templates matrix formula rules rule wording mapping format table sheet spreadsheet script logic process approach numbers figures criteria thresholds values schedule letter letters email emails message messages notice notices reminder reminders text gates checks pattern patterns convention conventions policy policies scheme schemes numbering layout chart charts endpoint endpoints dashboard dashboards".split(" "));
/**
 * "the list Dariusz keeps", "the rules Bu Sari in AR uses today", "the
 * template the DLV squad made last sprint", "the matrix KIT-afdelingen
 * approved": a document known only by who keeps or made it.
 */
/** The client's own professionals: "our lawyer", "our tax adviser", "our biologist". */
const ADVISERS = new Set("lawyer lawyers accountant accountants auditor auditors adviser advisor advisers advisors consultant consultants notary vet biologist designer designers".split(" "));
const isThe = (t: Tok): boolean => (t.info & W_ENGLISH) !== 0 && t.w === "the";

export function keptBySomeone(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  // The "the" that opens the phrase stands at most five tokens before the noun (a modifier, a second one, an old
  // word, "same"): a noun with no "the" that near is skipped before any of its words are read.
  let lastThe = -1;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (isThe(toks[k - 1])) lastThe = k - 1;
    if (lastThe < k - 5) continue;
    // "the list", or "the field list" with one modifier. "the" is a known word (its info bit says so),
    // read without slicing the line: it is tested before the noun, which may be any word.
    // "the same exclusion list Thandi uses", "the same SMS wording that Jens sends": "same" may stand before them.
    let d = k - 1;
    if (d >= 1 && toks[d].t === WORD && (toks[d].info & W_ENGLISH) === 0 && !isThe(toks[d])) d--;
    // "the aircraft type list that Jens made": a second modifier, before a kept artifact only. The modifier's shape is
    // tested first: it rules out most places without a set lookup on the noun.
    if (d >= 1 && toks[d].t === WORD && !toks[d].cap && (toks[d].info & W_ENGLISH) === 0 && !isThe(toks[d]) && KEPT_ARTIFACTS.has(toks[k].w) && !OLD_WORDS.has(toks[d].w) && toks[d].w !== "same") d--;
    // "the old Lotus sheet that Nimal kept": an earlier version's file, kept by a person.
    if (d >= 1 && d < k && OLD_WORDS.has(toks[d].w)) d--;
    if (d >= 1 && toks[d].w === "same") d--;
    const det = d >= 0 && isThe(toks[d]) ? d : -1;
    if (det < 0 || toks[k].t !== WORD) continue;
    // "the weight Pak Budi use in the kitchen", "the HS code that Sato-san put on last year's shipments": with a
    // title, the name is surely a person's, and whatever they use or made is theirs, unwritten. Any other noun
    // must be a kept artifact ("the list"): that test comes first, as it rules out most nouns.
    const artifact = KEPT_ARTIFACTS.has(toks[k].w);
    if (!artifact && (toks[k].cap || (toks[k].info & W_ENGLISH) !== 0)) continue;
    // "With the Distance Matrix API stubbed": two capitalised words name a product, whatever its last word means.
    if (toks[k].cap && d < k - 1 && toks[k - 1].cap) continue;
    let j = k + 1;
    if (toks[j].w === "that" || toks[j].w === "which") j++;
    const subject = toks[j];
    if (!subject || subject.t !== WORD) continue;
    if (!artifact && !((HONORIFICS.has(subject.w) && toks[j + 1]?.cap === true) || (subject.cap && hasHonorificSuffix(subject)))) continue;
    let end = -1;
    // "The export CSV has the columns …": a format's letters, with "has", are no one keeping the export.
    // "The job sheet PDF generated for the press crew": a file format's letters, then what made it, not a person.
    const format = subject.upper && (toks[j + 1]?.w === "has" || toks[j + 1]?.w === "had" || (isKnownAcronym(subject.w) && !DEPARTMENTS.has(subject.w) && subject.w !== "it"));
    if ((subject.cap && !format && !(subject.info & W_KNOWN) && !defined.has(subject.w)) || (HONORIFICS.has(subject.w) && toks[j + 1]?.cap) || (DEPARTMENTS.has(subject.w) && !subject.cap)) {
      end = j;
      // "Bu Sari", "Pak Budi", "Dr Patel": title plus name; "in AR": the person's department.
      while (end + 1 < toks.length && toks[end + 1].t === WORD && toks[end + 1].cap) end++;
    } else if (subject.w === "the" || subject.w === "our") {
      // "the fixed wording our lawyer approved": a professional of the client's, as a team is.
      for (let q = j + 1; q < toks.length && q <= j + 3; q++) {
        if (toks[q].t !== WORD) break;
        if (GROUP_NOUNS.has(toks[q].w) || (subject.w === "our" && ADVISERS.has(toks[q].w))) end = q;
      }
    } else if (PRONOUN_SUBJECTS.has(subject.w)) end = j;
    if (end < 0) continue;
    // "the pattern Marta and I settled on"
    if (toks[end + 1]?.w === "and" && PRONOUN_SUBJECTS.has(toks[end + 2]?.w ?? "")) end += 2;
    let v = end + 1;
    // "the letter we always send home"
    if (toks[v]?.t === WORD && /^(always|usually|normally|already|still)$/.test(toks[v].w)) v++;
    if (toks[v]?.w === "in" && toks[v + 1]?.t === WORD && toks[v + 1].cap) v += 2;
    const verb = toks[v];
    // "About 1 in 8 of the numbers we have are out of date": the data held, and what is true of it.
    if (verb !== undefined && (verb.w === "have" || verb.w === "has") && COPULAS.has(toks[v + 1]?.w ?? "")) continue;
    // "so the treasurer Ibu Sari does not calculate by hand any more": what someone will stop doing is today's problem,
    // not a practice to copy.
    if (toks[v + 1]?.w === "not") continue;
    if (verb && verb.t === WORD && (ONE_VERBS.has(verb.w) || verb.w === "keeps" || verb.w === "kept" || verb.w === "maintains" || isPastVerb(verb))) return span(toks, det, v);
    // "the 2023 flow that Pak Yudi build": after a title, the verb's tense may be left out.
    if (verb && verb.t === WORD && HONORIFICS.has(subject.w) && PERSON_PRACTICE.has(verb.w)) return span(toks, det, v);
  }
  return null;
}

/** "the cache layer we built for the newsletter project": an unexplained piece of past work. */
/** "the exception flow we use for damaged stock": a practice of the writer's, named but not described. */
export function currentPractice(toks: readonly Tok[]): Hit | null {
  for (let k = 2; k + 2 < toks.length; k++) {
    if ((toks[k + 1].info & T_WE) === 0 || toks[k].w !== "we" || toks[k + 1].w !== "use" || toks[k + 2].w !== "for") continue;
    const noun = toks[k - 1];
    if (noun.t !== WORD || !PRECEDENT_NOUNS.has(noun.w)) continue;
    for (let b = k - 2; b >= 0 && b >= k - 4; b--) if (toks[b].w === "the" || toks[b].w === "our") return span(toks, b, k + 2);
  }
  return null;
}

const COMPARING = new Set(["same", "like", "match", "matches", "mirror", "mirrors", "follow", "follows"]);

/**
 * "same as what we do in the POS integration", "should match what we send out for field trip
 * slips": the writer's current practice elsewhere, which the brief never shows.
 */
export function whatWeDo(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k + 3 < toks.length; k++) {
    if (toks[k].w !== "what" || toks[k + 1].w !== "we" || toks[k + 2].t !== WORD) continue;
    let c = k - 1;
    if (toks[c].w === "as") c--;
    if (c < 0 || !COMPARING.has(toks[c].w)) continue;
    for (let j = k + 3; j < toks.length && j <= k + 5; j++) if (/^(for|in|with|on)$/.test(toks[j].w) && toks[j + 1]?.t === WORD) return span(toks, c, j + 1);
  }
  return null;
}

export function pastWork(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    // The verb's info bit first (T_WE marks exactly PAST_WORK_VERBS): cheaper than reading every word.
    if ((toks[k + 1].info & T_WE) === 0 || toks[k].w !== "we") continue;
    const verb = toks[k + 1];
    if (!verb || verb.t !== WORD || !PAST_WORK_VERBS.has(verb.w)) continue;
    const prep = toks[k + 2];
    if (!/^(for|in|during|back|last|as|on|at|with)$/.test(prep.w)) continue;
    // It must name a thing: "the cache layer we built", "the script that we wrote".
    let j = k - 1;
    if (toks[j].w === "that" || toks[j].w === "which") j--;
    if (j >= 0 && toks[j].t === WORD && !toks[j].cap && !ENGLISH_OR_STOP.has(toks[j].w)) {
      for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (toks[b].w === "the" || toks[b].w === "our") return span(toks, b, k + 2);
    }
  }
  return null;
}

/** "the way the sign-up form already does", "exactly as the iOS SDK does", "like the app does". */
export function wayPrecedent(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k < toks.length; k++) {
    // Every form needs "way"/"like" here or "exactly"/"just" before (all T_WAY words).
    if (((toks[k].info | toks[k - 1].info) & T_WAY) === 0) continue;
    const w = toks[k].w;
    // "the way the sign-up form does", "the same way Hydra handles retention".
    const wayForm = w === "way" && (toks[k - 1].w === "the" || (toks[k - 1].w === "same" && toks[k - 2]?.w === "the")) && !/^(by|on|all|one|either|no|any)$/.test(toks[k - 2]?.w ?? "");
    const exactly = (w === "as" || w === "like") && /^(exactly|just)$/.test(toks[k - 1].w);
    // "like it does for corporate events": behaviour copied from elsewhere.
    const likeIt = w === "like" && /^(it|they|we)$/.test(toks[k + 1]?.w ?? "") && /^(does|did|do)$/.test(toks[k + 2]?.w ?? "");
    if (likeIt) return span(toks, k, k + 2);
    // "done the Fernhill way": a named method.
    if (w === "way" && toks[k - 2]?.w === "the" && isUnknownName(toks[k - 1])) return span(toks, k - 2, k);
    // "like how Kyoto Hanaya does it": "how" stands where "the way" would.
    const like = w === "like" && !likeAsVerb(toks, k) && (toks[k + 1]?.w === "the" || toks[k + 1]?.w === "how" || toks[k + 1]?.w === "our");
    // "the way we sketched on the whiteboard": a pronoun and a past verb after "the way".
    if (wayForm && /^(we|they|you)$/.test(toks[k + 1]?.w ?? "") && isPastVerb(toks[k + 2])) return span(toks, k - 1, k + 2);
    // "Store it the same way we store the instrument audit trails": the client's own practice, by reference.
    if (wayForm && toks[k - 1].w === "same" && (toks[k + 1]?.w === "we" || toks[k + 1]?.w === "they") && toks[k + 2]?.t === WORD && !toks[k + 2].cap) return span(toks, k - 1, k + 2);
    // "do it the way our CA suggested", "the way the auditor explained": advice given once, never written down.
    if (wayForm && (toks[k + 1]?.w === "the" || toks[k + 1]?.w === "our")) {
      const v = toks[k + 2]?.t === WORD && ADVICE_VERBS.has(toks[k + 3]?.w ?? "") ? k + 3 : toks[k + 3]?.t === WORD && ADVICE_VERBS.has(toks[k + 4]?.w ?? "") ? k + 4 : -1;
      if (v > 0) return span(toks, k - 1, v);
    }
    // "follow the way Alhaji Musa shares out jobs on Saturdays": a titled person's own practice.
    if (wayForm && HONORIFICS.has(toks[k + 1]?.w ?? "") && toks[k + 2]?.t === WORD && toks[k + 2].cap) {
      const v = toks[k + 3]?.t === WORD && toks[k + 3].cap ? k + 4 : k + 3;
      const verb = toks[v];
      if (verb !== undefined && verb.t === WORD && !verb.cap && verb.w.length > 3 && verb.w.endsWith("s") && !verb.w.endsWith("ss")) return span(toks, k - 1, v);
    }
    // "rounded the way Kenji from accounting explained last week": a person, where they work, and advice given once.
    if (wayForm && isUnknownName(toks[k + 1])) {
      let v = k + 2;
      if ((toks[v]?.w === "from" || toks[v]?.w === "in" || toks[v]?.w === "at") && toks[v + 1]?.t === WORD) v += toks[v + 1].w === "the" ? 3 : 2;
      if (v > k + 2 && ADVICE_VERBS.has(toks[v]?.w ?? "")) return span(toks, k - 1, v);
    }
    // "Format the CSV the way the broker likes it": what someone wants, as with "like Anders wants it".
    if (wayForm && toks[k + 1]?.w === "the" && toks[k + 2]?.t === WORD && WISH_VERBS.has(toks[k + 3]?.w ?? "") && /^(it|them)$/.test(toks[k + 4]?.w ?? "")) return span(toks, k - 1, k + 4);
    // "scored the way the revenue team scores them today": a team's own practice, never described.
    if (wayForm && (toks[k + 1]?.w === "the" || toks[k + 1]?.w === "our")) {
      const g = wordAhead(toks, k + 2, k + 4, GROUP_NOUNS);
      const verb = g >= 0 ? toks[g + 1] : undefined;
      if (verb !== undefined && verb.t === WORD && verb.w.length > 3 && verb.w.endsWith("s") && !verb.w.endsWith("ss")) return span(toks, k - 1, g + 1);
    }
    // "the same way the sentinel alerts go out", "the same way the driver app gets them": how another of the client's
    // flows runs today, a clause after "the same way" (writers labelled 58 of 62 such lines).
    if (wayForm && toks[k - 1].w === "same" && (toks[k + 1]?.w === "the" || toks[k + 1]?.w === "our")) {
      for (let j = k + 3; j < toks.length && j <= k + 5 && toks[j].t === WORD && !toks[j].upper; j++) if (RUNS.has(toks[j].w)) return span(toks, k - 1, j);
    }
    if (!wayForm && !exactly && !like) continue;
    if (toks[k + 1] && CURRENT.has(toks[k + 1].w)) continue;
    for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
      const t = toks[j];
      // "the same way Ms. Sato does it now": the full stop of a title.
      if (t.t === PUNCT && t.w === "." && HONORIFICS.has(toks[j - 1].w)) continue;
      // "the same way Lina (admin) does it now": a role in brackets after the name.
      if (t.w === "(" && j > k + 1 && toks[j + 2]?.w === ")") {
        j += 2;
        continue;
      }
      if (t.t === PUNCT || t.t === CODE || t.t === URL) break;
      if (DOES.has(t.w) && (j + 1 >= toks.length || toks[j + 1].t !== WORD || !/^(not|the|a)$/.test(toks[j + 1].w))) {
        return span(toks, k - 1, j);
      }
      // "the way we always have": the verb left out is a habit nobody wrote down.
      // "the same way Sandra's clinic in Guelph has it".
      const end = toks[j + 1]?.w === "it" ? j + 2 : j + 1;
      if ((t.w === "have" || t.w === "had" || t.w === "has") && (end >= toks.length || toks[end].t !== WORD)) return span(toks, k - 1, j);
    }
  }
  return null;
}

/** Verbs of how a flow runs: "the same way the sentinel alerts go out". */
const RUNS = new Set("work works worked go goes went get gets got run runs ran expire expires expired come comes came arrive arrives arrived happen happens happened behave behaves behaved receive receives received handle handles handled send sends sent process processes processed do does did".split(" "));

/** Verbs of advice given in conversation ("the way our CA suggested"). */
const ADVICE_VERBS = new Set(["suggested", "described", "explained", "showed", "proposed", "recommended", "advised", "told", "said", "wanted", "asked"]);

/** Properties that a named system simply has, or a place or time two records share: "the same region as the cluster", "on the same floor as the desk", "on the same server as the registration API". */
const ATTRIBUTES = new Set("values value region regions timezone zone currency name id ids key bucket day date week month year floor room building street city country postcode server database repository repo machine host order totals rows hash number amount size type entries ranks results data content fields columns transaction request response call batch row line file message".split(" "));

/** "following the staging split we did last year": a past precedent with a time. */
const CALENDAR_UNITS = new Set(["day", "week", "month", "quarter", "period", "date", "season", "weekend", "weekday"]);

/** "we had 14 …", "we saw 5 …", "we received 340 …" in tokens [a, b) of one sentence. */
function countsEvents(toks: readonly Tok[], a: number, b: number): boolean {
  for (let j = a; j + 2 < toks.length && j < b && !(toks[j].t === PUNCT && endsSentence(toks, j)); j++) {
    if (toks[j].w === "we" && toks[j + 1].t === WORD && /(?:ed|had|saw|got|lost|took|made)$/.test(toks[j + 1].w) && toks[j + 2].t === NUM) return true;
  }
  return false;
}

export function lastTime(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "last" || !/^(year|month|week|quarter|sprint|time|spring|summer|autumn|fall|winter|season|release|version|campaign|harvest|semester|term|edition|event|festival|christmas|easter|valentine|valentine's|halloween|ramadan|lebaran|eid|diwali|obon)$/.test(toks[k + 1].w)) continue;
    // Look for "we did"/"took"/"same"/"like"/"following" in the same sentence.
    let a = k;
    while (a > 0 && a > k - 40 && !(toks[a - 1].t === PUNCT && endsSentence(toks, a - 1))) a--;
    // "Last quarter we had 14 account takeovers … in the same session": a count of what happened.
    if (countsEvents(toks, a, k + 40)) continue;
    // "(2 cases last year)": a count of what happened, right before its time.
    if (k >= 2 && toks[k - 2].t === NUM && toks[k - 1].t === WORD) continue;
    // "Since last winter the machines have GPS units that report into the same table": what holds from then on.
    if (toks[k - 1]?.w === "since") continue;
    // "Last year the onboarding was done by hand, following the runbook": a story of what happened;
    // only a comparison ("the same as last year", "like last year") makes it a precedent.
    // "Twice last year two restaurants used the same number range": a count of times may open the story.
    // "…, and twice last month we gave an order to the wrong person": so may a clause after "and" or "but".
    // "Two times last Christmas we sold packs we did not have": "N times" may open it too.
    const story = opensClause(toks, a, k) || (countOfTimes(toks[k - 1]) && opensClause(toks, a, k - 1)) || (toks[k - 1]?.w === "times" && countOfTimes(toks[k - 2]) && opensClause(toks, a, k - 2));
    for (let j = a; j < toks.length && j < k + 40 && !(toks[j].t === PUNCT && endsSentence(toks, j)); j++) {
      const w = toks[j].w;
      // "against the same month last year": a date in the calendar, not a precedent.
      if (w === "same" && CALENDAR_UNITS.has(toks[j + 1]?.w ?? "") && toks[j + 2]?.w === "last") continue;
      // "the split we did last year"; not "nobody could tell who did it" in a story of last month.
      const ourDoing = (w === "did" || w === "took" || w === "used") && /^(we|they|you)$/.test(toks[j - 1]?.w ?? "");
      // "the split we built last year"; not "last year we received a warning" (a story).
      // "the ones we built"; not "new accounts need lower ones".
      const theOnes = w === "ones" && (toks[j - 1]?.w === "the" || toks[j - 1]?.w === "same");
      // "Last month two customers paid for the same kain": the story's own object, not a comparison; "Last winter a box of
      // rockets went in the same crate as two propane cylinders" compares two things of the story.
      const comparedSame = w === "same" && !story && comparesWith(toks, j);
      if (comparedSame || w === "like" || (!story && (w === "following" || ourDoing || theOnes || (w === "we" && PAST_WORK_VERBS.has(toks[j + 1]?.w ?? ""))))) {
        return span(toks, k, k + 1);
      }
    }
  }
  return null;
}

/** Token j opens the sentence that starts at a, or a clause after "and", "but", a colon or a semicolon. */
function opensClause(toks: readonly Tok[], a: number, j: number): boolean {
  // "…, and they drift: last week we sold 6 kg we did not have": a colon or semicolon opens the story too.
  return j === a || toks[j - 1].w === "and" || toks[j - 1].w === "but" || toks[j - 1].w === ":" || toks[j - 1].w === ";";
}

/** "Twice", "3", "three": how many times something happened. */
function countOfTimes(t: Tok | undefined): boolean {
  return t !== undefined && (t.t === NUM || (t.info & W_NUMBER) !== 0 || t.w === "twice" || t.w === "once");
}

/** "the same thresholds as", "same like", "the same tooling we used": "same" compares with something within five words. */
function comparesWith(toks: readonly Tok[], j: number): boolean {
  for (let m = j + 1; m < toks.length && m <= j + 5; m++) if (COMPARISON_LINKS.has(toks[m].w)) return true;
  return false;
}
const COMPARISON_LINKS = new Set(["as", "like", "we", "you", "they", "i"]);

/** Verbs of telling, showing or settling something, which a past event then dates. */
const TOLD_VERBS = new Set("explained walked showed shown presented demoed demonstrated chose picked decided settled agreed went described outlined mentioned sketched proposed suggested".split(" "));
/** Events that date the telling: "at the kickoff", "in the last review", "during the 2023 remediation". */
const PAST_EVENTS = new Set("kickoff kick-off workshop meeting review readout call demo offsite standup retro retrospective remediation session sync".split(" "));
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/**
 * A quick test of the line before the scan below: a weekday, "during", "last" or a meeting word.
 * Each of these is in the word table with a bit that says which kind of word it is, so the text
 * of other tokens is never read.
 */
function namesPastEvent(toks: readonly Tok[]): boolean {
  for (const t of toks) {
    if (t.t !== WORD) continue;
    const info = t.info;
    if ((info & (T_SAME | T_MEETING)) !== 0) {
      if (t.w === "last" || PAST_EVENTS.has(t.w)) return true;
    } else if ((info & W_ENGLISH) !== 0) {
      if (t.w === "during") return true;
    } else if (t.cap && (info & W_KNOWN) !== 0 && WEEKDAYS.has(t.w)) return true;
  }
  return false;
}

/**
 * "the waiver hierarchy that Compliance walked us through on Tuesday", "the template marketing
 * showed us in the last review", "the behaviour we settled on during the 2023 remediation":
 * something named by who told it and when, never written down in the brief.
 */
export function toldAtPastEvent(toks: readonly Tok[]): Hit | null {
  if (!namesPastEvent(toks)) return null;
  // From each dated event back to the telling verb (at most ten words, same sentence), so that only
  // the words near an event are read.
  for (let j = 1; j < toks.length; j++) {
    if (!datedEvent(toks, j)) continue;
    let k = j - 1;
    while (k >= 2 && k >= j - 10 && !(toks[k].t === PUNCT && endsSentence(toks, k))) k--;
    for (k = Math.max(k, 2); k < j; k++) {
      const t = toks[k];
      if (t.t !== WORD || !TOLD_VERBS.has(t.w)) continue;
      // The thing told comes first: "the <noun> [that] <someone> <verb>".
      for (let d = k - 2; d >= 0 && d >= k - 6 && toks[d].t === WORD; d--) if (toks[d].w === "the" || toks[d].w === "our") return span(toks, d, j);
    }
  }
  return null;
}

/** "on Tuesday", "yesterday", "at the kickoff", "in the last review", "during the 2023 remediation". */
function datedEvent(toks: readonly Tok[], j: number): boolean {
  const u = toks[j];
  if (u.t !== WORD) return false;
  // Weekdays are in the word table; a word outside it is read only when its length could say "yesterday".
  if (u.info !== 0 && WEEKDAYS.has(u.w)) return true;
  if (u.info === 0 && u.e - u.s === 9 && u.w === "yesterday") return true;
  // An event is introduced: "the kickoff", "last review", "the 2023 remediation", "the last sprint review".
  const introducing = (t: Tok | undefined): boolean => t !== undefined && t.info !== 0 && (t.w === "the" || t.w === "last");
  return (introducing(toks[j - 1]) || toks[j - 1]?.t === NUM || introducing(toks[j - 2])) && PAST_EVENTS.has(u.w);
}

/** "on the phone", "at the counter", "in our paper agenda": where the writer's team does the work today. */
function wherePracticed(toks: readonly Tok[], at: number): boolean {
  const prep = toks[at]?.w;
  const after = toks[at + 1];
  if (after === undefined || after.t !== WORD) return false;
  if ((prep === "on" || prep === "at" || prep === "in") && (after.w === "the" || after.w === "our")) return true;
  // "the same cut-off we use for the dealers", "the same template we use for invoices": what the team does for
  // another case today. "the same margin we use in Cristóbal": at another of its places.
  return prep === "for" || ((prep === "in" || prep === "at") && after.cap && !after.upper);
}

/** "ifthenpay (https://…), the same …", "Postmark, the same …": "the same" in apposition to a name or a link. */
function namedBefore(toks: readonly Tok[], k: number): boolean {
  const the = toks[k - 1]?.w === "the" ? k - 1 : k;
  if (toks[the - 1]?.w !== ",") return false;
  let n = the - 2;
  let linked = false;
  if (toks[n]?.w === ")") {
    // Within FIGURE_REACH tokens: a line of many ")" with no "(" stays linear.
    for (const stop = n - FIGURE_REACH; n >= 0 && n > stop && toks[n].w !== "("; n--) if (toks[n].t === URL) linked = true;
    n--;
  }
  const named = toks[n];
  return linked || (named !== undefined && (named.t === URL || named.t === CODE || (named.t === WORD && named.cap)));
}

/** Words that open a new clause after a noun ("the same month because we …"). */
const CLAUSE_OPENERS = new Set(["because", "when", "if", "since", "so", "and", "or", "but", "after", "before", "while", "until", "where"]);

/**
 * Whether a number or a code span stands before token k in its sentence (the value a comparison repeats), within
 * FIGURE_REACH tokens, so that a long sentence of many comparisons stays linear.
 */
function figureBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - FIGURE_REACH && !endsSentence(toks, j); j--) if (toks[j].t === NUM || toks[j].t === CODE) return true;
  return false;
}
const FIGURE_REACH = 30;

/** "2023": a year, which names a past occasion after "the" ("the 2023 campaign"). */
function yearAt(t: Tok | undefined): boolean {
  return t !== undefined && t.t === NUM && YEAR.test(t.w);
}
const YEAR = /^(?:19|20)\d\d$/;
/** Words that end the name of an occasion ("the 2023 campaign and …"). */
const OCCASION_ENDS = new Set(["and", "or", "but", "with", "for", "to", "in", "on", "at", "of", "that", "which", "we", "so", "is", "was"]);
const SEASON_WORDS = new Set(["spring", "summer", "autumn", "fall", "winter", "rainy", "dry", "high", "low"]);

/**
 * "the same design as the 2023 campaign", "like for the 2022 municipality campaign", "as per the 2023 debrief",
 * "the same coefficients as in the winter 2023 season", "the same columns as in the recall of 2021": a past occasion
 * named by its year, compared with and never described. "like in 2022" (an example of the world) and "same as we did
 * in 2024" name no occasion.
 */
export function datedOccasion(toks: readonly Tok[]): Hit | null {
  for (let y = 2; y < toks.length; y++) {
    if (!yearAt(toks[y])) continue;
    let d = -1;
    let end = y;
    if (toks[y - 1].w === "the" || toks[y - 1].w === "our") {
      // "the same dates as the 2025 rows of the source CSV": records of a year, which the product holds.
      if (toks[y + 1]?.t !== WORD || OCCASION_ENDS.has(toks[y + 1].w) || ATTRIBUTES.has(toks[y + 1].w)) continue;
      d = y - 1;
      end = toks[y + 2]?.t === WORD && !OCCASION_ENDS.has(toks[y + 2].w) ? y + 2 : y + 1;
    } else if (SEASON_WORDS.has(toks[y - 1].w) && toks[y - 2].w === "the") {
      d = y - 2;
      end = toks[y + 1]?.w === "season" ? y + 1 : y;
    } else if (toks[y - 1].w === "of") {
      // "the recall of 2021", "the flood alerts of 2023".
      for (let q = y - 2; q >= 1 && q >= y - 4 && toks[q].t === WORD; q--) {
        if (toks[q].w === "the") {
          d = q;
          break;
        }
      }
      if (d < 0 || d === y - 2) continue;
    } else continue;
    let c = d - 1;
    if (c >= 1 && /^(in|for|per|with|at)$/.test(toks[c].w)) c--;
    if (c < 0) continue;
    // "…, like the 2016 eruption, …": an example given in passing, not a way of working to copy.
    if ((toks[c].w === "like" && toks[c - 1]?.w !== ",") || (toks[c].w === "as" && (c < d - 1 || sameBefore(toks, c)))) return span(toks, c, end);
  }
  return null;
}

/** "log in with the same …", "sign in using the same …": a verb of logging in within four words before "same" at k. */
function loggingInBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (toks[j].w === "in" && /^(log|logs|sign|signs)$/.test(toks[j - 1]?.w ?? "")) return true;
  return false;
}
const SHARED_INSTANCES = new Set(["service", "account", "server", "database", "instance", "cluster", "domain", "bucket", "tenant", "login"]);
/** Occasions and other sites of the client's that a brief compares with ("the Golden Week event", "the Kesennuma plant"). */
const OCCASIONS_AND_SITES = new Set("event events season festival expo fair campaign tournament championship launch promotion sale conference edition plant site branch depot store shop factory office".split(" "));

/**
 * "Cancellations follow the same window as the Golden Week event", "the same par levels as the Christmas season", "the
 * same scheme as the Kesennuma plant": a rule copied from another occasion or site of the client's, never described.
 * "the same timezone as the warehouse" compares an attribute the data holds (ATTRIBUTES).
 */
export function occasionCompared(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    let a = k + 1;
    while (a < toks.length && a <= k + 3 && toks[a].t === WORD && toks[a].w !== "as") a++;
    // "on the same account as the web ticket shop", "the same service as the web shop": one instance shared.
    if (toks[a]?.w !== "as" || a === k + 1 || ATTRIBUTES.has(toks[a - 1].w) || SHARED_INSTANCES.has(toks[a - 1].w)) continue;
    let d = a + 1;
    if (toks[d]?.w === "at" || toks[d]?.w === "in" || toks[d]?.w === "for") d++;
    if (toks[d]?.w !== "the" && toks[d]?.w !== "our") continue;
    for (let j = d + 2; j < toks.length && j <= d + 4; j++) {
      // "the same logging as our other outgoing events": the brief's own kind, not another occasion.
      if (toks[j].t !== WORD || toks[j - 1].w === "other" || firstOfTheRepeats(toks, d + 1)) break;
      if (OCCASIONS_AND_SITES.has(toks[j].w)) return span(toks, k, j);
    }
  }
  return null;
}

/** "same" within six words before token c, in its sentence. */
function sameBefore(toks: readonly Tok[], c: number): boolean {
  for (let j = c - 1; j >= 0 && j >= c - 6 && !(toks[j].t === PUNCT && endsSentence(toks, j)); j--) if (toks[j].w === "same") return true;
  return false;
}

/** "the export we sent them", "the file they made": from `from`, one to three words, then "we"/"they"/"I" and a past verb; that verb's index, or -1. */
function teamDidAfter(toks: readonly Tok[], from: number): number {
  for (let j = from + 1; j < toks.length && j <= from + 3; j++) {
    const t = toks[j];
    if (t.t !== WORD) return -1;
    // "as in the winter plan Jonas made": a named person's earlier work, the same.
    const someone = t.w === "we" || t.w === "they" || t.w === "i" || (t.cap && !t.upper && (t.info & W_KNOWN) === 0);
    if (someone && isPastVerb(toks[j + 1]) && toks[j + 1].w !== "had") return j + 1;
  }
  return -1;
}

/** ": `422 same_size`", ": 409": a colon right after the comparison, then the code or figure of the case's outcome. */
function caseWithOutcome(toks: readonly Tok[], k: number): boolean {
  return toks[k]?.w === ":" && (toks[k + 1]?.t === CODE || toks[k + 1]?.t === NUM);
}

/** ", i.e. …", ", namely …": the words after the comparison say what it is. */
function spelledOut(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.w !== ",") return false;
  const w = toks[k + 1]?.w;
  return w === "namely" || w === "ie" || w === "i.e";
}
