/**
 * Showing instants to people. Wording is fixed English with numeric 24-hour
 * times so the same string renders in Node and in any browser:
 *   "Tue 10:00 JST", "Tue 4 May 10:00 JST" (with date),
 *   "due Tue 10:00 JST · Tue 02:00 CET for you".
 */
import { toMs } from "./instant.js";
import type { Instant } from "./types.js";
import { localParts, offsetAt, zoneAbbreviation } from "./zone.js";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** formatDue adds the date when the due time is this far from `now`. */
const SHOW_DATE_AFTER_MS = 6 * 86_400_000;

/** The wall clock of a zone at an instant, in pieces and as a label. */
export interface LocalTime {
  zone: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local time, HH:MM (24-hour). */
  time: string;
  /** "Mon" … "Sun". */
  weekday: string;
  /** "JST", "CEST", "EDT", "WIB", or "GMT+9"-style when the zone has no short name. */
  abbreviation: string;
  /** UTC offset in minutes (Tokyo: 540). */
  offsetMinutes: number;
  /** "Tue 10:00 JST". */
  label: string;
}

/** Local time in `zone` at `now` (for "it is 18:40 in Tokyo" on the engagement page). */
export function localTimeNow(zone: string, now: Instant): LocalTime {
  const t = toMs(now);
  const p = localParts(zone, t);
  const time = `${pad(Math.floor(p.minute / 60))}:${pad(p.minute % 60)}`;
  const weekday = WEEKDAY_NAMES[p.weekday];
  const abbreviation = zoneAbbreviation(zone, t);
  return {
    zone,
    date: p.date,
    time,
    weekday,
    abbreviation,
    offsetMinutes: Math.round(offsetAt(zone, t) / 60_000),
    label: `${weekday} ${time} ${abbreviation}`,
  };
}

/** "Tue 10:00 JST", or "Tue 4 May 10:00 JST" with `withDate`. */
export function formatLocal(zone: string, instant: Instant, opts: { withDate?: boolean } = {}): string {
  const l = localTimeNow(zone, instant);
  if (!opts.withDate) return l.label;
  const day = Number(l.date.slice(8, 10));
  const month = MONTH_NAMES[Number(l.date.slice(5, 7)) - 1];
  return `${l.weekday} ${day} ${month} ${l.time} ${l.abbreviation}`;
}

/**
 * A due time for a reader: the owner's local time first (the clock runs in
 * their hours), the reader's beside it marked "for you":
 * "due Tue 10:00 JST · Tue 02:00 CET for you". When both read the same wall
 * clock (same zone, or same offset and abbreviation) only one time is shown.
 * Pass `now` to add dates when the due time is six days or more away.
 */
export function formatDue(due: Instant, readerZone: string, ownerZone: string, opts: { now?: Instant } = {}): string {
  const d = toMs(due);
  const withDate = opts.now !== undefined && Math.abs(d - toMs(opts.now)) >= SHOW_DATE_AFTER_MS;
  const owner = formatLocal(ownerZone, d, { withDate });
  const reader = formatLocal(readerZone, d, { withDate });
  return owner === reader ? `due ${owner}` : `due ${owner} · ${reader} for you`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
