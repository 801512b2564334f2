/**
 * Where a quality or quantity cue stands decides whether it asks for a
 * number: "the response is fast" judges, "fast path" names a thing; "large
 * files" asks for a size, "a small service" does not; "Throttle heavy users"
 * is an order, "the throttle" is not. measurable.ts finds the cues and asks
 * positionOk.
 */
import { atSentenceStart, endsSentence, firstWordFrom, prevWord } from "../doc.js";
import type { PhraseMatch } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { QUANTITY_NOUNS, type Cue } from "../lexicon/quality.js";
import { DEGREE_WORDS, DETERMINERS, LINKING_VERBS, MODALS, TIME_UNITS, VERB_MARKERS } from "../lexicon/english.js";
import { limitPosition } from "./limits.js";
import { NOT_A_NOUN, figureEarlier } from "./figures.js";

/** How far back "parts that small" looks for the figure it refers to. */
const THAT_SIZE_REACH = 30;
import { W_ENGLISH, W_UNIT } from "../wordinfo.js";
import { isPastVerb } from "./shared-context-words.js";

/** What "in good …" asks of a file or an image: "in good quality", "in proper format" ("in good condition" is a state of goods). */
const STATE_NOUNS = new Set(["quality", "format", "resolution"]);
/** Cues of recency that a state noun after them makes "the current one of each" ("the latest values"). */
const RECENT = new Set(["latest", "most recent"]);
/** Plural nouns naming each thing's current state: its latest is one value per thing, not a list to count. */
const CURRENT_STATE_NOUNS = new Set(["values", "results", "readings", "counts", "answers", "positions", "requirements", "levels", "figures", "numbers", "prices", "rates", "measurements", "totals", "balances", "coordinates", "settings", "statuses"]);
/** What a person reads, sees or is told: the nouns after which "clear" judges how understandable it is. */
const CLEAR_TO_A_READER = new Set(
  "message messages error errors way ways breakdown overview explanation explanations instruction instructions wording text feedback summary structure description descriptions label labels warning warnings reason reasons indication view display design interface ui ux layout picture outcome outcomes confirmation confirmations receipt receipts invoice invoices fee fees status notice notices notification notifications answer answers guidance documentation naming process path flow ownership separation distinction difference sign signs signal steps step title titles heading headings language copy prompt prompts email emails screen screens page pages report reports log logs audit history visual visuals map idea understanding definition definitions criteria rule rules policy boundary boundaries split plan timeline response responses result results indicator indicators alert alerts reminder reminders format formatting call-to-action cta presentation name names communication information info".split(" "),
);
const COORDINATORS = new Set(["and", "or", "but", "nor"]);

/** Steps something may be cleared for: "clear to go", "clear to ship", "clear to land". */
const CLEARED_FOR = new Set("go proceed ship sell leave travel fly move dispatch load release slaughter enter launch land depart board start".split(" "));
/** "in a secure way", "in a timely manner". */
const MANNER_NOUNS = new Set(["way", "manner", "fashion"]);
/** Verbs that remove or set aside records ("delete old recordings", "ignore old events"). */
const REMOVING_VERBS = new Set("delete deletes purge purges drop drops ignore ignores remove removes discard discards archive archives anonymise anonymises anonymize anonymizes".split(" "));

const PASSIVE = new Set(["is", "are", "be", "been", "being", "get", "gets", "got"]);

const NOUN_AFTER_LIMIT = new Set(["for", "is", "are", "was", "order", "orders", "price", "prices", "of", "reached", "exceeded"]);

const MOMENT_POINTS = new Set(["before", "after", "ago", "earlier", "later"]);

const FAILURE_ADJECTIVES = new Set(["wrong", "failed", "invalid", "incorrect", "consecutive", "unsuccessful", "bad", "missed"]);

const REPEAT_NOUNS = new Set("times retries attempts tries requests calls failures errors seconds minutes hours days weeks months years seasons quarters nights reminders emails messages".split(" "));

