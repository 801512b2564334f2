import type { Db, Tx } from "../storage/database.js";
import type { EventTable } from "../storage/schema.js";
import { fanOut } from "./outbox.js";
import { iso, newId } from "./support.js";

export type EventRow = EventTable;

export interface NewEvent {
  orgId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  data?: Record<string, unknown>;
  /**
   * Delivery-only data (a single-use link's path): goes into the outbox
   * payload of the e-mail, never into the event log others can read.
   */
  secret?: Record<string, unknown>;
}

/**
 * Appends an event and its outbox rows (fanOut). Call it inside the transaction
 * of the change it records: the event and the messages that announce it commit
 * or vanish together. Called outside a transaction, it opens one.
 */
export async function recordEvent(tx: Tx | Db, e: NewEvent): Promise<EventRow> {
  if (!tx.isTransaction) return (tx as Db).transaction().execute((t) => recordEvent(t, e));
  const row: EventRow = {
    id: newId(),
    org_id: e.orgId,
    actor_id: e.actorId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    summary: e.summary,
    data: JSON.stringify(e.data ?? {}),
    created_at: iso(),
    seq: await nextEventSeq(tx),
  };
  await tx.insertInto("events").values(row).execute();
  await fanOut(tx, row, e.secret);
  return row;
}

/**
 * The next event sequence number: max + 1, read inside the writing
 * transaction. An event written after another committed always sorts after
 * it; two concurrent transactions may share a number (PostgreSQL), and those
 * unrelated events are then ordered by created_at and id.
 */
async function nextEventSeq(tx: Tx | Db): Promise<number> {
  const row = await tx.selectFrom("events").select((eb) => eb.fn.max("seq").as("m")).executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

export async function eventsForEntity(db: Db | Tx, orgId: string, entityType: string, entityId: string): Promise<EventRow[]> {
  return db
    .selectFrom("events")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("entity_type", "=", entityType)
    .where("entity_id", "=", entityId)
    .orderBy("seq")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}
