/**
 * Readings of a cue word that leave nothing to measure: someone else's
 * behaviour ("Xendit retries it"), a metric's direction ("higher is better"),
 * a field table's description cell, a customer described by its size, the
 * mechanism named after what it limits ("cap logic"), a shortfall against the
 * request, a translation or an acronym's expansion, a case named for
 * comparison, earlier releases, the size of the work or of people's devices,
 * and work left out of scope. findHits in measurable.ts skips a cue when one
 * of these holds.
 */
import { atSentenceStart, endsSentence, firstWordFrom, sentenceStart } from "../doc.js";
import type { Line } from "../markdown.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { W_ENGLISH } from "../wordinfo.js";
import { looksPlural } from "./cue-position.js";
import type { Cue } from "../lexicon/quality.js";

/** "Xendit retries it": the word before is a name (capitalised, not an English word), so someone else retries. */
export function namedSubject(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  return prev !== undefined && prev.t === WORD && prev.cap && (prev.info & W_ENGLISH) === 0;
}

/**
 * "Stripe treats no answer as a failure and retries": a verb after "and" whose sentence opens
 * with a name outside the English word list (the provider, told as a fact about it).
 */
export function namedSubjectOfCoordinated(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.w !== "and") return false;
  let a = k - 1;
  while (a > 0 && !endsSentence(toks, a - 1) && toks[a - 1].w !== ";" && toks[a - 1].w !== ":") a--;
  const first = toks[a];
  return first !== undefined && first.t === WORD && first.cap && (first.info & W_ENGLISH) === 0 && toks[a + 1]?.t === WORD && !toks[a + 1].cap;
}

const COMPARATIVES = new Set(["higher", "lower", "more", "less", "fewer", "bigger", "smaller", "larger", "faster", "slower", "shorter", "longer"]);

/** "higher is better", "lower is better": which way a metric should move. */
export function metricDirection(toks: readonly Tok[], k: number): boolean {
  const w = toks[k].w;
  if (w !== "better" && w !== "worse") return false;
  const verb = toks[k - 1];
  const comparative = toks[k - 2];
  return verb !== undefined && comparative !== undefined && (verb.w === "is" || verb.w === "are") && COMPARATIVES.has(comparative.w);
}

const DESCRIBING_PREPOSITIONS = new Set(["in", "for", "on", "across", "per", "of"]);

/**
 * In a table of fields (first cell a code span), a limit word opening a cell
 * and followed by what it applies to ("cap in yen for …", "cap across all
 * members") describes what the field holds: the field carries the figure.
 */
export function fieldDescription(toks: readonly Tok[], from: number, to: number, line: Line): boolean {
  if (!line.table) return false;
  if (toks[firstWordFrom(toks, 0)]?.t !== CODE) return false;
  const prev = toks[from - 1];
  // "| `延滞料金` | late fee in yen |": the word after the whole cue, however many words it has.
  const next = toks[to];
  return prev !== undefined && prev.t === PUNCT && prev.w === "|" && next !== undefined && next.t === WORD && DESCRIBING_PREPOSITIONS.has(next.w);
}

export const ORGANISATIONS = new Set(
  "business businesses company companies firm firms enterprise enterprises merchant merchants customer customers client clients retailer retailers shop shops store stores brand brands bank banks houses hospital hospitals school schools seller sellers restaurant restaurants clinic clinics agency agencies organisation organisations organization organizations maker makers manufacturer manufacturers producer producers supplier suppliers distributor distributors chain chains operator operators carrier carriers insurer insurers".split(" "),
);
const CAPABILITY_WORDS = new Set("must should shall need needs cannot can't work works handle handles support supports scale scales cope copes".split(" "));

/** Whether the sentence around token k asks something of the system ("must also work for …"). */
export function capabilityAsked(toks: readonly Tok[], k: number): boolean {
  for (let j = sentenceStart(toks, k); j < toks.length && !(j > k && endsSentence(toks, j)); j++) {
    const w = toks[j].w;
    if (CAPABILITY_WORDS.has(w) || ((w === "has" || w === "have") && toks[j + 1]?.w === "to")) return true;
  }
  return false;
}

const MECHANISM_NOUNS = new Set(["logic", "code", "module", "middleware", "handling", "handler", "implementation", "mechanism", "check", "checks"]);

/** "Cap logic", "the rate-limit middleware": the word after the cue names the mechanism. */
export function mechanismNamed(toks: readonly Tok[], to: number): boolean {
  const next = toks[to];
  return next !== undefined && next.t === WORD && MECHANISM_NOUNS.has(next.w);
}

/** "too few bags are left", "enough seats available": a shortfall against the amount asked for. */
export function leftToTake(toks: readonly Tok[], to: number): boolean {
  // "Insurers that take too long are left out": left out is excluded, not what remains.
  for (let j = to; j < toks.length && j <= to + 3; j++) if (REMAINING.has(toks[j].w) && toks[j + 1]?.w !== "out") return true;
  return false;
}
const REMAINING = new Set(["left", "remaining", "available"]);

