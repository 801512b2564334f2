/**
 * shared-context: knowledge that lives in someone's head or a past
 * conversation. Cues: conversation verbs ("as discussed"), meetings with a
 * past qualifier ("in Monday's standup"), unstated precedents ("the same rule
 * as the warehouse app", "the way the sign-up form does", "like last time"),
 * and people as sources ("ask Kenji", "Kenji's trick", "the approach Hiroshi
 * prototyped"). A line that points into the brief itself ("described under
 * Context", "above") is exempt.
 */
import type { LineCtx } from "../doc.js";
import { F_ACR, F_NAME, S_SHARED, T_ASK, T_DECIDE, T_DOES, T_MEETING, T_SAME, T_SHARED, T_WAY, T_WE, W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { atSentenceStart, endsSentence } from "../doc.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import {
  SYSTEM_NOUNS,
  ASK_VERBS,
  CONVERSATION_VERBS,
  MEETING_NOUNS,
  PAST_TIME_WORDS,
  PAST_WORK_VERBS,
  PERSON_ARTIFACTS,
  PRECEDENT_NOUNS,
  SHARED_PHRASES,
} from "../lexicon/cues.js";
import { CAPITALISED_WORDS, PLACES } from "../lexicon/known.js";
import { isUnknownName, possessiveArtifact } from "./names.js";
import type { Emit } from "./emit.js";

const PHRASES = new PhraseSet<true>(SHARED_PHRASES.map((p) => [p, true] as const));
const ASK = new PhraseSet<true>(ASK_VERBS.map((p) => [p, true] as const));

const DAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const PRONOUN_SUBJECTS = new Set(["we", "they", "you", "i", "he", "she"]);
const MEETING_PREPS = new Set(["in", "at", "during", "from", "after", "per", "since", "on"]);
/** Verbs that, after a person's name, make the person the source ("Lena took", "Yuki set it up"). */
const SOURCE_VERBS = new Set(
  "took did prototyped wrote described explained showed mentioned suggested proposed figured shared posted knows said agreed decided promised recommended built tried measured found".split(" "),
);
/** Nouns that name another system or a past project ("as the screenshot service", "for the newsletter project"). */
const PROJECT_NOUNS = new Set("project projects migration migrations backfill connector importer rollout launch release sprint prototype rewrite pilot trial experiment campaign setup process procedure playbook desk site sites market markets branch brand script scripts flow flows logic handling behaviour behavior feature portal portals".split(" "));
/** Words that cannot be the head noun of "the X we built". */
const ENGLISH_OR_STOP = new Set("the a an our this that these those it one ones what which who".split(" "));
const DOES = new Set(["does", "do", "did", "done", "set", "treats", "treat", "treated", "handles", "handled", "already", "works", "worked", "used", "uses", "describes", "described", "says", "said", "shows", "showed", "recommends", "documents", "runs", "ran", "demoed", "demonstrated"]);
const CURRENT = new Set(["today", "now", "currently", "above", "below", "described"]);

type Hit = { s: number; e: number };

const span = (toks: readonly Tok[], a: number, b: number): Hit => ({ s: toks[a].s, e: toks[b].e });

/** Parts of a brief a reference may point at ("described in the Context section"). */
const BRIEF_PARTS = /\b(brief|section|context|api|edge|acceptance|criteria|glossary|table|list|paragraph|step)\b/;

/** Index of the first word in tokens [from, to] that is in one of `sets`, looking no further than the first non-word; -1 if none. */
function wordAhead(toks: readonly Tok[], from: number, to: number, ...sets: ReadonlySet<string>[]): number {
  for (let q = from; q < toks.length && q <= to; q++) {
    if (toks[q].t !== WORD) return -1;
    for (const set of sets) if (set.has(toks[q].w)) return q;
  }
  return -1;
}

/** True when the line points at the brief itself, so the reference is explained. */
function refersToBrief(toks: readonly Tok[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].w;
    if (w === "above" || w === "below" || w === "section") return true;
    // "described under Context", "listed in the table below"; not "described in the acquirer's portal".
    if ((w === "described" || w === "explained" || w === "defined" || w === "listed") && /^(under|above|below|earlier|here)$/.test(toks[k + 1]?.w ?? "")) return true;
    if ((w === "described" || w === "explained" || w === "defined" || w === "listed") && toks[k + 1]?.w === "in" && /^(this|the|context|api|edge|acceptance|glossary)$/.test(toks[k + 2]?.w ?? "") && BRIEF_PARTS.test(toks.slice(k + 2, k + 5).map((t) => t.w).join(" "))) return true;
  }
  return false;
}

