/**
 * Shared working time of two people: per calendar date (each read in their own
 * zone, as the `handoff overlap` CLI does), over a run of days, and a visitor
 * against an office's next working day (public site).
 */
import { addDays, dateOfDay, dayNumber, isCivilDate } from "./civil.js";
import { toMs } from "./instant.js";
import { shiftsOn, workingIntervals } from "./intervals.js";
import type { HoursOptions, Instant, Interval, Person } from "./types.js";
import { localParts } from "./zone.js";

/** Overlap of two people on one calendar date. */
export interface DayOverlap {
  /** The calendar date, YYYY-MM-DD. */
  date: string;
  /** Shared working time, sorted, as instants. */
  intervals: Interval[];
  /** Sum of the intervals, ms. */
  totalMs: number;
}

/** Intersection of two sorted, non-overlapping interval lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

function total(list: readonly Interval[]): number {
  return list.reduce((s, iv) => s + iv.end - iv.start, 0);
}

/**
 * Shared working time of `a` and `b` on calendar date `day` (YYYY-MM-DD):
 * the shifts each starts on that date in their own zone, intersected.
 * Holidays and time off of either person remove their shifts.
 */
export function overlap(a: Person, b: Person, day: string, opts: HoursOptions = {}): DayOverlap {
  const n = dayNumber(day);
  const intervals = intersect(shiftsOn(a, n, opts), shiftsOn(b, n, opts));
  return { date: day, intervals, totalMs: total(intervals) };
}

/** overlap() for `days` consecutive dates starting at `fromDate` (e.g. 14 for a fortnight). */
export function overlapDays(a: Person, b: Person, fromDate: string, days: number, opts: HoursOptions = {}): DayOverlap[] {
  if (!isCivilDate(fromDate)) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(fromDate)}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  return Array.from({ length: days }, (_, i) => overlap(a, b, addDays(fromDate, i), opts));
}

/** A visitor's shared time with an office on the office's next working day. */
export interface OfficeOverlap extends DayOverlap {
  /** The office's working intervals that day (normally 09:00–17:00 local). */
  office: Interval[];
}

/**
 * The public site's "when could we talk": the office's next working day
 * (the first date after the office's local today with working time; office
 * hours default to Mon–Fri 09:00–17:00 and its public holidays count) and the
 * part of it that falls in the visitor's working hours, whatever the
 * visitor's local date is. `date` is the office's local date.
 */
export function overlapWithOffice(visitor: Person, office: Person, now: Instant, opts: HoursOptions = {}): OfficeOverlap {
  const n = toMs(now);
  const today = localParts(office.zone, n).day;
  for (let d = today + 1; d <= today + 60; d++) {
    const officeShifts = shiftsOn(office, d, opts);
    if (officeShifts.length === 0) continue;
    const from = officeShifts[0].start;
    const to = officeShifts[officeShifts.length - 1].end;
    const intervals = intersect(officeShifts, workingIntervals(visitor, from, to, opts));
    return { date: dateOfDay(d), office: officeShifts, intervals, totalMs: total(intervals) };
  }
  throw new RangeError("the office has no working day in the next 60 days");
}