/** A code span or a closing quote: a name as written, which a parenthesis after it may translate. */
export function glossedName(t: Tok | undefined): boolean {
  return t !== undefined && (t.t === CODE || (t.t === PUNCT && (t.w === "\"" || t.w === "”" || t.w === "」")));
}

/** Token k opens words whose initials spell the acronym in the parenthesis after them: "enhanced due diligence (EDD)". */
export function spellsFollowingAcronym(toks: readonly Tok[], k: number): boolean {
  let initials = "";
  for (let j = k; j < toks.length && j <= k + 6; j++) {
    const t = toks[j];
    if (t.t === PUNCT) {
      const acr = toks[j + 1];
      return t.w === "(" && acr !== undefined && acr.t === WORD && acr.upper && toks[j + 2]?.w === ")" && acr.w.replace(/s$/, "") === initials;
    }
    if (t.t !== WORD) return false;
    initials += t.w[0];
  }
  return false;
}

/** "treat it like a timeout", "also notify, the same as a delay": the case the brief handles, named for comparison. */
export function caseNamedForComparison(toks: readonly Tok[], from: number): boolean {
  const before = toks[from - 1]?.w;
  return (before === "like" || before === "as") && toks[from].w === "a" && (TREAT_VERBS.has(toks[from - 3]?.w ?? "") || toks[from - 2]?.w === "same");
}
const TREAT_VERBS = new Set(["treat", "treated", "treats", "handle", "handled", "handles", "count", "counted", "counts", "log", "logged"]);

/**
 * "look professional, like the big event companies", "like the invoices from big studios", "like a big chest with a
 * small waist": a size word in what "like" compares with names a kind of thing, not a size to bound.
 */
export function sizeOfAKindCompared(toks: readonly Tok[], from: number): boolean {
  let j = from - 1;
  if (toks[j]?.w === "a" || toks[j]?.w === "the") j--;
  if (toks[j]?.w === "from") j--;
  // "the invoices from": the things compared, then where they come from.
  if (toks[j]?.t === WORD && !toks[j].cap && (toks[j].info & W_ENGLISH) === 0 && (toks[j - 1]?.w === "the" || toks[j - 1]?.w === "like")) j -= toks[j - 1].w === "the" ? 2 : 1;
  return toks[j]?.w === "like" && toks[j - 1]?.w === ",";
}

/** "Old app versions that still send it get `200`", "old clients keep working": earlier releases or records from before a change, not an age. */
export function earlierRelease(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from !== 1 || (toks[from].w !== "old" && toks[from].w !== "older")) return false;
  // "Old transactions saved before this change: … `null`", "Old reports without the field: return `null`", "(old
  // records)": the records from before the change the brief makes, which it handles; no age is asked.
  if (toks[from].w === "old" && legacyRecords(toks, from)) return true;
  if (RELEASE_NOUNS.has(toks[to]?.w === "app" ? toks[to + 1]?.w ?? "" : toks[to]?.w ?? "")) return true;
  // "Old scores from the Bohnenbuch", "Old jobs from Smedjen", "Old photos are on the office file server": the
  // records kept in the system they come from, to bring over, not records of an age.
  if (toks[to]?.t === WORD && keptElsewhere(toks, to + 1)) return true;
  // "old invoices keep the old value" after a change, "old enrollments become `tobedeleted`, new ones are active":
  // set against the new ones in the same sentence, the old ones are those from before, not of an age.
  for (let k = sentenceStart(toks, from); k < toks.length && !(k > from && endsSentence(toks, k)); k++) {
    if (toks[k].w === "new") return true;
    // "Old prices are never deleted", "old quotes keep their fee", "Old paper vouchers stay valid": the ones from
    // before a change, which persist; no age is asked for.
    if (k > from && persists(toks, k)) return true;
  }
  return false;
}

function keptElsewhere(toks: readonly Tok[], k: number): boolean {
  const a = toks[k];
  if (a === undefined || a.t !== WORD) return false;
  const source = a.w === "from" ? toks[k + 1] : (a.w === "are" || a.w === "is") && (toks[k + 1]?.w === "on" || toks[k + 1]?.w === "in") ? toks[k + 2] : undefined;
  return source !== undefined && source.t === WORD && (source.w === "the" || source.w === "our" || (source.cap && !atSentenceStart(toks, k + 1)));
}