function isPastVerb(t: Tok | undefined): boolean {
  return !!t && t.t === WORD && (t.w.endsWith("ed") || SOURCE_VERBS.has(t.w) || t.w === "set" || t.w === "had" || t.w === "used");
}

/** "the same rule as the warehouse app", "same way we did", "same approach Lena took". */
function samePrecedent(toks: readonly Tok[], defined: ReadonlySet<string>, inCriteria = false): Hit | null {
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
      return span(toks, k, Math.min(toks.length - 1, n + 3));
    }
    if ((next.w === "that" || next.w === "which") && PRONOUN_SUBJECTS.has(toks[n + 1]?.w ?? "")) return span(toks, k, n + 2);
    if (PRONOUN_SUBJECTS.has(next.w) && isPastVerb(toks[n + 1])) return span(toks, k, n + 1);
    if (isUnknownName(next, defined) && isPastVerb(toks[n + 1])) return span(toks, k, n + 1);
  }
  // "the same bucket naming scheme the data team set up", "the same rules the growth team used".
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "same") continue;
    for (let j = k + 2; j < toks.length && j <= k + 7; j++) {
      if (toks[j].t !== WORD) break;
      if (toks[j].w !== "the" && toks[j].w !== "our") continue;
      const g = wordAhead(toks, j + 1, j + 3, GROUP_NOUNS);
      // "had" is possession ("the same ranks as the Redis board had"), not a decision.
      if (g >= 0 && isPastVerb(toks[g + 1]) && toks[g + 1].w !== "had") return span(toks, k, g + 1);
      break;
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
      // "the same as on the Irish site", "like in the old SAP script".
      if (r && (r.w === "on" || r.w === "in" || r.w === "at" || r.w === "for") && (toks[j + 2]?.w === "the" || toks[j + 2]?.w === "our")) {
        j++;
        r = toks[j + 1];
      }
      // "the same rate source as finance does": another team's practice.
      // "same as we do for group blocks": the writer's own practice, unwritten.
      if (r && (DECIDERS.has(r.w) || r.w === "we" || r.w === "they") && /^(does|did|do|uses|used)$/.test(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "works the same as billing v1": an earlier version nobody describes.
      if (r && r.t === WORD && /^v\d+$/.test(toks[j + 2]?.w ?? "")) return span(toks, k, j + 2);
      // "in the same monthly file as before": whatever happens today, unwritten. (In acceptance
      // criteria, "looks the same as before" is an untestable outcome instead.)
      if (r && r.w === "before" && !(toks[j + 2]?.t === WORD) && !inCriteria) return span(toks, k, j + 1);
      if (!r || (r.w !== "the" && r.w !== "our" && r.w !== "in")) break;
      // "the same points system as our old paper list": an earlier version nobody describes.
      if (OLD_WORDS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD) return span(toks, k, j + 3);
      // "the same values as the ECB feed", "the same region as the cluster": a property of a known thing.
      if (ATTRIBUTES.has(toks[k + 1]?.w ?? "") || ATTRIBUTES.has(toks[j - 1]?.w ?? "")) break;
      const q = wordAhead(toks, j + 2, j + 5, SYSTEM_NOUNS, PROJECT_NOUNS, GROUP_NOUNS);
      if (q >= 0) return span(toks, k, q);
      break;
    }
  }
  return null;
}

/** Verbs that pick out "the one" by what someone did or does with it. */
const ONE_VERBS = new Set("uses use used ran run runs presented showed shared sent wrote built made picked chose agreed approved had has have prefer prefers liked mentioned follows followed".split(" "));

/**
 * "the one we presented in the quarterly meeting", "the same ones the permit
 * desk uses", "the one Ops ran during the game day": a thing identified only
 * by someone's use of it.
 */
