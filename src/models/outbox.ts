import { sql } from "kysely";
import { linearComment, type EmailPayload, type LinearOp, type Notice, type SlackPayload, type WebhookPayload } from "../core/notice.js";
import type { Db, Engine, Tx } from "../storage/database.js";
import type { EventTable, OutboxState, OutboxTable } from "../storage/schema.js";
import { channelConfig, channelEvents, channelsFor, subscribed, type Channel } from "./channels.js";
import { iso, newId } from "./support.js";

export type OutboxMessage = OutboxTable;

/**
 * Process-wide switches for fan-out, set at start-up by `serve`/`worker` (and by
 * tests): commands call recordEvent() without knowing about SMTP.
 */
const options = { email: false };

/** Turns e-mail rows on when SMTP_URL is configured. */
export function configureOutbox(o: { email: boolean }): void {
  options.email = o.email;
}

/** Events that send a transactional e-mail to the address in their data. */
const TRANSACTIONAL: Record<string, EmailPayload["template"]> = {
  "invitation.created": "invitation",
  "user.password_reset_requested": "reset",
};

let counter = 0;
/** Creation-order key: epoch ms + a per-process counter (ordering is per destination and brief). */
function nextSeq(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${String(now).padStart(15, "0")}.${String(counter).padStart(6, "0")}`;
}

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

function noticeOf(e: EventTable, data: Record<string, unknown>, actorName: string | null, brief?: { title: string; state: string }): Notice {
  const briefId = str(data.briefId);
  const engagementId = str(data.engagementId);
  return {
    eventId: e.id,
    action: e.action,
    summary: e.summary,
    actorName,
    orgId: e.org_id,
    briefId,
    briefTitle: str(data.briefTitle) ?? str(data.title) ?? brief?.title ?? null,
    engagementId,
    state: str(data.state) ?? str(data.to) ?? brief?.state ?? null,
    dueAt: str(data.dueAt),
    path: str(data.path) ?? (briefId ? `/briefs/${briefId}` : engagementId ? `/engagements/${engagementId}` : null),
    occurredAt: e.created_at,
    data,
  };
}

interface NewMessage {
  orgId: string;
  eventId: string | null;
  channelId: string | null;
  kind: OutboxMessage["kind"];
  destination: string;
  briefId: string | null;
  payload: unknown;
}

/** Inserts messages due now; call inside the transaction that made them necessary. */
export async function enqueue(tx: Db | Tx, msgs: NewMessage[], now = Date.now()): Promise<OutboxMessage[]> {
  if (!msgs.length) return [];
  const at = iso(now);
  const rows: OutboxMessage[] = msgs.map((m) => {
    const id = newId();
    return {
      id,
      org_id: m.orgId,
      event_id: m.eventId,
      channel_id: m.channelId,
      kind: m.kind,
      destination: m.destination.slice(0, 400),
      brief_id: m.briefId,
      seq: nextSeq(now),
      payload: JSON.stringify(m.payload),
      idempotency_key: id,
      state: "pending",
      attempts: 0,
      next_attempt_at: at,
      lease_until: null,
      locked_by: null,
      last_error: null,
      last_status: null,
      created_at: at,
      updated_at: at,
      sent_at: null,
    };
  });
  await tx.insertInto("outbox").values(rows).execute();
  return rows;
}

/** The message a channel gets for a notice, or null when this channel does not carry it. */
export function messageFor(c: Channel, n: Notice): Omit<NewMessage, "orgId" | "eventId">[] {
  const base = { channelId: c.id, kind: c.kind, briefId: n.briefId };
  switch (c.kind) {
    case "webhook": {
      const payload: WebhookPayload = {
        body: JSON.stringify({ type: n.action, timestamp: n.occurredAt, data: { ...n.data, eventId: n.eventId, orgId: n.orgId, summary: n.summary, actor: n.actorName, ...(n.test ? { test: true } : {}) } }),
      };
      return [{ ...base, destination: `webhook:${c.id}`, payload }];
    }
    case "slack": {
      const payload: SlackPayload = { notice: n };
      return [{ ...base, destination: `slack:${c.id}`, payload }];
    }
    case "linear": {
      // One issue per brief, from the moment it is ready: drafts stay out of Linear.
      if (!n.briefId || n.state === "draft" || n.action === "brief.created" || n.action === "brief.edited") return [];
      const comment = linearComment(n);
      const payload: LinearOp = { op: comment ? "comment" : "sync", notice: n, ...(comment ? { comment } : {}) };
      return [{ ...base, destination: `linear:${c.id}`, payload }];
    }
    case "email": {
      if (!options.email) return [];
      return (channelConfig(c).recipients ?? []).map((to) => {
        const payload: EmailPayload = { template: n.test ? "test" : "notification", to, notice: n };
        return { ...base, destination: `email:${to.toLowerCase()}`, payload };
      });
    }
  }
}

/**
 * Writes, in the caller's transaction, one outbox row per channel configured
 * for the event's organisation (and engagement) and subscribed to its type,
 * plus the transactional e-mail of invitations and password resets. `secret`
 * (a single-use link) goes into the e-mail payload only, never the event log.
 */
export async function fanOut(tx: Db | Tx, e: EventTable, secret?: Record<string, unknown>): Promise<OutboxMessage[]> {
  const data = JSON.parse(e.data) as Record<string, unknown>;
  const channels = (await channelsFor(tx, e.org_id, str(data.engagementId))).filter((c) => subscribed(channelEvents(c), e.action));
  const template = TRANSACTIONAL[e.action];
  const mailTo = options.email && template ? str(data.email) : null;
  if (!channels.length && !mailTo) return [];
  const actor = e.actor_id ? await tx.selectFrom("users").select("name").where("id", "=", e.actor_id).executeTakeFirst() : undefined;
  // Brief events carry ids; the title and current state come from the brief (briefs table, issue #5).
  const briefId = str(data.briefId);
  const brief = briefId
    ? (await sql<{ title: string; state: string }>`SELECT title, state FROM briefs WHERE id = ${briefId}`.execute(tx)).rows[0]
    : undefined;
  const n = noticeOf(e, data, actor?.name ?? null, brief);
  const msgs: NewMessage[] = [];
  if (mailTo) {
    const payload: EmailPayload = { template, to: mailTo, notice: n, ...(str(secret?.linkPath) ? { linkPath: str(secret?.linkPath)! } : {}) };
    msgs.push({ orgId: e.org_id, eventId: e.id, channelId: null, kind: "email", destination: `email:${mailTo.toLowerCase()}`, briefId: null, payload });
  }
  for (const c of channels) for (const m of messageFor(c, n)) msgs.push({ ...m, orgId: e.org_id, eventId: e.id });
  return enqueue(tx, msgs, Date.parse(e.created_at) || Date.now());
}

/** Enqueues a test message for one channel ("send test" on the settings page). */
export async function enqueueTest(tx: Db | Tx, c: Channel, actorName: string, now = Date.now()): Promise<OutboxMessage[]> {
  const n: Notice = {
    eventId: newId(),
    action: "channel.test",
    summary: `${actorName} sent a test message to ${c.name}`,
    actorName,
    orgId: c.org_id,
    briefId: null,
    briefTitle: null,
    engagementId: c.engagement_id,
    state: null,
    dueAt: null,
    path: "/",
    occurredAt: iso(now),
    data: {},
    test: true,
  };
  if (c.kind === "linear") {
    // Linear has nothing to create without a brief: the test checks the key and team by posting nothing but a lookup.
    return enqueue(tx, [{ orgId: c.org_id, eventId: null, channelId: c.id, kind: "linear", destination: `linear:${c.id}`, briefId: null, payload: { op: "check", notice: n } }], now);
  }
  if (c.kind === "email") {
    const to = channelConfig(c).recipients ?? [];
    return enqueue(
      tx,
      to.map((addr) => ({ orgId: c.org_id, eventId: null, channelId: c.id, kind: "email" as const, destination: `email:${addr.toLowerCase()}`, briefId: null, payload: { template: "test", to: addr, notice: n } })),
      now,
    );
  }
  return enqueue(tx, messageFor(c, n).map((m) => ({ ...m, orgId: c.org_id, eventId: null })), now);
}

/**
 * Claims up to `limit` due messages for one worker: pending ones whose time
 * has come and sending ones whose worker's lease ran out (it died). A message
 * waits while an older undelivered message to the same destination about the
 * same brief exists (per-brief order); other briefs are not held up.
 * PostgreSQL: FOR UPDATE SKIP LOCKED lets any number of workers claim at once.
 * SQLite: the single writer lock makes the UPDATE … RETURNING a claim.
 */
export async function claimDue(db: Db, engine: Engine, workerId: string, limit: number, leaseMs: number, now = Date.now()): Promise<OutboxMessage[]> {
  const at = iso(now);
  const lease = iso(now + leaseMs);
  const lock = engine === "postgres" ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const res = await sql<OutboxMessage>`
    UPDATE outbox SET state = 'sending', locked_by = ${workerId}, lease_until = ${lease}, updated_at = ${at}
    WHERE id IN (
      SELECT o.id FROM outbox o
      WHERE ((o.state = 'pending' AND o.next_attempt_at <= ${at}) OR (o.state = 'sending' AND o.lease_until < ${at}))
        AND NOT EXISTS (
          SELECT 1 FROM outbox p
          WHERE p.destination = o.destination AND p.brief_id = o.brief_id AND p.seq < o.seq AND p.state IN ('pending', 'sending')
        )
      ORDER BY o.next_attempt_at, o.seq
      LIMIT ${limit}
      ${lock}
    )
    RETURNING *`.execute(db);
  return res.rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

/** Records a delivered message; false when this worker no longer held it. */
export async function markSent(db: Db, m: OutboxMessage, workerId: string, status: number | null, now = Date.now()): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    // locked_by stays: it names the worker that delivered the message.
    .set({ state: "sent", attempts: m.attempts + 1, sent_at: iso(now), updated_at: iso(now), last_status: status, last_error: null, lease_until: null })
    .where("id", "=", m.id)
    .where("locked_by", "=", workerId)
    .where("state", "=", "sending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a failed attempt: back to pending at `nextAt`, or dead-lettered when nextAt is null. */
export async function markFailed(
  db: Db,
  m: OutboxMessage,
  workerId: string,
  f: { error: string; status: number | null; nextAt: number | null },
  now = Date.now(),
): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    .set({
      state: f.nextAt === null ? "dead" : "pending",
      attempts: m.attempts + 1,
      next_attempt_at: iso(f.nextAt ?? now),
      last_error: f.error.slice(0, 4000),
      last_status: f.status,
      updated_at: iso(now),
      lease_until: null,
      locked_by: null,
    })
    .where("id", "=", m.id)
    .where("locked_by", "=", workerId)
    .where("state", "=", "sending")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Dead-letters a message without counting an attempt (its channel is gone or disabled). */
export async function markUndeliverable(db: Db, m: OutboxMessage, workerId: string, error: string, now = Date.now()): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ state: "dead", last_error: error, updated_at: iso(now), lease_until: null, locked_by: null })
    .where("id", "=", m.id)
    .where("locked_by", "=", workerId)
    .execute();
}

export interface MessageFilter {
  state?: OutboxState;
  kind?: OutboxMessage["kind"];
  channelId?: string;
  limit?: number;
  offset?: number;
}

/** Messages for the staff deliveries page, newest first. */
export async function listMessages(db: Db | Tx, f: MessageFilter = {}): Promise<OutboxMessage[]> {
  let q = db.selectFrom("outbox").selectAll();
  if (f.state) q = q.where("state", "=", f.state);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.channelId) q = q.where("channel_id", "=", f.channelId);
  return q
    .orderBy("created_at", "desc")
    .orderBy("seq", "desc")
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .execute();
}

/** Message counts per state (optionally of one channel). */
export async function countByState(db: Db | Tx, channelId?: string): Promise<Record<OutboxState, number>> {
  let q = db.selectFrom("outbox").select(["state", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("state");
  if (channelId) q = q.where("channel_id", "=", channelId);
  const out: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, dead: 0 };
  for (const r of await q.execute()) out[r.state] = Number(r.n);
  return out;
}

export async function findMessage(db: Db | Tx, id: string): Promise<OutboxMessage | undefined> {
  return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Puts dead-lettered messages back in the queue, due now, with a fresh attempt count. */
export async function replayDead(db: Db | Tx, where: { id?: string; channelId?: string }, now = Date.now()): Promise<number> {
  let q = db
    .updateTable("outbox")
    .set({ state: "pending", attempts: 0, next_attempt_at: iso(now), updated_at: iso(now), last_error: null })
    .where("state", "=", "dead");
  if (where.id) q = q.where("id", "=", where.id);
  if (where.channelId) q = q.where("channel_id", "=", where.channelId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Reserves the next send slot of a rate-limited destination across every
 * worker: one atomic UPDATE moves the slot forward by `intervalMs` and returns
 * when this sender may go (epoch ms).
 */
export async function reserveSlot(db: Db, destination: string, intervalMs: number, now = Date.now()): Promise<number> {
  await db.insertInto("outbox_throttle").values({ destination, next_ms: 0 }).onConflict((oc) => oc.column("destination").doNothing()).execute();
  const r = await sql<{ next_ms: string | number }>`
    UPDATE outbox_throttle SET next_ms = (CASE WHEN next_ms > ${now} THEN next_ms ELSE ${now} END) + ${intervalMs}
    WHERE destination = ${destination} RETURNING next_ms`.execute(db);
  return Number(r.rows[0].next_ms) - intervalMs;
}
