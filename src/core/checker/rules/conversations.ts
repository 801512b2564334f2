/**
 * Past conversations and meetings the brief does not write down: "as we
 * talked in the office on Monday", "in Monday's standup", "the one agreed
 * with the dealers' association last year", "what Dewi and I discussed",
 * "follow what she said", "the fee regulation we sent you before", "like in
 * autumn". Each function returns the span to report, or null
 * (shared-context.ts decides whether the line explains it).
 */
import { endsClause, endsSentence } from "../doc.js";
import { T_DECIDE, T_MEETING, W_ENGLISH } from "../wordinfo.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { CONVERSATION_VERBS, MEETING_NOUNS, TALK_VERBS, PAST_TIME_WORDS, SYSTEM_NOUNS } from "../lexicon/cues.js";
import { MODALS } from "../lexicon/english.js";
import { PRONOUN_SUBJECTS, span, type Hit } from "./shared-context-words.js";
import { isUnknownName } from "./names.js";

/**
 * "The subsidy amount is the one agreed with the dealers' association last year", "handled the way Mr. Tsuda agreed
 * with the chains last autumn": an agreement dated in the past, whoever made it, and not written in the brief
 * (writers labelled 96 of 99 lines of "agreed with … last year" and the like). Not when what was agreed follows
 * ("Approval rules (agreed with finance in March):") or stands below ("The column layout below was agreed …").
 */
export function agreedEarlier(toks: readonly Tok[], raw: string): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if ((toks[k].info & T_DECIDE) === 0 || toks[k].w !== "agreed" || toks[k + 1].w !== "with") continue;
    for (let j = k + 2; j < toks.length && j <= k + 2 + AGREED_REACH; j++) {
      const t = toks[j];
      if (t.t === PUNCT && endsClause(toks, j)) break;
      const next = toks[j + 1];
      const dated =
        // "agreed with the Referees' Commission at the last seminar": a past meeting dates it as a past month does.
        (t.w === "last" && next !== undefined && (PAST_UNITS.has(next.w) || MEETING_NOUNS.has(next.w) || AGREEING_EVENTS.has(next.w))) ||
        (t.w === "in" && next !== undefined && ((next.t === NUM && /^(19|20)\d\d$/.test(next.w)) || (next.t === WORD && next.cap && MONTHS.has(next.w))));
      if (!dated) continue;
      if (raw.trimEnd().endsWith(":") || belowBefore(toks, k)) return null;
      return span(toks, k, j + 1);
    }
  }
  return null;
}
/**
 * "billed at the rates discussed with Marco", "the price agreed with Sigrun": a thing settled with a named person,
 * which the brief names but never states. Not when what was settled follows its colon ("Rules agreed with Marco:")
 * nor when the brief shows it below.
 */
export function settledWithPerson(toks: readonly Tok[], defined: ReadonlySet<string>, raw: string): Hit | null {
  for (let k = 1; k + 2 < toks.length; k++) {
    // "with" first, by its info bit: most tokens are ruled out without reading their text.
    if ((toks[k + 1].info & W_ENGLISH) === 0 || toks[k + 1].w !== "with" || !SETTLED_VERBS.has(toks[k].w)) continue;
    const thing = toks[k - 1];
    if (thing.t !== WORD || thing.cap || PRONOUN_SUBJECTS.has(thing.w) || (thing.info & T_DECIDE) !== 0) continue;
    const who = toks[k + 2];
    if (!isUnknownName(who, defined) || who.poss) continue;
    // "agreed with Marco that refunds go to the card": what was agreed is written right after.
    if (toks[k + 3]?.w === "that" || toks[k + 3]?.w === ":") continue;
    if (raw.trimEnd().endsWith(":") || belowBefore(toks, k)) return null;
    return span(toks, k, k + 2);
  }
  return null;
}
const SETTLED_VERBS = new Set(["agreed", "discussed", "arranged", "negotiated", "settled"]);

