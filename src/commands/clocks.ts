/**
 * Clocks on waiting items: kept in step with the work (started when an item
 * starts waiting, stopped when it no longer does), rescheduled when an owner's
 * hours change, and ticked for the optional auto-accept.
 *
 * syncClocks() derives the clocks from the records themselves (questions,
 * rounds, reviews, claims) instead of hooks in every command, so a clock can
 * never be forgotten by a new code path and the rule lives in one place
 * (core/clocks waitingItems). It runs before anything shows or sends due times.
 */
import type { Actor } from "../core/actor.js";
import { AppError } from "../core/errors.js";
import {
  DUE_STATE_LABELS,
  KIND_LABELS,
  allowanceMs,
  autoAcceptStage,
  clockKey,
  dueText,
  waitingItems,
  workingDayMs,
  zoneOn,
  type ClockKind,
  type ClockParty,
  type ClockPolicy,
} from "../core/clocks/index.js";
import { addWorkingTime, dueState, personProblems, rescheduleDue, usesDefaultHours, workingTimeBetween, type DueState, type Person } from "../core/hours/index.js";
import { moveBrief } from "../models/briefs.js";
import {
  clockPolicies,
  existingClockKeys,
  insertClock,
  markReminded,
  runningClocks,
  saveClockPolicy,
  setClockDue,
  stopClocks,
  waitingFacts,
  type Clock,
} from "../models/clocks.js";
import { closeRound, findDeliverable, insertReview } from "../models/deliverables.js";
import type { EngagementRecord } from "../models/engagements.js";
import { recordEvent } from "../models/events.js";
import { personFromUser, updateTimeProfile, usersByIds, type TimeProfile } from "../models/people.js";
import { findUserById } from "../models/users.js";
import { authorize } from "../policies/authorize.js";
import { engagementPolicy } from "../policies/engagement.js";
import { userPolicy } from "../policies/user.js";
import type { Db } from "../storage/database.js";
import { criteriaAt } from "./deliverables.js";

/**
 * Starts a clock for every item that waits and has none yet (a stopped clock
 * is never restarted: a new round is a new item), and stops running clocks
 * whose item no longer waits. `orgIds` narrows the work to some tenants.
 */
export async function syncClocks(db: Db, now: number, orgIds?: readonly string[]): Promise<void> {
  const facts = await waitingFacts(db, orgIds);
  const items = waitingItems(facts);
  const running = await runningClocks(db, { orgIds });
  const wanted = new Set(items.map(clockKey));
  const stale = running.filter((c) => !wanted.has(clockKey({ kind: c.kind, subjectId: c.subject_id })));
  const known = await existingClockKeys(db, items.map((i) => i.subjectId));
  const fresh = items.filter((i) => !known.has(clockKey(i)));
  if (!stale.length && !fresh.length) return;
  const policies = await clockPolicies(db, fresh.map((i) => i.engagementId));
  const owners = await usersByIds(db, fresh.map((i) => i.ownerId));
  await db.transaction().execute(async (tx) => {
    await stopClocks(tx, stale.map((c) => c.id), now);
    for (const item of fresh) {
      const owner = owners.get(item.ownerId);
      if (!owner) continue;
      const person = safePerson(personFromUser(owner));
      const allowed = allowanceMs(policies.get(item.engagementId)!, item.kind, person);
      await insertClock(tx, item, allowed, addWorkingTime(person, item.startedAt, allowed));
    }
  });
}

/** A record the engine cannot use (a zone that vanished from the tz data) falls back to UTC default hours. */
export function safePerson(p: Person): Person {
  return personProblems(p).length ? { zone: "UTC" } : p;
}

/**
 * The signed-in person changes their zone, hours, holiday country, time off
 * or travel. Every clock they own keeps the working time it had left and gets
 * a new due time under the new record (a travelling reviewer's clock follows
 * them); due times already passed stay.
 */
