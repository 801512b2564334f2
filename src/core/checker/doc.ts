/**
 * The parsed brief that every rule reads: lines, their tokens, the section
 * each line sits in, plus small helpers about tokens (numbers nearby,
 * sentence boundaries) that several rules share.
 */
import { documentText, parseBlocks, type Line } from "./markdown.js";
import { mapSections, type SectionKind, type SectionMap } from "./sections.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "./tokenize.js";
import { ABBREVIATIONS } from "./lexicon/english.js";
import { W_FREQUENCY, W_NUMBER, W_UNIT } from "./wordinfo.js";
import type { CheckOptions } from "./types.js";

/** Everything the rules need about one brief. */
export interface Doc {
  /** The brief without its BOM: Line.start offsets point into it. */
  text: string;
  lines: Line[];
  /** Section of each line (index = line index). */
  section: (SectionKind | null)[];
  map: SectionMap;
  options: CheckOptions;
}

/** One prose line being checked: its tokens are valid only during the call. */
export interface LineCtx {
  doc: Doc;
  /** Line index into doc.lines. */
  i: number;
  line: Line;
  toks: Tok[];
  /** OR of the line's word-info bits (wordinfo.ts). */
  flags: number;
  /** Character flags of the line (F_* in wordinfo.ts). */
  chars: number;
  section: SectionKind | null;
}

/** Parses a brief into lines and sections (tokens are made line by line later). */
export function buildDoc(markdown: string, options: CheckOptions): Doc {
  const lines = parseBlocks(markdown);
  const map = mapSections(lines);
  return { text: documentText(markdown), lines, section: map.of, map, options };
}

/** True for punctuation that ends a sentence (". ", "?", "!", "。"). */
export function endsSentence(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.t !== PUNCT) return false;
  const w = t.w;
  if (w === "?" || w === "!" || w === "。" || w === "？" || w === "！" || w === "|") return true;
  if (w !== ".") return false;
  const prev = toks[k - 1];
  return !(prev && prev.e === t.s && prev.t === WORD && ABBREVIATIONS.has(prev.w));
}

/** Index of the first token of the sentence that holds token k. */
export function sentenceStart(toks: readonly Tok[], k: number): number {
  let a = k;
  while (a > 0 && !endsSentence(toks, a - 1)) a--;
  return a;
}

/** Whether more than a space stands between tokens a and b: a dash or another mark the tokenizer skips ("allowlist — ask Bartek"). */
export function markBetween(a: Tok, b: Tok): boolean {
  return b.s - a.e > 2;
}

/** Index of the first token at or after `from` that is not punctuation (toks.length if none). */
export function firstWordFrom(toks: readonly Tok[], from: number): number {
  let k = from;
  while (k < toks.length && toks[k].t === PUNCT) k++;
  return k;
}

/** True for punctuation that ends a clause: sentence ends plus ";" and ":". */
export function endsClause(toks: readonly Tok[], k: number): boolean {
  const w = toks[k].w;
  return (
    toks[k].t === PUNCT &&
    (w === ";" || w === ":" || w === "；" || w === "：" || w === "(" || w === ")" || endsSentence(toks, k))
  );
}

/**
 * True when token k states a quantity: a numeral, a number word, a code span
 * with a digit, a frequency word ("hourly"), or a/an/every/per + time unit
 * ("within a minute", "every hour").
 */
