/**
 * Limits named without their value. "a grace period", "their own quota",
 * "increase its interval" introduce a limit with no figure; "the retention
 * period", "before the cutoff" name one as if known, which is a gap only when
 * no line of the brief gives it (LimitReferences decides at the end).
 */
import type { LineCtx } from "../doc.js";
import type { PhraseMatch } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import type { Cue } from "../lexicon/quality.js";
import type { Emit, RawFinding } from "./emit.js";
import { FOREIGN_MASK, W_ENGLISH } from "../wordinfo.js";

const PRONOUN_CHOOSERS = new Set(["they", "you", "users", "customers", "admins", "the"]);
const CHOOSE_VERBS = new Set(["choose", "chooses", "pick", "picks", "set", "sets", "configure", "configures", "enter", "enters", "select", "selects"]);
/** Limits that are always a figure, even named bare: "above the threshold", "before the cutoff". */
const BARE_REFERENCES = new Set(["threshold", "thresholds", "cutoff", "cut-off", "quota", "minimum", "limit", "cap", "timeout"]);
/** Heads that are also things an API handles ("a period", "the window"): limits only with a name. */
const GENERIC_HEADS = new Set(["period", "window", "timeframe"]);
/** Words that pick one period or window out of many rather than naming a limit ("the next report window"). */
const SELECTING = new Set(["full", "next", "current", "same", "whole", "entire", "first", "last", "previous", "following", "given", "selected", "billing", "reporting", "report", "quiet", "open", "overlap", "delivery", "booking"]);
/** A bound given without the limit's name: "a score above 0.8", "at most 5". */
const BOUND = /(?:\b(?:above|below|over|under|exceeds?|at least|at most|up to|more than|less than|max(?:imum)?|min(?:imum)?)\s*|[<>≤≥]\s*)\d/;
const NEW_LIMIT = new Set(["a", "an", "own", "some", "any"]);
/**
 * Words that name a period or window by a wait or a check, or as known by habit ("the usual window"; see refersBack).
 * "the dispute window", "the return period", "the required period" wait for something a rule fixes; "the validity
 * period", "the notice period", "the lock period" are spans each record holds (writers left those unlabelled).
 */
const WAIT_MODIFIERS = new Set(["grace", "lookback", "look-back", "review", "acceptance", "freshness", "inactivity", "cooling", "cooling-off", "dunning", "usual", "waiting", "holding", "hold", "trial", "quarantine", "cooldown", "response", "approval", "cancel", "cancellation", "dispute", "required", "legal", "statutory", "return", "returns", "warranty", "rest", "refund", "withdrawal", "appeal", "reminder", "recall", "redemption", "storage"]);
const SET_BY_SOMEONE = new Set(["same", "new", "amended", "updated", "current", "changed", "raised", "lowered", "plan", "custom", "requested", "proposed"]);
const NEEDING = new Set(["need", "needs", "needed", "require", "requires", "want", "wants"]);
const CHANGE_NOUNS = new Set(["change", "changes", "update", "updates"]);
const DEFINITE = new Set(["the", "its", "their", "our", "his", "her", "this", "that"]);
/** Institutions whose limits are one fixed figure ("the bank's cut-off time"), not a value per record. */
const INSTITUTIONS = new Set(["bank", "banks", "provider", "carrier", "regulator", "authority", "government", "insurer", "acquirer", "exchange"]);
const CHANGE_VERBS = new Set(["increase", "increases", "raise", "raises", "extend", "extends", "lower", "lowers", "reduce", "reduces", "shorten", "shortens", "lengthen", "adjust", "adjusts", "tune", "bump"]);