function persists(toks: readonly Tok[], k: number): boolean {
  const w = toks[k].w;
  if (w === "never") return true;
  const next = toks[k + 1]?.w ?? "";
  if (w === "keep" || w === "keeps") return next === "their" || next === "its" || next === "the" || next === "working";
  // "Old prices are kept with their dates", "Old PDFs are kept; revisions are numbered …": the earlier ones are not
  // deleted ("old recoveries are archived" still asks from what age).
  if (w === "kept") return toks[k - 1]?.w === "are" || toks[k - 1]?.w === "is";
  return (w === "stay" || w === "stays") && (next === "valid" || next === "unchanged");
}
const RELEASE_NOUNS = new Set(["version", "versions", "release", "releases", "build", "builds", "client", "clients", "firmware", "model", "models", "controller", "controllers", "app", "apps", "tills", "terminals", "readers", "scanners"]);

/**
 * "Small ticket, would like it live…", "do the heavy work after": the size of the work asked; "officers type
 * on small screens": the people's devices, part of the world the brief describes.
 */
export function sizeOfWorkOrDevice(toks: readonly Tok[], to: number): boolean {
  const noun = toks[to]?.w ?? "";
  return WORK_NOUNS.has(noun) || DEVICE_NOUNS.has(noun);
}
const WORK_NOUNS = new Set(["ticket", "task", "change", "fix", "story", "tweak", "feature", "brief", "work", "lifting"]);
const DEVICE_NOUNS = new Set(["screen", "screens", "phone", "phones", "device", "devices", "tablet", "tablets", "laptop", "laptops"]);

/** "quick brief", "quick one", "short ticket": the request itself, not a speed or a time the product must reach. */
export function requestNamed(toks: readonly Tok[], to: number): boolean {
  const noun = toks[to]?.w ?? "";
  return WORK_NOUNS.has(noun) || REQUEST_NOUNS.has(noun);
}
const REQUEST_NOUNS = new Set(["one", "question", "note", "request", "ask", "heads-up", "update"]);

/**
 * "checking the NPRI reporting thresholds is out of scope": work the brief does not ask for needs no figure.
 * Two native searches before the regular expression: most lines with a cue say nothing of scope.
 */
export function outOfScope(raw: string): boolean {
  return (raw.indexOf("cope") >= 0 || raw.indexOf("art of this") >= 0) && OUT_OF_SCOPE.test(raw);
}
const OUT_OF_SCOPE = /\b(?:out of scope|out-of-scope|not in scope|not part of this (?:brief|work|project|ticket))\b/i;

/**
 * "if anything is not clear", "if anything not clear": "if", an indefinite subject, then the word; "Sorry for my
 * English, I try to be clear": the writer judging their own writing.
 */
export function offerToExplain(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 4 && LINKING_FILLERS.has(toks[j].w)) j--;
  if (j < 0 || j === k - 1) return false;
  return toks[j].w === "i" || (INDEFINITE_SUBJECTS.has(toks[j].w) && toks[j - 1]?.w === "if");
}
const INDEFINITE_SUBJECTS = new Set(["anything", "something", "this", "it", "that", "everything", "any"]);
const LINKING_FILLERS = new Set(["is", "isn't", "not", "be", "to", "try", "am", "was", "hope"]);

/**
 * Token k stands in a clause opened by "because" (no clause-ending mark between). A duration there is still
 * asked for: "because the vendor's webhook gives up after a short wait" names a timeout the contractor needs.
 */
export function inReasonClause(toks: readonly Tok[], k: number): boolean {
  const lead = toks[k - 1]?.w === "a" ? toks[k - 2] : toks[k - 1];
  if (lead !== undefined && DURATION_LEADS.has(lead.w)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const t = toks[j];
    if (t.t === PUNCT && t.w !== "(" && t.w !== ")" && t.w !== "\"") return false;
    if (t.w === "because") return true;
  }
  return false;
}
const DURATION_LEADS = new Set(["after", "within", "before", "for"]);

/**
 * "in Arabic script, right to left": a writing direction; "Thanks, would love this before the end of the
 * quarter": the writer's wish; "the next bundle no longer contains it": a state the test observes (unlike
 * "invitees are no longer confused"). None of them judges the product.
 */