function theOneThat(toks: readonly Tok[]): Hit | null {
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k].w;
    if ((w !== "one" && w !== "ones") || toks[k].t !== WORD) continue;
    const before = toks[k - 1].w;
    if (before !== "the" && before !== "same") continue;
    let j = k + 1;
    // "the one from the old box office system": a version nobody describes.
    if (/^(from|in|of)$/.test(toks[j]?.w ?? "") && /^(the|our)$/.test(toks[j + 1]?.w ?? "") && OLD_WORDS.has(toks[j + 2]?.w ?? "") && toks[j + 3]?.t === WORD) return span(toks, k - 1, j + 3);
    if (toks[j]?.w === "that" || toks[j]?.w === "which") j++;
    const subject = toks[j];
    if (!subject || subject.t !== WORD) continue;
    // A subject: a pronoun, a capitalised team or person, or "the permit desk".
    let v = -1;
    if (PRONOUN_SUBJECTS.has(subject.w) || (subject.cap && !atSentenceStart(toks, j)) || (DEPARTMENTS.has(subject.w) && !subject.cap)) v = j + 1;
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
    if (toks[v].t === WORD && (ONE_VERBS.has(toks[v].w) || isPastVerb(toks[v]))) return span(toks, k - 1, v);
  }
  return null;
}

const OLD_WORDS = new Set(["old", "previous", "legacy", "former", "earlier", "original", "existing"]);

/** "like in the old SAP script", "as in the previous version": a precedent the brief does not describe. */
function likeTheOld(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & W_ENGLISH) === 0) continue;
    const w = toks[k].w;
    if (w !== "like" && w !== "as") continue;
    let j = k + 1;
    if (toks[j].w === "in" || toks[j].w === "on" || toks[j].w === "at") j++;
    if (toks[j]?.w !== "the" && toks[j]?.w !== "our") continue;
    if (j + 1 < toks.length && OLD_WORDS.has(toks[j + 1].w) && toks[j + 2]?.t === WORD) return span(toks, k, j + 2);
    // "works like the Adyen recon from 2022": an earlier project known by its year.
    for (let q = j + 1; q + 1 < toks.length && q <= j + 5; q++) {
      if (toks[q].t !== WORD) break;
      if (toks[q].w === "from" && toks[q + 1].t === NUM && /^(19|20)\d\d$/.test(toks[q + 1].w)) return span(toks, k, q + 1);
    }
    // "done like in the transactional mailer": another system's behaviour.
    if (w === "like" && j === k + 2) {
      const q = wordAhead(toks, j + 1, j + 3, SYSTEM_NOUNS);
      if (q >= 0) return span(toks, k, q);
    }
  }
  return null;
}

/** Documents and rules a person or team keeps: "the list Dariusz keeps", "the template the DLV squad made". */
const KEPT_ARTIFACTS = new Set("list lists template templates matrix formula rules rule wording mapping format table sheet spreadsheet script logic process approach numbers figures criteria thresholds values schedule letter letters email message text gates checks pattern patterns convention conventions".split(" "));
/** Words naming a group of people. */
const GROUP_NOUNS = new Set("team squad department desk group folks people lead leads manager managers owner owners office crew guild committee board vendor vendors agency contractor contractors consultancy".split(" "));
/** Departments named in lower case as a subject: "the template marketing showed us". */
const DEPARTMENTS = new Set("support finance legal marketing sales product engineering security ops operations design compliance accounting billing payments risk hr".split(" "));

/**
 * "the list Dariusz keeps", "the rules Bu Sari in AR uses today", "the
 * template the DLV squad made last sprint", "the matrix KIT-afdelingen
 * approved": a document known only by who keeps or made it.
 */