/** Whether a limit noun stands where it names a limit (cond "limit" in lexicon/quality.ts). */
export function limitPosition(toks: readonly Tok[], m: PhraseMatch<Cue>): boolean {
  const next = toks[m.to];
  // "Record without a TTL", "no grace period": the absence is the behaviour.
  const before = toks[m.from - 2];
  if (before && (before.w === "without" || before.w === "no")) return false;
  if (toks[m.from - 1]?.w === "no") return false;
  // "a threshold they choose": the user sets it.
  if (next && PRONOUN_CHOOSERS.has(next.w) && toks[m.to + 1] && CHOOSE_VERBS.has(toks[m.to + 1].w)) return false;
  // A label ("Timeout: 30 s") or a setting name is not a limit left open; "Moisture above the limit: rejected" is a
  // case and its outcome, the limit compared with and never given.
  if (next && next.t === PUNCT && next.w === ":" && !comparedWith(toks, m.from)) return false;
  // "respect minimum rest between shifts": a bound on a quantity, on a line with no figure at all.
  if (m.to - m.from === 1 && toks[m.from].w === "minimum" && next && next.t === WORD && (next.info & (W_ENGLISH | FOREIGN_MASK)) === 0 && !toks.some((t) => t.t === NUM || t.t === CODE)) return true;
  for (let j = m.from - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    const t = toks[j];
    if (t.t !== WORD || t.w === "or" || t.w === "and") return false;
    if (NEW_LIMIT.has(t.w) || DEFINITE.has(t.w)) return true;
  }
  return false;
}

/** "above the limit", "over its cap", "more than the tolerance": a value compared with the limit named at `from`. */
function comparedWith(toks: readonly Tok[], from: number): boolean {
  let j = from - 1;
  if (toks[j]?.t === WORD && !DEFINITE.has(toks[j].w)) j--;
  if (!DEFINITE.has(toks[j]?.w ?? "")) return false;
  return COMPARING.has(toks[j - 1]?.w ?? "");
}
const COMPARING = new Set(["above", "over", "exceeds", "exceed", "exceeding", "beyond", "than", "under", "below"]);