/** Pairs that are fixed expressions, not evaluations: key is "prev word|cue" or "cue|next word". */
const FIXED = new Set([
  "as|soon", "as|long", "no|longer", "any|longer", "how|long", "how|many", "how|often", "as|many",
  "as|much", "most|recent", "most|recently", "more|recently", "less|recently", "least|recently", "a limit|check", "a limit|checks", "a limit|checker", "fail|fast", "at|once", "in|short", "very|least",
  "best|effort", "best|practice", "good|home", "short|of", "eventually|consistent", "in time|zone", "in time|zones",
  "a while|loop", "a timeout|error", "a timeout|exception", "a timeout|response", "as required|by",
  "well|as", "as|well", "good|faith", "for|good", "no|good", "limited|to", "is|often", "are|often", "was|often", "were|often",
  "be|often", "next|best", "second|best", "first-class|object", "first-class|objects", "first-class|citizen",
  "first-class|citizens", "first-class|entity", "first-class|resource", "first-class|concept", "first-class|type",
  "limited|items", "limited|item", "limited|edition", "limited|editions", "limited|issue", "limited|issues", "limited|goods", "limited|products", "limited|drops", "limited|releases", "limited|merchandise",
  "right|after", "right|before", "right|away", "right|now", "right|when", "right|at", "right|next",
  "quick|one", "quick|question", "quick|note", "quick|update", "quick|heads-up", "quick|reminder", "quick|recap", "quick|favour", "quick|favor",
  "smart|meter", "smart|meters", "smart|reading", "smart|readings", "smart|card", "smart|cards", "smart|contract",
  "smart|contracts", "smart|tv", "smart|home", "smart|watch", "smart|lock", "smart|locks", "smart|plug", "smart|phone",
  "that|many", "this|many", "same|or similar", "well|below", "well|above", "well|within", "well|under", "well|over", "well|beyond", "as required|for", "as required|under", "fast|path", "fast|paths", "graceful|shutdown", "graceful|restart", "graceful|drain", "gracefully|shut", "large|language",
  "short|code", "short|codes", "short|brief", "short|one", "first-class|record", "first-class|records", "minimum|wage", "minimum|wages", "minimum|stay", "most|frequent", "most|frequently", "high|availability", "low|code", "to|smooth", "to|clean", "to|secure", "to|tidy", "to|polish",
  // A kind of thing named by the quality it is sold for: a fast charger.
  "fast|charger", "fast|chargers", "fast|charging", "rapid|charger", "rapid|chargers", "rapid|charging", "fast|boat", "fast|boats", "fast|ferry", "fast|ferries", "modern|award", "modern|awards", "reference|interval", "reference|intervals", "confidence|interval", "confidence|intervals",
  // "staff on time off", "events keep their real time": a phrase inside another phrase; "`at` is the real time of the
  // scan", "keep real time": the actual time of an event, not a latency.
  "on time|off", "their|real time", "its|real time", "the|real time", "keep|real time", "keeps|real time",
  // "capped so that net pay never goes below one third", "however long the gap was", "in many ways".
  // "Close by user without role `quality`: `403`": closing done by someone, not nearness.
  "close by|user", "close by|users", "close by|admin", "close by|an", "close by|a", "close by|staff", "close by|the", "close by|someone",
  "capped|so", "however|long", "many|ways", "however|many", "however|much", "good|few", "part|loads of", "full|loads of",
  // "frequent flyer number", "significant wave height" (a sea state's defined measure), "a stale version gets `412`"
  // (optimistic locking): names of a thing, not a quality or a rate asked for.
  // "rounded to 2 significant figures": the precision rule itself.
  "frequent|flyer", "frequent|flier", "frequent|flyers", "significant|wave", "significant|figures", "significant|digits", "proper|names", "proper|name", "stale|version", "stale|versions",
  // "a credit limit per roaster" is each customer's own figure; "counts as on time" is a status.
  "credit|limit", "credit|limits", "as|on time",
  // "traffic comes in bursts": how the load arrives, not a burst limit to set.
  "in|bursts",
  // "bookings that overlap in time", "match the closest in time": a relation between two times, not a deadline.
  "overlap|in time", "overlaps|in time", "overlapping|in time", "closest|in time",
  // "returns all lots of a batch", "the lots of the day": auction or production lots, not a quantity.
  "all|lots of", "the|lots of", "these|lots of", "those|lots of", "both|lots of", "their|lots of", "its|lots of",
  // "fast food restaurants", "real-time clearing" (a payment rail), "counted as not on time".
  "fast|food", "real-time|clearing", "real-time|payments", "real-time|payment", "not|on time",
  // "keep the higher number", "uses the lower price": one of two values picked, both already known.
  "the|higher", "the|lower",
  // "paid in advance", "billed monthly in advance": prepayment, not a lead time.
  // "a PDF that shows the sign at scale", "mural design at scale": a drawing to a scale, not a load to handle.
  // "the long vowel mark `ー`": a kind of vowel.
  "long|vowel", "long|vowels",
  "sign|at scale", "design|at scale", "drawn|at scale", "drawing|at scale", "printed|at scale", "plan|at scale", "model|at scale",
  // "returns only work orders in that status": the noun "work", not a verdict that it works.
  "work|order", "work|orders", "work|item", "work|items", "work|permit", "work|permits", "work|shift", "work|shifts", "work|package", "work|packages", "work|log", "work|logs", "work|type", "work|types", "work|card", "work|cards", "work|queue",
  "pay|in advance", "pays|in advance", "paid|in advance", "billed|in advance", "charged|in advance", "prepaid|in advance", "invoiced|in advance", "taken|in advance", "approved|in advance", "thanks|in advance", "po|in advance",
]);

/** FIXED by first part, so a pair is looked up without building the "a|b" string. */
const FIXED_PAIRS = new Map<string, Set<string>>();
for (const pair of FIXED) {
  const bar = pair.indexOf("|");
  const first = pair.slice(0, bar);
  const set = FIXED_PAIRS.get(first) ?? new Set<string>();
  set.add(pair.slice(bar + 1));
  FIXED_PAIRS.set(first, set);
}

/** Whether "a|b" is in FIXED (a is never empty there, and no word holds a "|"). */
function isFixed(a: string, b: string): boolean {
  const seconds = FIXED_PAIRS.get(a);
  return seconds !== undefined && seconds.has(b);
}

/** Words after which "fairly" still says how something is done ("shared out fairly between staff"). */
const MANNER_FOLLOWERS = new Set(["between", "among", "across", "to", "for", "and", "or", "under", "in", "on", "when", "if", "so"]);

/** Words that open what follows a predicate ("must be real-time so the screen…", "near real-time for the dashboard"). */
const CLAUSE_OPENERS = new Set(["and", "or", "but", "so", "for", "to", "because", "since", "as", "when", "whenever", "if", "otherwise", "with", "from", "on", "in", "at", "via", "through", "across", "everywhere", "too", "again", "then"]);

/** "can be retried", "can safely be retried": a modal of permission right before, or one adverb before. */
function permitted(toks: readonly Tok[], p: number): boolean {
  if (p < 0) return false;
  if (PERMISSION_MODALS.has(toks[p].w)) return true;
  const q = prevWord(toks, p);
  return q >= 0 && q === p - 1 && toks[p].w.endsWith("ly") && PERMISSION_MODALS.has(toks[q].w);
}

const PERMISSION_MODALS = new Set(["can", "may", "could"]);

const HAVING = new Set(["has", "have", "had"]);

/** Whether the verb at k sits in an "if", "whether" or "that" clause (up to six words back, within the clause). */
function availabilityClause(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = toks[j];
    if (t.t === PUNCT) return false;
    if (t.w === "if" || t.w === "whether" || t.w === "that" || t.w === "which") return true;
  }
  return false;
}

/** Words that may follow "in time" when it means "before a deadline". */
const AFTER_IN_TIME = new Set(["for", "to", "before", "and", "or", "so", "shall", "must", "should", "will", "is", "are", "gets", "get"]);

function tokenText(toks: readonly Tok[], m: PhraseMatch<Cue>): string {
  let s = "";
  for (let k = m.from; k < m.to; k++) s += (k > m.from ? " " : "") + toks[k].w;
  return s;
}

/** Skips degree words ("is very fast") backwards; returns the index of the governing word. */
function governor(toks: readonly Tok[], k: number): number {
  let j = prevWord(toks, k);
  // "is very fast", "is GDPR compliant": degree words and acronyms sit between.
  while (j >= 0 && toks[j].t === WORD && (DEGREE_WORDS.has(toks[j].w) || toks[j].upper)) j = prevWord(toks, j);
  return j;
}

