/**
 * Acceptance-criteria items for untestable-criterion: an item may span several
 * lines (continuations, nested items), and its findings wait until it ends,
 * dropped when any of its lines carries something checkable (a number, a code
 * span, a quoted literal; for Given/When/Then, only in the Then clause).
 */
import { firstWordFrom, isQuantity, type LineCtx } from "../doc.js";
import { CODE, PUNCT, WORD, type Tok } from "../tokenize.js";
import type { Emit, RawFinding } from "./emit.js";
import { W_ENGLISH } from "../wordinfo.js";

/** True when the line has something checkable: a number, a code span or a quoted literal. */
function hasAnchor(ctx: LineCtx): boolean {
  const toks = ctx.toks;
  const from = thenClause(toks);
  for (let k = from; k < toks.length; k++) {
    const t = toks[k];
    // "`GET /v1/me/limits` shows the right numbers": a code span as the item's subject names what is
    // checked, not what it must show.
    if (t.t === CODE && k === firstWordFrom(toks, from) && toks[k + 1]?.t === WORD) continue;
    if (t.t === CODE || isQuantity(toks, k, ctx.line)) return true;
    if (t.t === PUNCT && (t.w === "\"" || t.w === "“" || t.w === "「")) return true;
  }
  return false;
}

function hasExactOutcome(ctx: LineCtx): boolean {
  const toks = ctx.toks;
  const subject = firstWordFrom(toks, 0);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // "`GET /v2/macros/{id}` stays fast": the endpoint the item is about, not an outcome it names.
    if (t.t === CODE && k === subject && toks[k + 1]?.t === WORD) continue;
    if (t.t === CODE || (t.t === PUNCT && (t.w === "\"" || t.w === "“" || t.w === "「"))) return true;
  }
  return false;
}

/**
 * "Given a project deleted 31 days ago, when the job runs, then the system is
 * in a consistent state": only the Then clause says what is checked, so the
 * figures of Given and When do not anchor it. Returns where to look from.
 */
function thenClause(toks: readonly Tok[]): number {
  let scenario = false;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].t !== WORD || (toks[k].info & W_ENGLISH) === 0) continue;
    const w = toks[k].w;
    if (w === "given" || w === "when") scenario = true;
    else if (w === "then" && scenario) return k + 1;
  }
  return 0;
}

/**
 * An acceptance-criteria item may span several lines (continuations, nested
 * items): its findings wait until the item ends, and are dropped when any of
 * its lines carries something checkable.
 */
export class CriterionBuffer {
  private pending: RawFinding[] = [];
  /** Quality words with no figure of their own ("runs reliably every night"): an anchor elsewhere does not measure them. */
  private firm: RawFinding[] = [];
  private anchored = false;

  /** A code span or quoted literal: the item names an exact outcome, so its adverbs describe the input. */
  private exact = false;

  /** Ends the current item, emitting its findings unless it was anchored. */
  flush(emit: Emit): void {
    if (!this.exact) for (const f of this.firm) emit(f);
    this.exact = false;
    if (!this.anchored) for (const f of this.pending) emit(f);
    // flush runs on every line outside the criteria: emptied in place, not replaced,
    // and only when not empty already (setting length is a call into the runtime).
    if (this.pending.length !== 0) this.pending.length = 0;
    if (this.firm.length !== 0) this.firm.length = 0;
    this.anchored = false;
  }

  /** Adds one acceptance-criteria line. */
  add(ctx: LineCtx, hit: RawFinding | null, emit: Emit, firm = false): void {
    const { doc, i, line } = ctx;
    const prev = i > 0 ? doc.lines[i - 1] : undefined;
    const continues = !line.item && !line.table && prev !== undefined && prev.kind === "text" && !prev.table && doc.section[i - 1] === "acceptance-criteria";
    const nested = line.item && prev !== undefined && prev.kind === "text" && line.itemIndent > 0 && doc.section[i - 1] === "acceptance-criteria";
    if (!continues && !nested) this.flush(emit);
    if (hasAnchor(ctx)) this.anchored = true;
    if (hasExactOutcome(ctx)) this.exact = true;
    if (hit && firm) this.firm.push(hit);
    else if (hit) this.pending.push(hit);
  }
}