/** "new": report now; "ref": report at the end if the brief never gives it; "skip": not a limit. */
export function refersBack(toks: readonly Tok[], m: PhraseMatch<Cue>): "new" | "ref" | "skip" {
  if (m.value.cond !== "limit") return "new";
  // "the computed minimum holding temperature", "the minimum depth in the cell", "the minimum of: …": a statistic of
  // measured values, not a bound someone sets.
  if (toks[m.from].w === "minimum" && m.to - m.from === 1 && measuredMinimum(toks, m.from)) return "skip";
  // "Owner lowers the limit below what was spent today", "A room limit is lowered while bookings exist": someone
  // changes a limit each record holds, and the case is what happens to what it already counts.
  if (changedAgainstState(toks, m)) return "skip";
  // "at most 11 characters (a GatewayAPI limit)": the bracket names whose limit the figure before it is.
  if (toks[m.from - 1]?.w === "(" || toks[m.from - 2]?.w === "(" || toks[m.from - 3]?.w === "(") {
    const open = toks[m.from - 1]?.w === "(" ? m.from - 1 : toks[m.from - 2]?.w === "(" ? m.from - 2 : m.from - 3;
    if (toks[m.to]?.w === ")" && figureBeforeBracket(toks, open)) return "skip";
  }
  if (namesFigureBefore(toks, m.from)) return "skip";
  const generic = m.to - m.from === 1 && GENERIC_HEADS.has(toks[m.from].w);
  // "for the same interval", "the same threshold as payouts": one limit identified by another;
  // "a new cap", "the amended quota": a value someone sets, not one the brief leaves out.
  if (toks[m.from - 1] !== undefined && SET_BY_SOMEONE.has(toks[m.from - 1].w)) return "skip";
  // "an alert for each cut-off change", "the changes of cut-off": the value is data that moves.
  if (CHANGE_NOUNS.has(toks[m.to]?.w ?? "") || (toks[m.from - 1]?.w === "of" && CHANGE_NOUNS.has(toks[m.from - 2]?.w ?? ""))) return "skip";
  // "counted against that number's limit", "a farmer's limit": a value each record holds, or one a
  // public provider sets ("Stripe's limit"); "the bank's cut-off" is one fixed figure the brief owes.
  const owner = toks[m.from - 1];
  if (owner?.poss && !INSTITUTIONS.has(owner.w)) return "skip";
  // "the limit is the captured amount minus all refunds": defined right here.
  if (toks[m.to]?.w === "is" && /^(the|a|an)$/.test(toks[m.to + 1]?.w ?? "") && toks[m.to + 2]?.t === WORD) return "skip";
  for (let j = m.from - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    const t = toks[j];
    // "count as below any threshold": every limit of its kind, whatever its figure.
    if (t.w === "any") return "skip";
    // "each key has its own limit", "each shop sets its own limit": a value every record holds; only
    // "also need their own quota" asks for a limit the brief has not given.
    if (t.w === "own" && !NEEDING.has(toks[j - 2]?.w ?? "") && !NEEDING.has(toks[j - 3]?.w ?? "")) return "skip";
    // "crosses a threshold", "a claim above a limit": one of the limits the brief may give elsewhere
    // ("`thresholds_rupees`: [100, 25]"); reported at the end only if no line gives it a figure.
    // "Energy in an interval is split by water pumped" beside "each 15-minute interval": an interval the brief sets
    // elsewhere, the same.
    if ((t.w === "a" || t.w === "an") && j === m.from - 1 && (BARE_REFERENCES.has(toks[m.from].w) || toks[m.from].w === "interval") && m.to - m.from === 1) return "ref";
    if (NEW_LIMIT.has(t.w)) return generic ? "skip" : "new";
    if (DEFINITE.has(t.w)) {
      // "increase its interval" changes a limit by an unsaid amount.
      if (j > 0 && toks[j - 1].t === WORD && CHANGE_VERBS.has(toks[j - 1].w)) return "new";
      if (generic && (j === m.from - 1 || SELECTING.has(toks[m.from - 1].w))) return "skip";
      // "the pay period", "the policy period", "the meal period": a span named by what happens in it, which the
      // data gives; "the grace period", "the review window", "the inactivity period" name a wait someone must set
      // (over all labelled sets, writers labelled all 10 wait-named ones reported, and 1 of 30 span-named ones).
      if (generic && !WAIT_MODIFIERS.has(toks[m.from - 1].w)) return "skip";
      if (BARE_REFERENCES.has(toks[m.from].w)) return "ref";
      // A named limit ("the retention period", "the agreed threshold") is checked across the brief;
      // a bare "the interval" usually points at the sentence before.
      return m.to - m.from >= 2 || j < m.from - 1 ? "ref" : "skip";
    }
  }
  return "new";
}

const MEASURED_NOUNS = new Set(["temperature", "temperatures", "depth", "depths", "intensity", "reading", "readings", "value", "values", "pressure", "humidity", "probe", "speed", "height", "altitude", "voltage", "flow", "concentration"]);
const MEASURING = new Set(["computed", "calculated", "expected", "measured", "observed", "recorded", "forecast", "actual", "lowest"]);

/** "minimum" as the lowest of measured values: before what is measured, after a word of measuring, or "minimum of". */
function measuredMinimum(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (next?.w === "of" && (toks[k + 2]?.w === ":" || toks[k + 2]?.w === "the" || toks[k + 2]?.w === "all")) return true;
  if (MEASURING.has(toks[k - 1]?.w ?? "")) return true;
  for (let j = k + 1; j < toks.length && j <= k + 2; j++) {
    if (toks[j].t !== WORD) return false;
    if (MEASURED_NOUNS.has(toks[j].w)) return true;
  }
  return false;
}

const STATE_PREPOSITIONS = new Set(["below", "above", "under", "during", "while", "mid"]);
const CHANGED_FORMS = new Set(["lowers", "lowered", "raises", "raised", "reduces", "reduced", "increases", "increased", "set", "sets", "changes", "changed"]);