export function isQuantity(toks: readonly Tok[], k: number, line: Line): boolean {
  const t = toks[k];
  // "fast on 4G", "with 2FA", "3DS check": the name of a network or a method, not a figure.
  if (t.t === NUM) return !NUMBERED_NAME.test(t.w);
  if (t.t === CODE) {
    const text = line.code[t.ref]?.text ?? "";
    // `500`, `404 Not Found`: a status code names a response, it does not measure anything.
    if (STATUS_CODE.test(text)) return false;
    // "more than `retention_days` days old": a named setting with its unit is a figure.
    const after = toks[k + 1];
    if (after !== undefined && after.t === WORD && (after.info & W_UNIT) !== 0) return true;
    // A figure stands on its own: the digit of a name ("/v1/flags", "sha256", "s3_bucket") is not one.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        const p = i > 0 ? text.charCodeAt(i - 1) : 0;
        if (!((p >= 97 && p <= 122) || (p >= 65 && p <= 90) || p === 95)) return true;
        while (i + 1 < text.length && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
      }
    }
    return false;
  }
  if (t.t !== WORD) return false;
  const w = t.w;
  if (t.info & W_NUMBER) {
    // "DT One", "Capital One": a capitalised number word right after a capitalised name ends that name.
    if (t.cap && k > 0 && toks[k - 1].t === WORD && toks[k - 1].cap && toks[k - 1].e + 1 === t.s) return false;
    // "at once" means simultaneously, and "once the window has passed" means "when": neither is one time.
    if (w === "once" && ((k > 0 && toks[k - 1].w === "at") || CONJUNCTION_ONCE_NEXT.has(toks[k + 1]?.w ?? "") || toks[k + 1]?.t === CODE)) return false;
    // "Once a handful of bouts have been withdrawn": "when" again; "once a day" is one time in each span.
    if (w === "once" && (toks[k + 1]?.w === "a" || toks[k + 1]?.w === "an") && toks[k + 2] !== undefined && (toks[k + 2].info & W_UNIT) === 0) return false;
    // "No more double bookings", "double charges": a duplicate, not twice an amount ("double the limit").
    if ((w === "double" || w === "triple") && toks[k + 1]?.t === WORD && !DOUBLED_OBJECTS.has(toks[k + 1].w)) return false;
    // "the previous one", "this one": a pronoun for a thing, not a count.
    if (w === "one" && k > 0 && ONE_AS_PRONOUN_AFTER.has(toks[k - 1].w)) return false;
    // "how many codes one phone can request": "one" picks any single phone, it does not count.
    if (w === "one" && toks[k + 1]?.t === WORD && ABILITY_MODALS.has(toks[k + 2]?.w ?? "") && !COUNT_BOUNDS.has(toks[k - 1]?.w ?? "")) return false;
    return true;
  }
  // p95, p99 style tokens: a percentile is a number.
  if (w.length >= 2 && w.charCodeAt(0) === 112 && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 57) return true;
  if (t.info & W_UNIT) {
    const prev = toks[k - 1];
    // "within a minute", "every hour"; "per driver per day" is a denominator, not a figure.
    // "a second handler" is an ordinal, not a duration.
    const after = toks[k + 1];
    if (after && after.t === WORD && !UNIT_FOLLOWERS.has(after.w)) return false;
    if (prev && prev.t === WORD && (prev.w === "a" || prev.w === "an" || prev.w === "every")) return true;
  }
  return false;
}

// "returns 5xx": a class of status codes, which names responses as a status code does.
const NUMBERED_NAME = /^[2-6]g$|^2fa$|^3ds2?$|^3d$|^[1-5]xx$/;

const FIGURE_PREPOSITIONS = new Set(["at", "to", "of", "within", "under", "below", "above", "over", "up", "max", "maximum", "at most", "e.g", "after", "for", "or"]);

/** Words that may follow a time unit used as a duration ("within a minute of", "every hour or so"). */
const UNIT_FOLLOWERS = new Set(["of", "to", "for", "or", "and", "before", "after", "later", "ago", "at", "in", "on", "from", "until", "per", "so", "then", "is", "are", "max", "maximum", "at most"]);

/** After "once" these make it a conjunction ("once the job ends", "once it is paid"). */
const CONJUNCTION_ONCE_NEXT = new Set(["the", "it", "they", "we", "you", "its", "their", "all", "both", "this", "that", "these", "those", "he", "she", "our", "your", "an", "everything"]);

const STATUS_CODE = /^[1-5]\d\d(?: [A-Za-z][\w .:-]*)?$/;

/**
 * "nightly", "every night": a rate says how often, not how well, so it does
 * not measure a quality word ("runs reliably every night").
 */
function isRate(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.t !== WORD) return false;
  if (t.info & W_FREQUENCY) return true;
  return (t.info & W_UNIT) !== 0 && k > 0 && (toks[k - 1].w === "every" || toks[k - 1].w === "each" || toks[k - 1].w === "per");
}

/**
 * "in all four currencies": a number word counting a noun says which things,
 * not how well, so it does not measure a quality word. "three times faster"
 * or "two seconds" do.
 */