export async function changeTimeProfile(db: Db, actor: Actor, profile: TimeProfile, now: number): Promise<void> {
  const before = authorize(userPolicy, actor, "update", await findUserById(db, actor.id));
  await syncClocks(db, now);
  await db.transaction().execute(async (tx) => {
    await updateTimeProfile(tx, before.id, profile);
    const after = (await findUserById(tx, before.id))!;
    const was = safePerson(personFromUser(before));
    const is = safePerson(personFromUser(after));
    for (const c of await runningClocks(tx, { ownerId: before.id })) {
      const due = rescheduleDue(was, is, Date.parse(c.due_at), now);
      if (due !== Date.parse(c.due_at)) await setClockDue(tx, c.id, due);
    }
  });
}

/**
 * Staff set an engagement's clock policy at `now`. Allowances apply to clocks
 * started from now on; auto-accept applies to rounds already waiting too, but
 * their N working days count from now when it is turned on or N changes (so a
 * round is never accepted without its reminders), and off stops it at once.
 */
export async function setClockPolicy(db: Db, actor: Actor, e: EngagementRecord, policy: ClockPolicy, now: number = Date.now()): Promise<void> {
  authorize(engagementPolicy, actor, "read", e);
  if (actor.role !== "staff") throw new AppError(403, "forbidden", "Only consultancy staff change an engagement's clock policy.");
  await db.transaction().execute(async (tx) => {
    await saveClockPolicy(tx, e, policy, actor.id, now);
    const auto = policy.autoAcceptDays === null ? "auto-accept off" : `auto-accept after ${policy.autoAcceptDays} working day(s)`;
    await recordEvent(tx, {
      orgId: e.org_id,
      actorId: actor.id,
      action: "engagement.clock_policy_changed",
      entityType: "engagement",
      entityId: e.id,
      summary: `${actor.name} set the clocks of "${e.title}": answer ${policy.answerDays}, review ${policy.reviewDays}, changes ${policy.changesDays}, start ${policy.startDays} working day(s); ${auto}`,
      data: { engagementId: e.id, policy },
    });
  });
}

/** What one tick did, for the CLI. */
export interface TickResult {
  reminders: number;
  autoAccepted: number;
}

/**
 * Auto-accept, where an engagement turned it on: a review clock whose
 * reviewer stayed silent for 50 % / 90 % of N working days sends a reminder
 * (an event, so it reaches every channel), and at 100 % the round is accepted
 * on every criterion, with the reason written on the review. N counts from
 * the round's submission, or from when auto-accept was turned on (or N
 * changed) if that is later. Each reminder goes out at most once per round; a
 * tick that finds both thresholds passed (the ticker was down) sends only the
 * 90 % one.
 */
export async function tickClocks(db: Db, now: number): Promise<TickResult> {
  await syncClocks(db, now);
  const result: TickResult = { reminders: 0, autoAccepted: 0 };
  const reviews = (await runningClocks(db)).filter((c) => c.kind === "review");
  const policies = await clockPolicies(db, reviews.map((c) => c.engagement_id));
  const owners = await usersByIds(db, reviews.map((c) => c.owner_id));
  for (const c of reviews) {
    const policy = policies.get(c.engagement_id);
    const days = policy?.autoAcceptDays ?? null;
    const owner = owners.get(c.owner_id);
    if (days === null || !owner) continue;
    const person = safePerson(personFromUser(owner));
    const total = Math.round(days * workingDayMs(person));
    const from = Math.max(Date.parse(c.started_at), policy?.autoAcceptSince ?? 0);
    if (from > now) continue;
    const stage = autoAcceptStage(workingTimeBetween(person, from, now), total);
    if (stage === "accept") result.autoAccepted += (await autoAccept(db, c, days, now)) ? 1 : 0;
    else if (stage !== "none") result.reminders += (await remind(db, c, stage === "reminder_90" ? 90 : 50, days, addWorkingTime(person, from, total))) ? 1 : 0;
  }
  return result;
}

