/**
 * Calendar dates ("YYYY-MM-DD") without a zone. All arithmetic goes through
 * Date.UTC so it is independent of the host's zone and of daylight saving.
 */

/** Day index 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isCivilDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (throws RangeError on bad input). */
export function dayNumber(date: string): number {
  if (!isCivilDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD date for a day number (inverse of dayNumber). */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Weekday of a day number (0 = Sunday). */
export function weekdayOfDay(day: number): WeekdayIndex {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7 as WeekdayIndex;
}

/** Weekday of a YYYY-MM-DD date (0 = Sunday). */
export function weekdayOf(date: string): WeekdayIndex {
  return weekdayOfDay(dayNumber(date));
}
