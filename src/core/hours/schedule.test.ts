import { describe, expect, it } from "vitest";
import { DEFAULT_HOURS, hoursProblems, parseRange, personProblems, resolveHours, usesDefaultHours } from "./schedule.js";

describe("parseRange", () => {
  it("parses day ranges and midnight-crossing ranges", () => {
    expect(parseRange("09:00-17:00")).toEqual({ start: 540, end: 1020 });
    expect(parseRange("22:00-06:00")).toEqual({ start: 1320, end: 1440 + 360 });
    expect(parseRange("00:00-24:00")).toEqual({ start: 0, end: 1440 });
    expect(parseRange("9:30 – 12:00")).toEqual({ start: 570, end: 720 });
  });

  it("refuses malformed and empty ranges", () => {
    for (const bad of ["9-17", "09:00", "25:00-26:00", "09:60-10:00", "10:00-24:30", "24:00-06:00", "10:00-10:00"]) {
      expect(parseRange(bad)).toHaveProperty("error");
    }
  });
});

describe("weekly schedules", () => {
  it("uses Mon–Fri 09:00–17:00 when a person has no hours, and says so", () => {
    for (const hours of [undefined, null, {}, { mon: [] }]) {
      expect(usesDefaultHours({ hours })).toBe(true);
      const r = resolveHours({ hours });
      expect(r.defaulted).toBe(true);
      expect(r.weeklyMinutes).toBe(5 * 8 * 60);
    }
    expect(DEFAULT_HOURS.sat).toBeUndefined();
    const own = resolveHours({ hours: { sat: ["10:00-12:00"] } });
    expect(own.defaulted).toBe(false);
    expect(own.byWeekday[6]).toEqual([{ start: 600, end: 720 }]);
  });

  it("rejects overlapping ranges, across midnight and across Sunday→Monday", () => {
    expect(hoursProblems({ mon: ["09:00-12:00", "11:00-13:00"] })).toHaveLength(1);
    expect(hoursProblems({ mon: ["22:00-06:00"], tue: ["05:00-09:00"] })).toHaveLength(1);
    expect(hoursProblems({ sun: ["22:00-06:00"], mon: ["05:00-09:00"] })).toHaveLength(1);
    expect(hoursProblems({ mon: ["22:00-06:00"], tue: ["06:00-09:00"] })).toEqual([]);
    expect(hoursProblems({ mon: ["09:00-12:00", "13:00-17:00"] })).toEqual([]);
    expect(() => resolveHours({ hours: { mon: ["09:00-12:00", "11:00-13:00"] } })).toThrow(/overlaps/);
  });

  it("lists every problem with a person in words", () => {
    const problems = personProblems({
      zone: "Mars/Olympus",
      hours: { funday: ["09:00-17:00"], mon: ["9-5"] } as never,
      timeOff: [{ from: "2027-05-10", to: "2027-05-01" }],
      travel: [{ from: "2027-06-01", to: "2027-06-05", zone: "Nowhere/City" }],
    });
    expect(problems).toEqual([
      'zone: unknown time zone "Mars/Olympus"',
      'hours: unknown weekday "funday" (use mon…sun)',
      'hours: mon: "9-5" is not HH:MM-HH:MM',
      "timeOff[0]: 2027-05-01 is before 2027-05-10",
      'travel[0]: unknown time zone "Nowhere/City"',
    ]);
    expect(personProblems({ zone: "Asia/Tokyo" })).toEqual([]);
  });
});