function isCountWord(toks: readonly Tok[], k: number, line: Line): boolean {
  const t = toks[k];
  if (!(t.t === NUM || (t.t === WORD && (t.info & W_NUMBER) !== 0))) return false;
  // "30% polished": a percentage measures, whatever word follows it.
  if (t.t === NUM && line.raw.charCodeAt(t.e) === 37) return false;
  // "at most one request", "up to two retries": a bound is a measure.
  const before = toks[k - 1];
  if (before && (before.w === "most" || before.w === "least" || before.w === "to" || before.w === "than" || before.w === "exactly" || before.w === "max" || before.w === "under" || before.w === "below")) return false;
  // "NZ$400", "US$12": a currency prefix joined to the number by its sign makes it an amount of money.
  if (before && before.t === WORD && before.upper && before.w.length <= 3 && before.e === t.s - 1) return false;
  const next = toks[k + 1];
  // "a robust sync between the two.", "all three of them": a number word after a determiner with no noun stands for
  // things already named, and measures nothing.
  if (t.t === WORD && before !== undefined && NUMBER_AS_PRONOUN_AFTER.has(before.w) && (next === undefined || next.t === PUNCT || next.w === "of")) return true;
  // A unit or a rate after the number makes it a measure ("3 times", "500 ms", "200 requests").
  return next !== undefined && next.t === WORD && (next.info & (W_UNIT | W_NUMBER)) === 0 && !MEASURE_AFTER_NUMBER.test(next.w);
}

const NUMBER_AS_PRONOUN_AFTER = new Set(["the", "these", "those", "all"]);

const MEASURE_AFTER_NUMBER = /^(times|percent|x|ms|s|kb|mb|gb|tb|req|rps|qps|requests|connections|errors|failures|retries|attempts)$/;

/**
 * A code name for a position in a list (a cursor, a token, a link) or for a route ("POST /v1/holds"),
 * not a setting that holds a figure.
 */
/** A field that holds a date or an instant: `planned_date`, `starts_at`, `next_due`, `deadline`. */
const MOMENT_NAME = /^(?:[a-z][a-z0-9_.]*[_.])?(?:date|at|on|day|due|deadline|timestamp)$/i;
const MOMENT_PREPOSITIONS = new Set(["before", "after", "of", "until", "to"]);

/** "before `starts_at`", "in advance of `planned_date`": the code span at k is a moment a time is counted from. */
function momentAfterPreposition(toks: readonly Tok[], k: number, line: Line): boolean {
  return MOMENT_PREPOSITIONS.has(toks[k - 1]?.w ?? "") && MOMENT_NAME.test(line.code[toks[k].ref]?.text ?? "");
}
const POSITION_NAME = /(?:^|[_.-])(?:cursor|token|next|prev|previous|after|before|offset|link|url)$|^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s|^\//i;

const ONE_AS_PRONOUN_AFTER = new Set(["previous", "next", "last", "same", "other", "new", "old", "first", "second", "third", "final", "another", "latest", "earlier", "current", "this", "that", "the", "which", "each", "every", "any", "no"]);
const ABILITY_MODALS = new Set(["can", "may", "could", "might", "gets", "receives", "sends", "requests"]);
const COUNT_BOUNDS = new Set(["most", "least", "exactly", "only", "than", "to", "just"]);

/** Words that open a subordinate clause. */
const CLAUSE_WORDS = new Set(["so", "because", "since", "unless", "until", "while", "whereas", "but", "which", "when", "where", "if"]);

/** A figure with a unit, a percentage or a bound before it ("200 ms", "99.9%", "under 2"). */
function measuredFigure(toks: readonly Tok[], j: number, line: Line): boolean {
  const next = toks[j + 1];
  if (next !== undefined && next.t === WORD && (next.info & W_UNIT) !== 0) return true;
  if (line.raw.charCodeAt(toks[j].e) === 37) return true;
  const prev = toks[j - 1];
  return prev !== undefined && prev.t === WORD && (prev.w === "under" || prev.w === "within" || prev.w === "below" || prev.w === "above" || prev.w === "than" || prev.w === "most" || prev.w === "least");
}

/** "should go out smoothly at 08:00": a time of day says when, and measures no quality. */
function clockTime(toks: readonly Tok[], k: number): boolean {
  return toks[k].t === NUM && CLOCK_TIME.test(toks[k].w);
}