function isLinking(toks: readonly Tok[], j: number): boolean {
  if (j < 0 || toks[j].t !== WORD) return false;
  if (LINKING_VERBS.has(toks[j].w)) return true;
  // "keep it simple", "make them clear"
  const w = toks[j].w;
  if (w === "it" || w === "them" || w === "this" || w === "things" || w === "everything") {
    const k = prevWord(toks, j);
    return k >= 0 && /^(keep|keeps|kept|make|makes|made)$/.test(toks[k].w);
  }
  return false;
}

/**
 * "keep the bracket JSON clean": an object complement a few words after
 * keep/make + determiner. Only for looks-and-ease words: "keeps their order
 * stable" is a precise statement.
 */
function objectComplement(toks: readonly Tok[], j: number): boolean {
  if (j < 0) return false;
  for (let k = j, seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const t = toks[k];
    if (t.t === PUNCT) return false;
    if (DETERMINERS.has(t.w)) {
      const v = prevWord(toks, k);
      // "the editors find the QC report useful": a judgement of people, with no measure.
      return v >= 0 && v === k - 1 && /^(keep|keeps|kept|make|makes|made|leave|leaves|find|finds|found)$/.test(toks[v].w);
    }
  }
  return false;
}

function nextWord(toks: readonly Tok[], k: number): Tok | undefined {
  const t = toks[k];
  return t && t.t === WORD ? t : undefined;
}

function closesSentence(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t === undefined || (t.t === PUNCT && (t.w === "." || t.w === ";" || t.w === "!"));
}

/** "… and short.", "… and not intrusive.": "and" or "or", one word (negated or not), and the sentence's end. */
function closesAfterOneMore(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.w !== "and" && toks[k]?.w !== "or") return false;
  const j = toks[k + 1]?.w === "not" ? k + 2 : k + 1;
  return toks[j]?.t === WORD && closesSentence(toks, j + 1);
}

/**
 * "offer a replacement cleaner.", "book the same cleaner.": a word that closes a phrase opened by "a", "an",
 * "another" or "the same" is the noun the phrase names ("cleaner" the person), not a comparison asked for, and so is
 * "dry cleaner";
 * "make it a bit cleaner." still compares.
 */
function endsNounPhrase(toks: readonly Tok[], from: number): boolean {
  // "our partner dry cleaner.": the trade, whatever opens the phrase.
  if (toks[from - 1]?.w === "dry") return true;
  for (let j = from - 1; j >= 0 && j >= from - 2; j--) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (t.w === "a" || t.w === "an" || t.w === "another" || (t.w === "same" && toks[j - 1]?.w === "the")) return !MEASURE_AFTER_A.has(toks[j + 1].w);
  }
  return false;
}
const MEASURE_AFTER_A = new Set(["lot", "bit", "little", "tad", "touch"]);

/**
 * "if something in this brief is not clear": within the eight tokens before k, an "if" whose subject is an
 * indefinite pronoun ("something", "anything"), the reader's not understanding the brief; "If the error is not clear"
 * is a case of the product.
 */
function conditionBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (toks[j].w === "if") return INDEFINITE.has(toks[j + 1]?.w ?? "");
    if (atSentenceStart(toks, j)) return false;
  }
  return false;
}
const INDEFINITE = new Set(["something", "anything", "anything's", "something's"]);

/** The sentence holding token k opens with "No" ("No overbooking anymore."). */
function opensWithNo(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j > 0 && !atSentenceStart(toks, j)) j--;
  return toks[j]?.w === "no";
}

/** Nouns of time and amount: a quality word on them ("a reasonable timeout") also leaves a number out. */
export const MEASURE_NOUNS = new Set(
  "period time timeout timeouts delay delays interval intervals duration window size sizes amount number limit limits batch batches ttl retention frequency rate threshold count volume backoff timeframe pace distance".split(" "),
);

/** "relevant to the case", "accurate to the cent": words that relate or measure before "to". */
const RELATIONAL = new Set(["relevant", "accurate"]);
const NOUN_BEFORE = new Set(["per", "each", "every", "which"]);
/** Verbs whose object is what the product gives: a quality word before it judges the output. */
const GIVING_VERBS = new Set(["gives", "give", "returns", "return", "produces", "produce", "suggests", "suggest", "delivers", "deliver", "generates", "generate", "finds", "find"]);
/** Words of verdict alone ("deliver clear ice blocks" describes the ice). */
const VERDICTS = new Set(["good", "great", "excellent", "decent", "proper", "acceptable", "nice", "better", "best"]);
const RECORD_DETERMINERS = new Set(["their", "his", "her", "its", "our", "my", "your", "that", "this"]);
/** Nouns a size word describes loosely: programs, pieces of work, the weather and people's ages ("a small service", "heavy rain", "small children"). */
const UNMEASURED_HEADS = new Set(
  `service services app apps tool tools script scripts module library change changes fix fixes tweak endpoint endpoints job rain snow snowfall rainfall wind winds storm storms fog
  portal portals server servers agent agents converter converters wrapper wrappers backend backends process processes program programs programme
  daemon microservice microservices bot bots addition additions favour favor feature features update updates project api apis integration integrations
  child children kid kids baby babies toddler toddlers`.split(/\s+/),
);
/** "Large price changes need my approval": after a modifier, a change is an amount. */
const AMOUNT_CHANGES = new Set(["change", "changes", "fix", "fixes", "update", "updates"]);

/** The other extreme within four tokens of k, joined by "and", "or" or a comma. */
function extremePaired(toks: readonly Tok[], k: number, other: string): boolean {
  for (let j = Math.max(0, k - 4); j < toks.length && j <= k + 4; j++) {
    if (j === k || toks[j].w !== other) continue;
    for (let q = Math.min(j, k) + 1; q < Math.max(j, k); q++) if (toks[q].w === "and" || toks[q].w === "or" || toks[q].w === ",") return true;
  }
  return false;
}

/** "the long edge", "the short side": geometry, not time. */
const SHAPE_NOUNS = new Set(["edge", "edges", "side", "sides", "axis"]);
const SHORT_KINDS = new Set(["name", "names", "form", "forms", "example", "examples", "course", "programme", "program", "code", "codes", "title", "titles", "summary", "description", "descriptions", "list", "story", "stories"]);