/** "lowers the limit below …", "limit is lowered while …", "Limit set below …": a change against what is counted. */
function changedAgainstState(toks: readonly Tok[], m: PhraseMatch<Cue>): boolean {
  const after = toks[m.to];
  if (after === undefined) return false;
  // "the limit below", or "the limit is lowered while", "Limit set below".
  let j = m.to;
  if (CHANGED_FORMS.has(after.w)) j = m.to + 1;
  else if ((after.w === "is" || after.w === "was") && CHANGED_FORMS.has(toks[m.to + 1]?.w ?? "")) j = m.to + 2;
  if (!STATE_PREPOSITIONS.has(toks[j]?.w ?? "")) return false;
  if (j > m.to) return true;
  for (let b = m.from - 1; b >= 0 && b >= m.from - 4; b--) if (CHANGED_FORMS.has(toks[b].w)) return true;
  return false;
}

/** A figure on the line before the bracket at `open`, in its sentence ("at most 11 characters (…)"). */
function figureBeforeBracket(toks: readonly Tok[], open: number): boolean {
  for (let j = open - 1; j >= 0 && j >= open - 8; j--) {
    if (toks[j].t === NUM) return true;
    if (toks[j].t === PUNCT && (toks[j].w === "." || toks[j].w === ";")) return false;
  }
  return false;
}

/**
 * Limits the brief names as if known ("purged once the retention window has
 * passed"): reported at the end unless some line of the brief gives that
 * limit a figure ("Retention window: 35 days", a table row, a config sample).
 */
/** Names looked up per brief; real briefs name a few dozen limits at most. */
const MAX_LOOKUPS = 256;

export class LimitReferences {
  private pending: { finding: RawFinding; noun: string; bare: boolean; elsewhere: boolean }[] = [];

  /**
   * Records the limit at tokens [from, to) of the current line with the finding to report if it stays open;
   * with `elsewhere`, a figure on this very line does not count as its value.
   */
  add(ctx: LineCtx, from: number, to: number, finding: RawFinding, bare = false, elsewhere = false): void {
    // The name includes its modifiers: "inactivity period", "HMRC per-file limit" (an age word stands alone).
    while (!bare && from > 0 && ctx.toks[from - 1].t === WORD && !DEFINITE.has(ctx.toks[from - 1].w) && !NEW_LIMIT.has(ctx.toks[from - 1].w)) from--;
    const noun = ctx.line.raw.slice(ctx.toks[from].s, ctx.toks[to - 1].e).toLowerCase();
    this.pending.push({ noun, finding, bare, elsewhere });
  }

  flush(doc: LineCtx["doc"], emit: Emit): void {
    if (this.pending.length === 0) return;
    // Each name is looked up in the brief once, given or not: a long brief names the same limit many times.
    const valued = new Set<string>();
    const checked = new Set<string>();
    const givingLines = new Map<string, number[]>();
    // Each lookup reads every line: past MAX_LOOKUPS names (no real brief comes near), a name counts as never given,
    // so that a brief of thousands of differently named limits still takes time linear in its size.
    let lookups = 0;
    // The brief's lines in lower case, made once for all the names looked up.
    const lines = doc.lines.map((line) => line.raw.toLowerCase());
    for (const p of this.pending) {
      if (p.elsewhere) {
        // The line of a mention itself does not count: the first two lines that give a figure are found once per
        // name, and a mention is valued when one of them is another line.
        let givers = givingLines.get(p.noun);
        if (givers === undefined) {
          givers = lookups++ < MAX_LOOKUPS ? linesGiving(lines, p.noun) : [];
          givingLines.set(p.noun, givers);
        }
        if (givers.some((li) => li !== p.finding.li)) valued.add(p.noun + "@" + p.finding.li);
        continue;
      }
      const key = (p.bare ? "age:" : "limit:") + p.noun;
      if (checked.has(key)) continue;
      checked.add(key);
      if (lookups++ >= MAX_LOOKUPS) continue;
      if (p.bare ? agedSomewhere(lines, p.noun) : givenSomewhere(lines, p.noun)) valued.add(p.noun);
    }
    // Once per limit: every later mention is the same gap.
    const reported = new Set<string>();
    for (const p of this.pending) {
      if (valued.has(p.elsewhere ? p.noun + "@" + p.finding.li : p.noun) || reported.has(p.noun)) continue;
      reported.add(p.noun);
      emit(p.finding);
    }
    this.pending = [];
  }
}

