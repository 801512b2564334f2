/**
 * Turning a person into working intervals (instants). Shifts are laid out per
 * local calendar date: the shifts that start on date D use the zone in force on
 * D (home or travel), and vanish when D is a public holiday or time off. The
 * stream of intervals is sorted and merged, so callers can walk it forward.
 */
import { dateOfDay, dayNumber, weekdayOfDay } from "./civil.js";
import { publicHolidays } from "./holidays.js";
import { toMs } from "./instant.js";
import { resolveHours, type ResolvedHours } from "./schedule.js";
import type { HoursOptions, Instant, Interval, Person } from "./types.js";
import { assertZone, localToInstant } from "./zone.js";

const DAY_MS = 86_400_000;
/** Scanning this many dates without finding working time means there is none. */
const MAX_EMPTY_DAYS = 3660;

/** Zone and holiday country in force for shifts starting on `date`. */
export function dayContext(person: Person, date: string): { zone: string; holidayCountry: string | null } {
  let zone = person.zone;
  let holidayCountry = person.holidayCountry ?? null;
  for (const t of person.travel ?? []) {
    if (t.from <= date && date <= t.to) {
      zone = t.zone;
      if (t.holidayCountry !== undefined) holidayCountry = t.holidayCountry;
    }
  }
  return { zone, holidayCountry };
}

/** True when shifts starting on `date` do not happen (time off or public holiday). */
export function isDayOff(person: Person, date: string, opts: HoursOptions = {}): boolean {
  for (const r of person.timeOff ?? []) if (r.from <= date && date <= r.to) return true;
  const { holidayCountry } = dayContext(person, date);
  if (!holidayCountry) return false;
  const provider = opts.holidays ?? publicHolidays;
  return provider(holidayCountry, Number(date.slice(0, 4))).has(date);
}

/**
 * The shifts that start on local date `day` (days since 1970-01-01, or a
 * YYYY-MM-DD string), as instants. Sorted; empty on days off.
 */
export function shiftsOn(person: Person, day: number | string, opts: HoursOptions = {}): Interval[] {
  return dayShifts(person, typeof day === "number" ? day : dayNumber(day), opts).map((s) => ({ ...s }));
}

// ResolvedHours (immutable, shared per hours object) → zone → day → shifts.
const shiftCache = new WeakMap<ResolvedHours, Map<string, Map<number, readonly Interval[]>>>();
const SHIFT_CACHE_MAX = 20_000;
const NONE: readonly Interval[] = [];

/** shiftsOn without the defensive copy, for the engine's own loops. */
function dayShifts(person: Person, n: number, opts: HoursOptions): readonly Interval[] {
  const hours = resolveHours(person);
  if (hours.byWeekday[weekdayOfDay(n)].length === 0) return NONE;
  const date = dateOfDay(n);
  if (isDayOff(person, date, opts)) return NONE;
  const { zone } = dayContext(person, date);
  let byZone = shiftCache.get(hours);
  if (!byZone) shiftCache.set(hours, (byZone = new Map()));
  let byDay = byZone.get(zone);
  if (!byDay) {
    assertZone(zone);
    byZone.set(zone, (byDay = new Map()));
  }
  let shifts = byDay.get(n);
  if (!shifts) {
    const out: Interval[] = [];
    for (const r of hours.byWeekday[weekdayOfDay(n)]) {
      const start = localToInstant(zone, n, r.start);
      const end = localToInstant(zone, n, r.end);
      // A shift entirely inside a spring-forward gap collapses; drop it.
      if (end > start) out.push({ start, end });
    }
    if (byDay.size >= SHIFT_CACHE_MAX) byDay.clear();
    byDay.set(n, (shifts = out));
  }
  return shifts;
}

/**
 * Working intervals from `from` onwards, sorted, merged (touching or
 * overlapping ones joined) and clipped so none starts before `from`. Infinite
 * unless the person has no working time for ~10 years.
 */
export function* intervalsFrom(person: Person, from: number, opts: HoursOptions = {}): Generator<Interval> {
  // A shift of local date D ends before D + 48 h local, i.e. before
  // D + 60 h UTC (offsets ≥ −12 h), so dates before UTC day(from) − 2 cannot
  // reach `from`.
  let day = Math.floor(from / DAY_MS) - 2;
  // Shifts of dates ≥ D start no earlier than D − 16 h UTC (offsets ≤ +14 h,
  // plus margin; a gap only moves a start later).
  const lowerBound = (d: number) => d * DAY_MS - 16 * 3_600_000;
  let buffer: Interval[] = [];
  let emptyDays = 0;
  for (;;) {
    const shifts = dayShifts(person, day, opts);
    emptyDays = shifts.length ? 0 : emptyDays + 1;
    if (emptyDays > MAX_EMPTY_DAYS) return;
    for (const s of shifts) {
      if (s.end <= from) continue;
      buffer.push({ start: Math.max(s.start, from), end: s.end });
    }
    day++;
    if (buffer.length === 0) continue;
    buffer = merge(buffer);
    const safe = lowerBound(day);
    let i = 0;
    while (i < buffer.length && buffer[i].end < safe) yield buffer[i++];
    if (i) buffer = buffer.slice(i);
  }
}

/** Sorts and joins overlapping or touching intervals. */
export function merge(list: Interval[]): Interval[] {
  if (list.length < 2) return list;
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) ordered = list[i].start > list[i - 1].end;
  if (ordered) return list; // the usual case: already sorted and apart
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Interval[] = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i++) {
    const last = out[out.length - 1];
    const cur = sorted[i];
    if (cur.start <= last.end) last.end = Math.max(last.end, cur.end);
    else out.push({ ...cur });
  }
  return out;
}

/** The person's working intervals within [from, to), clipped to that window. */
export function workingIntervals(person: Person, from: Instant, to: Instant, opts: HoursOptions = {}): Interval[] {
  const a = toMs(from);
  const b = toMs(to);
  const out: Interval[] = [];
  if (b <= a) return out;
  for (const iv of intervalsFrom(person, a, opts)) {
    if (iv.start >= b) break;
    out.push({ start: iv.start, end: Math.min(iv.end, b) });
  }
  return out;
}