function keptBySomeone(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    // "the" is a function word: its bit is tested before any text is read.
    if (toks[k].t !== WORD || !KEPT_ARTIFACTS.has(toks[k].w)) continue;
    // "the list", or "the field list" with one modifier.
    const det = toks[k - 1].w === "the" ? k - 1 : k >= 2 && toks[k - 2].w === "the" && toks[k - 1].t === WORD && (toks[k - 1].info & W_ENGLISH) === 0 ? k - 2 : -1;
    if (det < 0) continue;
    let j = k + 1;
    if (toks[j].w === "that" || toks[j].w === "which") j++;
    const subject = toks[j];
    if (!subject || subject.t !== WORD) continue;
    let end = -1;
    if ((subject.cap && !(subject.info & W_KNOWN) && !defined.has(subject.w)) || (HONORIFICS.has(subject.w) && toks[j + 1]?.cap) || (DEPARTMENTS.has(subject.w) && !subject.cap)) {
      end = j;
      // "Bu Sari", "Pak Budi", "Dr Patel": title plus name; "in AR": the person's department.
      while (end + 1 < toks.length && toks[end + 1].t === WORD && toks[end + 1].cap) end++;
    } else if (subject.w === "the" || subject.w === "our") {
      for (let q = j + 1; q < toks.length && q <= j + 3; q++) {
        if (toks[q].t !== WORD) break;
        if (GROUP_NOUNS.has(toks[q].w)) end = q;
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
    if (verb && verb.t === WORD && (ONE_VERBS.has(verb.w) || verb.w === "keeps" || verb.w === "kept" || verb.w === "maintains" || isPastVerb(verb))) return span(toks, det, v);
  }
  return null;
}

/** "the cache layer we built for the newsletter project": an unexplained piece of past work. */
function pastWork(toks: readonly Tok[]): Hit | null {
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
function wayPrecedent(toks: readonly Tok[]): Hit | null {
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
    const like = w === "like" && (toks[k + 1]?.w === "the" || toks[k + 1]?.w === "how");
    // "the way we sketched on the whiteboard": a pronoun and a past verb after "the way".
    if (wayForm && /^(we|they|you)$/.test(toks[k + 1]?.w ?? "") && isPastVerb(toks[k + 2])) return span(toks, k - 1, k + 2);
    if (!wayForm && !exactly && !like) continue;
    if (toks[k + 1] && CURRENT.has(toks[k + 1].w)) continue;
    for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
      const t = toks[j];
      if (t.t === PUNCT || t.t === CODE || t.t === URL) break;
      if (DOES.has(t.w) && (j + 1 >= toks.length || toks[j + 1].t !== WORD || !/^(not|the|a)$/.test(toks[j + 1].w))) {
        return span(toks, k - 1, j);
      }
      // "the way we always have": the verb left out is a habit nobody wrote down.
      if ((t.w === "have" || t.w === "had") && (j + 1 >= toks.length || toks[j + 1].t !== WORD)) return span(toks, k - 1, j);
    }
  }
  return null;
}

const HONORIFICS = new Set(["pak", "bu", "ibu", "bapak", "dr", "mr", "mrs", "ms", "prof", "herr", "frau", "san", "sensei"]);
const ASK_LEADS = new Set("please to and then must should can could just first always you we or best also so".split(" "));

/** "ask Kenji", "check with him", "ask the data team". */
function personAsk(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (const m of ASK.findAll(toks, T_ASK)) {
    const t = toks[m.to];
    if (!t || t.t !== WORD) continue;
    // "Sellers ask support for a report" describes users; "ask support" / "you must ask" tells the reader,
    // and so does "ask Yuki, she knows the vendor" wherever it stands.
    const p = toks[m.from - 1];
    const knower = toks[m.to + 1]?.w === "," && PRONOUN_SUBJECTS.has(toks[m.to + 2]?.w ?? "");
    if (p && p.t === WORD && !ASK_LEADS.has(p.w) && !atSentenceStart(toks, m.from) && !knower) continue;
    // "ask Jordan": a person may share a name with a place.
    if (t.w === "him" || t.w === "her" || isUnknownName(t, defined) || (t.cap && PLACES.has(t.w)) || (CAPITALISED_WORDS.has(t.w) && /^(support|finance|legal|marketing|sales|product|engineering|security|ops|design|compliance|accounting|billing|payments|platform|data)$/.test(t.w))) {
      return span(toks, m.from, m.to);
    }
    if (t.w === "them" && toks[m.to + 1]?.w !== "to" && toks[m.to + 1]?.w !== "for") return span(toks, m.from, m.to);
    if (t.w === "the" || t.w === "our") {
      for (let j = m.to + 1; j < toks.length && j <= m.to + 3; j++) if (GROUP_NOUNS.has(toks[j].w)) return span(toks, m.from, j);
    }
    // "ask Tanaka-san", "ask Jae-won".
    if (t.cap && (HONORIFIC_SUFFIX.test(t.w) || /^[a-z]+-[a-z]+$/.test(t.w)) && (t.info & W_KNOWN) === 0) return span(toks, m.from, m.to);
    // "Ask Pak Budi", "check with Dr Patel": a title before a name.
    if (HONORIFICS.has(t.w) && toks[m.to + 1]?.t === WORD && toks[m.to + 1].cap) return span(toks, m.from, m.to + 1);
  }
  return null;
}