/** Whether the cue's grammatical position makes it evaluative (see Cond in lexicon/quality.ts). */
export function positionOk(toks: readonly Tok[], m: PhraseMatch<Cue>): boolean {
  const cue = m.value;
  const text = tokenText(toks, m);
  const p = prevWord(toks, m.from);
  const prev = p >= 0 ? toks[p] : undefined;
  const next = toks[m.to];
  if (prev && isFixed(prev.w, text)) return false;
  if (next && isFixed(text, next.w)) return false;
  if (text === "in time" && next && !(next.t === PUNCT || AFTER_IN_TIME.has(next.w))) return false;
  const g = governor(toks, m.from);
  // "returns the minimum, the maximum and every excursion", "between the bank's minimum and maximum": the
  // pair names two values the data holds; "TTL has a minimum and maximum" still leaves both out.
  if ((text === "minimum" || text === "maximum") && prev?.w !== "a" && extremePaired(toks, m.from, text === "minimum" ? "maximum" : "minimum")) return false;
  // "capped at the end of the shift": the cap is the moment named.
  if ((text === "capped" || text === "cap") && next?.w === "at" && toks[m.to + 1]?.w === "the" && (toks[m.to + 2]?.w === "end" || toks[m.to + 2]?.w === "start")) return false;
  // "stored in a secure way", "handled in a robust manner": the adjective as the manner of a verb, the same as
  // "securely" (writers labelled vague-term on 11 such lines the word's own position missed).
  if (cue.kind === "vague" && m.to - m.from === 1 && MANNER_NOUNS.has(next?.w ?? "") && (prev?.w === "a" || prev?.w === "an") && p === m.from - 1 && toks[p - 1]?.w === "in") return true;
  switch (cue.cond) {
    case "any":
      // "uses as few sleds as possible": an objective to minimise, which no number states (writers labelled the
      // vague "as possible" when anything, 2 of 5 such lines, never a number).
      if ((text === "as few" || text === "as little") && asPossibleAfter(toks, m.to)) return false;
      // "Fields: ticket number, time in, time out, gross kg": the field beside "time in".
      if (text === "time out" && toks[m.from - 1]?.w === "," && toks[m.from - 2]?.w === "in" && toks[m.from - 3]?.w === "time") return false;
      // "register from the phone: time out, time back, reason": the field before "time back" in a list of fields.
      if (text === "time out" && next?.w === "," && toks[m.to + 1]?.w === "time" && (toks[m.to + 2]?.w === "back" || toks[m.to + 2]?.w === "in")) return false;
      // "pair 1 gets table 1, pair 2 gets table 2, and so on until the last pair": the series runs to its stated end.
      if (text === "and so on" && (next?.w === "until" || next?.w === "till" || (next?.w === "up" && toks[m.to + 1]?.w === "to"))) return false;
      // "Name too long for one line: the font shrinks", "an animal too long for every box type": a thing that does not
      // fit another whose size is its own (writers labelled none of 8 such; "too big for the bank" still asks).
      // "Vessel too long or too wide for both docks": the first of a pair, the same.
      if (TOO_SIZES.has(text) && ((next?.w === "for" && containerAfter(toks, m.to + 1)) || (next?.w === "or" && toks[m.to + 1]?.w === "too" && toks[m.to + 3]?.w === "for" && containerAfter(toks, m.to + 4)))) return false;
      // "retries are switched off, so nothing is retried": no retry, so nothing to count.
      if (cue.hint === "retry" && prev !== undefined && (prev.w === "nothing" || prev.w === "never")) return false;
      // "expired a moment before)", "for a moment when the car was parked": a point in a scenario, not a wait to give.
      if ((text === "a moment" || text === "for a moment") && next !== undefined && (next.w === "when" || (MOMENT_POINTS.has(next.w) && (toks[m.to + 1] === undefined || toks[m.to + 1].t === PUNCT)))) return false;
      // "A price increase sends no notification": the event that opens the item, not a result claimed.
      if (cue.kind === "eval" && (text === "increase" || text === "decrease") && prev !== undefined && p === m.from - 1 && (toks[p - 1]?.w === "a" || toks[p - 1]?.w === "an") && atSentenceStart(toks, p - 1)) return false;
      // "the defect reduces a safety margin": the margin a change acts on, not one the brief asks to keep.
      if (text.endsWith("margin") && prev !== undefined && CHANGE_VERBS.has(prev.w)) return false;
      // "A buffer change by the host": the margin names a kind of change, not one to size.
      if (text.endsWith("buffer") && next !== undefined && next.t === WORD && (next.info & W_ENGLISH) === 0) return false;
      // "without a cap", "no limit": the absence is the behaviour.
      if (cue.kind === "quant" && (toks[m.from].w === "a" || toks[m.from].w === "an") && prev && (prev.w === "without" || prev.w === "no")) return false;
      // "`seats_left` goes down by the quantity of each paid order": the change is measured by what follows "by".
      if (cue.kind === "eval" && (text === "goes down" || text === "goes up" || text === "go down" || text === "go up") && next?.w === "by" && toks[m.to + 1]?.t !== undefined && toks[m.to + 1].t !== PUNCT) return false;
      // "reduces the stock of beef by the issued quantity", "reduces the next payout by its earning": the same, past the object.
      if (cue.kind === "eval" && CHANGE_VERBS.has(text) && changedBy(toks, m.to)) return false;
      // "the second person of a couple membership": the noun "couple", not "a couple of".
      // "can be both plans for a couple.": the noun at the end of a clause, too.
      if (text === "a couple" && (next === undefined || (next.t === PUNCT && next.w !== "(") || (next.t === WORD && next.w !== "of" && next.w !== "more" && next.w !== "times" && (next.info & W_UNIT) === 0))) return false;
      // "- No more double bookings." ends a problem for good; "gets no more reminders" is a count of none.
      if (text === "no more" && !atSentenceStart(toks, m.from)) return false;
      // "No overbooking anymore." likewise; "does not call the script anymore" is a call that stops, to check.
      // "The double tap problem does not happen any more." likewise: a problem gone for good, with no case to run.
      // With a field or a figure in the line the stop is of a record ("not in `GET /api/queue` anymore"); without one,
      // cue-exemptions.ts tells a record that stops showing from a person who stops worrying.
      if ((text === "anymore" || text === "any more") && !opensWithNo(toks, m.from) && !/^(happen|happens|occur|occurs)$/.test(prev?.w ?? "") && toks.some((t) => t.t === CODE || t.t === NUM)) return false;
      // "fairly large", "fairly stable": a degree before the word it grades; "handled fairly between couriers" is a manner.
      if (text === "fairly" && next !== undefined && next.t === WORD && !MANNER_FOLLOWERS.has(next.w)) return false;
      // "sorry, this is a bit rushed", "a bit more information": a degree before an adjective, not a wait.
      if (text === "a bit" && next !== undefined && next.t === WORD && (next.w === "more" || next.w === "less" || (next.w.length > 4 && next.w.endsWith("ed")))) return false;
      // "so the response is not paginated" (the absence is the behaviour); "not too old" still needs its age.
      if (cue.kind === "quant" && prev !== undefined && (prev.w === "not" || prev.w === "never") && text.endsWith("ed")) return false;
      // "use the real-time arrival", "the OJP real-time data": the adjective before its noun names a kind of data;
      // "it is not real-time" says what the data is not. "must be real-time so guests trust it" still judges.
      if (cue.kind === "vague" && cue.hint === "time" && ((next !== undefined && next.t === WORD && !CLAUSE_OPENERS.has(next.w)) || prev?.w === "not")) return false;
      // "the whole cancel can be retried", "a push can be retried without duplicates": the caller may try again, which
      // leaves no retry policy to count; "the job must be retried" still does.
      if (text === "be retried" && permitted(toks, p)) return false;
      // "do not retry it", "so that CheckYeti does not retry": no retry is the behaviour, with nothing to count.
      if (cue.hint === "retry" && prev !== undefined && p === m.from - 1 && (prev.w === "not" || prev.w === "never" || prev.w === "don't" || prev.w === "doesn't")) return false;
      return true;
    case "notas":
      // "one line per well", "for each well": after a determiner or "per" the word is a noun.
      if (prev && (NOUN_BEFORE.has(prev.w) || DETERMINERS.has(prev.w))) return false;
      return !(prev && prev.w === "as") && !(next && next.w === "as");
    case "pred":
      // "National nominations per regional fair.": the event, a noun after a determiner or a kind of fair.
      if (text === "fair" && prev !== undefined && p === m.from - 1 && FAIR_KINDS.has(prev.w)) return false;
      // "never has a fine": after an article the word is a noun; so after "per", "each" or "every" ("per fair").
      if (prev && (prev.w === "a" || prev.w === "an" || prev.w === "the" || NOUN_BEFORE.has(prev.w))) return false;
      // "the reading is stable", "the lot IDs have to stay stable", "keep the column names stable": a value that does
      // not change, which is checkable; "the API must be stable", "the matcher is stable" leave reliability vague.
      if (text === "stable" && steadyValue(toks, m.from)) return false;
      // "is fast", "keep it simple", "easy to use", or closing the sentence: "find the flow pleasant."
      if (cue.hint === "usability" && objectComplement(toks, g)) return true;
      // "Perspective API is down or slow:": the second of two predicates joined after the verb.
      if (g >= 2 && (toks[g].w === "or" || toks[g].w === "and") && toks[g - 1].t === WORD && isLinking(toks, g - 2)) return true;
      // "relevant to the case", "accurate to the cent": a relation or a measure, not a quality claimed.
      if (next !== undefined && next.w === "to" && RELATIONAL.has(text)) return false;
      return isLinking(toks, g) || (next !== undefined && next.w === "to" && text !== "fine") || (closesSentence(toks, m.to) && !endsNounPhrase(toks, m.from));
    case "attr":
      // "Gold Standard does not accept such a small sample", "we cannot depowder parts that small": the size just
      // given, referred back to.
      if (cue.kind === "quant" && ((prev?.w === "a" && toks[p - 1]?.w === "such") || (prev?.w === "that" && p === m.from - 1 && toks[p - 1]?.w !== "so" && figureEarlier(toks, m.from, false, THAT_SIZE_REACH)))) return false;
      // "Hi, a small request before the season starts please": the size of the writer's ask, not of any data.
      if (text === "small" && next !== undefined && (next.w === "request" || next.w === "favour" || next.w === "favor")) return false;
      // "which animals in a pen are clear to go", "the lot is clear to ship": cleared for a step, a state the data
      // decides; "clear to members", "clear to whoever reads it" still judge how understandable something is.
      if (text === "clear" && next !== undefined && next.w === "to" && CLEARED_FOR.has(toks[m.to + 1]?.w ?? "")) return false;
      // "write to me if something in this brief is not clear", "The rules are not clear to us": the writer's own
      // understanding, not a quality asked of the product.
      if (text === "clear" && prev?.w === "not" && (next?.w === "to" || conditionBefore(toks, m.from))) return false;
      // "their best result", "the runner's best time", "that best result": a record of someone's, not a quality asked for.
      if (cue.kind === "vague" && m.to - m.from === 1 && toks[m.from].w === "best" && prev !== undefined && (prev.poss || RECORD_DETERMINERS.has(prev.w))) return false;
      // "a small service", "a big fix": the size of a program or a change is not a figure to give.
      // "a small web portal", "our small reader process": one word may stand between the size and its head.
      if (cue.hint === "size" && next !== undefined && (UNMEASURED_HEADS.has(next.w) || (next.t === WORD && (next.info & W_UNIT) === 0 && toks[m.to + 1]?.t === WORD && UNMEASURED_HEADS.has(toks[m.to + 1].w) && !AMOUNT_CHANGES.has(toks[m.to + 1].w)))) return false;
      // "Support will moderate reported reviews": the verb, not the size.
      if (text === "moderate" && prev !== undefined && MODAL_OR_TO.has(prev.w)) return false;
      if (cue.hint === "time" && next !== undefined && SHAPE_NOUNS.has(next.w)) return false;
      // "the client's short name", "the short form of partida electrónica", "A short example of what we receive:", "a
      // short course record", "the short programme": a kind of name, text or event, not a length left out.
      if (text === "short" && next !== undefined && SHORT_KINDS.has(next.w)) return false;
      if (cue.kind === "quant") {
        // Size and time adjectives count before a noun ("large files", "a long queue"); "the lines that
        // are short" means lacking, so time words need their noun.
        const n = nextWord(toks, m.to);
        // "is unusually long for the quantity": a size judged against a normal one that the brief does not give.
        return (n !== undefined && !NOT_A_NOUN.has(n.w)) || (cue.hint !== "time" && isLinking(toks, g)) || keptAtSize(toks, m.from) || (prev !== undefined && DEVIATING.has(prev.w));
      }
      // "with nice error messages": a quality word between a preposition and its noun.
      // "The planner gives good routes", "returns good suggestions": the quality of what the product gives.
      // "Photos must be stored in good quality", "rounded in proper format": the state asked for, as with "with".
      if (g >= 0 && toks[g].w === "in" && next !== undefined && STATE_NOUNS.has(next.w)) return true;
      // "a clear retainer", "a clear moonless night", "a clear criminal record check": before a noun, "clear" is
      // vague about what a person reads or is told ("a clear message", "a clear overview"); before other nouns it is
      // the colour of a material, the weather or a record with nothing on it.
      if (text === "clear" && next !== undefined && next.t === WORD && next === toks[m.to] && !CLEAR_TO_A_READER.has(next.w) && !COORDINATORS.has(next.w) && !isLinking(toks, g) && !closesSentence(toks, m.to)) return false;
      // "Retailers find the prompt clear and not intrusive.": a second predicate may close the sentence after it.
      // "The coordinators find the system useful at night": an object complement after find, keep or make.
      if (cue.hint === "usability" && objectComplement(toks, g)) return true;
      return isLinking(toks, g) || (g >= 0 && (DETERMINERS.has(toks[g].w) || toks[g].w === "with" || (GIVING_VERBS.has(toks[g].w) && VERDICTS.has(text)))) || closesSentence(toks, m.to) || closesAfterOneMore(toks, m.to);
    case "verb":
      // "Limit: 10" is a label, not an instruction; "scale counts back up" has an object, not a load.
      if (next && next.t === PUNCT && next.w === ":") return false;
      // "Limit per email address in the body: max 3 requests per day": a label naming what is limited, then the figure.
      if (atSentenceStart(toks, m.from) && labelWithFigure(toks, m.to)) return false;
      // "| net weight | scale | `412 g` |": a table cell of one word names a thing (the weighing scale).
      if (next?.w === "|" && toks[m.from - 1]?.w === "|") return false;
      // A verb cue opening the sentence is a noun when a participle or a noun's companion follows:
      // "Limit lowered below current exposure:", "Limit order at `limit_price`", "Limit for each reseller key:".
      if (atSentenceStart(toks, m.from) && next && next.t === WORD && (next.w.endsWith("ed") || NOUN_AFTER_LIMIT.has(next.w))) return false;
      // "The register should scale as we grow": scaling with growth, the load still unnamed.
      if (cue.hint === "scale" && next && next.t === WORD && !/^(to|with|well|beyond|linearly|horizontally|out|up)$/.test(next.w) && !(next.w === "as" && growthAhead(toks, m.to + 1))) return false;
      // "trade instruments: scales, fuel dispensers, weighbridges", "(scales out of calibration)": the weighing scales.
      if (text === "scales" && (toks[m.from - 1]?.w === ":" || toks[m.from - 1]?.w === "," || toks[m.from - 1]?.w === "(")) return false;

      // "the response is not paginated", "never batched again": the absence is the behaviour.
      if (prev !== undefined && (prev.w === "not" || prev.w === "never")) return false;
      // "Throttle heavy users", "must rate-limit", and the passive "downloads are rate-limited".
      // "Also rate-limit links", "then throttle": an imperative after a sentence adverb.
      const adverbStart = prev !== undefined && /^(also|then|just|and)$/.test(prev.w) && atSentenceStart(toks, m.from - 1);
      return atSentenceStart(toks, m.from) || adverbStart || afterIntroClause(toks, m.from) || (prev !== undefined && (VERB_MARKERS.has(prev.w) || prev.w === "so" || PASSIVE.has(prev.w)));
    case "plural": {
      // "Not enough tracks to fill the night" is the failure being handled, not a count to give.
      if (prev && prev.w === "not") return false;
      // "if the window still has enough places", "a dye lot that has enough skeins for the whole line": whether a
      // stock covers the request at hand, whose size the request gives; "each shift must have enough guards" asks.
      if (text === "enough" && prev !== undefined && HAVING.has(prev.w) && availabilityClause(toks, p)) return false;
      // "returns the 20 metric names with the most active series": what ranks a set already counted.
      if (prev && prev.w === "the" && RANKED_BY.has(toks[m.from - 2]?.w ?? "") && countedBefore(toks, m.from - 2)) return false;
      // "the latest entries" asks for a count; "the latest event", "its latest status" do not.
      const n = nextWord(toks, m.to);
      if (n === undefined || !looksPlural(n.w) || NOT_A_NOUN.has(n.w)) return false;
      // "the top donors by kg" asks how many; "from the top applies" (a table read downwards), "the top seeds" (a
      // ranking's own name) and "the top lists" do not.
      if (text === "the top" && (prev?.w === "from" || TOP_NAMES.has(n.w) || !COUNTED_AFTER.has(toks[m.to + 1]?.w ?? "."))) return false;
      // "keep the latest values", "compares the latest results with the contract": the current value of each thing,
      // one per thing, not a list whose length is left out (writers labelled none of 11 such lines).
      return !(RECENT.has(text) && CURRENT_STATE_NOUNS.has(n.w));
    }
    case "leadplural": {
      // "Delete old recordings", "Ignore old events.", "the server drops old ones": the things to remove, by an age
      // not given. "delete the old run" is the one replaced, and "deletes older records" older than a figure given.
      const removed = toks[m.from].w === "old" && REMOVING_VERBS.has(toks[m.from - 1]?.w ?? "");
      if (!removed && !atSentenceStart(toks, m.from)) return false;
      // "…7 years. Older rows must move": older than the figure just given ("about 3.5 million rows today. Old rows
      // are moved": a count before is no age).
      for (let j = 0; j < m.from; j++) if (toks[j].t === NUM && (TIME_UNITS.has(toks[j + 1]?.w ?? "") || toks[j + 1]?.t !== WORD)) return false;
      for (let j = m.to; j < toks.length && j <= m.to + 1; j++) {
        const t = toks[j];
        if (t.t !== WORD) return false;
        // "Older ones are skipped" compares with a figure just given.
        if (t.w === "ones") return removed;
        // "Run again for the same month: old lines are replaced": the previous run's, whatever their age.
        if (looksPlural(t.w)) return !replacedBy(toks, j + 1);
      }
      return false;
    }
    case "repeat": {
      const n = nextWord(toks, m.to);
      // "several wrong attempts", "multiple failed logins": one adjective of failure may stand between. After "after",
      // whatever failed is counted to a threshold left out ("after several failed scans", "after multiple invalid
      // PINs"); "Several wrong PINs in the import file are reported together" only says there may be more than one.
      if (n !== undefined && FAILURE_ADJECTIVES.has(n.w)) {
        const after = nextWord(toks, m.to + 1);
        if (after === undefined) return false;
        if (REPEAT_NOUNS.has(after.w) || after.w === "logins" || after.w === "payments" || (prev?.w === "after" && looksPlural(after.w))) return true;
        // "after several failed password attempts", "several wrong PIN attempts": what was tried may stand between.
        return REPEAT_NOUNS.has(nextWord(toks, m.to + 2)?.w ?? "");
      }
      if (n !== undefined && REPEAT_NOUNS.has(n.w)) return true;
      // "patients who miss several sessions in a row", "several scans in a row": a streak whose length is left out.
      if (n !== undefined && looksPlural(n.w) && inARow(toks, m.to + 1)) return true;
      // "a discount after several hikes", "stop sending after several bounces": a count of events is a threshold
      // left out; "after several images were stored" tells what had happened, and "(after several refunds)" a case.
      return n !== undefined && prev?.w === "after" && toks[p - 1]?.w !== "(" && looksPlural(n.w) && !eventVerbAfter(toks, m.to + 1);
    }
    case "limit":
      return limitPosition(toks, m);
    case "outcome":
      return prev !== undefined && p === m.from - 1 && RECEIVING.has(prev.w) && next !== undefined && next.t === WORD && next.w !== "than" && !comparedLater(toks, m.to);
    case "reward":
      return rewardGiven(toks, m.from, m.to);
    case "qnoun": {
      // "lower than the invoice" compares two values; nothing is missing.
      if (next && next.w === "than") return false;
      const n = nextWord(toks, m.to);
      return (n !== undefined && QUANTITY_NOUNS.has(n.w)) || isLinking(toks, g) || (prev !== undefined && (/^(too|very|so|extremely)$/.test(prev.w) || DEVIATING.has(prev.w)));
    }
  }
}

