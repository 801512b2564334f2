/**
 * Whether a quantity or quality cue already has its figure, or does not ask
 * for one: a rate for a frequency word, a bound in the sentence, a named
 * setting or a figure after a colon, a figure on the wrapped next line; and
 * the readings where a cue describes the world ("parents often type …")
 * or a missing deadline ("does not confirm quickly").
 */
import { isQuantity, atSentenceStart, endsSentence, sentenceStart, type LineCtx } from "../doc.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import type { Line } from "../markdown.js";
import { W_ENGLISH, W_FREQUENCY, W_NUMBER, W_UNIT } from "../wordinfo.js";

/** Words after an adjective that show it is not modifying a noun ("as long as", "longer than"). */
export const NOT_A_NOUN = new Set(
  "as than and or to of for in on at by with from enough but that which when if while is are was were be".split(" "),
);

/**
 * For frequency words ("regularly", "often") only a rate answers the
 * question: "every 6 hours", "hourly", "3 times a day". A number about
 * something else ("the full 365 days regularly") does not.
 */
export function frequencyNear(toks: readonly Tok[], from: number, to: number): boolean {
  const a = Math.max(0, from - 6);
  const b = Math.min(toks.length, to + 8);
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.t === PUNCT && (t.w === "." || t.w === ";") && k >= to) break;
    if (t.info & W_FREQUENCY) return true;
    if ((t.w === "every" || t.w === "per" || t.w === "each") && k + 1 < b && (toks[k + 1].t === NUM || (toks[k + 1].info & (W_UNIT | W_NUMBER)) !== 0)) return true;
    if ((t.w === "times" || t.w === "once" || t.w === "twice") && k + 1 < b && /^(a|an|per|each|every)$/.test(toks[k + 1].w)) return true;
  }
  return false;
}

/**
 * "parents often type `tps 2019 044`", "hospitals frequently cannot read it": between a subject
 * and its verb, "often" means "in many cases" and describes the world, not a schedule to give.
 */
export function likelihood(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const subject = toks[from - 1];
  const verb = toks[to];
  // "Customers regularly ask support to re-issue it": what people tend to do; "the job regularly polls" asks for a schedule.
  if (toks[from].w === "regularly") return subject !== undefined && PEOPLE_SUBJECTS.has(subject.w) && verb !== undefined && verb.t === WORD;
  if (toks[from].w !== "often" && toks[from].w !== "frequently") return false;
  // "Teachers submit attendance from their phones, often on slow connections": a circumstance.
  if (verb !== undefined && verb.t === WORD && CIRCUMSTANCE.has(verb.w) && subject !== undefined && subject.t === PUNCT && (subject.w === "," || subject.w === "(")) return true;
  // "(message undeliverable, often the number has no WhatsApp)": the usual cause, told in an aside.
  if (verb !== undefined && /^(the|a|an|it|they|this|that)$/.test(verb.w) && subject !== undefined && subject.t === PUNCT && (subject.w === "," || subject.w === "(")) return true;
  // "free text, often Japanese", "(often Malay)": what the values tend to be.
  if (verb !== undefined && verb.t === WORD && verb.cap && subject !== undefined && subject.t === PUNCT && (subject.w === "," || subject.w === "(")) return true;
  // "The van often has a bad connection", "Patrons under 18 often have no BankID": a state of the world.
  if (verb !== undefined && STATE_VERBS.has(verb.w) && subject !== undefined && subject.t !== PUNCT) return true;
  // "the Personal Data Protection Law, often called UU PDP": a name in use, not a schedule.
  if (verb !== undefined && verb.t === WORD && NAMING.has(verb.w)) return true;
  // "Often we find parts that must be replaced": the sentence opens on what tends to happen to people.
  if (verb !== undefined && verb.t === WORD && PEOPLE_SUBJECTS.has(verb.w) && atSentenceStart(toks, from) && toks[to + 1]?.t === WORD) return true;
  if (subject === undefined || subject.t !== WORD || atSentenceStart(toks, from) || verb === undefined || verb.t !== WORD || NOT_A_NOUN.has(verb.w) || CIRCUMSTANCE.has(verb.w)) return false;
  // "the dispenser often finds out", "Okta often sends the report first": a singular subject and its verb.
  const singular = (subject.info & W_ENGLISH) === 0 && verb.w.length > 3 && verb.w.endsWith("s") && !verb.w.endsWith("ss");
  return subject.w.endsWith("s") || PEOPLE_SUBJECTS.has(subject.w) || singular || (subject.cap && !subject.upper);
}

