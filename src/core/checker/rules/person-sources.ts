/**
 * People as sources the brief does not quote: "ask Kenji", "Kenji's trick",
 * "Tier values come from the platform lead", "Finance agreed to this in
 * principle", "Sato-san in the Shiomi office has the file", "the crew knows
 * it", "@maria knows the edge cases". The answer is in someone's head or
 * hands. Each function returns the span to report, or null (shared-context.ts
 * decides whether the line explains it).
 */
import { atSentenceStart, endsSentence, markBetween } from "../doc.js";
import { T_ASK, T_DECIDE, W_ENGLISH, W_KNOWN, W_NUMBER } from "../wordinfo.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { ACCESS_WORDS, ASK_VERBS, PERSON_ARTIFACTS, SYSTEM_NOUNS } from "../lexicon/cues.js";
import { CAPITALISED_WORDS, PLACES } from "../lexicon/known.js";
import { isUnknownName, possessiveArtifact, RELATIVE_DAYS, tokBefore } from "./names.js";
import { PRONOUN_SUBJECTS, SOURCE_VERBS, span, wordAhead, GROUP_NOUNS, HONORIFICS, hasHonorificSuffix, MESSAGES, DECIDERS, regularPast, figureWithin, IRREGULAR_PAST, type Hit } from "./shared-context-words.js";

const ASK = new PhraseSet<true>(ASK_VERBS.map((p) => [p, true] as const));

/** "Employees can ask Vitaal Werk to erase their data", "ask KSeF for their status": a request to act, not for what someone knows. */
function askedToAct(toks: readonly Tok[], to: number): boolean {
  let j = to + 1;
  while (j < toks.length && toks[j].t === WORD && toks[j].cap) j++;
  // "ask Jonas for access", "ask Travis for the login": what the reader needs from that person, kept by them.
  if (toks[j]?.w === "for" && KEPT_BY_ASKED.has(toks[j + 1]?.w === "the" || toks[j + 1]?.w === "a" ? toks[j + 2]?.w ?? "" : toks[j + 1]?.w ?? "")) return false;
  return toks[j]?.w === "to" || toks[j]?.w === "for";
}
/** What a person asked "for" hands over from what they keep: access, a login, a copy of a file. */
const KEPT_BY_ASKED = new Set([...ACCESS_WORDS, "copy", "file", "list", "details"]);

/** "the backend to ask …", "the app asks …": a system noun just before the asking verb. */
function systemAsks(toks: readonly Tok[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) if (SYSTEM_NOUNS.has(toks[j].w)) return true;
  return false;
}

/** Verbs after "ask the team to …" that hand the reader knowledge ("to send you the list", "to explain the rule"). */
const HANDOVER_VERBS = new Set("send share give tell explain show forward provide walk write describe confirm clarify".split(" "));

/** Prepositions after which a capitalised name is where someone is, not who acts ("hotels around Interlaken embed …"). */
const PLACE_BEFORE = new Set(["in", "at", "around", "near", "outside"]);

const ASK_LEADS = new Set("please to and then must should can could just first always you we or best also so but".split(" "));

/**
 * "every 15 minutes", "every 10 seconds" within the clause after token k; for a verb of syncing (not "ask"), also
 * "each night" or "nightly": "Ask Dave how many are on the rota each week" still asks a person.
 */