/** Verbs whose object is what a rule hands out or charges: "members get a discount", "late trucks pay a fee". */
const REWARDED = new Set(["get", "gets", "receive", "receives", "pay", "pays"]);

/**
 * "Bulk orders get a discount.", "Trucks that come late also pay a fee": the cue is the object of a verb of receiving or
 * paying ("also" may stand between), not in a question or after a negation ("never gets a fee"), and no figure follows
 * in its sentence ("a discount of 5%", "a fee per delivery of KES 50").
 */
function rewardGiven(toks: readonly Tok[], from: number, to: number): boolean {
  let v = from - 1;
  if (toks[v]?.w === "also") v--;
  if (!REWARDED.has(toks[v]?.w ?? "")) return false;
  const before = toks[v - 1]?.w ?? "";
  if (before === "never" || before === "no" || before === "not" || before.endsWith("n't")) return false;
  for (let j = to; j < toks.length; j++) {
    const t = toks[j];
    if (t.t === NUM || (t.t === PUNCT && t.w === "?")) return false;
    if (t.t === PUNCT && endsSentence(toks, j)) break;
  }
  return true;
}

/** "in a row" from token k. */
function inARow(toks: readonly Tok[], k: number): boolean {
  return toks[k]?.w === "in" && toks[k + 1]?.w === "a" && toks[k + 2]?.w === "row";
}

