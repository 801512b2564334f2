/**
 * People as the working-hours engine sees them. The users table stores hours
 * as {"mon": [["09:00","17:00"]]} while core/hours reads {mon: ["09:00-17:00"]}:
 * personFromUser() is the one adapter between the two; use it everywhere.
 */
import { usesDefaultHours, type DateRange, type Person, type TravelOverride, type WeeklyHours as EngineHours } from "../core/hours/index.js";
import type { Db, Tx } from "../storage/database.js";
import type { User, WeeklyHours } from "./users.js";

/** The time-related fields of a profile, parsed. */
export interface TimeProfile {
  timezone: string;
  workingHours: WeeklyHours | null;
  holidayCountry: string | null;
  timeOff: DateRange[];
  travel: TravelOverride[];
}

const hoursCache = new WeakMap<object, Person>();

function parseList<T>(text: string | null | undefined): T[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** Stored hours → engine hours ("HH:MM-HH:MM" strings). */
export function engineHours(h: WeeklyHours | null): EngineHours | null {
  if (!h) return null;
  const out: Record<string, string[]> = {};
  for (const [day, ranges] of Object.entries(h)) out[day] = (ranges ?? []).map(([s, e]) => `${s}-${e}`);
  return out as EngineHours;
}

/** The time fields of a stored user. */
export function timeProfileOf(u: User): TimeProfile {
  return {
    timezone: u.timezone,
    workingHours: u.working_hours ? (JSON.parse(u.working_hours) as WeeklyHours) : null,
    holidayCountry: u.holiday_country ?? null,
    timeOff: parseList<DateRange>(u.time_off),
    travel: parseList<TravelOverride>(u.travel),
  };
}

/**
 * The engine's Person for a stored user. Cached per row object, because the
 * engine caches schedules per `hours` object: the same row gives the same
 * Person, and a changed row (a new object) gives a new one.
 */
export function personFromUser(u: User): Person {
  let p = hoursCache.get(u);
  if (!p) {
    const t = timeProfileOf(u);
    p = { zone: t.timezone, hours: engineHours(t.workingHours), holidayCountry: t.holidayCountry, timeOff: t.timeOff, travel: t.travel };
    hoursCache.set(u, p);
  }
  return p;
}

/** True when the person set no working hours and Mon–Fri 09:00–17:00 is assumed. */
export const hasDefaultHours = (u: User): boolean => usesDefaultHours(personFromUser(u));

/** Users by id (no tenant filter: callers pass ids from records they already authorized). */
export async function usersByIds(db: Db | Tx, ids: readonly string[]): Promise<Map<string, User>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom("users").selectAll().where("id", "in", unique).execute();
  return new Map(rows.map((u) => [u.id, u]));
}

/** Saves the time fields of a profile (zone, hours, holiday country, time off, travel). */
export async function updateTimeProfile(db: Db | Tx, userId: string, t: TimeProfile): Promise<void> {
  await db
    .updateTable("users")
    .set({
      timezone: t.timezone,
      working_hours: t.workingHours ? JSON.stringify(t.workingHours) : null,
      holiday_country: t.holidayCountry,
      time_off: t.timeOff.length ? JSON.stringify(t.timeOff) : null,
      travel: t.travel.length ? JSON.stringify(t.travel) : null,
    })
    .where("id", "=", userId)
    .execute();
}