export function judgesNothing(toks: readonly Tok[], from: number, to: number): boolean {
  const w = toks[from].w;
  if (termOfArt(toks, to)) return true;
  if (w === "right" && to - from === 1) return toks[to]?.w === "to" && toks[to + 1]?.w === "left";
  if ((w === "love" || w === "like") && to - from === 1) return WISH_LEADS.has(toks[from - 1]?.w ?? "");
  // "Should we also import retirements? Would be nice for the reports.": the writer's wish, not a quality asked for.
  if ((w === "nice" || w === "great") && to - from === 1 && toks[from - 1]?.w === "be" && (toks[from - 2]?.w === "would" || toks[from - 2]?.w === "it'd")) return true;
  // "buka puasa (breaking the fast)", "iftar, the meal that breaks the fast": the noun, a time of fasting.
  // "people who cannot fast in Ramadan", "the person who did not fast": the verb, to fast.
  // "the meal that breaks the fast at sunset", "cannot replace the fast later": what follows it is no noun it could describe.
  if (w === "fast" && to - from === 1) return (toks[from - 1]?.w === "the" && (toks[to] === undefined || toks[to].t === PUNCT || AFTER_THE_FAST.has(toks[to].w))) || fastingVerb(toks, from);
  if (w === "fair" && to - from === 1) return fairAsEvent(toks, from) || (toks[to]?.w === "market" && toks[to + 1]?.w === "value");
  if (w === "clean" && to - from === 1) return cleaningDone(toks, from);
  // "Crew phones are cheap Android phones", "KTP photos from cheap phones": the devices people have, not a cost asked of the product.
  if (w === "cheap" && to - from === 1) return CHEAP_DEVICES.has(toks[to]?.w ?? "") || (CHEAP_DEVICES.has(toks[to + 1]?.w ?? "") && toks[to]?.cap === true);
  if (w === "modern" && to - from === 1) return modernAsKind(toks, from);
  // "updates the existing Melvin work; no second work is created", "is not removed in this work": the noun, a record
  // or the job itself, not "works as expected".
  if (w === "work" && to - from === 1) return WORK_AS_NOUN_AFTER.has(toks[from - 1]?.w ?? "") || (toks[from - 1]?.cap === true && !atSentenceStart(toks, from - 1) && (toks[from - 2]?.w === "the" || WORK_AS_NOUN_AFTER.has(toks[from - 2]?.w ?? "")));
  // "Quick intro: we're Maple Mobility", "a quick note for the backend team": the writer's own message, not the product.
  if (w === "quick" && to - from === 1) return WRITERS_MESSAGES.has(toks[to]?.w ?? "");
  // "It matters a great deal to us": how much, said of the writer's feelings.
  if (w === "great" && to - from === 1) return toks[from - 1]?.w === "a" && toks[to]?.w === "deal";
  // "the device's annual thorough examination" (LOLER, ADIPS): the legal name of an inspection, not a quality asked
  // for (writers labelled none of the 4 such lines over all labelled briefs).
  // "divided by the useful life in years": the accounting term for how long an asset is depreciated over.
  if (w === "useful" && to - from === 1 && toks[to]?.w === "life") return true;
  // "I'd lean towards yes but haven't asked our lawyer": the verb, the writer's inclination, not a lean build.
  if (w === "lean" && to - from === 1 && (toks[to]?.w === "towards" || toks[to]?.w === "toward")) return true;
  if (w === "thorough" && to - from === 1) return toks[to]?.w === "examination" || toks[to]?.w === "examinations";
  // "the first post does not list him anymore", "is not shown on the display any more": a record that stops showing.
  // "Sitters don't forget plants anymore", "Operator cannot make mistake anymore": people, with nothing to observe.
  if (w === "anymore" || (w === "any" && toks[from + 1]?.w === "more")) return recordStopsShowing(toks, from);
  if (w !== "no" || toks[from + 1]?.w !== "longer") return false;
  const next = toks[to]?.w ?? "";
  // "the VA can no longer be paid", "a paid hold is no longer counted as a hold": a state of a record.
  if (next === "be") return participle(toks[to + 1]);
  return OBSERVED_STATES.has(next) || participle(toks[to]);
}

/**
 * "our 20 modern jeepneys", "to sell in modern shops", "traditional upholstery and modern foam", "in modern spelling"
 * beside "the old spelling": a kind of thing, set against an older kind or counted, not a look asked of the product
 * ("a smooth, modern flow", "make it look modern" still judge; writers labelled none of 10 such and all 6 of those).
 */
function modernAsKind(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (next === undefined || next.t !== WORD || next.w === "and" || next.w === "or") return false;
  if (looksPlural(next.w)) return true;
  // Within a line's reach either side, so that a line of many "modern"s is still read in linear time.
  for (let j = Math.max(0, k - KIND_REACH); j < toks.length && j <= k + KIND_REACH; j++) if (OLDER_KINDS.has(toks[j].w)) return true;
  return false;
}
const KIND_REACH = 64;
const OLDER_KINDS = new Set(["old", "older", "traditional", "period", "historic", "historical", "classic", "vintage"]);

/**
 * "for the 2023 fair", "before the autumn fair", "the ARTJOG art fair", "at last year's fair": the event, a noun after a
 * determiner, a year, a season or a kind of fair, with nothing after it for it to describe ("a fair price" judges one).
 */
function fairAsEvent(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev === undefined) return false;
  const next = toks[k + 1];
  const ends = next === undefined || next.t === PUNCT || AFTER_AN_EVENT.has(next.w);
  return ends && (prev.t === NUM || prev.poss || FAIR_OPENERS.has(prev.w));
}
const FAIR_OPENERS = new Set("the our this that next each every annual autumn spring summer winter christmas trade art book food job craft county state world science career wedding antique street".split(" "));
const AFTER_AN_EVENT = new Set("in at on is was where and or we starts opens this that with for to of stand stands booth booths visitors".split(" "));

