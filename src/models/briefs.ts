import type { Actor } from "../core/actor.js";
import type { BriefState } from "../core/workflow/index.js";
import type { Db, Tx } from "../storage/database.js";
import type { BriefTable, BriefVersionTable } from "../storage/schema.js";
import { findEngagement, type EngagementRecord } from "./engagements.js";
import { iso, newId } from "./support.js";

export type Brief = BriefTable;
export type BriefVersion = BriefVersionTable;

/** A brief with its engagement (and that engagement's people): what policies decide on. */
export interface BriefRecord extends Brief {
  engagement: EngagementRecord;
}

/** Loads a brief with its engagement, no tenant filter: callers authorize() it. */
export async function findBrief(db: Db | Tx, id: string): Promise<BriefRecord | undefined> {
  const b = await db.selectFrom("briefs").selectAll().where("id", "=", id).executeTakeFirst();
  if (!b) return undefined;
  const engagement = await findEngagement(db, b.engagement_id);
  return engagement ? { ...b, engagement } : undefined;
}

/** The briefs of one engagement (already authorized), oldest first. */
export async function listBriefs(db: Db | Tx, engagementId: string): Promise<Brief[]> {
  return db.selectFrom("briefs").selectAll().where("engagement_id", "=", engagementId).orderBy("created_at").orderBy("id").execute();
}

/** Creates a brief in draft with version 1. */
export async function insertBrief(
  tx: Tx | Db,
  input: { orgId: string; engagementId: string; title: string; markdown: string; authorId: string },
): Promise<{ brief: Brief; version: BriefVersion }> {
  const now = iso();
  const brief: Brief = {
    id: newId(),
    org_id: input.orgId,
    engagement_id: input.engagementId,
    title: input.title,
    state: "draft",
    version: 1,
    created_by: input.authorId,
    created_at: now,
    state_changed_at: now,
    ready_at: null,
    ready_override_reason: null,
    ready_override_by: null,
    claimed_by: null,
    claimed_version: null,
    claimed_at: null,
    release_ref: null,
    shipped_at: null,
    cancel_reason: null,
    cancelled_at: null,
  };
  await tx.insertInto("briefs").values(brief).execute();
  const version = await insertVersion(tx, { brief, n: 1, markdown: input.markdown, authorId: input.authorId, questionId: null });
  return { brief, version };
}

async function insertVersion(
  tx: Tx | Db,
  input: { brief: Pick<Brief, "id" | "org_id">; n: number; markdown: string; authorId: string; questionId: string | null },
): Promise<BriefVersion> {
  const v: BriefVersion = {
    id: newId(),
    org_id: input.brief.org_id,
    brief_id: input.brief.id,
    n: input.n,
    markdown: input.markdown,
    author_id: input.authorId,
    question_id: input.questionId,
    created_at: iso(),
  };
  await tx.insertInto("brief_versions").values(v).execute();
  return v;
}

/**
 * Saves a new version only if the brief is still at `expected`: a conditional
 * UPDATE whose affected-row count decides, so of two saves made from the same
 * version exactly one wins on either engine. Returns null for the loser.
 */
export async function saveVersion(
  tx: Tx | Db,
  brief: Pick<Brief, "id" | "org_id">,
  expected: number,
  input: { markdown: string; authorId: string; questionId?: string | null },
): Promise<BriefVersion | null> {
  const res = await tx
    .updateTable("briefs")
    .set({ version: expected + 1 })
    .where("id", "=", brief.id)
    .where("version", "=", expected)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return null;
  return insertVersion(tx, { brief, n: expected + 1, markdown: input.markdown, authorId: input.authorId, questionId: input.questionId ?? null });
}

export async function findVersion(db: Db | Tx, briefId: string, n: number): Promise<BriefVersion | undefined> {
  return db.selectFrom("brief_versions").selectAll().where("brief_id", "=", briefId).where("n", "=", n).executeTakeFirst();
}

/** Every version of a brief, oldest first. */
export async function listVersions(db: Db | Tx, briefId: string): Promise<BriefVersion[]> {
  return db.selectFrom("brief_versions").selectAll().where("brief_id", "=", briefId).orderBy("n").execute();
}

/**
 * Moves a brief from one of `from` to `to`, setting `patch` with it, only if
 * it is still in one of `from`: the affected-row count tells the caller
 * whether this request won (two claims at once → exactly one true).
 */
export async function moveBrief(
  tx: Tx | Db,
  id: string,
  from: readonly BriefState[],
  to: BriefState,
  patch: Partial<Omit<Brief, "id" | "org_id" | "engagement_id" | "state">> = {},
): Promise<boolean> {
  const res = await tx
    .updateTable("briefs")
    .set({ ...patch, state: to, state_changed_at: iso() })
    .where("id", "=", id)
    .where("state", "in", [...from])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Briefs in the given states across engagements the query allows, oldest change first. */
export async function briefsInStates(
  db: Db | Tx,
  actor: Actor,
  states: BriefState[],
  opts: { assignedAs?: "contractor" | "reviewer"; claimedBy?: string } = {},
): Promise<(Brief & { engagement_title: string })[]> {
  let q = db
    .selectFrom("briefs")
    .innerJoin("engagements", "engagements.id", "briefs.engagement_id")
    .selectAll("briefs")
    .select("engagements.title as engagement_title")
    .where("engagements.state", "=", "active")
    .where("briefs.state", "in", states)
    .orderBy("briefs.state_changed_at")
    .orderBy("briefs.id");
  if (opts.assignedAs) {
    const role = opts.assignedAs;
    q = q.where("briefs.engagement_id", "in", (eb) =>
      eb.selectFrom("engagement_people").select("engagement_id").where("user_id", "=", actor.id).where("role", "=", role),
    );
  }
  if (opts.claimedBy) q = q.where("briefs.claimed_by", "=", opts.claimedBy);
  if (actor.role !== "staff" && actor.role !== "contractor") q = q.where("briefs.org_id", "=", actor.orgId);
  return q.execute();
}
