import { sql } from "kysely";
import type { Db, Tx } from "../storage/database.js";

/** New leads from /contact nobody has picked up yet. */
export async function countNewLeads(db: Db | Tx): Promise<number> {
  const r = await db.selectFrom("leads").select((eb) => eb.fn.countAll().as("n")).where("status", "=", "new").executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** An active engagement with clocks past their due time. */
export interface OverdueEngagement {
  engagement_id: string;
  title: string;
  org_name: string;
  /** Running clocks past due. */
  overdue: number;
  /** The earliest due time among them (ISO). */
  oldest_due_at: string;
}

/**
 * Active engagements whose running clocks are past due at `nowIso`, most
 * overdue first. Staff only: it reads every organisation.
 */
export async function overdueEngagements(db: Db | Tx, nowIso: string): Promise<OverdueEngagement[]> {
  const rows = await db
    .selectFrom("clocks")
    .innerJoin("engagements", "engagements.id", "clocks.engagement_id")
    .innerJoin("orgs", "orgs.id", "engagements.org_id")
    .select(["clocks.engagement_id as engagement_id", "engagements.title as title", "orgs.name as org_name"])
    .select((eb) => [eb.fn.countAll().as("overdue"), eb.fn.min("clocks.due_at").as("oldest_due_at")])
    .where("clocks.stopped_at", "is", null)
    .where("clocks.due_at", "<=", nowIso)
    .where("engagements.state", "=", "active")
    .groupBy(["clocks.engagement_id", "engagements.title", "orgs.name"])
    .orderBy(sql`min(clocks.due_at)`)
    .execute();
  return rows.map((r) => ({ ...r, overdue: Number(r.overdue), oldest_due_at: String(r.oldest_due_at) }));
}