/** "… were stored", "… went out", "… are already in": a verb after the noun makes it the subject of an event. */
function eventVerbAfter(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.t !== WORD) return false;
  return EVENT_AUXILIARIES.has(t.w) || isPastVerb(t);
}
const EVENT_AUXILIARIES = new Set(["were", "was", "are", "is", "have", "has", "already"]);

/** A plural noun by its ending: "entries", "rows"; not "access", "status", "bonus", "basis". */
export function looksPlural(w: string): boolean {
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
}

const MODAL_OR_TO = new Set([...MODALS, "to", "we", "they"]);

/** Verbs whose object is what a rule hands out: "members get a lower price". */
const RECEIVING = new Set(["get", "gets", "receive", "receives"]);

/**
 * "gets a lower number than exhibitor B": "than" later in the sentence names what the difference is from. A dozen words
 * on at most, so that a sentence of many such outcomes is still read in linear time.
 */
function comparedLater(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 12 && !endsSentence(toks, j); j++) if (toks[j].w === "than") return true;
  return false;
}

const INTRO_WORDS = new Set(["during", "if", "when", "whenever", "after", "before", "once", "while", "until", "for", "in", "on", "otherwise"]);

/**
 * "During an outbreak, limit …", "If a caller keeps failing, throttle …", "…; throttle the job": an
 * order after an introductory clause or a semicolon.
 */