function polledOnSchedule(toks: readonly Tok[], k: number, syncing: boolean): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    if (toks[j].t === PUNCT && (endsSentence(toks, j) || toks[j].w === ";")) return false;
    if (toks[j].w === "every" && (toks[j + 1]?.t === NUM || ((toks[j + 1]?.info ?? 0) & W_NUMBER) !== 0)) return true;
    // "Sync with Bluebottle each night", "check with the bank every morning", "sync with Xero nightly".
    if (syncing && (toks[j].w === "every" || toks[j].w === "each") && SCHEDULE_UNITS.has(toks[j + 1]?.w ?? "")) return true;
    if (syncing && SCHEDULE_ADVERBS.has(toks[j].w)) return true;
  }
  return false;
}
const SUBJECT_VERBS = new Set(["must", "should", "shall", "is", "has", "needs", "will", "runs", "happens", "takes", "may", "can"]);
/** "… it in the back office", "… in the admin page", "… with `POST …`": the product is where the step is taken. */
function stepInProduct(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + 7; j++) {
    const t = toks[j];
    if (t.t === CODE) return true;
    if (t.t === PUNCT && endsSentence(toks, j)) return false;
    if (PRODUCT_PLACES.has(t.w) && (toks[j - 1]?.w === "the" || toks[j - 1]?.w === "our" || toks[j - 1]?.w === "back")) return true;
  }
  return false;
}
const PRODUCT_PLACES = new Set(["admin", "office", "app", "portal", "dashboard", "backend", "back-office", "screen", "console"]);

const SCHEDULE_UNITS = new Set(["night", "day", "morning", "evening", "hour", "minute", "week", "month", "weekday"]);
const SCHEDULE_ADVERBS = new Set(["nightly", "hourly", "daily", "weekly"]);

/** "ask Kenji", "check with him", "ask the data team". */
/** "AirNav Indonesia to publish": one to three capitalised words from k, then "to" and a verb. */
function teamAsksToAct(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && j < k + 3 && toks[j].t === WORD && toks[j].cap) j++;
  return j > k && toks[j]?.w === "to" && toks[j + 1]?.t === WORD && !toks[j + 1].cap;
}

