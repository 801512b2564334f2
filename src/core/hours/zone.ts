/**
 * Time-zone math on top of Intl.DateTimeFormat only, so it runs unchanged in
 * Node and in browsers. Formatters are expensive to build, so one is cached per
 * zone; local→instant conversions are memoised because the engine asks for the
 * same shift boundaries (zone, date, minute) over and over.
 */
import { dateOfDay, weekdayOfDay } from "./civil.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

const validZones = new Map<string, boolean>();

/** True when the runtime knows `zone` as an IANA time zone (e.g. "Asia/Tokyo"). */
export function isValidZone(zone: string): boolean {
  if (typeof zone !== "string" || zone === "") return false;
  let ok = validZones.get(zone);
  if (ok === undefined) {
    try {
      partsFormatter(zone);
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(zone, ok);
  }
  return ok;
}

/** Throws a RangeError naming the zone when it is not a known IANA zone. */
export function assertZone(zone: string): void {
  if (!isValidZone(zone)) throw new RangeError(`unknown time zone: ${JSON.stringify(zone)}`);
}

/** Wall-clock fields of an instant in a zone. */
export interface LocalParts {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
  /** Weekday of the local date, 0 = Sunday. */
  weekday: number;
}

/** Local date and wall time of `instant` (epoch ms) in `zone`. */
export function localParts(zone: string, instant: number): LocalParts {
  const wall = wallClockMs(zone, instant);
  const day = Math.floor(wall / DAY_MS);
  return {
    day,
    date: dateOfDay(day),
    minute: Math.floor((wall - day * DAY_MS) / 60_000),
    weekday: weekdayOfDay(day),
  };
}

/**
 * The wall-clock reading of `instant` in `zone`, written as if it were a UTC
 * epoch value (seconds precision). offset = wall − instant.
 */
function wallClockMs(zone: string, instant: number): number {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const p of partsFormatter(zone).formatToParts(instant)) {
    switch (p.type) {
      case "year": y = Number(p.value); break;
      case "month": mo = Number(p.value); break;
      case "day": d = Number(p.value); break;
      case "hour": h = Number(p.value); break;
      case "minute": mi = Number(p.value); break;
      case "second": s = Number(p.value); break;
    }
  }
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, mo - 1, d); // also correct for years < 100
  return t.getTime() + h * HOUR_MS + mi * 60_000 + s * 1000;
}

/** UTC offset of `zone` at `instant`, in milliseconds (Tokyo: +9 h). */
export function offsetAt(zone: string, instant: number): number {
  return wallClockMs(zone, instant) - Math.floor(instant / 1000) * 1000;
}

// zone → (day * 4320 + minute) → instant. Numeric keys keep lookups cheap.
const localCache = new Map<string, Map<number, number>>();
const LOCAL_CACHE_MAX = 50_000;

/**
 * The instant at which the wall clock in `zone` reaches `minute` minutes after
 * midnight of local day `day` (days since 1970-01-01; minute may be ≥ 1440 to
 * mean a later day): the first instant whose local reading is that time or
 * later.
 *
 * So around daylight-saving changes: a wall time that does not exist
 * (spring-forward gap, 02:30 in New York on 2027-03-14) maps to the moment the
 * clocks jump (03:00 EDT), never into the gap; a wall time that occurs twice
 * (fall-back) resolves to the earlier instant.
 */
export function localToInstant(zone: string, day: number, minute: number): number {
  let byZone = localCache.get(zone);
  if (!byZone) localCache.set(zone, (byZone = new Map()));
  const key = day * 4320 + minute;
  const hit = Number.isInteger(minute) && minute >= 0 && minute < 4320 ? byZone.get(key) : undefined;
  if (hit !== undefined) return hit;
  const wall = day * DAY_MS + minute * 60_000;
  // Fast path: the true instant lies within wall − 14 h … wall + 12 h; when the
  // cached offsets across that window agree, no transition is near.
  const steady = steadyOffset(zone, wall - 15 * HOUR_MS, wall + 13 * HOUR_MS);
  if (steady !== undefined) return remember(byZone, key, minute, wall - steady);
  // Offsets a day either side bracket any single transition near `wall`.
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  let result = Infinity;
  for (const off of before === after ? [before] : [before, after]) {
    const t = wall - off;
    if (offsetAt(zone, t) === off) result = Math.min(result, t);
  }
  if (result === Infinity) result = transitionBetween(zone, wall - after, wall - before, before);
  return remember(byZone, key, minute, result);
}

function remember(byZone: Map<number, number>, key: number, minute: number, result: number): number {
  if (Number.isInteger(minute) && minute >= 0 && minute < 4320) {
    if (byZone.size >= LOCAL_CACHE_MAX) byZone.clear();
    byZone.set(key, result);
  }
  return result;
}

// zone → offset at the start of each 6-hour UTC bucket.
const bucketOffsets = new Map<string, Map<number, number>>();
const BUCKET_MS = 6 * HOUR_MS;

/**
 * The offset when it is the same at every 6-hour mark from `lo` to past `hi`,
 * else undefined. Transitions are months apart, so equal offsets at marks six
 * hours apart mean none happened in between.
 */
function steadyOffset(zone: string, lo: number, hi: number): number | undefined {
  let byBucket = bucketOffsets.get(zone);
  if (!byBucket) bucketOffsets.set(zone, (byBucket = new Map()));
  if (byBucket.size >= LOCAL_CACHE_MAX) byBucket.clear();
  let first: number | undefined;
  for (let b = Math.floor(lo / BUCKET_MS); b <= Math.floor(hi / BUCKET_MS) + 1; b++) {
    let off = byBucket.get(b);
    if (off === undefined) byBucket.set(b, (off = offsetAt(zone, b * BUCKET_MS)));
    if (first === undefined) first = off;
    else if (off !== first) return undefined;
  }
  return first;
}

/**
 * First instant in (lo, hi] whose offset is no longer `before`, found by
 * bisection to the second (tz transitions fall on whole seconds). Used only
 * for wall times inside a gap, so it runs a few times a year per zone.
 */
function transitionBetween(zone: string, lo: number, hi: number, before: number): number {
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(zone, mid * 1000) === before) a = mid;
    else b = mid;
  }
  return b * 1000;
}

const abbrFormatters = new Map<string, Intl.DateTimeFormat>();
// English-speaking locales first; ja-JP and id-ID are the only ones that
// spell JST and WIB/WITA/WIT. Later locales only fill gaps left by earlier ones.
const ABBR_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-NZ", "ja-JP", "id-ID"];

/**
 * A short zone label for `instant`: "JST", "CET"/"CEST", "EST"/"EDT", "WIB",
 * falling back to the runtime's "GMT+9" form when no locale names the zone.
 */
export function zoneAbbreviation(zone: string, instant: number): string {
  let fallback = "";
  for (const locale of ABBR_LOCALES) {
    const key = `${locale}|${zone}`;
    let f = abbrFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
      abbrFormatters.set(key, f);
    }
    const name = f.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "";
    if (/^[A-Z]{2,5}$/.test(name)) return name;
    if (!fallback) fallback = name;
  }
  return fallback || zone;
}