async function remind(db: Db, c: Clock, level: 50 | 90, days: number, acceptAt: number): Promise<boolean> {
  const d = await findDeliverable(db, c.subject_id);
  if (!d) return false;
  return db.transaction().execute(async (tx) => {
    if (!(await markReminded(tx, c.id, level))) return false;
    await recordEvent(tx, {
      orgId: c.org_id,
      actorId: null,
      action: "deliverable.auto_accept_reminder",
      entityType: "deliverable",
      entityId: d.id,
      summary: `Round ${d.round} of "${d.brief.title}" waits for review: ${level} % of the ${days} working day(s) before it is accepted automatically`,
      data: { engagementId: c.engagement_id, briefId: c.brief_id, deliverableId: d.id, percent: level, dueAt: new Date(acceptAt).toISOString(), reviewerId: c.owner_id },
    });
    return true;
  });
}

async function autoAccept(db: Db, c: Clock, days: number, now: number): Promise<boolean> {
  const d = await findDeliverable(db, c.subject_id);
  if (!d || d.state !== "in_review") return false;
  const criteria = await criteriaAt(db, d.brief_id, d.brief_version);
  return db.transaction().execute(async (tx) => {
    if (!(await closeRound(tx, d.id, "accepted"))) return false;
    if (!(await moveBrief(tx, d.brief_id, ["in_review"], "accepted"))) throw new AppError(409, "illegal_transition", "The brief left review while it was being accepted.");
    const summary = `Accepted automatically: no review within ${days} working day(s) of the reviewer.`;
    const review = await insertReview(tx, {
      orgId: d.org_id,
      deliverableId: d.id,
      briefId: d.brief_id,
      reviewerId: c.owner_id,
      verdicts: criteria.map((k) => ({ criterionId: k.id, verdict: "accepted" as const, comment: "" })),
      summary,
      outcome: "accepted",
    });
    await stopClocks(tx, [c.id], now);
    await recordEvent(tx, {
      orgId: d.org_id,
      actorId: null,
      action: "brief.accepted",
      entityType: "deliverable",
      entityId: d.id,
      summary: `Round ${d.round} of "${d.brief.title}" was accepted automatically after ${days} working day(s) without review`,
      data: { engagementId: c.engagement_id, briefId: d.brief_id, deliverableId: d.id, reviewId: review.id, round: d.round, outcome: "accepted", from: "in_review", to: "accepted", auto: true },
    });
    return true;
  });
}

/** A running clock as a reader sees it. */
export interface DueItem {
  clockId: string;
  kind: ClockKind;
  /** "Answer the question", … */
  label: string;
  briefId: string;
  briefTitle: string;
  engagementId: string;
  /** The question, deliverable or review id (or "<brief>@<claim ms>"). */
  subjectId: string;
  startedAt: string;
  dueAt: string;
  state: DueState;
  /** "on track" / "due within 4 working hours" / "overdue". */
  stateLabel: string;
  /** "due Tue 10:00 JST · Mon 21:00 EDT for you". */
  text: string;
  ownerId: string;
  ownerName: string;
  /** The owner's zone at the due time (travel included). */
  ownerZone: string;
  /** True when the owner set no working hours and Mon–Fri 09:00–17:00 is assumed. */
  ownerDefaultHours: boolean;
}

/** Presents running clocks to one reader (zone = the reader's own), soonest due first. */
export async function presentClocks(db: Db, clocks: readonly Clock[], reader: Actor, now: number): Promise<DueItem[]> {
  const users = await usersByIds(db, clocks.flatMap((c) => [c.owner_id, ...(c.waiter_id ? [c.waiter_id] : [])]));
  const briefIds = [...new Set(clocks.map((c) => c.brief_id))];
  const titles = new Map(
    briefIds.length ? (await db.selectFrom("briefs").select(["id", "title"]).where("id", "in", briefIds).execute()).map((b) => [b.id, b.title]) : [],
  );
  const party = (id: string | null): ClockParty | null => {
    const u = id ? users.get(id) : undefined;
    return u ? { id: u.id, name: u.name, person: safePerson(personFromUser(u)) } : null;
  };
  const out: DueItem[] = [];
  for (const c of clocks) {
    const owner = party(c.owner_id);
    if (!owner) continue;
    const due = Date.parse(c.due_at);
    const state = dueState(owner.person, due, now);
    out.push({
      clockId: c.id,
      kind: c.kind,
      label: KIND_LABELS[c.kind],
      briefId: c.brief_id,
      briefTitle: titles.get(c.brief_id) ?? "",
      engagementId: c.engagement_id,
      subjectId: c.subject_id,
      startedAt: c.started_at,
      dueAt: c.due_at,
      state,
      stateLabel: DUE_STATE_LABELS[state],
      text: dueText(due, owner, party(c.waiter_id), reader.id, reader.timezone, now),
      ownerId: owner.id,
      ownerName: owner.name,
      ownerZone: zoneOn(owner.person, due),
      ownerDefaultHours: usesDefaultHours(owner.person),
    });
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.clockId < b.clockId ? -1 : 1));
}