export function personAsk(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  let doubtAt: number | undefined;
  for (const m of ASK.findAll(toks, T_ASK)) {
    const t = toks[m.to];
    if (!t || t.t !== WORD) continue;
    // "… or return `503`? Need to confirm with design.": who will answer the open question (that rule reports it).
    // "Do kids under 6 count? Ask Chiara.": told to the reader right after the question, the person is also where
    // the answer lives, and both are reported. The first doubt is found once per line, not once per ask.
    doubtAt ??= firstDoubt(toks);
    if (doubtAt < m.from && !askedRightAfterDoubt(toks, m.from) && !(toks[m.to]?.cap && leaningThenAsk(toks, doubtAt, m.from))) continue;
    // "Sellers ask support for a report" describes users; "ask support" / "you must ask" tells the reader,
    // and so does "ask Yuki, she knows the vendor" wherever it stands.
    const p = toks[m.from - 1];
    const knower = toks[m.to + 1]?.w === "," && PRONOUN_SUBJECTS.has(toks[m.to + 2]?.w ?? "");
    // "… on the allowlist — ask Bartek for the list": a dash (no token) between the words opens a new clause.
    const afterDash = p !== undefined && markBetween(p, toks[m.from]);
    if (p && p.t === WORD && !ASK_LEADS.has(p.w) && !atSentenceStart(toks, m.from) && !knower && !afterDash && !afterTopicOpener(toks, m.from)) continue;
    // "For every launch we ask AirNav Indonesia to publish a NOTAM": a step the writer's team takes, asking another
    // party to act, not knowledge the reader must fetch.
    if (p?.w === "we" && teamAsksToAct(toks, m.to)) continue;
    // "ask Fatture in Cloud for the status every 15 minutes": a service polled on a schedule, not a person.
    if (polledOnSchedule(toks, m.to, toks[m.from].w !== "ask")) continue;
    // "Sync with FareHarbor must be near real-time": the sync is the subject of its sentence, a thing the system does.
    if (toks[m.from].w === "sync" && SUBJECT_VERBS.has(toks[m.to + 1]?.w ?? "")) continue;
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
    if (t.cap && (hasHonorificSuffix(t) || /^[a-z]+-[a-z]+$/.test(t.w)) && (t.info & W_KNOWN) === 0) return span(toks, m.from, m.to);
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

/**
 * "… gift packets? Probably yes but ask Jenna.": the sentence after the question leans one way and sends the reader to
 * the person who knows, as "? Ask Chiara." does.
 */
function leaningThenAsk(toks: readonly Tok[], doubtAt: number, k: number): boolean {
  if (toks[doubtAt].t !== PUNCT || toks[k - 1]?.w !== "but") return false;
  for (let j = doubtAt + 1; j < k; j++) if (toks[j].t === PUNCT && endsSentence(toks, j)) return false;
  return true;
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
export function roleKnows(toks: readonly Tok[]): Hit | null {
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
export function saysKnow(raw: string): boolean {
  // Each "know" after a space: searched by the word, not by " know" (see spaceThen).
  for (let i = raw.indexOf("know", 1); i > 0; i = raw.indexOf("know", i + 4)) {
    if (raw.charCodeAt(i - 1) !== 32) continue;
    let end = i + 4;
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

/** "what Peter's team does", "the order Dervla's team applies": a team's practice named as the thing to follow. */
function teamPractice(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1];
  const relative = before !== undefined && (before.w === "what" || (before.t === WORD && !before.cap && (before.info & W_ENGLISH) === 0 && toks[k - 2]?.w === "the"));
  const verb = toks[k + 2];
  return relative && verb !== undefined && verb.t === WORD && (verb.w === "does" || verb.w === "did" || (verb.w.length > 3 && verb.w.endsWith("s") && !verb.w.endsWith("ss")) || regularPast(verb.w));
}

/** Messages and the papers a person hands over: "the email from Pablo", "the list from Lars". */
const PAPERS_FROM_SOMEONE = new Set([...MESSAGES, ..."notes list lists file files sheet spreadsheet excel template document doc".split(" ")]);

/** "Kenji's trick", "Tomo has a script", "Lena took", "Yuki set it up". */
/** Modals before "know" in "Wayan will know what sellers expect". */
const WILL_KNOW = new Set(["will", "would", "should", "might"]);

export function personSource(toks: readonly Tok[], defined: ReadonlySet<string>, raw: string): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === WORD && t.cap && t.poss && hasHonorificSuffix(t) && possessiveArtifact(toks, k)) return span(toks, k, k + 1);
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
    // "he" and "she" are English function words: the info bit rules out other words without reading them.
    if ((t.info & W_ENGLISH) !== 0 && (t.w === "he" || t.w === "she") && toks[k + 1]?.w === "knows" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 2]?.w ?? "")) return span(toks, k, k + 2);
    // "Wayan will know what sellers expect".
    if (t.t === WORD && t.cap && WILL_KNOW.has(toks[k + 1]?.w ?? "") && toks[k + 2]?.w === "know" && /^(which|what|how|where|who|whether|when|why|the)$/.test(toks[k + 3]?.w ?? "")) return span(toks, k, k + 3);
    // "what Okamoto-san showed us": a name with an honorific is a person's, hyphen and all.
    const honorificName = t.t === WORD && t.cap && hasHonorificSuffix(t) && (t.info & W_KNOWN) === 0;
    if (!honorificName && !isUnknownName(t, defined)) {
      // "as Pak Darwin explained": after a title a name is a person's, even one that also names a city or a thing,
      // and what they said is not in the brief. (Only speech: "Bu Sari approves the run" is the step itself.)
      if (t.t === WORD && t.cap && !t.upper && k > 0 && HONORIFICS.has(toks[k - 1].w) && SPEECH_VERBS.has(toks[k + 1]?.w ?? "")) return span(toks, k, k + 1);
      continue;
    }
    // "InPost", "PayPal": a brand written in mixed case, not a person's name; "MWp cleaned": a unit, two capitals first.
    if (brandCased(raw, t) || (t.e - t.s > 2 && isUpperCode(raw.charCodeAt(t.s + 1)))) continue;
    // "Japan Post's data" is an organisation, not a person ("Dr. Olsen" is a person).
    const before = tokBefore(toks, k);
    if (before && before.t === WORD && before.cap && !atSentenceStart(toks, k - 1) && !HONORIFICS.has(before.w)) continue;
    // "the Board of Education's school email system", "the Bank of England's base rate": "of" inside an organisation's name.
    if (before?.w === "of" && toks[k - 2]?.t === WORD && toks[k - 2].cap && !toks[k - 2].upper) continue;
    // "Tonight's file contains every screen recorded yesterday": the file of a day, not a person's.
    // "Under the Council's busking code of practice": with "the" before it the name is an institution's, which
    // publishes its code, not a person's own file.
    if (possessiveArtifact(toks, k) && !RELATIVE_DAYS.has(t.w) && before?.w !== "the") {
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
    // "a studio in Bristol (Hartley & Vale Signs)": a capitalised verb goes on with an organisation's name.
    if (next.cap) continue;
    // "linked to the Dunlin flagged `A7`": a thing and the code it carries, not a person's doing.
    if (toks[k + 2 + adverb]?.t === CODE) continue;
    // "our buyer in Liwa decides the price", "depots in Hamburg and Bremerhaven asked us": after "in" or "at"
    // the name is a place, and the verb belongs to whoever is there ("hotels around Interlaken embed our widget").
    if (before !== undefined && (PLACE_BEFORE.has(before.w) || (before.w === "and" && placeBefore(toks, k - 1)))) continue;
    // "- Inspection posted twice for the same core: `409`", "Readings posted 3 hours late": a record and what
    // happened to it, an edge case.
    // "Usage posted at 03:30 on 3 June", "Dispute posted on day 8": the same, timed; "Analysis posted for an unknown lot code": for a record.
    if (atSentenceStart(toks, k) && SOURCE_VERBS.has(next.w) && (POSTED_EVENT_WORDS.has(toks[k + 2]?.w ?? "") || toks[k + 2]?.t === NUM || ((toks[k + 2]?.w === "at" || toks[k + 2]?.w === "on") && (toks[k + 3]?.t === NUM || (toks[k + 3]?.t === WORD && toks[k + 4]?.t === NUM))) || (next.w === "posted" && toks[k + 2]?.w === "for" && /^(a|an|the)$/.test(toks[k + 3]?.w ?? "")))) continue;
    // "- Telegrams posted to a closed drive: `409`": records, in the plural, sent to a place that refuses them.
    if (atSentenceStart(toks, k) && next.w === "posted" && toks[k + 2]?.w === "to" && t.w.length > 3 && t.w.endsWith("s") && !t.w.endsWith("ss") && /^(a|an|the)$/.test(toks[k + 3]?.w ?? "")) continue;
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
    // "Sofie approves it in the back office", "Yui approves it in the admin": a step someone takes in the product.
    if ((next.w === "signs" || next.w === "approves" || next.w === "decides") && !atSentenceStart(toks, k) && !stepInProduct(toks, k + 2)) return span(toks, k, k + 1);
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
    // "the zones Andrés drew on the map", "the list Sanjay made": a thing, then who made it; what they made is not in the brief.
    // "the tours Sofie made by hand that day" is a record of the manual work the brief replaces, kept as data.
    if (IRREGULAR_PAST.has(next.w) && madeThingBefore(toks, k) && !(toks[k + 2]?.w === "by" && toks[k + 3]?.w === "hand")) return span(toks, k, k + 1);
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

/** "Tier values come from the platform lead": a value that lives with a role, not in the brief. */
export function roleSource(toks: readonly Tok[]): Hit | null {
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
export function teamDecision(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 1 < toks.length; k++) {
    // The verb's info bit first (T_DECIDE marks exactly the DECISION_VERBS).
    // "outside the product's approved use": a possessive owns the word after it, which is no verb of deciding.
    if ((toks[k + 1].info & T_DECIDE) === 0 || !DECIDERS.has(toks[k].w) || toks[k].t !== WORD || toks[k].poss) continue;
    const v = toks[k + 1];
    // "`konfirmasi_at` when the client confirmed by WhatsApp": an event the data records, in a clause of time.
    if (toks[k - 1]?.w === "the" && EVENT_CLAUSE.has(toks[k - 2]?.w ?? "")) continue;
    // "The client confirmed that max weight is always one of 2000, 3500 or 6000 kg": what was decided follows.
    if (toks[k + 2]?.w === "that" && toks[k + 3]?.t === WORD && toks[k + 4]?.t === WORD && toks[k + 3].w !== "this" && toks[k + 3].w !== "way") continue;
    // "which version a client signed", "Client signed `2024-03`": a customer signing a form is a record the product
    // keeps ("the client signed off" is still a decision).
    if (toks[k].w === "client" && v.w === "signed" && toks[k + 2]?.w !== "off") continue;
    if (v.t === WORD && DECISION_VERBS.has(v.w)) return span(toks, k, k + 1);
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
export function whatNamedPersonDoes(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w !== "what" || (toks[k].info & W_ENGLISH) === 0 || DOUBTING_WHAT.has(toks[k - 1]?.w ?? "")) continue;
    if (isUnknownName(toks[k + 1], defined) && PRACTICE_VERBS.has(toks[k + 2].w)) return span(toks, k, k + 2);
  }
  return null;
}

/** Nouns of a document a person holds: "Sato-san in the Shiomi office has the file". */
const HELD_DOCUMENTS = new Set(["file", "files", "list", "lists", "template", "templates", "sheet", "sheets", "spreadsheet", "numbers", "wording", "text", "texts", "details", "layout", "form", "forms"]);

/** "Sato-san in the Shiomi office has the file", "Fiona in the contact centre has it": where the content is, a person. */
export function personHoldsIt(toks: readonly Tok[], defined: ReadonlySet<string>): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!isUnknownName(toks[k], defined)) continue;
    for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
      const t = toks[j];
      if (t.t === PUNCT) break;
      if (t.w !== "has") continue;
      const obj = toks[j + 1];
      const end = toks[j + 2];
      if (obj?.w === "it" && (end === undefined || end.t === PUNCT)) return span(toks, k, j + 1);
      // "Lindiwe has the approved texts": one describing word may stand before the document.
      const doc = HELD_DOCUMENTS.has(toks[j + 2]?.w ?? "") ? j + 2 : toks[j + 2]?.t === WORD && HELD_DOCUMENTS.has(toks[j + 3]?.w ?? "") ? j + 3 : -1;
      if ((obj?.w === "the" || obj?.w === "our") && doc > 0 && (toks[doc + 1] === undefined || toks[doc + 1].t === PUNCT)) return span(toks, k, doc);
      // "the form the police gave us; Hiroshi has a copy".
      if (obj?.w === "a" && toks[j + 2]?.w === "copy" && (toks[j + 3] === undefined || toks[j + 3].t === PUNCT)) return span(toks, k, j + 2);
      break;
    }
  }
  return null;
}