/** Properties that a named system simply has: "the same region as the cluster". */
const ATTRIBUTES = new Set("values value region regions timezone zone currency name id ids key bucket day date order totals rows hash number amount size type entries ranks results data content fields columns transaction request response call batch row line file message".split(" "));

/** "Tanaka-san", "Kim-sensei", "Park-nim": a name with a Japanese or Korean honorific. */
const HONORIFIC_SUFFIX = /-(san|sama|sensei|kun|chan|senpai|nim|ssi)$/;

/** "Kenji's trick", "Tomo has a script", "Lena took", "Yuki set it up". */
function personSource(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === WORD && t.cap && t.poss && HONORIFIC_SUFFIX.test(t.w) && possessiveArtifact(toks, k)) return span(toks, k, k + 1);
    // "Priya knows which merchants are exempt", "Tanaka-san knows what changed": the answer is in a head.
    if (t.t === WORD && t.cap && toks[k + 1]?.w === "knows" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 2]?.w ?? "")) return span(toks, k, k + 2);
    if (!isUnknownName(t, defined)) continue;
    // "Japan Post's data" is an organisation, not a person ("Dr. Olsen" is a person).
    const before = toks[k - 1];
    if (before && before.t === WORD && before.cap && !atSentenceStart(toks, k - 1) && !HONORIFICS.has(before.w)) continue;
    if (possessiveArtifact(toks, k)) return span(toks, k, k + 1);
    const next = toks[k + 1];
    if (!next || next.t !== WORD) continue;
    if (SOURCE_VERBS.has(next.w) && next.w !== "found") return span(toks, k, k + 1);
    // "until Dr. Olsen signs off": a person's approval the brief cannot state.
    if ((next.w === "signs" || next.w === "approves" || next.w === "decides") && !atSentenceStart(toks, k)) return span(toks, k, k + 1);
    // "the canary process that Ines documented": a name and a past-tense verb.
    // "the canary process that Ines documented"; not "Custom connected accounts", where the -ed word describes a noun.
    const after = toks[k + 2];
    const describesNoun = after !== undefined && after.t === WORD && (after.info & W_ENGLISH) === 0;
    if (next.w.length > 4 && next.w.endsWith("ed") && (next.info & W_KNOWN) === 0 && !atSentenceStart(toks, k) && !describesNoun) return span(toks, k, k + 1);
    if (next.w === "set" && /^(it|this|them|up)$/.test(toks[k + 2]?.w ?? "")) return span(toks, k, k + 2);
    if (next.w === "has" || next.w === "had") {
      for (let j = k + 2; j < toks.length && j <= k + 4; j++) if (PERSON_ARTIFACTS.has(toks[j].w)) return span(toks, k, j);
    }
  }
  return null;
}

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
    // "from"/"by" are function words: their bit is checked before any text is read.
    if ((toks[k + 1].info & W_ENGLISH) === 0 || toks[k].t !== WORD || !SOURCE_VERBS_FROM.has(toks[k].w)) continue;
    if (toks[k + 1].w !== "by" && toks[k + 1].w !== "from") continue;
    const j = k + 2;
    if (toks[j]?.w !== "the" && toks[j]?.w !== "our") continue;
    const q = wordAhead(toks, j + 1, j + 3, ROLES);
    if (q >= 0) return span(toks, k, q);
  }
  return null;
}

/** Teams and roles whose decisions a contractor cannot ask about. */
const DECIDERS = new Set("finance legal support marketing sales product engineering security ops operations design compliance management leadership client stakeholders business".split(" "));
const DECISION_VERBS = new Set("agreed decided said mentioned promised confirmed approved told explained insisted signed".split(" "));

/** "Finance agreed to this in principle", "legal said it's fine". */
function teamDecision(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    // The verb's info bit first (T_DECIDE marks exactly the DECISION_VERBS).
    if ((toks[k + 1].info & T_DECIDE) === 0 || !DECIDERS.has(toks[k].w) || toks[k].t !== WORD) continue;
    const v = toks[k + 1];
    if (v.t === WORD && DECISION_VERBS.has(v.w)) return span(toks, k, k + 1);
  }
  return null;
}

