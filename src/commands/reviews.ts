import type { Actor } from "../core/actor.js";
import { conflict, validationError } from "../core/errors.js";
import { checkMove, reviewOutcome } from "../core/workflow/index.js";
import { moveBrief, type BriefRecord } from "../models/briefs.js";
import { closeRound, insertReview, type CriterionVerdict, type DeliverableRecord, type Review } from "../models/deliverables.js";
import { recordEvent } from "../models/events.js";
import { authorize } from "../policies/authorize.js";
import { deliverablePolicy } from "../policies/deliverable.js";
import type { Db } from "../storage/database.js";
import { briefData, briefParties, illegalTransition } from "./briefs.js";
import { criteriaAt } from "./deliverables.js";
import { assertActive } from "./engagements.js";

/**
 * A reviewer gives a verdict on every acceptance criterion of the version the
 * deliverable was made against. Any "changes" (which needs a written comment
 * on that criterion) sends the brief to changes_requested; all accepted
 * accepts it.
 */
export async function reviewDeliverable(
  db: Db,
  actor: Actor,
  deliverable: DeliverableRecord,
  input: { criteria: CriterionVerdict[]; summary: string },
): Promise<Review> {
  authorize(deliverablePolicy, actor, "review", deliverable);
  const brief = deliverable.brief;
  assertActive(brief.engagement);
  const parties = briefParties(actor, brief, brief.engagement);
  const outcome = reviewOutcome(input.criteria.map((c) => c.verdict));
  const move = checkMove(brief.state, outcome, parties);
  if (!move.ok) throw illegalTransition(brief.state, outcome, move.allowed);
  if (deliverable.state !== "in_review") throw illegalTransition(brief.state, outcome, []);
  return db.transaction().execute(async (tx) => {
    const criteria = await criteriaAt(tx, brief.id, deliverable.brief_version);
    const known = new Set(criteria.map((c) => c.id));
    const fields: Record<string, string> = {};
    input.criteria.forEach((c, i) => {
      if (!known.has(c.criterionId)) fields[`criteria.${i}.criterionId`] = `There is no acceptance criterion ${c.criterionId} in version ${deliverable.brief_version}.`;
      else if (c.verdict === "changes" && !c.comment.trim()) fields[`criteria.${i}.comment`] = `Write what has to change for ${c.criterionId}: changes requested always carry written feedback.`;
    });
    const given = new Set(input.criteria.map((c) => c.criterionId));
    const missing = criteria.filter((c) => !given.has(c.id));
    if (missing.length) fields.criteria = `Give a verdict on every criterion; missing: ${missing.map((c) => c.id).join(", ")}.`;
    if (given.size !== input.criteria.length) fields.criteria = "Give one verdict per criterion.";
    if (Object.keys(fields).length) throw validationError(fields);
    if (!(await closeRound(tx, deliverable.id, outcome))) throw conflict("already_reviewed", "Someone reviewed this round first.");
    if (!(await moveBrief(tx, brief.id, ["in_review"], outcome))) throw illegalTransition(brief.state, outcome, []);
    const review = await insertReview(tx, {
      orgId: brief.org_id,
      deliverableId: deliverable.id,
      briefId: brief.id,
      reviewerId: actor.id,
      verdicts: input.criteria,
      summary: input.summary,
      outcome,
    });
    const changes = input.criteria.filter((c) => c.verdict === "changes").length;
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: outcome === "accepted" ? "brief.accepted" : "brief.changes_requested",
      entityType: "deliverable",
      entityId: deliverable.id,
      summary:
        outcome === "accepted"
          ? `${actor.name} accepted round ${deliverable.round} of "${brief.title}"`
          : `${actor.name} requested changes on ${changes} criterion(s) in round ${deliverable.round} of "${brief.title}"`,
      data: briefData(brief, { deliverableId: deliverable.id, reviewId: review.id, round: deliverable.round, outcome, from: "in_review", to: outcome }),
    });
    return review;
  });
}