/** "@maria knows the edge cases", "ask @kofi": a teammate as the source, by handle. */
const MENTION_SOURCE = /(?:\b(?:ask|ping|check with|confirm with|talk to)\s+@[\w.-]+)|(?:@[\w.-]+\s+(?:knows|has the|explained|remembers|wrote|decided|set up|built|did))/i;

export function mentionSource(raw: string): Hit | null {
  if (raw.indexOf("@") < 0) return null;
  const m = MENTION_SOURCE.exec(raw);
  return m ? { s: m.index, e: m.index + m[0].length } : null;
}

/** Words that open a noun phrase a person's work may follow: "the zones", "those lists". */
const THING_DETERMINERS = new Set(["the", "those", "these", "that"]);

/**
 * "the zones Andrés drew", "the lists that Sanjay made", "the colour coding Jens made": a lower-case noun (one
 * describing word may stand before it) after a determiner, and the name right after it.
 */
function madeThingBefore(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1];
  if (before === undefined || before.t !== WORD) return false;
  const noun = before.w === "that" ? k - 2 : k - 1;
  if (toks[noun]?.t !== WORD || toks[noun].cap) return false;
  if (THING_DETERMINERS.has(toks[noun - 1]?.w ?? "")) return true;
  const described = toks[noun - 1];
  return described !== undefined && described.t === WORD && !described.cap && !THING_DETERMINERS.has(described.w) && (described.info & W_ENGLISH) === 0 && THING_DETERMINERS.has(toks[noun - 2]?.w ?? "");
}