/**
 * "We clean about 140 apartments", "each school they clean", "no reminder until the next clean", "beds that are occupied,
 * dirty or clean": the work of cleaning or the state it leaves, not a quality asked of the product.
 */
function cleaningDone(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1]?.w ?? "";
  const next = toks[k + 1];
  // "after each guest checks out we must clean before the next arrives": a person, a modal, the verb.
  if (CLEANERS.has(prev) || (CLEANING_MODALS.has(prev) && CLEANERS.has(toks[k - 2]?.w ?? ""))) return true;
  if ((prev === "next" || prev === "deep" || prev === "first" || prev === "last") && (next === undefined || next.t === PUNCT)) return true;
  // "dirty or clean", "clean or dirty": one of two states a record holds.
  return (prev === "or" && toks[k - 2]?.w === "dirty") || (next?.w === "or" && toks[k + 2]?.w === "dirty");
}
const CLEANERS = new Set(["we", "they", "i", "you", "to"]);
const CHEAP_DEVICES = new Set(["phone", "phones", "smartphone", "smartphones", "tablet", "tablets", "laptop", "laptops", "printer", "printers", "scanner", "scanners", "handsets", "devices"]);
const CLEANING_MODALS = new Set(["must", "will", "can", "should", "need", "have"]);

/** "paid", "booked", "shown": the past participle a state of a record is read in (not a feeling: "confused"). */
function participle(t: Tok | undefined): boolean {
  if (t === undefined || t.t !== WORD || FEELINGS.has(t.w)) return false;
  return t.w.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.w);
}
const IRREGULAR_PARTICIPLES = new Set("paid sent shown seen made taken given found sold held kept read set built run".split(" "));
const FEELINGS = new Set("confused worried annoyed frustrated bothered needed required surprised".split(" "));
const WISH_LEADS = new Set(["would", "we'd", "i'd", "they'd"]);

/**
 * "significant wave height (Hs)", "persons with significant control (PSC)": a quality word inside a term the
 * brief abbreviates right after it is part of that term's name, defined elsewhere (a standard, a law).
 */
function termOfArt(toks: readonly Tok[], to: number): boolean {
  for (let j = to; j < toks.length && j <= to + 3; j++) {
    const t = toks[j];
    if (t.t === PUNCT) return t.w === "(" && abbreviation(toks[j + 1]) && toks[j + 2]?.w === ")" && j > to;
    if (t.t !== WORD || (t.info & W_ENGLISH) !== 0) return false;
  }
  return false;
}

/** The verb after the negation before token k is a state a test observes ("does not appear", "is not in the list"). */
function recordStopsShowing(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && toks[j].t !== PUNCT && !NEGATIONS.has(toks[j].w) && !toks[j].w.endsWith("n't")) j--;
  if (j < 0 || toks[j].t === PUNCT) return false;
  let verb = j + 1;
  while (verb < k && AUXILIARIES.has(toks[verb].w)) verb++;
  const t = toks[verb];
  // "The buyers are not blocked wrongly anymore": a manner after the participle is the judgement.
  // "does not need to worry any more": "need" ends like a participle and is none.
  if (participle(t) && !ED_VERBS.has(t.w)) return !(toks[verb + 1]?.w.endsWith("ly") ?? false);
  return OBSERVED_STATES.has(t?.w ?? "");
}
const WORK_AS_NOUN_AFTER = new Set(["this", "existing", "second", "no", "new", "same", "each"]);
const WRITERS_MESSAGES = new Set(["intro", "introduction", "note", "question", "update", "recap", "heads-up", "overview", "reminder", "word"]);
const NEGATIONS = new Set(["not", "never", "no", "cannot"]);
const ED_VERBS = new Set(["need", "feed", "seed", "speed", "bleed", "breed", "proceed", "succeed", "exceed"]);
const AUXILIARIES = new Set(["be", "is", "are", "was", "were", "been", "being", "do", "does", "did", "get", "gets"]);

/** "PSC", "Hs": an acronym, or a capital and a letter or two ("Hs", "Mw"). */
function abbreviation(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && (t.acr || (t.cap && t.letters && t.e - t.s <= 3));
}
const OBSERVED_STATES = new Set(
  // "is no longer in the feed", "the old PIN no longer opens the compartment" (participles: see `participle`).
  `contains contain includes include appears appear shows show lists list returns return exists exist sends send matches match
  in on part authenticates authenticate opens open sees see accepts accept allows allow counts count charges charge
  visible available valid active call calls`.split(/\s+/),
);

/**
 * "delivered into several lots of the contract", "Several lots of the same count": a lot is a batch when a
 * determiner follows "of" ("a lot of data", "lots of quotes" still count nothing).
 */
