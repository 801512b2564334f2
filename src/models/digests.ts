import { sql } from "kysely";
import type { Db, Tx } from "../storage/database.js";
import type { DigestStateTable, DigestTable, EventTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Digest = DigestTable;
export type DigestState = DigestStateTable;

/** One line of a digest's "what waits on you". */
export interface DigestWaiting {
  kind: string;
  briefId: string;
  briefTitle: string;
  dueAt: string;
  state: string;
  /** "due Tue 10:00 JST · Mon 21:00 EDT for Sam Carter" as the recipient reads it. */
  due: string;
}

/** One line of "what moved since the last digest". */
export interface DigestMoved {
  at: string;
  summary: string;
  briefId: string | null;
}

export interface DigestBody {
  waiting: DigestWaiting[];
  moved: DigestMoved[];
}

export async function digestStateOf(db: Db | Tx, userId: string): Promise<DigestState | undefined> {
  return db.selectFrom("digest_state").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Records the slot considered (sent or skipped) and what the person has now seen. */
export async function saveDigestState(tx: Tx | Db, s: { userId: string; slotAt: number; lastEventSeq: number; fingerprint: string }): Promise<void> {
  const row = { user_id: s.userId, last_slot_at: iso(s.slotAt), last_event_seq: s.lastEventSeq, fingerprint: s.fingerprint, updated_at: iso() };
  const { user_id: _u, ...rest } = row;
  await tx.insertInto("digest_state").values(row).onConflict((oc) => oc.column("user_id").doUpdateSet(rest)).execute();
}

/** Stores a sent digest; false when this slot's digest already exists (a concurrent run). */
export async function insertDigest(tx: Tx | Db, d: { orgId: string; userId: string; slotAt: number; body: DigestBody }): Promise<Digest | null> {
  const exists = await tx.selectFrom("digests").select("id").where("user_id", "=", d.userId).where("slot_at", "=", iso(d.slotAt)).executeTakeFirst();
  if (exists) return null;
  const row: Digest = { id: newId(), org_id: d.orgId, user_id: d.userId, slot_at: iso(d.slotAt), body: JSON.stringify(d.body), created_at: iso() };
  await tx.insertInto("digests").values(row).execute();
  return row;
}

/** The person's own digests, newest first. */
export async function digestsOf(db: Db | Tx, userId: string, limit = 10): Promise<Digest[]> {
  return db.selectFrom("digests").selectAll().where("user_id", "=", userId).orderBy("slot_at", "desc").limit(limit).execute();
}

/** The highest event seq so far (0 when there are none). */
export async function maxEventSeq(db: Db | Tx): Promise<number> {
  const r = await db.selectFrom("events").select(sql<string | number | null>`max(seq)`.as("m")).executeTakeFirst();
  return Number(r?.m ?? 0);
}

/**
 * Events after `afterSeq` about the given engagements (events carry
 * engagementId in their data), not made by `exceptActor`, oldest first.
 */
export async function eventsSince(db: Db | Tx, engagementIds: readonly string[], afterSeq: number, exceptActor: string, limit = 200): Promise<EventTable[]> {
  if (!engagementIds.length) return [];
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where(sql<boolean>`seq > ${afterSeq}`)
    .where((eb) => eb.or([eb("actor_id", "is", null), eb("actor_id", "!=", exceptActor)]))
    // Narrow with LIKE (ids are UUIDs: no wildcards), then check the parsed data.
    .where((eb) => eb.or(engagementIds.map((id) => eb("data", "like", `%"engagementId":"${id}"%`))))
    .orderBy(sql`seq`)
    .limit(limit)
    .execute();
  const wanted = new Set(engagementIds);
  return rows
    .filter((r) => {
      try {
        return wanted.has(String((JSON.parse(r.data) as { engagementId?: unknown }).engagementId));
      } catch {
        return false;
      }
    });
}
