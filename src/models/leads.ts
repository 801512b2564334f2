import type { Actor } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { LeadStatus, LeadStatusChangeTable, LeadTable } from "../storage/schema.js";
import { hashSecret, iso, newId, newSecret } from "./support.js";

export type Lead = LeadTable;
export type LeadStatusChange = LeadStatusChangeTable;
export type { LeadStatus };

/** Every status, in the order of the sales flow. */
export const LEAD_STATUSES: readonly LeadStatus[] = ["new", "contacted", "won", "lost"];

/** A readiness report link works for 90 days. */
export const REPORT_TTL_MS = 90 * 24 * 3600 * 1000;

/** At most this many accepted /contact posts per IP in CONTACT_WINDOW_MS. */
export const CONTACT_LIMIT = 5;
export const CONTACT_WINDOW_MS = 3600 * 1000;

/** What the intake stores; the assessment is added later by saveAssessment(). */
export interface NewLead {
  orgId: string;
  name: string;
  email: string;
  company: string;
  website: string | null;
  timezone: string;
  timezoneGiven: string | null;
  hoursStart: string;
  hoursEnd: string;
  project: string;
  finished: string;
  answers: Record<string, unknown>;
  ticket: string | null;
}

/** Stores a new lead with status "new"; returns it and the report token (shown once, only its hash is kept). */
export async function insertLead(db: Db | Tx, input: NewLead, now: number): Promise<{ lead: Lead; token: string }> {
  const token = newSecret();
  const lead: Lead = {
    id: newId(),
    org_id: input.orgId,
    report_token_hash: hashSecret(token),
    report_expires_at: iso(now + REPORT_TTL_MS),
    status: "new",
    name: input.name,
    email: input.email,
    company: input.company,
    website: input.website,
    timezone: input.timezone,
    timezone_given: input.timezoneGiven,
    hours_start: input.hoursStart,
    hours_end: input.hoursEnd,
    project: input.project,
    finished: input.finished,
    answers: JSON.stringify(input.answers),
    ticket: input.ticket,
    score: null,
    level: null,
    report: null,
    created_at: iso(now),
    updated_at: iso(now),
  };
  await db.insertInto("leads").values(lead).execute();
  return { lead, token };
}

/** Loads one lead by id without a tenant filter: callers authorize() it (staff only). */
export async function findLead(db: Db | Tx, id: string): Promise<Lead | undefined> {
  return db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The lead behind a report link: "unknown" and "expired" read the same to the visitor. */
export async function findLeadByToken(db: Db | Tx, token: string, now: number): Promise<{ state: "valid"; lead: Lead } | { state: "unknown" | "expired" }> {
  const lead = await db.selectFrom("leads").selectAll().where("report_token_hash", "=", hashSecret(token)).executeTakeFirst();
  if (!lead) return { state: "unknown" };
  if (lead.report_expires_at <= iso(now)) return { state: "expired" };
  return { state: "valid", lead };
}

/** Stores the computed assessment of a lead. */
export async function saveAssessment(db: Db | Tx, id: string, a: { score: number; level: string; report: unknown }, now: number): Promise<void> {
  await db
    .updateTable("leads")
    .set({ score: a.score, level: a.level, report: JSON.stringify(a.report), updated_at: iso(now) })
    .where("id", "=", id)
    .execute();
}

export interface LeadFilter {
  level?: string;
  status?: LeadStatus;
}

/** Leads the actor may see, newest first: every lead for staff, none for anyone else. */
export async function listLeads(db: Db | Tx, actor: Actor, filter: LeadFilter = {}, limit = 1000): Promise<Lead[]> {
  if (actor.role !== "staff") return [];
  let q = db.selectFrom("leads").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(limit);
  if (filter.level) q = q.where("level", "=", filter.level);
  if (filter.status) q = q.where("status", "=", filter.status);
  return q.execute();
}

/** Moves a lead from `from` to `to`; false when someone else changed it first. */
export async function updateLeadStatus(db: Db | Tx, id: string, from: LeadStatus, to: LeadStatus, now: number): Promise<boolean> {
  const res = await db.updateTable("leads").set({ status: to, updated_at: iso(now) }).where("id", "=", id).where("status", "=", from).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertStatusChange(db: Db | Tx, c: Omit<LeadStatusChange, "id" | "created_at">, now: number): Promise<LeadStatusChange> {
  const row: LeadStatusChange = { id: newId(), ...c, created_at: iso(now) };
  await db.insertInto("lead_status_changes").values(row).execute();
  return row;
}

/** Status history of an already-authorized lead, oldest first, with the author's name. */
export async function listStatusChanges(db: Db | Tx, lead: Lead): Promise<(LeadStatusChange & { author_name: string | null })[]> {
  const rows = await db
    .selectFrom("lead_status_changes")
    .leftJoin("users", "users.id", "lead_status_changes.author_id")
    .selectAll("lead_status_changes")
    .select("users.name as author_name")
    .where("lead_status_changes.lead_id", "=", lead.id)
    .where("lead_status_changes.org_id", "=", lead.org_id)
    .execute();
  // Statuses only move forward, so within one timestamp the flow order is the true order.
  return rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || LEAD_STATUSES.indexOf(a.from_status) - LEAD_STATUSES.indexOf(b.from_status));
}

/** Client IPs are kept only as hashes. */
export const ipKey = (ip: string): string => hashSecret(`contact:${ip}`);

/** Records one accepted /contact post from an IP and prunes rows older than the window. */
export async function recordSubmission(db: Db | Tx, ip: string, now: number): Promise<void> {
  await db.insertInto("contact_submissions").values({ id: newId(), ip_key: ipKey(ip), at: iso(now) }).execute();
  await db.deleteFrom("contact_submissions").where("at", "<", iso(now - CONTACT_WINDOW_MS)).execute();
}

/**
 * When the IP has used up its submissions in the window, the seconds until the
 * oldest counted one leaves it; otherwise null.
 */
export async function contactLockedFor(db: Db | Tx, ip: string, now: number): Promise<number | null> {
  const rows = await db
    .selectFrom("contact_submissions")
    .select("at")
    .where("ip_key", "=", ipKey(ip))
    .where("at", ">", iso(now - CONTACT_WINDOW_MS))
    .orderBy("at", "desc")
    .limit(CONTACT_LIMIT)
    .execute();
  if (rows.length < CONTACT_LIMIT) return null;
  const oldest = Date.parse(rows[rows.length - 1].at);
  return Math.max(1, Math.ceil((oldest + CONTACT_WINDOW_MS - now) / 1000));
}