export function batchLot(toks: readonly Tok[], to: number): boolean {
  if (toks[to - 1]?.w !== "of" || (toks[to - 2]?.w !== "lot" && toks[to - 2]?.w !== "lots")) return false;
  return LOT_DETERMINERS.has(toks[to]?.w ?? "");
}
const LOT_DETERMINERS = new Set(["the", "this", "that", "these", "those", "our", "their", "each", "its"]);

/** Verbs of how something functions, which "well" may follow ("scale well", "works really well"). */
const FUNCTIONING_VERBS = new Set("scale scales scaling work works working perform performs performing run runs running behave behaves cope copes function functions handle handles render renders load loads sync syncs hold holds".split(" "));

/**
 * "must scale well", "the upload must work well": how well something functions is left open; "read Japanese well",
 * "holds cold well", "wet well", "Well IDs" describe the world or name a thing (writers labelled none outside
 * acceptance criteria, where "converts well" and "is well tested" are still uncheckable).
 */
export function functioningWell(toks: readonly Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (p === undefined) return false;
  if (FUNCTIONING_VERBS.has(p.w)) return true;
  return (p.w === "really" || p.w === "very" || p.w === "reasonably" || p.w === "equally") && FUNCTIONING_VERBS.has(toks[k - 2]?.w ?? "");
}

/**
 * "small differences in spelling", "small layout changes", "robust against the small differences between chains":
 * differences of form (spelling, layout, format) or ones a robustness word is asked to absorb, not an amount.
 */
export function smallDifferenceOfForm(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from !== 1 || toks[from].w !== "small") return false;
  const next = toks[to]?.w ?? "";
  // "small spelling differences", "small layout changes".
  if (!DIFFERENCE_NOUNS.has(next)) return FORM_WORDS.has(next) && DIFFERENCE_NOUNS.has(toks[to + 1]?.w ?? "");
  // "small differences in spelling".
  const of = toks[to + 1]?.w;
  if ((of === "in" || of === "of") && FORM_WORDS.has(toks[to + 2]?.w ?? "")) return true;
  // "robust against (the) small differences", "tolerant enough for small differences", "smart about small changes".
  let k = from - 1;
  if (toks[k]?.w === "the") k--;
  if (!ABSORBING.has(toks[k]?.w ?? "")) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (ROBUSTNESS_WORDS.has(toks[j].w)) return true;
  return false;
}
const DIFFERENCE_NOUNS = new Set(["difference", "differences", "change", "changes", "variation", "variations", "deviation", "deviations"]);
const FORM_WORDS = new Set(["spelling", "layout", "format", "formatting", "wording", "naming", "name", "names", "text", "typing"]);
const ABSORBING = new Set(["against", "for", "about", "to"]);
const ROBUSTNESS_WORDS = new Set(["robust", "tolerant", "smart", "flexible", "resilient", "forgiving", "enough"]);

const BREAKING = new Set(["break", "breaks", "broke", "breaking", "broken"]);
/** Words after "the fast" that show it is the noun, the time of fasting: "breaks the fast at sunset", "the fast ends". */
const AFTER_THE_FAST = new Set(["at", "in", "during", "later", "until", "before", "after", "on", "is", "ends", "begins", "starts", "each", "every"]);

/** Whether "fast" at k is the verb after "cannot" or a negated "do" ("cannot fast", "did not fast"). */
function fastingVerb(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1]?.w;
  if (prev === "cannot") return true;
  // "during Ramadan people break the fast with dates": breaking a fast is ending it, whatever follows.
  if (prev === "the" && BREAKING.has(toks[k - 2]?.w ?? "")) return true;
  const before = toks[k - 2]?.w ?? "";
  return prev === "not" && (before === "did" || before === "does" || before === "do");
}

/** Words that say records are from before the change a brief makes: "saved before this change", "migrated". */
const LEGACY_MARKERS = new Set(["migrated", "migration", "without", "already", "legacy", "backfill"]);

/** "old" at k names records from before the change: in brackets, or a marker of that in its sentence. */
function legacyRecords(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.w === "(") return true;
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    const t = toks[j];
    if (t.t === PUNCT && endsSentence(toks, j)) return false;
    if (LEGACY_MARKERS.has(t.w)) return true;
    // "from before we numbered the axes", "before this change".
    if (t.w === "before" && (toks[j + 1]?.w === "this" || toks[j + 1]?.w === "the" || toks[j + 1]?.w === "we") && (toks[j - 1]?.w === "from" || CHANGE_WORDS.has(toks[j + 2]?.w ?? ""))) return true;
  }
  return false;
}
const CHANGE_WORDS = new Set(["change", "migration", "release", "update", "fix", "numbered", "switch", "move"]);

