import { z } from "zod";
import { countByState } from "../../models/outbox.js";
import { countNewLeads, overdueEngagements } from "../../models/staff-queue.js";
import type { Db } from "../../storage/database.js";

/** What waits on the consultancy as a whole (staff inbox), beside the brief items. */
export interface StaffQueue {
  /** Leads from /contact still "new". */
  newLeads: { count: number; url: string };
  /** Outbox messages that gave up (dead-lettered) and wait for a replay or a fix. */
  deadDeliveries: { count: number; url: string };
  /** Active engagements with running clocks past due, most overdue first. */
  overdueEngagements: { engagementId: string; title: string; orgName: string; overdue: number; oldestDueAt: string; url: string }[];
}

/**
 * The staff queue: counts with links to the pages that work them, and the
 * engagements whose clocks are overdue. Clocks are brought up to date by the
 * inbox's due-time pass before this runs.
 */
export async function staffQueue(db: Db, now: number): Promise<StaffQueue> {
  const [leads, counts, overdue] = await Promise.all([countNewLeads(db), countByState(db), overdueEngagements(db, new Date(now).toISOString())]);
  return {
    newLeads: { count: leads, url: "/staff/leads?status=new" },
    deadDeliveries: { count: counts.dead, url: "/staff/deliveries?state=dead" },
    overdueEngagements: overdue.map((e) => ({
      engagementId: e.engagement_id,
      title: e.title,
      orgName: e.org_name,
      overdue: e.overdue,
      oldestDueAt: e.oldest_due_at,
      url: `/engagements/${e.engagement_id}`,
    })),
  };
}

const link = z.object({
  /** How many. */
  count: z.number(),
  /** The page that lists them. */
  url: z.string(),
});

/** Response schema of the staff queue (GET /api/v1/me/inbox, staff only). */
export const staffQueueResponse = z.object({
  /** Leads still "new". */
  newLeads: link,
  /** Dead-lettered deliveries. */
  deadDeliveries: link,
  /** Engagements with overdue clocks. */
  overdueEngagements: z.array(
    z.object({
      engagementId: z.string(),
      title: z.string(),
      /** The client organisation. */
      orgName: z.string(),
      /** Running clocks past due. */
      overdue: z.number(),
      /** Earliest due time among them (ISO). */
      oldestDueAt: z.string(),
      url: z.string(),
    }),
  ),
});
