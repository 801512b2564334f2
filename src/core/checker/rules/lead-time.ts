/**
 * A reminder or warning timed only by the event it precedes: "send the guest a
 * reminder email before expiry", "warn customers before their card expires".
 * How long before is the figure the contractor needs. Reported as unquantified
 * unless the sentence gives a figure or some line of the brief gives a lead
 * time ("14 days before the booster is due", "`remind_days_before`").
 */
import type { Doc, LineCtx } from "../doc.js";
import { endsSentence } from "../doc.js";
import { NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import type { Emit } from "./emit.js";
import { tellsStory } from "./measurable.js";

/** Words that announce something sent ahead of an event. */
const ANNOUNCING = new Set(["remind", "reminds", "reminder", "reminders", "warn", "warns", "warning", "warnings", "notify", "notifies", "notice", "heads-up"]);
/** A first, cheap test of the line for an announcing word (the token loop then reads only such lines). */
const ANNOUNCING_TEXT = /remind|warn|notif|notice|heads-up/i;
/**
 * "email the agent before the license expires", "get an email before a certificate expires": an email announces too,
 * but only ahead of something that runs out ("clean the email before the export" is no message sent ahead).
 */
const EMAILING = new Set(["email", "emails", "emailed", "e-mail", "e-mails", "e-mailed"]);
/** The line gate: an announcing word or an email (ANNOUNCING_TEXT alone decides which lines give a lead time). */
const ANNOUNCING_OR_EMAIL_TEXT = /remind|warn|notif|notice|heads-up|e-?mail/i;
/** What an emailed warning precedes: a thing that runs out ("before a certificate expires", "before their permit lapses"). */
const RUNS_OUT = new Set(["expires", "expire", "lapses", "lapse"]);
/** Words between "before" and the event: "before the expiry", "before their card expires". */
const EVENT_OPENERS = new Set(["the", "their", "its", "his", "her", "a", "an", "each", "every"]);
/** "before it's due", "before it expires": a pronoun for the thing, then its due date or end ("before it was sent" is the reminder itself). */
const PRONOUN_EVENTS = new Set(["due", "expires", "expire", "ends", "end", "starts", "start", "closes", "close", "lapses", "lapse"]);
/** Events named without an article ("before expiry"). */
const BARE_EVENTS = new Set(["expiry", "expiration", "renewal", "departure", "arrival", "pickup", "checkout", "check-in", "shipping", "delivery"]);

/** A lead time as a figure or a setting; global, for the scan in givesLeadTime. */
const LEAD_TIMES = /\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?|nights?|weeks?|months?|business days?|working days?)\s+(?:before|prior|ahead|in advance)|`[a-z_]*(?:before|lead|advance|ahead)[a-z_]*`|(?:before|lead|advance)_[a-z_]*(?:days|hours|minutes)/gi;

const leadTimeGiven = new WeakMap<Doc, boolean>();

/**
 * Whether some line of the brief gives a reminder's lead time: then "before the expiry" refers to it. The figure
 * must stand on a line that announces something ("reminder 14 days before the booster is due") or be a setting
 * (`remind_days_before`): "cancel free until 48 hours before the party" times the cancellation, not the reminder.
 */
function givesLeadTime(doc: Doc): boolean {
  let given = leadTimeGiven.get(doc);
  if (given === undefined) {
    given = false;
    const text = doc.text;
    LEAD_TIMES.lastIndex = 0;
    for (let m = LEAD_TIMES.exec(text); m !== null; m = LEAD_TIMES.exec(text)) {
      if (m[0].startsWith("`") || m[0].indexOf("_") >= 0) {
        given = true;
        break;
      }
      const start = text.lastIndexOf("\n", m.index) + 1;
      let end = text.indexOf("\n", m.index);
      if (end < 0) end = text.length;
      if (ANNOUNCING_TEXT.test(text.slice(start, end))) {
        given = true;
        break;
      }
      LEAD_TIMES.lastIndex = end;
    }
    leadTimeGiven.set(doc, given);
  }
  return given;
}

/** Time words that, just before "before", give the lead time themselves ("3 days before", "the day before"). */
const NAMED_SPANS = new Set(["days", "hours", "day", "hour", "night", "evening", "morning", "week", "weeks", "month", "months", "minutes"]);

/** Verbs that set one date before another rather than send something ahead of it. */
const COMPARED_DATE = new Set(["is", "are", "was", "were", "falls", "fall", "lies", "lie", "comes", "come"]);