/** What waits on the actor (clocks they owe), soonest due first; clocks are brought up to date first. */
export async function waitingOn(db: Db, actor: Actor, now: number): Promise<DueItem[]> {
  await syncClocks(db, now);
  return presentClocks(db, await runningClocks(db, { ownerId: actor.id }), actor, now);
}

/** Running clocks of one brief the caller has already authorized, as the actor reads them. */
export async function briefClocks(db: Db, actor: Actor, brief: { id: string; org_id: string }, now: number): Promise<DueItem[]> {
  await syncClocks(db, now, [brief.org_id]);
  return presentClocks(db, await runningClocks(db, { briefId: brief.id }), actor, now);
}

/** Demo people's public-holiday countries: their clocks pause on their own holidays. */
export const DEMO_HOLIDAY_COUNTRIES: Record<string, string> = {
  "staff@cleansystems.example": "DK",
  "dewi@cleansystems.example": "ID",
  "sam@cleansystems.example": "US",
  "yamada@sakura-payments.example": "JP",
  "aiko@sakura-payments.example": "JP",
  "freja@nordlys.example": "DK",
  "mads@nordlys.example": "DK",
};

/** Extends the demo seed with holiday countries (only where none is set). */
export async function seedDemoTime(db: Db): Promise<void> {
  for (const [email, country] of Object.entries(DEMO_HOLIDAY_COUNTRIES)) {
    await db.updateTable("users").set({ holiday_country: country }).where("email_key", "=", email).where("holiday_country", "is", null).execute();
  }
}

/** The soonest running clock per brief of one engagement (already authorized), as the actor reads it. */
export async function engagementDue(db: Db, actor: Actor, e: { id: string; org_id: string }, now: number): Promise<Map<string, DueItem>> {
  await syncClocks(db, now, [e.org_id]);
  const clocks = (await runningClocks(db, { orgIds: [e.org_id] })).filter((c) => c.engagement_id === e.id);
  const out = new Map<string, DueItem>();
  for (const d of await presentClocks(db, clocks, actor, now)) if (!out.has(d.briefId)) out.set(d.briefId, d);
  return out;
}

/** Which clock an inbox entry of each kind waits on. */
const INBOX_CLOCK: Record<string, ClockKind> = { question: "answer", review: "review", feedback: "changes", work: "start" };

/**
 * Inbox entries with the due time of the clock the actor owes for each, sorted
 * soonest due first (overdue on top); entries without a clock follow, oldest first.
 */
export async function withDueTimes<T extends { kind: string; briefId: string; questionId?: string; since: string }>(
  db: Db,
  actor: Actor,
  items: readonly T[],
  now: number,
): Promise<(T & { due?: DueItem })[]> {
  const mine = await waitingOn(db, actor, now);
  const out = items.map((i) => {
    const kind = INBOX_CLOCK[i.kind];
    const due = kind ? mine.find((d) => d.kind === kind && (kind === "answer" ? d.subjectId === i.questionId : d.briefId === i.briefId)) : undefined;
    return due ? { ...i, due } : { ...i };
  });
  const key = (i: { due?: DueItem; since: string }) => (i.due ? `0${i.due.dueAt}` : `1${i.since}`);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