/** "quickly after 10:00", "since 08:30": a time of day the cue counts from, not a figure that bounds it. */
function clockReference(toks: readonly Tok[], k: number): boolean {
  return toks[k].t === NUM && (toks[k - 1]?.w === "after" || toks[k - 1]?.w === "since") && CLOCK_TIME.test(toks[k].w);
}
const CLOCK_TIME = /^\d{1,2}:\d{2}$/;

/**
 * Whether a quantity stands beside tokens [from, to): up to `after` tokens
 * later in the sentence (crossing a colon, which usually introduces the
 * figure: "fast: p95 < 200 ms"), or up to `before` tokens earlier in the same
 * clause.
 */
export function quantityNear(
  toks: readonly Tok[],
  from: number,
  to: number,
  line: Line,
  before = 4,
  after = 7,
  stopAtComma = false,
  quality = !stopAtComma,
  /** False when a frequency word ("weekly") does not answer the cue ("inactive users … the weekly email"). */
  frequencyCounts = true,
  /** False when a code span after a colon is what happens, not the cue's setting. */
  codeAfterColon = true,
): boolean {
  const counts = (k: number): boolean =>
    isQuantity(toks, k, line) &&
    // "a few days before the 10th": a day of the month is a date, not a figure for the span.
    !dayOfMonth(toks, k) &&
    (!quality || (!isRate(toks, k) && !isCountWord(toks, k, line) && !clockTime(toks, k))) &&
    (frequencyCounts || ((toks[k].info & W_FREQUENCY) === 0 && !singlePeriodWindow(toks, k))) &&
    !clockReference(toks, k) &&
    (quality || !oneAsScope(toks, k));
  let seen = 0;
  let colon = false;
  for (let k = to; k < toks.length && seen < after; k++) {
    if (toks[k].t === PUNCT) {
      if (endsSentence(toks, k) || toks[k].w === ";") break;
      if (toks[k].w === ":" && !codeAfterColon) colon = true;
      // ", at 30 req/min": a comma followed by the figure's preposition still talks about the cue;
      // for a quality word, so does a figure right after the comma ("fast, and 30 days is what…").
      if (stopAtComma && toks[k].w === "," && !(toks[k + 1] && FIGURE_PREPOSITIONS.has(toks[k + 1].w))) {
        // "robust, we have 14 legal entities" counts things; only a figure with its unit measures the word.
        if (quality) for (let j = k + 1; j < toks.length && j <= k + 3; j++) if (toks[j].t === NUM && measuredFigure(toks, j, line)) return true;
        break;
      }
      continue;
    }
    // A new clause ("so that one lab…", "because…") talks about something else.
    if (stopAtComma && CLAUSE_WORDS.has(toks[k].w)) break;
    if (counts(k)) return true;
    // "in batches of `BATCH_SIZE`": a named setting right after the cue is its number;
    // "paginated with `next_cursor`" names how to reach the next page, not how many fit on one.
    // After a colon (when the caller says so) a code span is the outcome, not the setting: "does not answer within a timeout: `504`".
    // "well in advance of `planned_date`", "in good time before `next_due`": a field holding a moment is the event the
    // lead time counts back from, not the lead time.
    if (stopAtComma && seen < 2 && !colon && toks[k].t === CODE && !POSITION_NAME.test(line.code[toks[k].ref]?.text ?? "") && !momentAfterPreposition(toks, k, line)) return true;
    seen++;
  }
  seen = 0;
  for (let k = from - 1; k >= 0 && seen < before; k--) {
    if (toks[k].t === PUNCT) {
      // "every 15 minutes, which is too slow": the clause judges the figure just given.
      if (toks[k].w === "," && (toks[k + 1]?.w === "which" || toks[k + 1]?.w === "that")) continue;
      if (endsClause(toks, k) || toks[k].w === ",") break;
      continue;
    }
    if (counts(k)) return true;
    seen++;
  }
  return false;
}

/**
 * "too many hours in a week", "too many stops in one day", "too many codes per hour": one period is the window a
 * count or an amount is taken over, not the count itself; "in 3 days" or "(48 hours) in a week" still give a figure.
 */