/** Gatherings an agreement is made at, besides meetings: "at the last seminar", "at the last congress". */
const AGREEING_EVENTS = new Set(["seminar", "seminars", "conference", "congress", "assembly", "agm", "convention", "summit"]);
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

const PRONOUN_SPEAKERS = new Set(["she", "he", "they"]);
const SAID_VERBS = new Set(["said", "told", "explained", "suggested", "described", "wrote", "meant", "wanted"]);

/** "any", "every" or "each" between tokens a and b: one of many, not a particular occasion. */
function anyOfThem(toks: readonly Tok[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (toks[j].w === "any" || toks[j].w === "every" || toks[j].w === "each") return true;
  return false;
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
  if (noun === undefined || noun.t !== WORD) return false;
  // "that the booking form on our website calls": one word may name the kind of noun.
  const the = toks[prep - 2]?.w === "the" ? prep - 2 : toks[prep - 2]?.t === WORD && toks[prep - 3]?.w === "the" ? prep - 3 : -1;
  return the > 0 && /^(that|which)$/.test(toks[the - 1].w);
}

/**
 * "Assignment rules are as we talked in the office on Monday", "the same as we showed you at the site visit", "Plan
 * like we talked in the kickoff": what was said or shown, never written here.
 */
export function asWeTalked(toks: readonly Tok[]): Hit | null {
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
    // "Like we discuss in the call with Pak Budi on Monday": the present tense second-language writers use for a
    // talk that has happened, known by the meeting or the person it names; "as we discuss below" is the brief's own.
    if (PRESENT_TALK.has(v) && talkPlacedAfter(toks, verb + 1)) return span(toks, k, verb);
  }
  return null;
}
const PRESENT_TALK = new Set(["discuss", "agree", "talk", "decide", "say", "mention"]);

/** "in the call", "at Monday's meeting", "with Lars": where or with whom a talk happened, read from `from`. */
function talkPlacedAfter(toks: readonly Tok[], from: number): boolean {
  const at = toks[from]?.w ?? "";
  if (at !== "in" && at !== "on" && at !== "at" && at !== "during" && at !== "with") return false;
  for (let j = from + 1; j < toks.length && j <= from + 3 && toks[j].t === WORD; j++) {
    if (MEETING_NOUNS.has(toks[j].w)) return true;
    if (at === "with" && toks[j].cap) return true;
  }
  return false;
}

/**
 * "the fee regulation we sent you before", "Coop's template that I sent you in December", "the mapping our
 * bookkeeper gave you in June": a document handed over outside the brief, at a time the brief only points at.
 */
