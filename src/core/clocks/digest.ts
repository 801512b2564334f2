/**
 * The daily digest's schedule and its "anything new?" rule. Each person gets
 * one at 08:30 their local time on each of their working days (a date on which
 * they have working hours that are not a public holiday or time off); on
 * travel, 08:30 in the zone they are in that day.
 */
import { dayContext, dayNumber, localParts, localToInstant, shiftsOn, type HoursOptions, type Instant, type Person } from "../hours/index.js";
import { addDays } from "../hours/index.js";
import { toMs } from "../hours/index.js";

/** 08:30, in minutes after local midnight. */
export const DIGEST_MINUTE = 8 * 60 + 30;

/** The digest instant on a local date, or null when the date is not a working day for the person. */
export function digestSlotOn(person: Person, date: string, opts: HoursOptions = {}): number | null {
  if (shiftsOn(person, date, opts).length === 0) return null;
  return localToInstant(dayContext(person, date).zone, dayNumber(date), DIGEST_MINUTE);
}

/**
 * A run this long after a slot still sends its digest (the runner was down at
 * 08:30): a morning digest at 15:00 still helps; Friday's on Sunday does not.
 */
export const DIGEST_GRACE_MS = 12 * 3_600_000;

/** The most recent digest instant at or before `now`, if it is at most DIGEST_GRACE_MS ago; else null. */
export function latestDigestSlot(person: Person, now: Instant, opts: HoursOptions = {}): number | null {
  const n = toMs(now);
  const today = localParts(person.zone, n).date;
  // One date ahead covers a travel zone east of home that already reached the next day.
  for (let i = 1; i >= -7; i--) {
    const slot = digestSlotOn(person, addDays(today, i), opts);
    if (slot !== null && slot <= n) return n - slot <= DIGEST_GRACE_MS ? slot : null;
  }
  return null;
}

/** The next digest instant strictly after `after` (within 60 days), or null. */
export function nextDigestSlot(person: Person, after: Instant, opts: HoursOptions = {}): number | null {
  const a = toMs(after);
  const today = localParts(person.zone, a).date;
  for (let i = -1; i <= 60; i++) {
    const slot = digestSlotOn(person, addDays(today, i), opts);
    if (slot !== null && slot > a) return slot;
  }
  return null;
}

/** What a digest run decides for one person. */
export type DigestDecision = "not_due" | "unchanged" | "send";

/**
 * "not_due" until a digest slot newer than the last one considered has come;
 * then "unchanged" when no event moved since the last digest and the waiting
 * list (items and their due states) is the same; otherwise "send".
 */
export function digestDecision(input: {
  slot: number | null;
  lastSlot: number | null;
  fingerprint: string;
  lastFingerprint: string | null;
  newEvents: number;
}): DigestDecision {
  if (input.slot === null || (input.lastSlot !== null && input.slot <= input.lastSlot)) return "not_due";
  if (input.newEvents === 0 && input.fingerprint === (input.lastFingerprint ?? "")) return "unchanged";
  return "send";
}

/** A stable summary of a waiting list: "kind:subject:state" sorted, for "did anything change?". */
export function waitingFingerprint(items: readonly { kind: string; subjectId: string; state: string }[]): string {
  return items
    .map((i) => `${i.kind}:${i.subjectId}:${i.state}`)
    .sort()
    .join("|");
}