/** "must match what the ERP does": behaviour defined by another system. */
const USER_ROLES = new Set("user users customer customers client clients visitor visitors member members player players buyer buyers shopper shoppers patient patients driver drivers guest guests".split(" "));

function whatItDoes(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & W_ENGLISH) === 0 || (toks[k].w !== "what" && toks[k].w !== "whatever")) continue;
    // "what the ERP does", "whatever Ops normally does".
    // "what Mehmet does now": a person's habit.
    const person = toks[k + 1].t === WORD && toks[k + 1].cap && (toks[k].w === "whatever" || (isUnknownName(toks[k + 1], defined) && /^(does|did|do)$/.test(toks[k + 2]?.w ?? "")));
    if (toks[k + 1].w !== "the" && toks[k + 1].w !== "our" && !person) continue;
    // "whatever the user does": any action of the product's users, not someone's habit.
    if (USER_ROLES.has(toks[k + 2]?.w ?? "")) continue;
    for (let j = k + 2; j < toks.length && j <= k + 5; j++) {
      const t = toks[j];
      if (t.t !== WORD && t.t !== CODE) break;
      if (t.w === "does" || t.w === "did" || t.w === "do") return span(toks, k, j);
    }
  }
  return null;
}

/** "in Monday's standup", "from our call", "discussed at the offsite". */
function pastMeeting(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_MEETING) === 0 || !MEETING_NOUNS.has(toks[k].w) || toks[k].t !== WORD) continue;
    let qualified = false;
    let prep = -1;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const t = toks[j];
      if (t.t === PUNCT) break;
      // "in our game's public chat" is a place in the product, not a conversation.
      if (t.poss && !(DAYS.has(t.w) || t.w === "week" || t.w === "month" || t.w === "year")) break;
      if (PAST_TIME_WORDS.has(t.w) || t.w === "our" || (t.poss && (DAYS.has(t.w) || t.w === "week" || t.w === "month" || t.w === "year"))) qualified = true;
      if (MEETING_PREPS.has(t.w)) {
        prep = j;
        break;
      }
    }
    if (prep < 0) continue;
    // "on the call with Ravi": a conversation with a named person.
    if (toks[k + 1]?.w === "with" && toks[k + 2]?.t === WORD && toks[k + 2].cap) qualified = true;
    if (!qualified) {
      // "discussed in the kickoff call": a conversation verb right before.
      const v = toks[prep - 1];
      if (!v || !CONVERSATION_VERBS.has(v.w)) continue;
    }
    return span(toks, prep, k);
  }
  return null;
}

/** "following the staging split we did last year": a past precedent with a time. */
function lastTime(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((toks[k].info & T_SAME) === 0 || toks[k].w !== "last" || !/^(year|month|week|quarter|sprint|time|spring|summer|autumn|fall|winter|season|release|version|campaign)$/.test(toks[k + 1].w)) continue;
    // Look for "we did"/"took"/"same"/"like"/"following" in the same sentence.
    let a = k;
    while (a > 0 && a > k - 40 && !(toks[a - 1].t === PUNCT && endsSentence(toks, a - 1))) a--;
    for (let j = a; j < toks.length && j < k + 40 && !(toks[j].t === PUNCT && endsSentence(toks, j)); j++) {
      const w = toks[j].w;
      // "the split we did last year"; not "nobody could tell who did it" in a story of last month.
      const ourDoing = (w === "did" || w === "took" || w === "used") && /^(we|they|you)$/.test(toks[j - 1]?.w ?? "");
      // "the split we built last year"; not "last year we received a warning" (a story).
      if (w === "same" || w === "like" || w === "following" || ourDoing || w === "ones" || (w === "we" && PAST_WORK_VERBS.has(toks[j + 1]?.w ?? ""))) {
        return span(toks, k, k + 1);
      }
    }
  }
  return null;
}

