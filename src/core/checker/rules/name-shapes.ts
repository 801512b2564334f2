/**
 * How a capitalised word stands in its sentence, for undefined-term: one of a
 * list of public names, a place in a list or a route, part of a longer name, a
 * person (asked, talked to, with a role) or a system (reads, writes, is called
 * through). TermTracker asks these about every word it has not already placed.
 */

import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { W_ENGLISH, W_KNOWN } from "../wordinfo.js";

import { PERSON_VERBS, SYSTEM_NOUNS, SYSTEM_PREPOSITIONS } from "../lexicon/cues.js";
import { possessiveArtifact, tokBefore } from "./names.js";
import { HONORIFICS } from "./shared-context-words.js";
import { knownAcronym } from "./term-definitions.js";
import { NAME_REACH } from "./public-names.js";

/**
 * "four carriers (InPost, DPD, DHL, Poczta Polska)": an acronym listed beside
 * at least two public names is one of their kind, not an in-house term.
 */
export function amongKnownNames(toks: readonly Tok[], k: number, raw: string): boolean {
  let known = 0;
  let unknown = 0;
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < toks.length && Math.abs(j - k) <= 2 * NAME_REACH; j += step) {
      const t = toks[j];
      if (t.t === PUNCT && t.w === ",") continue;
      if (t.t === WORD && (t.w === "and" || t.w === "or")) continue;
      if (t.t !== WORD || !t.cap) break;
      // An item of several words ("Poczta Polska") counts once, by its first word.
      const prev = tokBefore(toks, j);
      if (prev !== undefined && prev.t === WORD && prev.cap && j - 1 !== k) continue;
      // Known products, well-known acronyms, and product-shaped names ("InPost").
      if ((t.info & W_KNOWN) !== 0 || (t.acr && knownAcronym(t.w)) || (!t.acr && mixedCase(raw, t.s + 1, t.e))) known++;
      else unknown++;
    }
  }
  return known >= 2 && known > unknown;
}

const PLACE_PREPOSITIONS = new Set(["in", "from", "to", "inside", "near", "around", "between", "across"]);

/**
 * Whether the name at k is one of two or more names after a preposition of place, joined by
 * "and", "or", commas or "from … to": places, not systems ("in Nakasu and Tenjin").
 */
export function placeList(toks: readonly Tok[], k: number): boolean {
  const isName = (t: Tok | undefined): boolean => t !== undefined && t.t === WORD && t.cap && !t.acr;
  // Back to the start of the list.
  let a = k;
  while (a >= 2 && (toks[a - 1].w === "," || toks[a - 1].w === "and" || toks[a - 1].w === "or") && isName(toks[a - 2])) a -= 2;
  const prep = tokBefore(toks, a);
  if (prep === undefined || !PLACE_PREPOSITIONS.has(prep.w)) return false;
  // "from Piraeus to Rafina": a route.
  if (prep.w === "from" && a === k && toks[k + 1]?.w === "to" && isName(toks[k + 2])) return true;
  if (prep.w === "to" && a === k && isName(toks[k - 2]) && toks[k - 3]?.w === "from") return true;
  let b = k;
  while (b + 2 < toks.length && (toks[b + 1].w === "," || toks[b + 1].w === "and" || toks[b + 1].w === "or") && isName(toks[b + 2])) b += 2;
  return b > a;
}

/** Joining words of names; each is in the word table, so a token with no info bits is none of them. */
const NAME_JOINS = new Set(["de", "del", "da", "do", "di", "du", "des", "of", "von"]);

/** "Banco de México": the word opens a name that goes on after "de", "of", "von" … */
export function joinsLongerName(toks: readonly Tok[], k: number): boolean {
  const join = toks[k + 1];
  if (join === undefined || join.t !== WORD || join.info === 0 || !NAME_JOINS.has(join.w)) return false;
  const next = toks[k + 2]?.w === "la" || toks[k + 2]?.w === "los" ? toks[k + 3] : toks[k + 2];
  return next !== undefined && next.t === WORD && next.cap;
}

/** "Banco Central do Brasil": the word closes a name that "do", "de", "of" … joined. */
export function endsLongerName(toks: readonly Tok[], k: number): boolean {
  const join = tokBefore(toks, k);
  const before = tokBefore(toks, k, 2);
  return join !== undefined && join.t === WORD && join.info !== 0 && NAME_JOINS.has(join.w) && before !== undefined && before.t === WORD && before.cap;
}

