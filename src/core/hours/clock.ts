/**
 * Due-time arithmetic on a person's working clock: the clock runs only inside
 * their working intervals and pauses outside them (nights, weekends, public
 * holidays, time off).
 */
import { toMs } from "./instant.js";
import { intervalsFrom, workingIntervals } from "./intervals.js";
import type { HoursOptions, Instant, Person } from "./types.js";

/** How close (in the owner's working time) a due time counts as "due soon": 4 h. */
export const DUE_SOON_MS = 4 * 3_600_000;

/** Where a due time stands for its owner. */
export type DueState = "on_track" | "due_soon" | "overdue";

/**
 * The instant at which `duration` ms of the person's working time have passed
 * since `start`: the earliest t with workingTimeBetween(start, t) = duration.
 *
 * For duration > 0 the result lies in a working interval [s, e) with
 * s < t ≤ e: it may be an interval's end (17:00 sharp), never the start of
 * the next one. Duration 0 returns `start` unchanged. Walks whole intervals
 * (one or two per working day), never minutes. Throws RangeError for a
 * negative duration or when no working time is found within ~10 years.
 */
export function addWorkingTime(person: Person, start: Instant, duration: number, opts: HoursOptions = {}): number {
  const from = toMs(start);
  if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`duration must be ≥ 0 ms, got ${duration}`);
  if (duration === 0) return from;
  let remaining = duration;
  for (const iv of intervalsFrom(person, from, opts)) {
    const len = iv.end - iv.start;
    if (remaining <= len) return iv.start + remaining;
    remaining -= len;
  }
  throw new RangeError("no working time found within ten years; check the person's hours and time off");
}

/**
 * Working time (ms) of the person between two instants. Negative when b is
 * before a, so workingTimeBetween(a, b) = −workingTimeBetween(b, a).
 */
export function workingTimeBetween(person: Person, a: Instant, b: Instant, opts: HoursOptions = {}): number {
  const x = toMs(a);
  const y = toMs(b);
  if (y < x) return -workingTimeBetween(person, y, x, opts);
  let total = 0;
  for (const iv of intervalsFrom(person, x, opts)) {
    if (iv.start >= y) break;
    total += Math.min(iv.end, y) - iv.start;
  }
  return total;
}

/** Working time the person has left before `due` (0 once it has passed). */
export function remainingWorkingTime(person: Person, due: Instant, now: Instant, opts: HoursOptions = {}): number {
  return Math.max(0, workingTimeBetween(person, now, due, opts));
}

/**
 * A running clock whose owner's hours change (travel override added, zone or
 * schedule edited): the working time left under the old record is kept and
 * the due time is recomputed under the new one. A due time already passed
 * stays as it is.
 */
export function rescheduleDue(
  before: Person,
  after: Person,
  due: Instant,
  now: Instant,
  opts: HoursOptions = {},
): number {
  const d = toMs(due);
  const n = toMs(now);
  if (n >= d) return d;
  return addWorkingTime(after, n, remainingWorkingTime(before, d, n, opts), opts);
}

/**
 * "overdue" once now ≥ due; "due_soon" while at most DUE_SOON_MS of the
 * owner's working time is left; otherwise "on_track".
 */
export function dueState(owner: Person, due: Instant, now: Instant, opts: HoursOptions = {}): DueState {
  const d = toMs(due);
  const n = toMs(now);
  if (n >= d) return "overdue";
  return workingTimeBetween(owner, n, d, opts) <= DUE_SOON_MS ? "due_soon" : "on_track";
}

/** True when `now` falls inside one of the person's working intervals. */
export function isWorkingNow(person: Person, now: Instant, opts: HoursOptions = {}): boolean {
  const n = toMs(now);
  return workingIntervals(person, n, n + 1, opts).length > 0;
}

/** Start of the person's next working interval at or after `from` (from itself when working). */
export function nextWorkingStart(person: Person, from: Instant, opts: HoursOptions = {}): number {
  for (const iv of intervalsFrom(person, toMs(from), opts)) return iv.start;
  throw new RangeError("no working time found within ten years; check the person's hours and time off");
}
