/**
 * Shared working time of two people from now on, for the engagement's people
 * panel. Counted on instants, not calendar dates: a Los Angeles afternoon and
 * the next Tokyo morning are the same hour even though their dates differ, so
 * date-by-date intersection would report "no overlap" for such pairs.
 */
import { intersect, localParts, workingIntervals, type HoursOptions, type Interval, type Person } from "../hours/index.js";
import { zoneOn } from "./display.js";

const DAY_MS = 86_400_000;

/** Two people's shared working time over a run of 24-hour spans. */
export interface SharedTime {
  /** The shared intervals, sorted. */
  intervals: Interval[];
  /** Their sum, ms. */
  totalMs: number;
  /** On how many dates shared time starts, read in `a`'s zone (travel included). */
  days: number;
}

/**
 * Working time `a` and `b` share in [from, from + days × 24 h), each in their
 * own zone, hours, holidays, time off and travel.
 */
export function sharedWorkingTime(a: Person, b: Person, from: number, days: number, opts: HoursOptions = {}): SharedTime {
  const to = from + days * DAY_MS;
  const intervals = intersect(workingIntervals(a, from, to, opts), workingIntervals(b, from, to, opts));
  const dates = new Set(intervals.map((iv) => localParts(zoneOn(a, iv.start), iv.start).date));
  return { intervals, totalMs: intervals.reduce((s, iv) => s + iv.end - iv.start, 0), days: dates.size };
}
