import type { Actor } from "../core/actor.js";
import { AppError, conflict, validationError } from "../core/errors.js";
import { TERMINAL } from "../core/workflow/index.js";
import { listBriefs } from "../models/briefs.js";
import { roundsPerBrief } from "../models/deliverables.js";
import { endEngagement, findEngagement, insertEngagement, type EngagementRecord, type EngagementSummary } from "../models/engagements.js";
import { recordEvent } from "../models/events.js";
import { findOrg } from "../models/orgs.js";
import { iso } from "../models/support.js";
import type { Db, Tx } from "../storage/database.js";

export interface CreateEngagementInput {
  orgId: string;
  title: string;
  scope: string;
  contractorIds: string[];
  reviewerIds: string[];
}

/** Event data every engagement event carries, so deliveries can be routed by it. */
export const engagementData = (e: { id: string }, extra: Record<string, unknown> = {}) => ({ engagementId: e.id, ...extra });

/**
 * Staff open an engagement for a client organisation, assigning contractors
 * (people with the contractor role) and naming reviewers (client people of
 * that organisation).
 */
export async function createEngagement(db: Db, actor: Actor, input: CreateEngagementInput): Promise<EngagementRecord> {
  if (actor.role !== "staff") throw new AppError(403, "forbidden", "Only consultancy staff open engagements.");
  return db.transaction().execute(async (tx) => {
    const org = await findOrg(tx, input.orgId);
    if (!org || org.kind !== "client") throw validationError({ orgId: "Choose a client organisation (its id from GET /api/v1/orgs)." });
    const ids = [...new Set([...input.contractorIds, ...input.reviewerIds])];
    const users = ids.length ? await tx.selectFrom("users").select(["id", "role", "org_id"]).where("id", "in", ids).execute() : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    const badContractor = input.contractorIds.find((id) => byId.get(id)?.role !== "contractor");
    if (badContractor) throw validationError({ contractorIds: `${badContractor} is not a contractor: list ids of people with the contractor role.` });
    const badReviewer = input.reviewerIds.find((id) => {
      const u = byId.get(id);
      return !u || u.org_id !== org.id || (u.role !== "client-owner" && u.role !== "client-member");
    });
    if (badReviewer) throw validationError({ reviewerIds: `${badReviewer} is not a person of ${org.name}: reviewers are client people of the organisation.` });
    const e = await insertEngagement(tx, { ...input, createdBy: actor.id });
    await recordEvent(tx, {
      orgId: org.id,
      actorId: actor.id,
      action: "engagement.created",
      entityType: "engagement",
      entityId: e.id,
      summary: `${actor.name} opened the engagement "${e.title}" for ${org.name}`,
      data: engagementData(e, { contractorIds: input.contractorIds, reviewerIds: input.reviewerIds }),
    });
    return e;
  });
}

/** Refuses changes to an engagement that has ended: it is read-only. */
export function assertActive(e: { state: string; title: string }): void {
  if (e.state !== "active") throw conflict("engagement_ended", `The engagement "${e.title}" has ended and is read-only.`);
}

/**
 * Ends the engagement when its last brief is shipped or cancelled: sets the end
 * date and a summary (briefs shipped, rounds per brief, questions asked).
 * Call inside the transaction that made the final move.
 */
export async function endIfDone(tx: Tx, actor: Actor, engagementId: string): Promise<boolean> {
  const e = await findEngagement(tx, engagementId);
  if (!e || e.state !== "active") return false;
  const briefs = await listBriefs(tx, engagementId);
  if (!briefs.length || briefs.some((b) => !TERMINAL.includes(b.state))) return false;
  const ids = briefs.map((b) => b.id);
  const q = await tx.selectFrom("questions").select((eb) => eb.fn.countAll<string | number>().as("n")).where("brief_id", "in", ids).executeTakeFirst();
  const summary: EngagementSummary = {
    briefsShipped: briefs.filter((b) => b.state === "shipped").length,
    briefsCancelled: briefs.filter((b) => b.state === "cancelled").length,
    rounds: await roundsPerBrief(tx, ids),
    questionsAsked: Number(q?.n ?? 0),
  };
  if (!(await endEngagement(tx, e.id, summary, iso()))) return false;
  await recordEvent(tx, {
    orgId: e.org_id,
    actorId: actor.id,
    action: "engagement.ended",
    entityType: "engagement",
    entityId: e.id,
    summary: `The engagement "${e.title}" ended: ${summary.briefsShipped} shipped, ${summary.briefsCancelled} cancelled, ${summary.questionsAsked} questions asked`,
    data: engagementData(e, { summary }),
  });
  return true;
}