/** Premises and roads a place name stands before ("our Tacloban warehouse", "on Kipsaina route"). */
export const PREMISES = new Set("warehouse warehouses office plant depot hub branch campus factory site store route road street market port terminal station".split(" "));

/** A capitalised neighbour joined without punctuation: part of a multi-word name. */
export function inNameSequence(toks: readonly Tok[], k: number): boolean {
  const prev = tokBefore(toks, k);
  const next = toks[k + 1];
  if (prev && prev.t === WORD && prev.cap) return true;
  // A following acronym ("Hoshi API") does not make a multi-word name.
  return !!next && next.t === WORD && next.cap && !next.upper && !toks[k].poss;
}

/** Whether a code-name-shaped token stands where a system would. */
export function systemSlot(toks: readonly Tok[], k: number): boolean {
  const prev = tokBefore(toks, k);
  // "Team Kestrel goes first", "owned by Team Orca".
  if (prev && prev.w === "team" && prev.cap) return true;
  // "done the Fernhill way": a named method nobody wrote down.
  if (prev && prev.w === "the" && toks[k + 1]?.w === "way") return true;
  // "Companies on Hiraku", "learners on Cursalia", "sell on Viator", "message the manager on Zalo": the platform
  // people use (the client's own product or a public one), not a system's place; "jobs run on Grebe" still is.
  if (prev && prev.w === "on" && PLATFORM_USERS.has(tokBefore(toks, k, 2)?.w ?? "")) return false;
  if (prev && prev.t === WORD && SYSTEM_PREPOSITIONS.has(prev.w)) return true;
  if (prev && prev.t === WORD && (prev.w === "project" || prev.w === "codename")) return true;
  // "the Skipperlog form", "the Kvist dump", "after the Parang check", "on the Kvist board", "to the Tsubaki pool",
  // "on the Kura tablet", "typed into the Hinata sheet": an in-house artifact known by its name (writers labelled
  // 13 of 14 such sheets; a sheet named by a tool or an ordinary word, "the Excel sheet", is a known word);
  // "the Heron workflow", "computed by the Hanabi ruleset": the same, of rules the business runs.
  // "the Hama box that the vendor installed": a device known by its name; "a small gateway, the Hako box, that …" says
  // what it is in the words before.
  // "follows the Greenline layout", "generate the letter from the Sakura template": the same, of a layout the client
  // keeps; "the Klaviyo template `gift_code`" names the literal it means right after, and "Daktronics publishes the
  // message layout …; we use the Hockey layout" picks one of the layouts the line has already sourced.
  if (prev && prev.w === "the" && NAMED_ARTIFACTS.has(toks[k + 1]?.w ?? "")) {
    const artifact = toks[k + 1].w;
    if (artifact === "box") return tokBefore(toks, k, 2)?.w !== ",";
    return !KEPT_LAYOUTS.has(artifact) || (toks[k + 2]?.t !== CODE && !wordBefore(toks, k, artifact));
  }
  for (let j = k + 1; j < toks.length && j <= k + 2; j++) {
    const t = toks[j];
    if (t.t !== WORD) break;
    if (SYSTEM_NOUNS.has(t.w)) return true;
    // "ask Dana which flag that is": a function word ends the name before the noun.
    if ((t.info & W_ENGLISH) !== 0) break;
  }
  return false;
}

/** Whether `word` stands among the tokens before k. */
function wordBefore(toks: readonly Tok[], k: number, word: string): boolean {
  for (let j = 0; j < k; j++) if (toks[j].w === word) return true;
  return false;
}

const KEPT_LAYOUTS = new Set(["layout", "template", "checklist", "matrix"]);
const NAMED_ARTIFACTS = new Set(["form", "dump", "check", "rule", "board", "pool", "tablet", "step", "view", "box", "sheet", "spreadsheet", "workbook", "workflow", "ruleset", ...KEPT_LAYOUTS]);

const PLATFORM_USERS = new Set(
  "users customers clients companies businesses learners students members merchants sellers buyers stores shops operators drivers riders guests players fans teachers parents patients employees staff people classes courses listings sell sells sold message messages chat chats organisers organizers hosts creators artists tutors coaches therapists landlords tenants agents brokers".split(" "),
);

/** Verbs only software does: "Kestrel reads the latest version every night". */
const MACHINE_VERBS = new Set("reads writes pulls pushes syncs polls consumes publishes ingests exports imports caches indexes stores emits serves scrapes crawls batches routes produces generates computes renders".split(" "));

