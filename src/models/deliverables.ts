import type { Db, Tx } from "../storage/database.js";
import type { DeliverableTable, ReviewTable } from "../storage/schema.js";
import { findBrief, type BriefRecord } from "./briefs.js";
import { iso, newId } from "./support.js";

export type Deliverable = DeliverableTable;
export type Review = ReviewTable;

/** Evidence for one acceptance criterion. */
export interface Evidence {
  criterionId: string;
  text: string;
}

/** A reviewer's verdict on one criterion. */
export interface CriterionVerdict {
  criterionId: string;
  verdict: "accepted" | "changes";
  comment: string;
}

/** A deliverable with its brief (and engagement): what policies decide on. */
export interface DeliverableRecord extends Deliverable {
  brief: BriefRecord;
}

export async function findDeliverable(db: Db | Tx, id: string): Promise<DeliverableRecord | undefined> {
  const d = await db.selectFrom("deliverables").selectAll().where("id", "=", id).executeTakeFirst();
  if (!d) return undefined;
  const brief = await findBrief(db, d.brief_id);
  return brief ? { ...d, brief } : undefined;
}

/** Rounds of one brief, first round first. */
export async function listDeliverables(db: Db | Tx, briefId: string): Promise<Deliverable[]> {
  return db.selectFrom("deliverables").selectAll().where("brief_id", "=", briefId).orderBy("round").execute();
}

export async function listReviews(db: Db | Tx, briefId: string): Promise<Review[]> {
  return db.selectFrom("reviews").selectAll().where("brief_id", "=", briefId).orderBy("created_at").orderBy("id").execute();
}

export async function nextRound(tx: Tx | Db, briefId: string): Promise<number> {
  const row = await tx.selectFrom("deliverables").select((eb) => eb.fn.max("round").as("m")).where("brief_id", "=", briefId).executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

export async function insertDeliverable(
  tx: Tx | Db,
  input: { orgId: string; briefId: string; round: number; authorId: string; links: string[]; notes: string; evidence: Evidence[]; briefVersion: number },
): Promise<Deliverable> {
  const d: Deliverable = {
    id: newId(),
    org_id: input.orgId,
    brief_id: input.briefId,
    round: input.round,
    author_id: input.authorId,
    links: JSON.stringify(input.links),
    notes: input.notes,
    evidence: JSON.stringify(input.evidence),
    brief_version: input.briefVersion,
    state: "in_review",
    created_at: iso(),
  };
  await tx.insertInto("deliverables").values(d).execute();
  return d;
}

/** Closes a round with the review's outcome, once; false when it was already reviewed. */
export async function closeRound(tx: Tx | Db, id: string, outcome: Deliverable["state"]): Promise<boolean> {
  const res = await tx.updateTable("deliverables").set({ state: outcome }).where("id", "=", id).where("state", "=", "in_review").executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertReview(
  tx: Tx | Db,
  input: { orgId: string; deliverableId: string; briefId: string; reviewerId: string; verdicts: CriterionVerdict[]; summary: string; outcome: Review["outcome"] },
): Promise<Review> {
  const r: Review = {
    id: newId(),
    org_id: input.orgId,
    deliverable_id: input.deliverableId,
    brief_id: input.briefId,
    reviewer_id: input.reviewerId,
    verdicts: JSON.stringify(input.verdicts),
    summary: input.summary,
    outcome: input.outcome,
    created_at: iso(),
  };
  await tx.insertInto("reviews").values(r).execute();
  return r;
}

/** Review rounds per brief for an engagement's summary. */
export async function roundsPerBrief(db: Db | Tx, briefIds: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(briefIds.map((id) => [id, 0]));
  if (!briefIds.length) return out;
  const rows = await db.selectFrom("deliverables").select(["brief_id"]).where("brief_id", "in", briefIds).execute();
  for (const r of rows) out[r.brief_id] = (out[r.brief_id] ?? 0) + 1;
  return out;
}
