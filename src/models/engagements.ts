import type { Actor } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { EngagementPersonTable, EngagementTable, EventTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";
import type { User } from "./users.js";

export type Engagement = EngagementTable;
export type EngagementPerson = EngagementPersonTable;

/** An engagement with the people assigned to it: what policies decide on. */
export interface EngagementRecord extends Engagement {
  people: EngagementPerson[];
}

/** What an ended engagement says about itself. */
export interface EngagementSummary {
  briefsShipped: number;
  briefsCancelled: number;
  /** Review rounds per brief id. */
  rounds: Record<string, number>;
  questionsAsked: number;
}

/** Loads an engagement with its people, no tenant filter: callers authorize() it. */
export async function findEngagement(db: Db | Tx, id: string): Promise<EngagementRecord | undefined> {
  const e = await db.selectFrom("engagements").selectAll().where("id", "=", id).executeTakeFirst();
  if (!e) return undefined;
  const people = await db.selectFrom("engagement_people").selectAll().where("engagement_id", "=", id).orderBy("created_at").execute();
  return { ...e, people };
}

/**
 * Engagements the actor may see: staff all, clients their organisation's,
 * contractors those they are assigned to. Newest first.
 */
export async function listEngagementsFor(db: Db | Tx, actor: Actor): Promise<Engagement[]> {
  let q = db.selectFrom("engagements").selectAll("engagements").orderBy("engagements.created_at", "desc");
  if (actor.role === "contractor") {
    q = q.where("engagements.id", "in", (eb) =>
      eb.selectFrom("engagement_people").select("engagement_id").where("user_id", "=", actor.id).where("role", "=", "contractor"),
    );
  } else if (actor.role !== "staff") {
    q = q.where("engagements.org_id", "=", actor.orgId);
  }
  return q.execute();
}

/** One organisation's engagements (the caller authorized the organisation), newest first. */
export async function listOrgEngagements(db: Db | Tx, orgId: string): Promise<Engagement[]> {
  return db.selectFrom("engagements").selectAll().where("org_id", "=", orgId).orderBy("created_at", "desc").orderBy("id").execute();
}

export async function insertEngagement(
  tx: Tx | Db,
  input: { orgId: string; title: string; scope: string; createdBy: string; contractorIds: string[]; reviewerIds: string[] },
): Promise<EngagementRecord> {
  const now = iso();
  const e: Engagement = {
    id: newId(),
    org_id: input.orgId,
    title: input.title,
    scope: input.scope,
    state: "active",
    created_by: input.createdBy,
    created_at: now,
    ended_at: null,
    summary: null,
  };
  await tx.insertInto("engagements").values(e).execute();
  const people: EngagementPerson[] = [
    ...[...new Set(input.contractorIds)].map((user_id) => ({ role: "contractor" as const, user_id })),
    ...[...new Set(input.reviewerIds)].map((user_id) => ({ role: "reviewer" as const, user_id })),
  ].map((p) => ({ id: newId(), org_id: input.orgId, engagement_id: e.id, user_id: p.user_id, role: p.role, created_at: now }));
  if (people.length) await tx.insertInto("engagement_people").values(people).execute();
  return { ...e, people };
}

/** Ends an engagement once; returns false when it had already ended. */
export async function endEngagement(tx: Tx | Db, id: string, summary: EngagementSummary, at: string): Promise<boolean> {
  const res = await tx
    .updateTable("engagements")
    .set({ state: "ended", ended_at: at, summary: JSON.stringify(summary) })
    .where("id", "=", id)
    .where("state", "=", "active")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Everyone on an engagement: the client organisation's people, assigned contractors and reviewers. */
export async function engagementPeople(db: Db | Tx, e: EngagementRecord): Promise<(User & { parts: string[] })[]> {
  const ids = e.people.map((p) => p.user_id);
  const users = await db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb.or([eb("org_id", "=", e.org_id), ...(ids.length ? [eb("id", "in", ids)] : [])]))
    .orderBy("name")
    .execute();
  return users.map((u) => ({
    ...u,
    parts: [
      ...(u.org_id === e.org_id ? ["client"] : []),
      ...e.people.filter((p) => p.user_id === u.id).map((p) => p.role),
    ],
  }));
}

/**
 * The engagement's events in their total order (seq, then time, then id).
 * Events carry engagementId in their JSON data; the org filter uses the index
 * and the LIKE narrows to this engagement (ids are UUIDs: no wildcards).
 */
export async function engagementEvents(db: Db | Tx, e: Engagement): Promise<EventTable[]> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("org_id", "=", e.org_id)
    .where("data", "like", `%"engagementId":"${e.id}"%`)
    .orderBy("seq")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.filter((r) => {
    try {
      return (JSON.parse(r.data) as { engagementId?: string }).engagementId === e.id;
    } catch {
      return false;
    }
  });
}
