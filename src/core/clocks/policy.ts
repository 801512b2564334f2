/**
 * Engagement clock policy: how long each kind of waiting item may wait, in
 * working days of the person who owes the next move.
 *
 * A "working day" is the owner's own average working day: the working time of
 * their weekly schedule divided by the number of weekdays they work (8 h for
 * the default Mon–Fri 09:00–17:00; 9 h for someone on 09:00–18:00). So "1
 * working day" started Monday 11:00 ends Tuesday 11:00 for anyone with the
 * same hours every day, and the clock only runs inside their working
 * intervals (nights, weekends, public holidays and time off pause it).
 */
import { resolveHours, type Person } from "../hours/index.js";

/** The kinds of waiting item a clock runs for. */
export type ClockKind = "answer" | "review" | "changes" | "start";

/** Every kind, in the order pages list them. */
export const CLOCK_KINDS: readonly ClockKind[] = ["answer", "review", "changes", "start"];

/** Working days allowed per kind, and the optional auto-accept. */
export interface ClockPolicy {
  /** Client reviewer answers a contractor's question. */
  answerDays: number;
  /** Reviewer reviews a submitted deliverable. */
  reviewDays: number;
  /** Contractor addresses requested changes (submits the next round). */
  changesDays: number;
  /** Contractor shows work (note, question, comment or deliverable) after claiming. */
  startDays: number;
  /** Accept a deliverable after this many working days of reviewer silence; null = off. */
  autoAcceptDays: number | null;
}

/** Defaults of every engagement until staff change them. */
export const DEFAULT_POLICY: Readonly<ClockPolicy> = Object.freeze({
  answerDays: 1,
  reviewDays: 2,
  changesDays: 2,
  startDays: 1,
  autoAcceptDays: null,
});

/** Words for each kind: what the owner owes. */
export const KIND_LABELS: Record<ClockKind, string> = {
  answer: "Answer the question",
  review: "Review the deliverable",
  changes: "Address the requested changes",
  start: "Start the claimed brief",
};

/** Working days the policy allows for one kind. */
export function daysFor(policy: ClockPolicy, kind: ClockKind): number {
  switch (kind) {
    case "answer":
      return policy.answerDays;
    case "review":
      return policy.reviewDays;
    case "changes":
      return policy.changesDays;
    case "start":
      return policy.startDays;
  }
}

/** The owner's working day in ms: weekly working time / weekdays worked (see the file comment). */
export function workingDayMs(owner: Pick<Person, "hours">): number {
  const r = resolveHours(owner);
  const days = r.byWeekday.filter((d) => d.length > 0).length;
  return days === 0 ? 8 * 3_600_000 : Math.round((r.weeklyMinutes / days) * 60_000);
}

/** Working time (ms of the owner's clock) a kind may wait under a policy. */
export function allowanceMs(policy: ClockPolicy, kind: ClockKind, owner: Pick<Person, "hours">): number {
  return Math.round(daysFor(policy, kind) * workingDayMs(owner));
}

/** Where an auto-accept clock stands: reminders at 50 % and 90 % of N, acceptance at 100 %. */
export type AutoAcceptStage = "none" | "reminder_50" | "reminder_90" | "accept";

/** The stage reached after `elapsedMs` of the reviewer's working time out of `totalMs`. */
export function autoAcceptStage(elapsedMs: number, totalMs: number): AutoAcceptStage {
  if (totalMs <= 0) return "none";
  if (elapsedMs >= totalMs) return "accept";
  if (elapsedMs >= 0.9 * totalMs) return "reminder_90";
  if (elapsedMs >= 0.5 * totalMs) return "reminder_50";
  return "none";
}
