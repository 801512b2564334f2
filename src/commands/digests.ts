/**
 * The daily digest: at 08:30 local on each of a person's working days, what
 * waits on them (with due times in their zone and the other party's) and what
 * moved since their last digest. Nothing is sent when nothing changed. Sent
 * through the outbox as an e-mail when e-mail is configured, and always kept
 * for /inbox/digest.
 */
import type { Actor } from "../core/actor.js";
import { digestDecision, latestDigestSlot, nextDigestSlot, waitingFingerprint, type DigestDecision } from "../core/clocks/index.js";
import type { Notice } from "../core/notice.js";
import {
  digestStateOf,
  eventsSince,
  insertDigest,
  maxEventSeq,
  saveDigestState,
  type DigestBody,
} from "../models/digests.js";
import { listEngagementsFor } from "../models/engagements.js";
import { enqueue } from "../models/outbox.js";
import { personFromUser } from "../models/people.js";
import { iso } from "../models/support.js";
import { toActor, type User } from "../models/users.js";
import type { Db } from "../storage/database.js";
import { presentClocks, safePerson, syncClocks } from "./clocks.js";
import { runningClocks } from "../models/clocks.js";

/** What a run did per person. */
export interface DigestRunResult {
  sent: string[];
  unchanged: string[];
  notDue: number;
}

/** The digest the person would get now: waiting items and events since their last digest. */
export async function digestContent(db: Db, actor: Actor, now: number, afterSeq: number, uptoSeq: number): Promise<{ body: DigestBody; fingerprint: string }> {
  const waiting = await presentClocks(db, await runningClocks(db, { ownerId: actor.id }), actor, now);
  const engagements = (await listEngagementsFor(db, actor)).map((e) => e.id);
  const events = (await eventsSince(db, engagements, afterSeq, actor.id)).filter((e) => Number(e.seq ?? 0) <= uptoSeq);
  const body: DigestBody = {
    waiting: waiting.map((w) => ({ kind: w.kind, briefId: w.briefId, briefTitle: w.briefTitle, dueAt: w.dueAt, state: w.state, due: `${w.text} (${w.stateLabel})` })),
    moved: events.map((e) => {
      let briefId: string | null = null;
      try {
        const b = (JSON.parse(e.data) as { briefId?: unknown }).briefId;
        briefId = typeof b === "string" ? b : null;
      } catch {
        // not JSON: no link
      }
      return { at: e.created_at, summary: e.summary, briefId };
    }),
  };
  return { body, fingerprint: waitingFingerprint(waiting.map((w) => ({ kind: w.kind, subjectId: w.subjectId, state: w.state }))) };
}

/** Decides and, when due and something changed, sends one person's digest. */
export async function digestFor(db: Db, user: User, now: number, opts: { email: boolean; maxSeq: number }): Promise<DigestDecision> {
  const person = safePerson(personFromUser(user));
  const slot = latestDigestSlot(person, now);
  const state = await digestStateOf(db, user.id);
  const lastSlot = state?.last_slot_at ? Date.parse(state.last_slot_at) : null;
  if (slot === null || (lastSlot !== null && slot <= lastSlot)) return "not_due";
  const actor = toActor(user);
  const afterSeq = Number(state?.last_event_seq ?? 0);
  const { body, fingerprint } = await digestContent(db, actor, now, afterSeq, opts.maxSeq);
  const decision = digestDecision({ slot, lastSlot, fingerprint, lastFingerprint: state?.fingerprint ?? null, newEvents: body.moved.length });
  await db.transaction().execute(async (tx) => {
    await saveDigestState(tx, { userId: user.id, slotAt: slot, lastEventSeq: Math.max(afterSeq, opts.maxSeq), fingerprint });
    if (decision !== "send") return;
    const digest = await insertDigest(tx, { orgId: user.org_id, userId: user.id, slotAt: slot, body });
    if (!digest || !opts.email) return;
    const notice: Notice = {
      eventId: digest.id,
      action: "digest",
      summary: `Your Handoff digest: ${body.waiting.length} waiting on you, ${body.moved.length} moved`,
      actorName: null,
      orgId: user.org_id,
      briefId: null,
      briefTitle: null,
      engagementId: null,
      state: null,
      dueAt: null,
      path: "/inbox/digest",
      occurredAt: iso(now),
      data: {},
    };
    const lines = [
      ...body.waiting.map((w) => `Waiting on you: ${w.briefTitle}: ${w.due}`),
      ...body.moved.map((m) => `Moved: ${m.summary}`),
    ];
    await enqueue(tx, [{ orgId: user.org_id, eventId: null, channelId: null, kind: "email", destination: `email:${user.email.toLowerCase()}`, briefId: null, payload: { template: "digest", to: user.email, notice, lines } }], now);
  });
  return decision;
}

/** One pass over everyone: `handoff digest run` calls it every few minutes (or once with --now). */
export async function runDigests(db: Db, now: number, opts: { email: boolean }): Promise<DigestRunResult> {
  await syncClocks(db, now);
  const maxSeq = await maxEventSeq(db);
  const users = await db.selectFrom("users").selectAll().where("password_hash", "is not", null).orderBy("created_at").orderBy("id").execute();
  const result: DigestRunResult = { sent: [], unchanged: [], notDue: 0 };
  for (const u of users) {
    const d = await digestFor(db, u, now, { email: opts.email, maxSeq });
    if (d === "send") result.sent.push(u.email);
    else if (d === "unchanged") result.unchanged.push(u.email);
    else result.notDue++;
  }
  return result;
}

/** When the person's next digest goes out (epoch ms), or null. */
export function nextDigestAt(user: User, now: number): number | null {
  return nextDigestSlot(safePerson(personFromUser(user)), now);
}