export function sentYouEarlier(toks: readonly Tok[]): Hit | null {
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

const SYNC_RUNS = new Set(["before", "after", "until", "till", "next", "each", "every", "first"]);

/** "in Monday's standup", "from our call", "discussed at the offsite". */
export function pastMeeting(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    if ((toks[k].info & T_MEETING) === 0 || !MEETING_NOUNS.has(toks[k].w) || toks[k].t !== WORD) continue;
    // "always in sync with TradeNet", "since the last sync": synchronising, not a meeting called a sync.
    // "since its last successful sync": the device's own last run.
    if (toks[k].w === "sync" && (toks[k - 1]?.w === "in" || toks[k - 4]?.w === "since" || toks[k - 3]?.w === "since" || toks[k - 2]?.w === "since")) continue;
    // "changed on two tablets before sync", "every sync": the product's synchronisation, with no article a meeting takes.
    if (toks[k].w === "sync" && SYNC_RUNS.has(toks[k - 1]?.w ?? "")) continue;
    // "controller time minus signal time at the last sync, in milliseconds": a device's last run, no one spoke there.
    if (toks[k].w === "sync" && toks[k - 1]?.w === "last" && toks[k + 1]?.w !== "with" && toks[k + 1]?.w !== "call" && toks[k + 1]?.w !== "meeting") continue;
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
    // "[fill in before kickoff]": "in" ends the verb, and the meeting is still to come.
    if (stillToCome(toks, prep, k)) continue;
    // "a carcass without grade in March makes the call return `422`": a verb between the preposition and the
    // noun ("makes the call") leaves the noun to that verb, an API call here, not a meeting in March.
    if (verbBetween(toks, prep, k)) continue;
    // "The label printer in our Kawasaki warehouse calls the GET endpoint": "calls" with an object is the verb.
    // "generates the file from our session records": a session of the product's own records, named by what it holds.
    if (toks[k].w === "session" && SESSION_DATA.has(toks[k + 1]?.w ?? "")) continue;
    // "the 24 months count from the last session", "at the estimated last session": a customer's latest session, a
    // record the product keeps (writers labelled none of 30 "last … session" lines as a past meeting).
    // "last week's session" is still a meeting held then.
    if (toks[k].w === "session" && (toks[k - 1]?.w === "last" || (toks[k - 2]?.w === "last" && !toks[k - 1].poss))) continue;
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

/** "before kickoff", "until the review": a word between the preposition and the meeting that puts it later. */
function stillToCome(toks: readonly Tok[], prep: number, k: number): boolean {
  for (let j = prep + 1; j < k; j++) if (toks[j].w === "before" || toks[j].w === "until") return true;
  return false;
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
export function likeInPastTime(toks: readonly Tok[]): Hit | null {
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
export function talkedBefore(toks: readonly Tok[]): Hit | null {
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
export function twoOfUsAgreed(toks: readonly Tok[]): Hit | null {
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
export function whatTheySaid(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w === "what" && PRONOUN_SPEAKERS.has(toks[k + 1].w) && SAID_VERBS.has(toks[k + 2].w)) return span(toks, k, k + 2);
  }
  return null;
}

/** Verbs of telling someone something in person. */
const TELLING_LATER = new Set(["explain", "tell", "show", "walk", "describe", "clarify"]);
/** Words that may follow the channel while the clause goes on: "on a call with Nanda", "by phone later". */
const CHANNEL_FOLLOWERS = new Set(["with", "later", "tomorrow", "next", "this", "when", "if", "and", "so", "to", "first", "instead"]);
/** Where a later explanation happens: "on the phone", "in a call", "over the phone", "in person". */
const LIVE_CHANNELS = new Set(["phone", "call", "person", "zoom", "teams", "meet", "meeting", "whatsapp"]);

/**
 * "follow the formula my cousin uses, I will explain on the phone", "I can explain you in a call": what the brief
 * leaves to a conversation still to come, which the contractor will not have in writing. Not "a log we can show to
 * the agency" (no call or phone is named).
 */
export function explainedLater(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 3 < toks.length; k++) {
    const w = toks[k].w;
    if (w !== "i" && w !== "we" && w !== "i'll" && w !== "we'll") continue;
    let v = k + 1;
    if (w === "i" || w === "we") {
      if (!MODALS.has(toks[v].w)) continue;
      v++;
    }
    if (!TELLING_LATER.has(toks[v]?.w ?? "")) continue;
    // "I'll walk you through it on a call": the channel may come six words on.
    for (let j = v + 1; j < toks.length && j <= v + 6; j++) {
      if (toks[j].t === PUNCT && endsClause(toks, j)) break;
      if (!LIVE_CHANNELS.has(toks[j].w) || !/^(on|in|by|over|via)$/.test(toks[j - 1].w === "the" || toks[j - 1].w === "a" ? toks[j - 2]?.w ?? "" : toks[j - 1].w)) continue;
      // "show the call log on the phone screen": the channel word there is a device the product has.
      const after = toks[j + 1];
      if (after === undefined || after.t === PUNCT || CHANNEL_FOLLOWERS.has(after.w)) return span(toks, k, j);
    }
  }
  return null;
}