function singlePeriodWindow(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.t !== WORD) return false;
  if ((t.info & W_UNIT) !== 0) return SINGLE_PERIOD.has(toks[k - 1]?.w ?? "") && WINDOW_PREPOSITIONS.has(toks[k - 2]?.w ?? "");
  return t.w === "one" && ((toks[k + 1]?.info ?? 0) & W_UNIT) !== 0 && WINDOW_PREPOSITIONS.has(toks[k - 1]?.w ?? "");
}
const SINGLE_PERIOD = new Set(["a", "an", "one"]);
const WINDOW_PREPOSITIONS = new Set(["in", "within", "during", "per"]);

const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/** "the 10th", "the 1st of each month": an ordinal day after "the". */
function dayOfMonth(toks: readonly Tok[], k: number): boolean {
  return toks[k].t === NUM && toks[k - 1]?.w === "the" && ORDINAL.test(toks[k].w);
}

/**
 * "too many drops in one trip", "too many messages to one customer", "too long for one trolley": "one" picks the
 * single thing a limit applies to, and is not the limit the cue asks for. "limited to one device", "cap it at one",
 * "up to one retry" state the limit; "within one hour" is a duration.
 */
function oneAsScope(toks: readonly Tok[], k: number): boolean {
  // "Limit how many reissues a single owner can request": any one owner, what the limit counts per.
  if (toks[k].w === "single" && toks[k - 1]?.w === "a" && toks[k - 2]?.w !== "to" && toks[k - 2]?.w !== "at" && toks[k + 1]?.t === WORD) return true;
  if (toks[k].w !== "one" || k === 0 || !SCOPE_BEFORE_ONE.has(toks[k - 1].w)) return false;
  // "accepts a batch of positions from one device": the batch is what one device sends in a call, and writers leave
  // its size to the sender (none of 3 such lines labelled); "too many lookups from one IP address" still wants a count.
  if (toks[k - 1].w === "from") for (let j = k - 2; j >= 0 && j >= k - 6 && toks[j].t === WORD; j--) if (toks[j].w === "batch" || toks[j].w === "batches") return false;
  const next = toks[k + 1];
  if (next === undefined || next.t !== WORD || (next.info & (W_UNIT | W_NUMBER)) !== 0) return false;
  // The limit's own verb may stand before its object ("limit it to one transfer", "Limit each phone to one code");
  // "Limit the tickets for one phone number" still picks what the limit applies to.
  if (toks[k - 1].w !== "for" && toks[k - 1].w !== "per") for (let j = k - 2; j >= 0 && j >= k - 6 && toks[j].t !== PUNCT; j--) if (LIMITS_BEFORE_SCOPE.has(toks[j].w)) return false;
  return true;
}
const SCOPE_BEFORE_ONE = new Set(["in", "to", "for", "on", "per", "with", "into", "across", "by", "of", "from"]);
/** Words that make "to one …" or "at one …" the limit itself. */
const LIMITS_BEFORE_SCOPE = new Set(
  "up limit limits limited cap caps capped restrict restricts restricted only just down reduce reduces reduced set max maximum exactly".split(" "),
);

/** "double the limit", "triple its size": what a doubling applies to. */
const DOUBLED_OBJECTS = new Set(["the", "its", "their", "that", "this", "our", "your"]);

/** Index of the previous non-punctuation token, or -1. */
export function prevWord(toks: readonly Tok[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (toks[j].t !== PUNCT) return j;
  return -1;
}

/** True when token k starts a sentence (nothing before it, or a sentence end, colon or list start). */
export function atSentenceStart(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.t !== PUNCT) return false;
    if (endsSentence(toks, j) || t.w === ":" || t.w === "(" || t.w === "\"" || t.w === "“") return true;
  }
  return true;
}

const MATCHES = new WeakMap<Doc, Map<RegExp, boolean>>();

/**
 * Whether the brief's text matches `pattern` (not global), tested once per brief: rules that ask it of every line
 * ("does the brief give a rate anywhere?") stay linear in the brief's size.
 */
export function briefMatches(doc: Doc, pattern: RegExp): boolean {
  let seen = MATCHES.get(doc);
  if (seen === undefined) {
    seen = new Map();
    MATCHES.set(doc, seen);
  }
  let hit = seen.get(pattern);
  if (hit === undefined) {
    hit = pattern.test(doc.text);
    seen.set(pattern, hit);
  }
  return hit;
}
