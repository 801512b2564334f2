/**
 * Public holidays. The engine only sees a HolidayProvider; this file supplies
 * the default one from the `date-holidays` data (pure JavaScript, no node:*
 * imports, so core stays browser-safe) and a way to build providers from plain
 * lists (tests, or a browser that should not load the full data set).
 */
import Holidays from "date-holidays";
import type { HolidayProvider } from "./types.js";

const instances = new Map<string, Holidays | null>();
const years = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

function instance(country: string): Holidays | null {
  let hd = instances.get(country);
  if (hd === undefined) {
    const [c, state] = country.toUpperCase().split("-");
    const known = new Holidays().getCountries()[c] !== undefined;
    hd = known ? (state ? new Holidays(c, state) : new Holidays(c)) : null;
    instances.set(country, hd);
  }
  return hd;
}

/** True when date-holidays has data for `country` ("JP", "US", "US-CA"). */
export function isHolidayCountry(country: string): boolean {
  const [c, state] = country.toUpperCase().split("-");
  if (instance(c) === null) return false;
  return !state || new Holidays().getStates(c)?.[state] !== undefined;
}

/**
 * Public holidays (type "public", substitute days included; observances,
 * bank and optional days excluded) of `country` in `year`, as local
 * YYYY-MM-DD dates. Unknown countries have none. Cached per country and year.
 */
export const publicHolidays: HolidayProvider = (country, year) => {
  const key = `${country}|${year}`;
  let set = years.get(key);
  if (!set) {
    const hd = instance(country);
    set = hd ? new Set(hd.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10))) : EMPTY;
    years.set(key, set);
  }
  return set;
};

/** Names of the public holidays of `country` on a local date, for showing why a clock paused. */
export function publicHolidayNames(country: string, date: string): string[] {
  const hd = instance(country);
  if (!hd) return [];
  return hd
    .getHolidays(Number(date.slice(0, 4)))
    .filter((h) => h.type === "public" && h.date.slice(0, 10) === date)
    .map((h) => h.name);
}

/** A provider from fixed lists: { JP: ["2027-04-29", …] }. */
export function holidaysFromDates(byCountry: Record<string, readonly string[]>): HolidayProvider {
  const sets = new Map<string, Set<string>>();
  for (const [country, dates] of Object.entries(byCountry)) {
    for (const d of dates) {
      const key = `${country}|${Number(d.slice(0, 4))}`;
      let set = sets.get(key);
      if (!set) sets.set(key, (set = new Set()));
      set.add(d);
    }
  }
  return (country, year) => sets.get(`${country}|${year}`) ?? EMPTY;
}

/** A provider with no holidays at all. */
export const noHolidays: HolidayProvider = () => EMPTY;