const PEOPLE_SUBJECTS = new Set(["they", "we", "people", "users", "customers", "staff"]);

/**
 * A failure of the surroundings just before, in the same clause: "the line to the PC drops often", "the website is
 * down often", "Electricity cuts are frequent here", "lose the wifi now and then". How unreliable the world is, the
 * reason a line asks for robustness (writers labelled the quality word, 8 of 9), not a rate to give.
 */
export function failureBefore(toks: readonly Tok[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
    const t = toks[j];
    if (t.t === PUNCT) return false;
    if (FAILURES.has(t.w)) return true;
  }
  return false;
}
const FAILURES = new Set(["drop", "drops", "down", "lose", "loses", "cuts", "outage", "outages", "disconnect", "disconnects"]);
const STATE_VERBS = new Set(["has", "have", "is", "are", "lacks", "lack"]);
const NAMING = new Set(["called", "named", "referred", "known", "abbreviated", "nicknamed"]);

export function clauseStart(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  return atSentenceStart(toks, k) || (prev !== undefined && prev.t === PUNCT && (prev.w === "(" || prev.w === "," || prev.w === ";"));
}
const CIRCUMSTANCE = new Set(["on", "in", "at", "with", "from", "during", "over", "without", "because", "when"]);

const ATTEMPT_NOUNS = new Set(["attempts", "retries", "tries", "times"]);

/** "retry with exponential backoff, 3 attempts starting at 5 seconds": the count of tries later in the sentence bounds the retrying. */
export function attemptsInSentence(toks: readonly Tok[], to: number): boolean {
  for (let k = to; k + 1 < toks.length; k++) {
    if (toks[k].t === PUNCT && (endsSentence(toks, k) || toks[k].w === ";")) return false;
    if ((toks[k].t === NUM || (toks[k].info & W_NUMBER) !== 0) && ATTEMPT_NOUNS.has(toks[k + 1].w)) return true;
  }
  return false;
}

/**
 * "reconnect with backoff, starting at 1 s and doubling up to 60 s": the delays of a backoff, given later in its
 * sentence as times, within DELAY_REACH tokens.
 */
export function delaysInSentence(toks: readonly Tok[], to: number): boolean {
  for (let k = to; k + 1 < toks.length && k <= to + DELAY_REACH; k++) {
    if (toks[k].t === PUNCT && (endsSentence(toks, k) || toks[k].w === ";")) return false;
    if (toks[k].t === NUM && toks[k + 1].t === WORD && ((toks[k + 1].info & W_UNIT) !== 0 || SHORT_TIME_UNITS.has(toks[k + 1].w))) return true;
  }
  return false;
}
const DELAY_REACH = 20;

/**
 * Whether a number stands before token k, on the line or, with `inSentence`, in its sentence ("Battery below 15%, low
 * battery alarms …": the figure already sets the level), within `reach` tokens: a long line stays linear.
 */
export function figureEarlier(toks: readonly Tok[], k: number, inSentence: boolean, reach = FIGURE_REACH): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    if (inSentence && toks[j].t === PUNCT && endsSentence(toks, j)) return false;
    if (toks[j].t === NUM) return true;
  }
  return false;
}
const FIGURE_REACH = 100;

export function retriedElsewhere(toks: readonly Tok[], to: number): boolean {
  if (toks[to]?.w === "by") return true;
  for (let k = to; k < toks.length && k <= to + 4; k++) if (toks[k].w === "next") return true;
  return false;
}

const EXTREMES = new Set(["maximum", "minimum"]);
const INDEFINITE = new Set(["a", "an", "some", "any"]);
const SETTING_NOUNS = new Set(["values", "value", "limits", "limit", "settings", "setting", "quota", "quotas", "rates", "number", "count", "total", "amount", "maximum", "minimum"]);