function afterIntroClause(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev === undefined || prev.t !== PUNCT) return false;
  if (prev.w === ";") return true;
  if (prev.w !== ",") return false;
  let a = k - 1;
  while (a > 0 && !(toks[a - 1].t === PUNCT && (endsSentence(toks, a - 1) || toks[a - 1].w === ":"))) a--;
  return INTRO_WORDS.has(toks[firstWordFrom(toks, a)].w);
}

const RANKED_BY = new Set(["with", "by", "having"]);

/** A number earlier in the sentence than token k ("the 20 metric names with …"). */
function countedBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !endsSentence(toks, j); j--) if (toks[j].t === NUM) return true;
  return false;
}

/** Words between a subject and "stable" ("must stay", "has to be", "not always"). */
const STABLE_FILLERS = new Set(
  "is are be been being must should shall will would can could has have had to stay stays stayed remain remains remained keep keeps kept not always still very really quite also fully reasonably sufficiently pretty below above".split(" "),
);

/** Values that are stable when they do not change, and links that are stable when they do not drop. */
const STEADY_VALUES = new Set(
  `reading readings value values weight weights id ids identifier identifiers name names cursor cursors contract contracts
  hash hashes order ordering url urls key keys number numbers format formats shape column columns field fields code codes
  slug slugs signal connection connections wifi wi-fi internet network coverage`.split(/\s+/),
);