/** After "a batch of": a product in the singular or a mass noun ("our miso", "yellow base", "another roaster"). */
export function productBatch(toks: readonly Tok[], k: number): boolean {
  const first = toks[k];
  if (first === undefined || first.t !== WORD) return false;
  if (first.w === "our" || first.w === "a" || first.w === "an" || first.w === "another" || first.w === "its" || first.w === "their") return true;
  // The noun phrase ends before a preposition, a punctuation mark or the end: it is plural if its last word is.
  for (let j = k; j < toks.length && j <= k + 2; j++) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    const after = toks[j + 1];
    if (after === undefined || after.t !== WORD || AFTER_NOUN.has(after.w)) return !looksPlural(t.w);
  }
  return false;
}
const AFTER_NOUN = new Set(["without", "with", "from", "for", "is", "are", "must", "that", "which", "in", "on", "to", "of", "per", "at", "made", "recorded", "sent"]);

const ALLOWING = new Set(["allow", "allows", "allowed", "permit", "permits", "permitted", "tolerate", "tolerates", "accept", "accepts", "support", "supports"]);

/** A verb of allowing in the few words before the burst at k ("allow a small burst", "accepts bursts"). */
export function burstAllowed(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (toks[j].t === PUNCT) return false;
    if (ALLOWING.has(toks[j].w)) return true;
  }
  return false;
}

/**
 * The word, on this line, followed by "when"/"if" or by its noun and "is one …": a definition of the word. A quantity
 * word counts only in the first form ("A yarn is low when …"): "a short window is a fraud alert" defines the alert.
 */
export function definedOnLine(toks: readonly Tok[], w: string, whenOnly = false): boolean {
  // A long line of the same word stays linear: only its first few uses are read.
  let seen = 0;
  for (let j = 0; j < toks.length && seen < 8; j++) {
    if (toks[j].w !== w) continue;
    seen++;
    let n = j + 1;
    while (toks[n]?.t === PUNCT && toks[n].w === "*") n++;
    if (toks[n]?.w === "when" && (toks[j - 1]?.w === "is" || toks[j - 1]?.w === "are" || toks[j - 1]?.w === "*") && comparesAfter(toks, n + 1)) return true;
    if (whenOnly) continue;
    if (toks[n]?.t === WORD && toks[n + 1]?.w === "is" && (toks[n + 2]?.w === "one" || toks[n + 2]?.w === "a" || toks[n + 2]?.w === "an") && (toks[j - 1]?.w === "a" || toks[j - 1]?.w === "an")) return true;
    if (glossedWithFigure(toks, n)) return true;
  }
  return false;
}

/** Words that open a gloss of what came before ("meaning", "i.e.", "namely"). */
const GLOSS_OPENERS = new Set(["meaning", "i.e", "ie", "namely"]);

/** "a fast connection, meaning at least 100 Mbit/s": within a few words, a gloss that gives the word its figure. */
function glossedWithFigure(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 3; j++) {
    if (!GLOSS_OPENERS.has(toks[j].w)) continue;
    for (let k = j + 1; k < toks.length && k <= j + 4; k++) if (toks[k].t === NUM) return true;
    return false;
  }
  return false;
}

const COMPARISON_WORDS = new Set(["below", "above", "under", "over", "equal", "less", "more", "least", "most", "exceeds", "within"]);

/** "when it is below the limit", "when `status` is `aboriginal`": a clause that states a test, within a few words (a time of day, "when the week opens at 12:00", is when, not what). */
function comparesAfter(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 8; j++) {
    if (toks[j].t === PUNCT && endsSentence(toks, j)) return false;
    if (COMPARISON_WORDS.has(toks[j].w) || toks[j].t === CODE) return true;
  }
  return false;
}

/**
 * Outside acceptance criteria, words that describe rather than ask: "well" after anything but a verb of functioning
 * ("read Japanese well"); "on time" as a state the brief names ("the bus leaves on time", "on time → late"; writers
 * labelled 1 of 10 there, and 22 of 22 inside criteria).
 */
export function describesOutsideCriteria(toks: readonly Tok[], h: { from: number; to: number; cue: Cue }): boolean {
  // "Add the EBA check as well before a staff booking is confirmed": "as well" is "too", then a plain "before".
  if (h.to - h.from === 2 && toks[h.from].w === "well" && toks[h.from - 1]?.w === "as") return true;
  // "In the contract text it is not clear", "when the predator is not clear from the carcass": what is uncertain,
  // not a quality asked of the product (writers labelled 1 of 6 such outside criteria).
  // "If the error is not clear, support gets a ticket": what the product shows must still be clear, and how clear is asked.
  if (h.to - h.from === 1 && toks[h.from].w === "clear") return notBefore(toks, h.from) && !SHOWN_TEXTS.has(subjectOfNegation(toks, h.from));
  // "WiFi in the workshop is not stable", "my English is not so good": what something is not, told as a fact with no
  // modal, is how the world is ("must not be slow" still asks).
  if (h.to - h.from === 1 && h.cue.kind === "vague" && negatedState(toks, h.from)) return true;
  if (h.to - h.from === 1) return toks[h.from].w === "well" && !functioningWell(toks, h.from);
  return h.to - h.from === 2 && toks[h.from].w === "on" && toks[h.from + 1].w === "time";
}