/** Whether a figure follows the cue as a named setting, a flag in parentheses, or after a colon. */
export function namedFigure(toks: readonly Tok[], to: number, line: Line): boolean {
  const next = toks[to];
  if (next === undefined) return false;
  // "rolled out gradually; gradually here means in steps of 1 %, 5 % …": the line defines the word.
  const word = toks[to - 1].w;
  for (let k = to; k + 1 < toks.length; k++) if (toks[k].w === "means" && (toks[k - 1].w === word || (toks[k - 1].w === "here" && toks[k - 2]?.w === word))) return true;
  // "Small amounts: … every amount is sent, including 0.01 USDC": a label whose case the line gives a figure for.
  // "capped at the hire price of that costume", "capped at the CPI rise": the cap is a value the data already holds.
  if (word === "capped" && next.w === "at" && /^(the|its|their)$/.test(toks[to + 1]?.w ?? "") && toks[to + 2]?.t === WORD) return true;
  const colon = next.t === PUNCT && next.w === ":" ? to : next.t === WORD && toks[to + 1]?.w === ":" && atSentenceStart(toks, to - 1) ? to + 1 : -1;
  if (colon >= 0) {
    for (let k = colon + 1; k < toks.length; k++) if (isQuantity(toks, k, line)) return true;
    return false;
  }
  for (let k = to, seen = 0; k < toks.length && seen < 6; k++, seen++) {
    const t = toks[k];
    if (t.t === PUNCT) {
      if (t.w === "(") continue;
      break;
    }
    if (t.t === CODE && (toks[k - 1]?.t === PUNCT || k > to)) {
      // "(flag `bulky = true`)" or "at the new `burst`": the setting holds the figure.
      for (let j = to; j < k; j++) if (toks[j].w === "(" || toks[j].w === "at") return true;
      return false;
    }
    // "capped at the higher maximum" names one; "capped at some maximum" leaves it out.
    if (t.t === WORD && SETTING_NOUNS.has(t.w) && !(EXTREMES.has(t.w) && INDEFINITE.has(toks[k - 1]?.w ?? ""))) {
      for (let j = to; j < k; j++) if (toks[j].w === "at" || toks[j].w === "to") return true;
    }
  }
  return false;
}

const BOUND_WORDS = new Set(["within", "under", "below", "less", "most", "max", "maximum", "<", "≤"]);

/**
 * A bound on a figure in the sentence of token k ("within 30 seconds", "under 2", "less than 5"). With `raw` (the
 * line, for a word of time), a percentage is not one: "Occupancy drops below 100% again: send an update soon"
 * bounds the occupancy, not how soon.
 */
export function boundInSentence(toks: readonly Tok[], k: number, raw: string | null = null, timeOnly = false): boolean {
  for (let j = sentenceStart(toks, k); j + 1 < toks.length && !endsSentence(toks, j); j++) {
    if (!BOUND_WORDS.has(toks[j].w)) continue;
    const at = toks[j + 1].t === NUM ? j + 1 : toks[j + 1].w === "than" && toks[j + 2]?.t === NUM ? j + 2 : -1;
    if (at < 0 || (raw !== null && raw.charCodeAt(toks[at].e) === 37)) continue;
    // "below 2.0 °C, send the SMS quickly", "when visibility goes below 50 m … in a timely manner": a bound of the
    // condition, not of the speed; only a span of time bounds how fast.
    if (timeOnly && !timeFigure(toks, at)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the figure at k is a span of time: a unit of time after it ("30 seconds", "20 s", "5 working days"), or
 * glued to it ("200ms", "5s").
 */
function timeFigure(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (next !== undefined && (((next.info & W_UNIT) !== 0) || SHORT_TIME_UNITS.has(next.w))) return true;
  if (next !== undefined && DAY_KINDS.has(next.w) && ((toks[k + 2]?.info ?? 0) & W_UNIT) !== 0) return true;
  return /\d(ms|s|sec|secs|min|mins|h|hr|hrs|d)$/.test(toks[k].w);
}
const SHORT_TIME_UNITS = new Set(["s", "h", "d"]);
/** "5 working days", "2 business days": a kind of day between the figure and its unit. */
const DAY_KINDS = new Set(["working", "business", "calendar", "banking", "school", "full"]);

/** True when no sentence end follows token k on this line. */
export function sentenceRunsOn(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length; j++) if (toks[j].t === PUNCT && endsSentence(toks, j)) return false;
  return true;
}

/** Whether the next line continues this paragraph and opens with a figure before its first sentence end. */
export function figureOnNextLine(ctx: LineCtx): boolean {
  const next = ctx.doc.lines[ctx.i + 1];
  if (!next || next.kind !== "text" || next.item || next.table || ctx.line.table) return false;
  const raw = next.raw;
  const end = Math.min(raw.length, next.contentStart + 40);
  for (let i = next.contentStart; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c === 46 || c === 59 || c === 63) return false; // . ; ?
  }
  return false;
}

const DO_NOT = new Set(["don't", "doesn't", "didn't", "dont", "doesnt", "didnt"]);

/** "does not confirm quickly", "doesn't reply fast": an action (not a state: "must not be slow") negated a few words before. */
export function negatedAction(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 4; j--, seen++) {
    const t = toks[j];
    if (t.t !== WORD) return false;
    if (DO_NOT.has(t.w)) return seen > 0;
    if (t.w === "not") return seen > 0 && j > 0 && /^(does|do|did)$/.test(toks[j - 1].w);
  }
  return false;
}