/**
 * Whether what "stable" describes, the nearest word before it past the verbs, is a value or a connection ("the
 * reading is stable", "the lot IDs have to stay stable", "the signal is stable"): then it means unchanged or not
 * dropping, which is a fact to check, not a system's reliability left vague.
 */
function steadyValue(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (STABLE_FILLERS.has(t.w)) continue;
    return STEADY_VALUES.has(t.w);
  }
  return false;
}

/** Verbs of a change whose size a "by …" phrase may give. */
const CHANGE_VERBS = new Set(["reduce", "reduces", "reduced", "increase", "increases", "increased", "decrease", "decreases", "decreased", "lower", "lowers", "lowered", "raise", "raises", "raised"]);

/** Whether "by" and a word other than a gerund follow within the clause (up to 8 tokens): what the change is measured by. */
function changedBy(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j < from + 8; j++) {
    if (toks[j].t === PUNCT) return false;
    // "by making the queue faster" is the means, not the size.
    if (toks[j].w === "by") return toks[j + 1] !== undefined && toks[j + 1].t !== PUNCT && !toks[j + 1].w.endsWith("ing");
  }
  return false;
}

/** Verbs saying a newer write takes the place of what was there ("old lines are replaced"). */
const REPLACED = new Set(["replaced", "overwritten", "superseded"]);

/** Whether toks[at] opens "are replaced", "get overwritten" or "will be superseded". */
function replacedBy(toks: readonly Tok[], at: number): boolean {
  const verb = toks[at]?.w === "will" && toks[at + 1]?.w === "be" ? at + 2 : toks[at]?.w === "are" || toks[at]?.w === "get" ? at + 1 : -1;
  return verb >= 0 && REPLACED.has(toks[verb]?.w ?? "");
}

/** "as possible" or "as we can" within a few words after token k ("as few sleds as possible"). */
function asPossibleAfter(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j + 1 < toks.length && j <= k + 4; j++) if (toks[j].w === "as" && (toks[j + 1].w === "possible" || (toks[j + 1].w === "we" && toks[j + 2]?.w === "can"))) return true;
  return false;
}

/** Things a value must fit into whose size is their own: a line, a card, a box, a bay. */
const CONTAINERS = new Set(["line", "card", "label", "page", "box", "bay", "dock", "docks", "cell", "slot", "envelope", "sticker", "badge", "parcel"]);
const TOO_SIZES = new Set(["too long", "too wide", "too big", "too large", "too heavy"]);

/** "(one|its|the|a|every|both) … line" within three words from k. */
function containerAfter(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    if (toks[j].t !== WORD) return false;
    if (CONTAINERS.has(toks[j].w)) return true;
  }
  return false;
}

/** Words before "fair" that make it an event: "the regional fair", "per science fair", "each job fair". */
const FAIR_KINDS = new Set(["regional", "science", "job", "trade", "book", "craft", "county", "state", "national", "world", "local", "school", "per", "each", "every", "the", "a", "this", "that", "our", "their"]);

/** Nouns after "the top" that name a ranking's own places ("the top seeds"), not a count left out. */
const TOP_NAMES = new Set(["seeds", "lists", "rows", "levels", "tiers"]);
/** What may follow "the top donors" when the count is left out: a measure, a period, the end of the clause. */
const COUNTED_AFTER = new Set(["by", "for", "with", "in", "of", "to", "from", ".", ",", ":", ";", "and", "per", "on"]);

const FIGURE_REACH = 24;
/** "unusually high", "abnormally long": a level measured against a normal one, which needs its figure. */
const DEVIATING = new Set(["unusually", "abnormally", "suspiciously", "unexpectedly", "excessively", "unreasonably", "exceptionally"]);
const KEPT_OBJECTS = new Set(["it", "them", "this", "that", "these", "those"]);

/**
 * "Keep the message short.", "keep them small": a size asked of the object of "keep", with no figure on the line;
 * "to keep the example short" is the writer's reason for leaving something out.
 */
function keptAtSize(toks: readonly Tok[], from: number): boolean {
  let keep = from - 2;
  if (!KEPT_OBJECTS.has(toks[from - 1]?.w ?? "")) {
    // "keep the message short", "keep the ZIP file small": a noun phrase of up to three words after "the".
    keep = -1;
    for (let j = from - 1; j >= 0 && j >= from - 4 && toks[j].t === WORD; j--) if (toks[j].w === "the" || toks[j].w === "all") { keep = j - 1; break; }
  }
  if (keep < 0 || (toks[keep].w !== "keep" && toks[keep].w !== "keeps") || toks[keep - 1]?.w === "to") return false;
  // "keep the messages short and clear", "small and quick": sizes paired with a quality read as one vague wish
  // (writers labelled both such lines vague-term alone).
  if (toks[from + 1]?.w === "and" || toks[from + 1]?.w === "or") return false;
  // A figure in the words around it gives the size; reading a fixed reach keeps a line of many "keep it short" linear.
  for (let j = Math.max(0, keep - FIGURE_REACH); j < toks.length && j <= from + FIGURE_REACH; j++) if (toks[j].t === NUM) return false;
  return true;
}

/** "… per email address in the body: max 3 …": a colon within a few words from `from`, then a figure right after it. */
function labelWithFigure(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 8; j++) {
    if (toks[j].w !== ":") {
      if (toks[j].t === PUNCT && toks[j].w !== "(" && toks[j].w !== ")") return false;
      continue;
    }
    for (let q = j + 1; q < toks.length && q <= j + 3; q++) if (toks[q].t === NUM) return true;
    return false;
  }
  return false;
}

/** "as we grow", "as the number of members grows", "as traffic increases": growth within the next few words. */
function growthAhead(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j <= from + 5; j++) if (/^(grow|grows|growing|increase|increases|increasing|expand|expands|expanding)$/.test(toks[j].w)) return true;
  return false;
}