/** Finds a shared-context cue on one line. */
export function sharedContext(toks: readonly Tok[], flags: number, chars: number, defined: ReadonlySet<string>, inCriteria = false, raw = ""): Hit | null {
  if (toks.length === 0) return null;
  let hit: Hit | null = null;
  if (flags & T_SHARED) {
    const m = PHRASES.findAll(toks, S_SHARED)[0];
    if (m) hit = span(toks, m.from, m.to - 1);
  }
  if (!hit && (flags & T_SAME)) hit = samePrecedent(toks, defined, inCriteria) ?? lastTime(toks) ?? theOneThat(toks);
  if (!hit && (flags & T_WE)) hit = pastWork(toks);
  if (!hit && (flags & T_DECIDE) !== 0) hit = teamDecision(toks);
  if (!hit && (flags & T_DOES) !== 0) hit = whatItDoes(toks, defined);
  if (!hit && (flags & T_WAY)) hit = wayPrecedent(toks) ?? likeTheOld(toks);
  if (!hit && (chars & F_NAME)) hit = personSource(toks, defined);
  // The next three read many tokens; a native search over the line says first whether they can match.
  if (!hit && (chars & (F_NAME | F_ACR)) && KEPT_HINT.test(raw)) hit = keptBySomeone(toks, defined);
  if (!hit && (flags & T_SHARED) === 0 && SOURCE_HINT.test(raw)) hit = roleSource(toks) ?? perTheirDocument(toks);
  if (!hit && (flags & T_ASK)) hit = personAsk(toks, defined);
  if (!hit && (flags & T_MEETING)) hit = pastMeeting(toks);
  if (!hit) return null;
  // "as discussed under [Edge cases](#edge-cases)": a link into the brief itself.
  if (refersToBrief(toks) || raw.indexOf("](#") >= 0) return null;
  if (explainedAfterColon(toks, hit)) return null;
  return hit;
}

/**
 * "The old flow: a staff member checks …", "Rules agreed with the client:" (and the list below):
 * the reference is followed, in its own clause, by a colon and its content.
 */
function explainedAfterColon(toks: readonly Tok[], hit: Hit): boolean {
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].s < hit.e || toks[k].t === WORD) continue;
    if (toks[k].t !== PUNCT || toks[k].w !== ":") return false;
    // "Rules agreed with the client:" closing the line introduces them on the lines below.
    if (k === toks.length - 1) return true;
    let words = 0;
    for (let j = k + 1; j < toks.length; j++) if (toks[j].t === WORD) words++;
    return words >= 4;
  }
  return false;
}

/** "@maria knows the edge cases", "ask @kofi": a teammate as the source, by handle. */
const MENTION_SOURCE = /(?:\b(?:ask|ping|check with|confirm with|talk to)\s+@[\w.-]+)|(?:@[\w.-]+\s+(?:knows|has the|explained|remembers|wrote|decided|set up|built|did))/i;

function mentionSource(raw: string): Hit | null {
  if (raw.indexOf("@") < 0) return null;
  const m = MENTION_SOURCE.exec(raw);
  return m ? { s: m.index, e: m.index + m[0].length } : null;
}

const WRITTEN_PLACE = /\b(drive|slack|notion|confluence|spreadsheet|sheet|doc|wiki|sharepoint)\b|#[a-z]/i;

const KEPT_HINT = new RegExp(`\\bthe (?:${[...KEPT_ARTIFACTS].join("|")})\\b`, "i");
const SOURCE_HINT = /\b(?:from|by) (?:the|our)\b|\bper the\b/i;

/** Reports a shared-context cue on a prose line. */
export function sharedContextLine(ctx: LineCtx, defined: ReadonlySet<string>, emit: Emit): void {
  const mention = mentionSource(ctx.line.raw);
  // "The mapping was agreed with the partners; the spreadsheet is in the shared Drive folder": the
  // decision is written down in a named place (private-link reports the place).
  if (!mention && (ctx.flags & (T_SHARED | T_SAME | T_WAY | T_ASK | T_MEETING | T_WE | T_DECIDE | T_DOES)) === 0 && (ctx.chars & F_NAME) === 0) return;
  const hit = mention ?? sharedContext(ctx.toks, ctx.flags, ctx.chars, defined, ctx.section === "acceptance-criteria", ctx.line.raw);
  if (!hit) return;
  const text = ctx.line.raw.slice(hit.s, hit.e);
  // "explained in the #platform-decisions Slack thread": a place, reported by private-link.
  if ((/agreed/i.test(text) && WRITTEN_PLACE.test(ctx.line.raw)) || /slack|notion|confluence|thread|channel|#/i.test(text)) return;
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