const LIMIT_WORD = /^(?:limits?|caps?|quotas?|thresholds?|maximum|minimum)$/;

/** A number outside code spans in a sentence after the one holding token k, on the same line. */
function figureInLaterSentence(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && !(toks[j].t === PUNCT && endsSentence(toks, j))) j++;
  for (j++; j < toks.length; j++) if (toks[j].t === NUM) return true;
  return false;
}

/** The limit, cap, quota or threshold ending at token `to` gets its number in a later sentence of the line. */
export function figureFollowsLimit(toks: readonly Tok[], to: number): boolean {
  return LIMIT_WORD.test(toks[to - 1].w) && figureInLaterSentence(toks, to);
}

/** Size words that open a sentence on a kind of thing: "Large orders are split …", "Heavy parcels go with DPD". */
const CATEGORY_SIZES = new Set(["large", "big", "huge", "heavy", "small", "long", "short"]);
/** Verbs that divide a kind across things ("split over two sessions"), whose figure is no threshold. */
const DIVIDING = new Set(["split", "spread", "divided", "shared", "distributed", "booked", "shipped"]);
/** Words before a figure that make it the threshold of a kind ("over 500 kg", "more than 30", "from 20 people"). */
const THRESHOLD_WORDS = new Set(["over", "above", "more", "less", "fewer", "under", "below", "than", "from", "least", "most", "exceeding", "beyond", "up", ">", "<", "≥", "≤", "max", "maximum", "minimum", "min"]);

/**
 * "Large orders are split between two plants", "Big groups need two vehicles", "Heavy orders need two people": a
 * sentence opening on a kind of thing by its size, whose figures say what happens to that kind, not where it
 * starts (writers labelled 47 of 52 such lines). The word `from` is the size word, `to` the token after it.
 */
export function sizeCategoryOpens(toks: readonly Tok[], from: number, to: number): boolean {
  // "| 1 (heavy stains) to 5 (unworn) |": a bracket opens a gloss, not a sentence.
  if (to !== from + 1 || !CATEGORY_SIZES.has(toks[from].w) || !atSentenceStart(toks, from) || toks[from - 1]?.w === "(") return false;
  const noun = toks[to];
  return noun !== undefined && noun.t === WORD && noun.w.length > 3 && noun.w.endsWith("s") && !noun.w.endsWith("ss");
}

/** A figure in the sentence after token k given as a threshold: after a bound word, or in brackets right after the noun. */
export function thresholdAfter(toks: readonly Tok[], k: number): boolean {
  if (toks[k + 1]?.w === "(") {
    for (let j = k + 2; j < toks.length && j <= k + 8 && toks[j].w !== ")"; j++) if (toks[j].t === NUM) return true;
  }
  for (let j = k + 1; j < toks.length && !endsSentence(toks, j); j++) {
    const t = toks[j];
    if (t.t !== NUM && (t.info & W_NUMBER) === 0) continue;
    const bound = THRESHOLD_WORDS.has(toks[j - 1]?.w ?? "") ? j - 1 : THRESHOLD_WORDS.has(toks[j - 2]?.w ?? "") ? j - 2 : -1;
    // "split over two sessions", "split over more than one container": how the kind is divided, not where it starts.
    if (bound >= 0 && !DIVIDING.has(toks[bound - 1]?.w ?? "") && !DIVIDING.has(toks[bound - 2]?.w ?? "")) return true;
    // "groups of 30 or more", "30+ people".
    if (toks[j + 1]?.w === "or" && (toks[j + 2]?.w === "more" || toks[j + 2]?.w === "over")) return true;
    if (toks[j + 1]?.w === "+") return true;
  }
  return false;
}
