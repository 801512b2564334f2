import type { Actor } from "../core/actor.js";
import { validationError } from "../core/errors.js";
import { checkMove } from "../core/workflow/index.js";
import { findVersion, moveBrief, type BriefRecord } from "../models/briefs.js";
import { insertDeliverable, listDeliverables, nextRound, type Deliverable, type Evidence } from "../models/deliverables.js";
import { recordEvent } from "../models/events.js";
import { authorize } from "../policies/authorize.js";
import { briefPolicy } from "../policies/brief.js";
import type { Db, Tx } from "../storage/database.js";
import { assertActive } from "./engagements.js";
import { briefData, briefParties, checkBrief, illegalTransition } from "./briefs.js";

export interface SubmitInput {
  links: string[];
  notes: string;
  evidence: Evidence[];
  /** The brief version the work was made against; found from the evidence when absent. */
  briefVersion?: number;
}

/** Criteria of one version of a brief, from the checker. */
export async function criteriaAt(tx: Tx | Db, briefId: string, n: number): Promise<{ id: string; line: number; text: string }[]> {
  const v = await findVersion(tx, briefId, n);
  return v ? checkBrief(v.markdown).criteria : [];
}

/** What is wrong with evidence against a criteria list: unknown ids, then criteria without evidence. */
function evidenceProblem(evidence: Evidence[], criteria: { id: string; text: string }[]): string | null {
  const known = new Set(criteria.map((c) => c.id));
  const unknown = evidence.find((e) => !known.has(e.criterionId));
  if (unknown) return `There is no acceptance criterion ${unknown.criterionId} in this version: use the ids from GET /api/v1/briefs/:id.`;
  const covered = new Set(evidence.filter((e) => e.text.trim()).map((e) => e.criterionId));
  const missing = criteria.filter((c) => !covered.has(c.id));
  if (missing.length) return `Add evidence for every acceptance criterion; missing: ${missing.map((c) => `${c.id} (${c.text.slice(0, 60)})`).join("; ")}.`;
  return null;
}

/**
 * The contractor who claimed the brief submits a round: links, notes and
 * evidence for every acceptance criterion of the version the work was made
 * against (the current one, or the one claimed / last submitted when the
 * brief changed since). The brief moves to in_review.
 */
export async function submitDeliverable(db: Db, actor: Actor, brief: BriefRecord, input: SubmitInput): Promise<Deliverable> {
  authorize(briefPolicy, actor, "transition", brief);
  assertActive(brief.engagement);
  const move = checkMove(brief.state, "in_review", briefParties(actor, brief, brief.engagement));
  if (!move.ok) throw illegalTransition(brief.state, "in_review", move.allowed);
  return db.transaction().execute(async (tx) => {
    const previous = await listDeliverables(tx, brief.id);
    const candidates = input.briefVersion
      ? [input.briefVersion]
      : [...new Set([brief.version, ...previous.map((d) => d.brief_version).reverse(), brief.claimed_version ?? brief.version])];
    if (input.briefVersion && (input.briefVersion < 1 || input.briefVersion > brief.version)) {
      throw validationError({ briefVersion: `Give a version between 1 and ${brief.version}.` });
    }
    let chosen: number | null = null;
    let firstProblem: string | null = null;
    for (const n of candidates) {
      const problem = evidenceProblem(input.evidence, await criteriaAt(tx, brief.id, n));
      if (!problem) {
        chosen = n;
        break;
      }
      firstProblem ??= problem;
    }
    if (chosen === null) throw validationError({ evidence: firstProblem ?? "Add evidence for every acceptance criterion." });
    const from = brief.state;
    if (!(await moveBrief(tx, brief.id, [from], "in_review"))) throw illegalTransition(from, "in_review", []);
    const round = await nextRound(tx, brief.id);
    const d = await insertDeliverable(tx, {
      orgId: brief.org_id,
      briefId: brief.id,
      round,
      authorId: actor.id,
      links: input.links,
      notes: input.notes,
      evidence: input.evidence,
      briefVersion: chosen,
    });
    const behind = chosen < brief.version;
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: "deliverable.submitted",
      entityType: "deliverable",
      entityId: d.id,
      summary: `${actor.name} submitted round ${round} of "${brief.title}" against version ${chosen}${behind ? ` (the brief is now at version ${brief.version})` : ""}`,
      data: briefData(brief, { deliverableId: d.id, round, briefVersion: chosen, currentVersion: brief.version, from, to: "in_review" }),
    });
    return d;
  });
}
