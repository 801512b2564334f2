/**
 * Weekly schedules: parsing "HH:MM-HH:MM" ranges, the default schedule, and
 * validation of a whole Person (errors as values for the edges to show).
 */
import { isCivilDate } from "./civil.js";
import type { Person, Weekday, WeeklyHours } from "./types.js";
import { isValidZone } from "./zone.js";

/** Used when a person has not set working hours: Mon–Fri 09:00–17:00 local. */
export const DEFAULT_HOURS: Readonly<WeeklyHours> = Object.freeze({
  mon: ["09:00-17:00"],
  tue: ["09:00-17:00"],
  wed: ["09:00-17:00"],
  thu: ["09:00-17:00"],
  fri: ["09:00-17:00"],
});

/** Weekday keys indexed like Date#getUTCDay (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** A parsed range: minutes after the start day's midnight; end may exceed 1440. */
export interface MinuteRange {
  start: number;
  end: number;
}

/** A schedule ready for the engine. */
export interface ResolvedHours {
  /** Ranges per weekday, index 0 = Sunday, sorted by start. */
  byWeekday: readonly (readonly MinuteRange[])[];
  /** Working minutes in a week without holidays or clock changes. */
  weeklyMinutes: number;
  /** True when the person had no hours and DEFAULT_HOURS was used. */
  defaulted: boolean;
}

const RANGE_RE = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;

/**
 * Parses "HH:MM-HH:MM". An end at or before the start crosses midnight
 * (returned as end + 1440); "24:00" is allowed as an end only.
 */
export function parseRange(text: string): MinuteRange | { error: string } {
  const m = RANGE_RE.exec(text);
  if (!m) return { error: `"${text}" is not HH:MM-HH:MM` };
  const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number);
  if (sh > 23 || sm > 59) return { error: `"${text}": start must be 00:00–23:59` };
  if (eh > 24 || em > 59 || (eh === 24 && em !== 0)) return { error: `"${text}": end must be 00:00–24:00` };
  const start = sh * 60 + sm;
  let end = eh * 60 + em;
  if (end === start) return { error: `"${text}" is empty (start equals end)` };
  if (end < start) end += 1440;
  return { start, end };
}

/** True when the person has no usable hours of their own (the default applies). */
export function usesDefaultHours(person: Pick<Person, "hours">): boolean {
  const h = person.hours;
  return !h || !WEEKDAYS.some((d) => (h[d]?.length ?? 0) > 0);
}

const resolvedCache = new WeakMap<object, ResolvedHours>();
let resolvedDefault: ResolvedHours | undefined;

/** The person's weekly schedule, parsed; throws RangeError on invalid hours. */
export function resolveHours(person: Pick<Person, "hours">): ResolvedHours {
  if (usesDefaultHours(person)) return (resolvedDefault ??= build(DEFAULT_HOURS, true));
  const hours = person.hours as WeeklyHours;
  let r = resolvedCache.get(hours);
  if (!r) {
    r = build(hours, false);
    resolvedCache.set(hours, r);
  }
  return r;
}

function build(hours: WeeklyHours, defaulted: boolean): ResolvedHours {
  const problems = hoursProblems(hours);
  if (problems.length) throw new RangeError(`invalid working hours: ${problems.join("; ")}`);
  const byWeekday = WEEKDAYS.map((d) =>
    (hours[d] ?? []).map((t) => parseRange(t) as MinuteRange).sort((a, b) => a.start - b.start),
  );
  const weeklyMinutes = byWeekday.flat().reduce((s, r) => s + r.end - r.start, 0);
  return { byWeekday, weeklyMinutes, defaulted };
}

/** Problems with a weekly schedule, in words; empty when it is usable. */
export function hoursProblems(hours: WeeklyHours): string[] {
  const problems: string[] = [];
  const week: { label: string; start: number; end: number }[] = [];
  for (const key of Object.keys(hours)) {
    if (!WEEKDAYS.includes(key as Weekday)) problems.push(`unknown weekday "${key}" (use mon…sun)`);
  }
  // Week minutes counted from Monday 00:00 so Sunday night wraps to Monday.
  WEEKDAYS.forEach((d, i) => {
    for (const text of hours[d] ?? []) {
      const r = parseRange(text);
      if ("error" in r) problems.push(`${d}: ${r.error}`);
      else {
        const base = ((i + 6) % 7) * 1440;
        week.push({ label: `${d} ${text}`, start: base + r.start, end: base + r.end });
      }
    }
  });
  const W = 7 * 1440;
  for (let i = 0; i < week.length; i++) {
    for (let j = i + 1; j < week.length; j++) {
      const a = week[i], b = week[j];
      // Compare b shifted by −1, 0, +1 weeks so ranges that wrap Sunday→Monday count.
      if ([-W, 0, W].some((s) => a.start < b.end + s && b.start + s < a.end)) {
        problems.push(`${a.label} overlaps ${b.label}`);
      }
    }
  }
  return problems;
}

/**
 * Everything wrong with a person record, in words an edge can show; empty when
 * the engine can use it.
 */
export function personProblems(person: Person): string[] {
  const problems: string[] = [];
  if (!isValidZone(person.zone)) problems.push(`zone: unknown time zone "${person.zone}"`);
  if (person.hours && !usesDefaultHours(person)) {
    problems.push(...hoursProblems(person.hours).map((p) => `hours: ${p}`));
  }
  const checkRange = (where: string, r: { from: string; to: string }) => {
    if (!isCivilDate(r.from)) problems.push(`${where}: from "${r.from}" is not YYYY-MM-DD`);
    else if (!isCivilDate(r.to)) problems.push(`${where}: to "${r.to}" is not YYYY-MM-DD`);
    else if (r.to < r.from) problems.push(`${where}: ${r.to} is before ${r.from}`);
  };
  (person.timeOff ?? []).forEach((r, i) => checkRange(`timeOff[${i}]`, r));
  (person.travel ?? []).forEach((t, i) => {
    checkRange(`travel[${i}]`, t);
    if (!isValidZone(t.zone)) problems.push(`travel[${i}]: unknown time zone "${t.zone}"`);
  });
  return problems;
}