/** "is not clear", "isn't clear", "is still not clear": a negation just before token k (an adverb may stand between). */
function notBefore(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.w === "yet" || toks[j]?.w === "really" || toks[j]?.w === "fully" || toks[j]?.w === "always") j--;
  const w = toks[j]?.w ?? "";
  // The tokenizer writes a curly apostrophe as a straight one ("isn’t" is "isn't").
  return w === "not" || w.endsWith("n't");
}

/** "is not stable", "are not so good", "isn't reliable": a copula in the present or past, "not", the adjective at k; no modal in the clause. */
function negatedState(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.w === "so" || toks[j]?.w === "very" || toks[j]?.w === "always" || toks[j]?.w === "really" || toks[j]?.w === "that") j--;
  let copula = j - 1;
  if (toks[j]?.w === "not") copula = j - 1;
  else if (toks[j]?.w === "isn't" || toks[j]?.w === "aren't" || toks[j]?.w === "wasn't" || toks[j]?.w === "weren't") copula = j;
  else return false;
  if (copula !== j && !/^(is|are|was|were)$/.test(toks[copula]?.w ?? "")) return false;
  // "Reject prices that are not reasonable": a relative clause picks out what the product must act on, and a judgement
  // ("not significant", "not appropriate") is a rule to make measurable.
  if (RELATIVES.has(toks[copula - 1]?.w ?? "") || JUDGEMENTS.has(toks[k].w) || toks[k].w === "significant" || toks[k].w === "enough") return false;
  for (let q = copula - 1; q >= 0 && q >= copula - 8; q--) {
    if (toks[q].t === PUNCT) break;
    if (/^(must|should|shall|may|can|cannot|will|would|need|needs|has|have)$/.test(toks[q].w)) return false;
  }
  return true;
}

/** The noun before "is not" / "are not" / "isn't" ahead of token k ("the error is not clear" → "error"), or "". */
function subjectOfNegation(toks: readonly Tok[], k: number): string {
  for (let j = k - 1; j >= 1 && j >= k - 4; j--) {
    const w = toks[j].w;
    if (w === "is" || w === "are" || w === "isn't" || w === "aren't") return toks[j - 1].w;
  }
  return "";
}
/** What the product shows a person, whose clarity is a quality asked of it. */
const SHOWN_TEXTS = new Set("error errors message messages text texts wording label labels screen screens page pages report reports email emails notification notifications instruction instructions warning warnings explanation reason".split(" "));
const RELATIVES = new Set(["that", "which", "who"]);

/** Words that judge an amount or a manner without a measure ("a reasonable time", "prices that are not reasonable"). */
export const JUDGEMENTS = new Set(["reasonable", "sensible", "appropriate", "acceptable", "decent"]);

/** Nouns after "a readable" that name how a page is laid out for people ("in a readable layout", "a readable way"). */
const LAYOUT_NOUNS = new Set(["layout", "way", "format", "font", "form", "size", "manner", "design"]);
/** People a page is made legible for, in the singular ("for a notary"); plurals ending in -s count as well. */
const READERS = new Set(["notary", "driver", "user", "customer", "reader", "human", "person", "patient", "guest", "operator", "technician", "inspector", "auditor", "member", "staff", "everyone", "anyone", "people"]);
const READER_LEADS = new Set(["a", "an", "the", "our", "their", "all", "older", "elderly", "every", "each", "other", "non-technical", "field"]);

/**
 * "readable" is a quality left unmeasured only where it is legibility for people: "readable on phones", "readable
 * on the bridge", "readable for drivers", "a readable layout". "readable by admins", "stays readable with `GET …`",
 * "a readable barcode", "machine-readable" and "not readable" say who may read a record or that a scan decodes
 * (writers labelled none of about 90 such lines).
 */
export function readableByAccess(toks: readonly Tok[], from: number): boolean {
  const next = toks[from + 1];
  if (next !== undefined && next.t === WORD && LAYOUT_NOUNS.has(next.w) && toks[from - 1]?.w === "a") return false;
  if (next?.w === "on" && toks[from + 2]?.t === WORD) return false;
  if (next?.w !== "for") return true;
  let k = from + 2;
  while (toks[k]?.t === WORD && READER_LEADS.has(toks[k].w)) k++;
  const reader = toks[k];
  if (reader === undefined || reader.t !== WORD) return true;
  return !(READERS.has(reader.w) || (reader.w.length > 3 && reader.w.endsWith("ers")) || (reader.w.endsWith("s") && READERS.has(reader.w.slice(0, -1))));
}