/** "Warning lifted before the event: no email": what ends before the event is a case, not a reminder sent ahead. */
const ENDED = new Set(["lifted", "cancelled", "canceled", "withdrawn", "ended", "expired"]);

/** The tokens [from, to) of "before the …" after an announcing word, in a sentence with no figure; or null. */
function bareLead(toks: readonly Tok[]): { from: number; to: number } | null {
  let announced = false;
  let emailed = false;
  let figure = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === PUNCT && endsSentence(toks, k)) {
      announced = false;
      emailed = false;
      figure = false;
      continue;
    }
    if (t.t === NUM) figure = true;
    if (t.t !== WORD) continue;
    if (ANNOUNCING.has(t.w)) announced = true;
    if (EMAILING.has(t.w)) emailed = true;
    if (!announced && emailed && t.w === "before" && !figure && runsOutAfter(toks, k)) return { from: k, to: k + 3 };
    // "sends the reminder ahead of each visit": "ahead of" is "before".
    const ahead = t.w === "ahead" && toks[k + 1]?.w === "of";
    if (!announced || figure || (t.w !== "before" && !ahead)) continue;
    if (ahead) k++;
    const next = toks[k + 1];
    if (next === undefined || next.t !== WORD) continue;
    // "shortly before", "a while before": the phrase list reports those; here only the bare "before".
    const prev = toks[k - 1];
    // "the day before the show", "the evening before": one named unit is the figure.
    // "the worker re-reads both flags right before each send": immediately before, no lead time at all.
    // "Warning: when `runs_out` is before the planned ship date, …": one date compared with another, a condition.
    if (prev !== undefined && COMPARED_DATE.has(prev.w)) continue;
    if (prev !== undefined && prev.t === WORD && (prev.w === "shortly" || prev.w === "while" || prev.w === "bit" || prev.w === "so" || prev.w === "time" || prev.w === "right" || prev.w === "just" || prev.w === "immediately" || ENDED.has(prev.w) || NAMED_SPANS.has(prev.w))) continue;
    const pronounEvent = (next.w === "it's" || next.w === "it" || next.w === "they're" || next.w === "they") && PRONOUN_EVENTS.has(toks[k + 2]?.w ?? "");
    const eventAt = EVENT_OPENERS.has(next.w) || pronounEvent ? k + 2 : BARE_EVENTS.has(next.w) ? k + 1 : -1;
    if (eventAt < 0 || toks[eventAt]?.t !== WORD) continue;
    // The rest of the sentence must not give the figure either ("… before expiry: 7 days").
    if (figureLaterInSentence(toks, eventAt + 1)) continue;
    return { from: k, to: eventAt + 1 };
  }
  return null;
}

/**
 * "before a certificate expires", "before the license expires", with no figure in the rest of the sentence: token k is
 * "before", then a determiner, one noun and the verb of running out.
 */
function runsOutAfter(toks: readonly Tok[], k: number): boolean {
  return EVENT_OPENERS.has(toks[k + 1]?.w ?? "") && toks[k + 2]?.t === WORD && RUNS_OUT.has(toks[k + 3]?.w ?? "") && !figureLaterInSentence(toks, k + 4);
}

/** A figure from token `from` to the end of its sentence. */
function figureLaterInSentence(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && !(toks[j].t === PUNCT && endsSentence(toks, j)); j++) if (toks[j].t === NUM) return true;
  return false;
}

/** Reports a reminder or warning timed only by the event it precedes. */
export function leadTimeLine(ctx: LineCtx, emit: Emit): void {
  // The section first: it rules out a line without the searches.
  if (ctx.section === "acceptance-criteria" || ctx.section === "glossary") return;
  if (ctx.line.kind !== "text" || (ctx.line.raw.indexOf("before") < 0 && ctx.line.raw.indexOf("ahead of") < 0) || !ANNOUNCING_OR_EMAIL_TEXT.test(ctx.line.raw)) return;
  const hit = bareLead(ctx.toks);
  if (hit === null || givesLeadTime(ctx.doc)) return;
  // The context section says what is wanted ("We want a reminder before each appointment"); the
  // timing belongs to the sections that specify it, and a gap is reported there.
  if (tellsStory(ctx)) return;
  const s = ctx.toks[hit.from].s;
  const e = ctx.toks[hit.to - 1].e;
  const text = ctx.line.raw.slice(s, e);
  emit({
    li: ctx.i,
    rule: "unquantified",
    s,
    e,
    excerpt: text,
    message: `'${text}' needs a number: say how long before, such as '7 days before'`,
    suggestion: "give the lead time, such as '7 days before'",
  });
}