const AGE = /\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\b|`[a-z_]*(?:days|hours|minutes|seconds|age|ttl)[a-z_]*`/;

/** "A flag is stale after 30 days without an evaluation": some line gives the age word a duration. */
function agedSomewhere(lines: readonly string[], word: string): boolean {
  const whole = new RegExp(`(?:^|[^a-z])${word.replace(/[^a-z]/g, "")}(?:[^a-z]|$)`);
  for (const raw of lines) {
    if (raw.indexOf(word) >= 0 && whole.test(raw) && AGE.test(raw)) return true;
  }
  return false;
}

/** Whether some line gives the named limit a figure, a bound, or says where its values are. */
/** The first two lines that give the named limit a figure (see givenAt). */
function linesGiving(lines: readonly string[], noun: string): number[] {
  const out: number[] = [];
  for (let li = 0; li < lines.length && out.length < 2; li++) if (givenAt(lines[li], noun, false)) out.push(li);
  return out;
}

function givenSomewhere(lines: readonly string[], noun: string): boolean {
  const bounded = /(threshold|level|mark|limit)$/.test(noun);
  for (const raw of lines) if (givenAt(raw, noun, bounded)) return true;
  return false;
}

/** Whether the line gives the named limit a figure, a bound, or says where its values are. */
function givenAt(raw: string, noun: string, bounded: boolean): boolean {
  // A figure is a number of its own, not the digit of an id such as "R6" or "v2".
  // "Minimum paired hours for statistics: XXX": the value is left to fill in, which the placeholder rule reports.
  if (raw.indexOf(noun) >= 0 && (/(?:^|[^a-z0-9_])\d/.test(raw) || /\b(listed|defined|specified|configured|documented|configurable|per|xxx+|tbd|tbc)\b/.test(raw))) return true;
  // A threshold or level is often given as a bound without its name ("a score above 0.8").
  return bounded && BOUND.test(raw);
}

const POINTING_BACK = new Set(["this", "that", "which", "it"]);
/** How many words back the figure a limit points at may stand. */
const NAMED_FIGURE_REACH = 24;

/**
 * "Maximum 6 pump starts per day, this is a limit from the supplier", "at most 3 retries (a hard limit of the
 * gateway)": the limit is the figure just given, and the words only say whose it is.
 */
export function namesFigureBefore(toks: readonly Tok[], from: number): boolean {
  // The phrase may hold its article ("a limit") or not ("limit" after "a hard").
  let a = toks[from].w === "a" || toks[from].w === "an" ? from : from - 1;
  if (toks[a]?.t === WORD && toks[a].w !== "a" && toks[a].w !== "an") a--;
  if (toks[a]?.w !== "a" && toks[a]?.w !== "an") return false;
  const opener = toks[a - 1];
  if (opener === undefined || !(opener.w === "(" || (opener.w === "is" && POINTING_BACK.has(toks[a - 2]?.w ?? "")))) return false;
  // The figure stands in the clause before it; a fixed reach keeps a line of many such limits linear.
  for (let j = a - 1; j >= 0 && j >= a - NAMED_FIGURE_REACH; j--) if (toks[j].t === NUM) return true;
  return false;
}
