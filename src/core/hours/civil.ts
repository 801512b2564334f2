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
  // Civil-from-days (H. Hinnant): plain arithmetic, far cheaper than Date#toISOString in hot loops.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
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
