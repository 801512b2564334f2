/**
 * Clock policies and clock rows, and the facts (briefs, questions, rounds,
 * signs of work) the waiting-item rules in core/clocks read.
 */
import { DEFAULT_POLICY, type BriefFacts, type ClockKind, type ClockPolicy, type EngagementFacts, type WaitingItem } from "../core/clocks/index.js";
import type { Db, Tx } from "../storage/database.js";
import type { ClockTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Clock = ClockTable;

const ms = (s: string): number => Date.parse(s);

/** A stored policy with who changed it last, and since when auto-accept runs with its current N. */
export type StoredClockPolicy = ClockPolicy & {
  updatedAt: string | null;
  updatedBy: string | null;
  /** When auto-accept was turned on or its N last changed (ms); null when off or saved before this was kept. */
  autoAcceptSince: number | null;
};

/** The engagement's policy, or the defaults when staff never changed it. */
export async function clockPolicyOf(db: Db | Tx, engagementId: string): Promise<StoredClockPolicy> {
  const row = await db.selectFrom("clock_policies").selectAll().where("engagement_id", "=", engagementId).executeTakeFirst();
  if (!row) return { ...DEFAULT_POLICY, updatedAt: null, updatedBy: null, autoAcceptSince: null };
  return {
    answerDays: Number(row.answer_days),
    reviewDays: Number(row.review_days),
    changesDays: Number(row.changes_days),
    startDays: Number(row.start_days),
    autoAcceptDays: row.auto_accept_days === null ? null : Number(row.auto_accept_days),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    autoAcceptSince: row.auto_accept_since ? ms(row.auto_accept_since) : null,
  };
}

/** Policies of several engagements at once (defaults filled in). */
export async function clockPolicies(db: Db | Tx, engagementIds: readonly string[]): Promise<Map<string, StoredClockPolicy>> {
  const out = new Map<string, StoredClockPolicy>();
  for (const id of new Set(engagementIds)) out.set(id, await clockPolicyOf(db, id));
  return out;
}

/**
 * Inserts or replaces an engagement's policy at `now`. Turning auto-accept on
 * or changing its N restarts the auto-accept countdown of waiting rounds at
 * `now`; other changes keep it.
 */
export async function saveClockPolicy(tx: Tx | Db, e: { id: string; org_id: string }, p: ClockPolicy, by: string, now: number = Date.now()): Promise<void> {
  const before = await tx.selectFrom("clock_policies").select(["auto_accept_days", "auto_accept_since"]).where("engagement_id", "=", e.id).executeTakeFirst();
  const was = before?.auto_accept_days === null || before?.auto_accept_days === undefined ? null : Number(before.auto_accept_days);
  const since = p.autoAcceptDays === null ? null : was === p.autoAcceptDays ? (before?.auto_accept_since ?? null) : iso(now);
  const row = {
    engagement_id: e.id,
    org_id: e.org_id,
    answer_days: p.answerDays,
    review_days: p.reviewDays,
    changes_days: p.changesDays,
    start_days: p.startDays,
    auto_accept_days: p.autoAcceptDays,
    auto_accept_since: since,
    updated_by: by,
    updated_at: iso(now),
  };
  const { engagement_id: _id, ...rest } = row;
  await tx
    .insertInto("clock_policies")
    .values(row)
    .onConflict((oc) => oc.column("engagement_id").doUpdateSet(rest))
    .execute();
}

/**
 * Everything the waiting-item rules need about active engagements (of
 * `orgIds` when given), read in a handful of queries.
 */
export async function waitingFacts(db: Db | Tx, orgIds?: readonly string[]) {
  let eq = db.selectFrom("engagements").select(["id", "org_id"]).where("state", "=", "active");
  if (orgIds) {
    if (!orgIds.length) return { engagements: [], briefs: [], questions: [], deliverables: [], reviews: [], signs: [] };
    eq = eq.where("org_id", "in", [...orgIds]);
  }
  const es = await eq.execute();
  const eIds = es.map((e) => e.id);
  const empty = { engagements: [] as EngagementFacts[], briefs: [] as BriefFacts[], questions: [], deliverables: [], reviews: [], signs: [] };
  if (!eIds.length) return empty;
  const people = await db.selectFrom("engagement_people").select(["engagement_id", "user_id", "role", "created_at"]).where("engagement_id", "in", eIds).orderBy("created_at").orderBy("id").execute();
  const clients = await db
    .selectFrom("users")
    .select(["id", "org_id", "role"])
    .where("org_id", "in", [...new Set(es.map((e) => e.org_id))])
    .where("role", "in", ["client-owner", "client-member"])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const engagements: EngagementFacts[] = es.map((e) => ({
    id: e.id,
    orgId: e.org_id,
    reviewerIds: people.filter((p) => p.engagement_id === e.id && p.role === "reviewer").map((p) => p.user_id),
    clientIds: [...clients.filter((c) => c.org_id === e.org_id && c.role === "client-owner"), ...clients.filter((c) => c.org_id === e.org_id && c.role === "client-member")].map((c) => c.id),
  }));
  const bs = await db
    .selectFrom("briefs")
    .select(["id", "engagement_id", "state", "claimed_by", "claimed_at"])
    .where("engagement_id", "in", eIds)
    .where("state", "not in", ["draft", "shipped", "cancelled"])
    .execute();
  const briefs: BriefFacts[] = bs.map((b) => ({ id: b.id, engagementId: b.engagement_id, state: b.state, claimedBy: b.claimed_by, claimedAt: b.claimed_at ? ms(b.claimed_at) : null }));
  const bIds = briefs.map((b) => b.id);
  if (!bIds.length) return { ...empty, engagements };
  const qs = await db.selectFrom("questions").select(["id", "brief_id", "author_id", "created_at", "answered_at"]).where("brief_id", "in", bIds).execute();
  const ds = await db.selectFrom("deliverables").select(["id", "brief_id", "author_id", "state", "created_at"]).where("brief_id", "in", bIds).execute();
  const rs = await db.selectFrom("reviews").select(["id", "brief_id", "reviewer_id", "outcome", "created_at"]).where("brief_id", "in", bIds).execute();
  const cs = await db.selectFrom("comments").select(["brief_id", "author_id", "created_at"]).where("brief_id", "in", bIds).execute();
  const ns = await db.selectFrom("handoff_notes").select(["brief_id", "author_id", "created_at"]).where("brief_id", "in", bIds).execute();
  return {
    engagements,
    briefs,
    questions: qs.map((q) => ({ id: q.id, briefId: q.brief_id, authorId: q.author_id, createdAt: ms(q.created_at), answered: q.answered_at !== null })),
    deliverables: ds.map((d) => ({ id: d.id, briefId: d.brief_id, authorId: d.author_id, state: d.state, createdAt: ms(d.created_at) })),
    reviews: rs.map((r) => ({ id: r.id, briefId: r.brief_id, reviewerId: r.reviewer_id, outcome: r.outcome, createdAt: ms(r.created_at) })),
    signs: [...qs, ...ds, ...cs, ...ns].map((s) => ({ briefId: s.brief_id, authorId: s.author_id, at: ms(s.created_at) })),
  };
}

/** Clock rows of the given organisations (all when omitted) that are still running. */
export async function runningClocks(db: Db | Tx, filter: { orgIds?: readonly string[]; ownerId?: string; briefId?: string } = {}): Promise<Clock[]> {
  let q = db.selectFrom("clocks").selectAll().where("stopped_at", "is", null);
  if (filter.orgIds) {
    if (!filter.orgIds.length) return [];
    q = q.where("org_id", "in", [...filter.orgIds]);
  }
  if (filter.ownerId) q = q.where("owner_id", "=", filter.ownerId);
  if (filter.briefId) q = q.where("brief_id", "=", filter.briefId);
  return q.orderBy("due_at").orderBy("id").execute();
}

/** Every clock (running or stopped) of one brief, newest first. */
export async function clocksOfBrief(db: Db | Tx, briefId: string): Promise<Clock[]> {
  return db.selectFrom("clocks").selectAll().where("brief_id", "=", briefId).orderBy("started_at", "desc").orderBy("id").execute();
}

/** Keys (kind:subject) of clocks that exist, running or stopped, among the given subjects. */
export async function existingClockKeys(db: Db | Tx, subjectIds: readonly string[]): Promise<Set<string>> {
  if (!subjectIds.length) return new Set();
  const rows = await db.selectFrom("clocks").select(["kind", "subject_id"]).where("subject_id", "in", [...new Set(subjectIds)]).execute();
  return new Set(rows.map((r) => `${r.kind}:${r.subject_id}`));
}

/** Starts a clock; a concurrent start of the same one is ignored (unique kind + subject). */
export async function insertClock(tx: Tx | Db, item: WaitingItem, allowedMs: number, dueAt: number): Promise<void> {
  const now = iso();
  await tx
    .insertInto("clocks")
    .values({
      id: newId(),
      org_id: item.orgId,
      engagement_id: item.engagementId,
      brief_id: item.briefId,
      kind: item.kind as ClockKind,
      subject_id: item.subjectId,
      owner_id: item.ownerId,
      waiter_id: item.waiterId,
      started_at: iso(item.startedAt),
      allowed_ms: allowedMs,
      due_at: iso(dueAt),
      stopped_at: null,
      reminded: 0,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["kind", "subject_id"]).doNothing())
    .execute();
}

/** Stops running clocks by id (the item no longer waits). */
export async function stopClocks(tx: Tx | Db, ids: readonly string[], at: number): Promise<void> {
  if (!ids.length) return;
  await tx.updateTable("clocks").set({ stopped_at: iso(at) }).where("id", "in", [...ids]).where("stopped_at", "is", null).execute();
}

/** A new due time for a running clock (its owner's hours changed). */
export async function setClockDue(tx: Tx | Db, id: string, dueAt: number): Promise<void> {
  await tx.updateTable("clocks").set({ due_at: iso(dueAt) }).where("id", "=", id).execute();
}

/** Records an auto-accept reminder once: false when this level was already sent. */
export async function markReminded(tx: Tx | Db, id: string, level: 50 | 90): Promise<boolean> {
  const r = await tx.updateTable("clocks").set({ reminded: level }).where("id", "=", id).where("reminded", "<", level).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