// Word lists are Sets rather than /^(…)$/ patterns: a lookup costs less than a regular expression run.
const ADVERBS = new Set(["already", "also", "still", "then", "now"]);
const ROLE_VERBS = new Set(["written", "reviewed", "approved", "owned", "authored", "maintained", "signed", "requested", "drafted"]);
const KEPT_DOCUMENTS = new Set(["spreadsheet", "sheet", "notebook", "workbook", "file", "list", "script", "macro"]);
const ASKED_BEFORE = new Set(["ask", "ping", "with", "thanks", "cc", "by"]);

export function machineSubject(toks: readonly Tok[], k: number): boolean {
  // "Atlas already produces …": an adverb may stand between.
  const adverb = ADVERBS.has(toks[k + 1]?.w ?? "") ? 1 : 0;
  const next = toks[k + 1 + adverb];
  if (next === undefined || next.t !== WORD || !MACHINE_VERBS.has(next.w)) return false;
  // A verb takes an object ("reads the latest version"); "Fitbit exports)" and "pushes are rare" are nouns.
  const object = toks[k + 2 + adverb];
  if (!(object !== undefined && (object.t === NUM || object.t === CODE || (object.t === WORD && OBJECT_STARTS.has(object.w))))) return false;
  // "Today Lena writes every invoice by hand in lexoffice": work done by hand is a person's.
  return !doneByHand(toks, k + 2 + adverb);
}

/** "by hand" or "manually" in the clause from token k. */
function doneByHand(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + 12; j++) {
    const t = toks[j];
    if (t.t === PUNCT && t.w !== "," && t.w !== "(" && t.w !== ")") return false;
    if (t.w === "manually" || (t.w === "hand" && toks[j - 1]?.w === "by")) return true;
  }
  return false;
}

const OBJECT_STARTS = new Set(["the", "a", "an", "every", "each", "all", "its", "their", "our", "it", "them", "new", "raw", "data", "events", "messages", "records", "rows", "files"]);

/** A person rather than a system: "Kenji's trick", "Lena took", "ask Tomo". */
export function personLike(toks: readonly Tok[], k: number): boolean {
  if (possessiveArtifact(toks, k)) return true;
  // "same like Pak Agus writes it": after a title the name is a person's, whatever follows.
  if (k > 0 && HONORIFICS.has(toks[k - 1].w) && toks[k - 1].e + 1 === toks[k].s) return true;
  // "uploaded by Dewi's team": a person's team.
  if (toks[k].poss && toks[k + 1]?.w === "team") return true;
  const next = toks[k + 1];
  if (next && next.t === WORD && PERSON_VERBS.has(next.w)) return true;
  // "Mette also said it should work like the PDF export": an adverb may stand between.
  if (next && ADVERBS.has(next.w) && toks[k + 2]?.t === WORD && PERSON_VERBS.has(toks[k + 2].w)) return true;
  const prev = tokBefore(toks, k);
  // "check with Sofie", "talk to Ingrid": a person is talked to, a system is not.
  if (prev && (prev.w === "with" || prev.w === "to") && TALK_VERBS.has(tokBefore(toks, k, 2)?.w ?? "")) return true;
  // "done by Jens in our automation team", "Mette from the finance team": a member of a team is a person.
  if (next && (next.w === "in" || next.w === "from" || next.w === "on") && (toks[k + 2]?.w === "our" || toks[k + 2]?.w === "the") && teamWithin(toks, k + 3)) return true;
  // "Sofie, she has the rules", "Ingrid, who owns …".
  if (next && next.w === "," && PERSON_PRONOUNS.has(toks[k + 2]?.w ?? "")) return true;
  // "Liza Abad (operations)": a full name and, in parentheses, the person's role.
  if (next && next.t === WORD && next.cap && !next.acr && toks[k + 2]?.w === "(" && toks[k + 3]?.t === WORD && !toks[k + 3].cap && toks[k + 4]?.w === ")") return true;
  // "Vendor credentials are with Rohan, ask him.": a person is asked.
  if (next && next.w === "," && ASKED_BEFORE.has(toks[k + 2]?.w ?? "") && OBJECT_PRONOUNS.has(toks[k + 3]?.w ?? "")) return true;
  // "in the Thursday call with Minna", "together with Lars": someone the writer met or worked with.
  if (prev && prev.w === "with" && /^(call|calls|meeting|meetings|chat|session|workshop|together|sync)$/.test(tokBefore(toks, k, 2)?.w ?? "")) return true;
  // "the certificate flow we made with Rodolfo last year": work done with someone ("built with" names tools).
  if (prev && prev.w === "with" && /^(made|did|done|worked|wrote|designed|drafted)$/.test(tokBefore(toks, k, 2)?.w ?? "")) return true;
  // "a ticket from Mette at Fynbo Cykler": a person at an organisation.
  if (prev && prev.w === "from" && next && next.w === "at" && toks[k + 2]?.cap) return true;
  // "reviewed by Tomás", "owned by Dana": a person's role.
  if (prev && prev.w === "by" && ROLE_VERBS.has(tokBefore(toks, k, 2)?.w ?? "")) return true;
  // "calculated at the end of the month in a spreadsheet by Claire": a document someone keeps.
  if (prev && prev.w === "by" && KEPT_DOCUMENTS.has(tokBefore(toks, k, 2)?.w ?? "") && (next === undefined || next.t === PUNCT)) return true;
  // "ask to Lupita which ones": the second-language form of "ask Lupita".
  if (prev && prev.w === "to" && tokBefore(toks, k, 2)?.w === "ask") return true;
  return !!prev && ASKED_BEFORE.has(prev.w) && !systemSlot(toks, k);
}

