/**
 * Properties of the working clock over random people (zones with and without
 * daylight saving, odd offsets, random non-overlapping schedules including
 * midnight-crossing ranges, time off, holiday countries, travel) and random
 * instants around the 2027 clock changes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./civil.js";
import { addWorkingTime, isWorkingNow, workingTimeBetween } from "./clock.js";
import { dayContext, isDayOff } from "./intervals.js";
import { WEEKDAYS, hoursProblems, parseRange, resolveHours } from "./schedule.js";
import { H, MIN } from "./test-support.js";
import type { Person, Weekday, WeeklyHours } from "./types.js";
import { localParts, offsetAt } from "./zone.js";

const ZONES = [
  "Asia/Tokyo",
  "Europe/Copenhagen",
  "America/New_York",
  "Asia/Jakarta",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/St_Johns",
  "UTC",
];

const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

// One or two ranges per weekday on a 15-minute grid; overlapping combinations are filtered out.
const rangeArb = fc
  .record({ start: fc.integer({ min: 0, max: 95 }), len: fc.integer({ min: 1, max: 56 }) })
  .map(({ start, len }) => `${hhmm(start * 15)}-${hhmm((start + len) * 15)}`);
const hoursArb: fc.Arbitrary<WeeklyHours> = fc
  .record(
    Object.fromEntries(WEEKDAYS.map((d) => [d, fc.array(rangeArb, { maxLength: 2 })])) as Record<Weekday, fc.Arbitrary<string[]>>,
    { requiredKeys: [] },
  )
  .filter((h) => hoursProblems(h).length === 0 && resolveHours({ hours: h }).weeklyMinutes > 0);

const dateArb = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2026-12-15", n));
const rangeOfDatesArb = fc.tuple(dateArb, fc.integer({ min: 0, max: 6 })).map(([from, n]) => ({ from, to: addDays(from, n) }));

const personArb: fc.Arbitrary<Person> = fc.record({
  zone: fc.constantFrom(...ZONES),
  hours: fc.option(hoursArb, { nil: undefined }),
  holidayCountry: fc.constantFrom(null, "JP", "DK", "ID", "US"),
  timeOff: fc.array(rangeOfDatesArb, { maxLength: 2 }),
  travel: fc.array(
    fc.tuple(rangeOfDatesArb, fc.constantFrom(...ZONES)).map(([r, zone]) => ({ ...r, zone })),
    { maxLength: 1 },
  ),
});

// Instants clustered around the 2027 clock changes, plus anywhere in 2027.
const CHANGES = [Date.UTC(2027, 2, 14, 7), Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1), Date.UTC(2027, 10, 7, 6)];
const instantArb = fc.oneof(
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 })).map(([c, m]) => c + m * MIN),
  fc.integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2027, 11, 31) }),
);
const durationArb = fc.oneof(fc.integer({ min: 1, max: 200 * 60 }).map((m) => m * MIN), fc.integer({ min: 1, max: 300 * H }));

const RUNS = { numRuns: 150 };

describe("working clock properties", () => {
  it("a due time lies in a working interval: start < due ≤ end (the millisecond before it is working time)", () => {
    fc.assert(
      fc.property(personArb, instantArb, durationArb, (p, start, d) => {
        const due = addWorkingTime(p, start, d);
        expect(due).toBeGreaterThan(start);
        expect(isWorkingNow(p, due - 1)).toBe(true);
      }),
      RUNS,
    );
  });

  it("workingTimeBetween(a, addWorkingTime(a, d)) = d", () => {
    fc.assert(
      fc.property(personArb, instantArb, durationArb, (p, start, d) => {
        expect(workingTimeBetween(p, start, addWorkingTime(p, start, d))).toBe(d);
      }),
      RUNS,
    );
  });

  it("addWorkingTime is strictly increasing in the duration", () => {
    fc.assert(
      fc.property(personArb, instantArb, durationArb, durationArb, (p, start, d1, d2) => {
        fc.pre(d1 !== d2);
        const [lo, hi] = d1 < d2 ? [d1, d2] : [d2, d1];
        expect(addWorkingTime(p, start, lo)).toBeLessThan(addWorkingTime(p, start, hi));
      }),
      RUNS,
    );
  });

  it("working time adds up over consecutive spans", () => {
    fc.assert(
      fc.property(personArb, instantArb, fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.integer({ min: 0, max: 10 * 24 * 60 }), (p, a, x, y) => {
        const b = a + x * MIN;
        const c = b + y * MIN;
        expect(workingTimeBetween(p, a, b) + workingTimeBetween(p, b, c)).toBe(workingTimeBetween(p, a, c));
      }),
      RUNS,
    );
  });

  it("agrees with a wall-clock reading of the schedule, every 15 minutes around clock changes", () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...CHANGES), (p, change) => {
        const from = Math.floor(change / (15 * MIN)) * 15 * MIN - 2 * 24 * H;
        for (let t = from; t < from + 4 * 24 * H; t += 15 * MIN) {
          const expected = oracle(p, t);
          if (expected !== undefined) expect(isWorkingNow(p, t), new Date(t).toISOString()).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Independent reading of the rules: t is working when, for the local date D
 * of t (or the day before, for midnight-crossing shifts) in the zone in force
 * on D, D is not a day off and the wall clock at t is within one of D's
 * ranges. Returns undefined for instants whose wall time occurs twice
 * (fall-back hour), where a wall reading cannot tell the two apart.
 */
function oracle(p: Person, t: number): boolean | undefined {
  const hours = resolveHours(p);
  let working = false;
  for (const zone of new Set([p.zone, ...(p.travel ?? []).map((x) => x.zone)])) {
    const off = offsetAt(zone, t);
    for (const other of [offsetAt(zone, t - 24 * H), offsetAt(zone, t + 24 * H)]) {
      if (other !== off && offsetAt(zone, t + off - other) === other && other > off) return undefined;
    }
    const here = localParts(zone, t);
    for (const back of [0, 1]) {
      const date = addDays(here.date, -back);
      if (dayContext(p, date).zone !== zone || isDayOff(p, date)) continue;
      const wall = back * 1440 + here.minute;
      const weekday = (here.weekday - back + 7) % 7;
      for (const r of hours.byWeekday[weekday]) if (r.start <= wall && wall < r.end) working = true;
    }
  }
  return working;
}

// Guard the test data itself: the range generator only makes valid ranges.
it("range generator yields parseable ranges", () => {
  fc.assert(fc.property(rangeArb, (r) => !("error" in parseRange(r))));
});