/** Tools whose name comes before a file's owner ("the Excel Sanjay sends"), not before a product of theirs. */
export const DOCUMENT_TOOLS = new Set(["excel", "word", "powerpoint", "sheets", "docs", "drive", "notion", "confluence", "jira", "slack", "teams", "outlook", "gmail", "dropbox", "onedrive", "sharepoint"]);

/**
 * Words after which "in X" names a place: premises ("the office in Aarhus"), organisations ("a
 * manufacturer in Bavaria", "a library consortium in Manitoba") and "based/located in".
 */
export const PLACE_HOLDERS = new Set(
  `warehouse warehouses office offices store stores site sites plant plants branch branches hub hubs depot depots clinic clinics unit units pitch pitches kiln kilns
  hospital hospitals factory factories school schools campus team teams shop shops centre center restaurant restaurants hotel hotels
  airport station stations company companies startup startups business businesses manufacturer manufacturers retailer retailers
  group groups consortium cooperative cooperatives co-op chain chains operator operators utility utilities bank banks agency agencies
  council councils municipality municipalities charity charities ngo association associations firm firms brand brands farm farms
  library libraries university universities customers users people patients families members residents based located headquartered
  lab labs laboratory laboratories port ports terminal terminals mill mills mine mines yard yards kitchen kitchens studio studios
  taproom taprooms workshop workshops outlet outlets showroom showrooms venue venues location locations home homes
  counter counters parish parishes church churches mosque mosques temple temples village villages town towns district districts
  neighbourhood neighbourhoods neighborhood neighborhoods pharmacy pharmacies cafe cafes café cafés customer supplier suppliers client clients
  hut huts camp camps villa villas exporter exporters trader traders grower growers farmer farmers buyer buyers
  slaughterhouse slaughterhouses abattoir abattoirs hatchery hatcheries room rooms dairy dairies bakery bakeries
  museum museums gallery galleries marina marinas harbour harbours harbor harbors theatre theatres theater theaters stadium stadiums
  arena arenas resort resorts lodge lodges brewery breweries distillery distilleries winery wineries
  borrower borrowers debtor debtors tenant tenants auction auctions dealer dealers dealership dealerships court courts
  garage garages house houses server servers base bases owner owners maker makers club clubs hall halls market markets
  salon salons bakery bakeries park parks guests tourists city cities area areas region regions province provinces place places`.split(/\s+/),
);

/** Words after which "to X" names where someone goes ("drive back to Thisted", "the ferry to Helsingborg"). */
export const JOURNEY_WORDS = new Set(
  "back drive drives drove driving travel travels travelled traveling travelling fly flies flew flight flights sail sails sailed ferry ferries trip trips commute commutes commuting move moves moved relocate relocates ship ships shipped truck trucks trucked train trains boat boats barge barges vessel vessels".split(" "),
);

const TALK_VERBS = new Set(["check", "checks", "confirm", "talk", "talks", "speak", "sync", "align", "consult", "verify", "coordinate", "agree", "agreed", "discuss", "discussed", "spoke", "talked", "met", "meet"]);
const PERSON_PRONOUNS = new Set(["she", "he", "who", "they"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);

/** "TimescaleDB", "PgBouncer": inner capitals mark a product name, not an in-house code name. */
export function mixedCase(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const TEAMS = new Set(["team", "squad", "department", "crew"]);

/** "our automation team", "the data platform squad": a team named in up to two words, read from `from`. */
function teamWithin(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 2; j++) {
    if (toks[j].t !== WORD) return false;
    if (TEAMS.has(toks[j].w)) return true;
  }
  return false;
}
