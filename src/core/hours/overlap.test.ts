import { describe, expect, it } from "vitest";
import { intersect, overlap, overlapDays, overlapWithOffice } from "./overlap.js";
import { H, at, local } from "./test-support.js";
import type { Person, WeeklyHours } from "./types.js";

const TYO = "Asia/Tokyo";
const CPH = "Europe/Copenhagen";
const every = (range: string): WeeklyHours =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [range]]));

describe("overlap on a calendar date", () => {
  const tokyo: Person = { zone: TYO, hours: every("09:00-18:00") };
  const cph: Person = { zone: CPH, hours: every("09:00-17:00") };

  it("Tokyo 09–18 and Copenhagen 09–17: 1 h before the European clock change, 2 h after", () => {
    const before = overlap(tokyo, cph, "2027-03-26");
    expect(before.totalMs).toBe(1 * H);
    expect(before.intervals.map((i) => [local(TYO, i.start), local(CPH, i.end)])).toEqual([["2027-03-26 17:00", "2027-03-26 10:00"]]);
    const after = overlap(tokyo, cph, "2027-03-29");
    expect(after.totalMs).toBe(2 * H);
    expect(local(TYO, after.intervals[0].start)).toBe("2027-03-29 16:00");
    expect(local(CPH, after.intervals[0].end)).toBe("2027-03-29 11:00");
  });

  it("holidays and default hours apply", () => {
    const jp: Person = { zone: TYO, holidayCountry: "JP" };
    const dk: Person = { zone: CPH };
    expect(overlap(jp, dk, "2027-04-29").totalMs).toBe(0); // Shōwa Day
    expect(overlap(jp, dk, "2027-04-30").totalMs).toBe(1 * H); // 16:00–17:00 JST = 09:00–10:00 CEST
    expect(overlap(jp, dk, "2027-05-01").totalMs).toBe(0); // Saturday
  });

  it("covers a fortnight day by day", () => {
    const days = overlapDays(tokyo, cph, "2027-03-20", 14);
    expect(days.map((d) => d.date)).toEqual([
      "2027-03-20", "2027-03-21", "2027-03-22", "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26",
      "2027-03-27", "2027-03-28", "2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02",
    ]);
    expect(days.map((d) => d.totalMs / H)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(() => overlapDays(tokyo, cph, "2027-03-20", 0)).toThrow(RangeError);
  });

  it("intersects sorted interval lists", () => {
    expect(intersect([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }])).toEqual([
      { start: 5, end: 10 },
      { start: 20, end: 25 },
    ]);
    expect(intersect([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
  });
});

describe("overlapWithOffice", () => {
  it("uses the office's next working day, skipping its holidays", () => {
    const visitor: Person = { zone: CPH };
    const tokyoOffice: Person = { zone: TYO, holidayCountry: "JP" };
    // Wed 2027-04-28 21:00 JST: tomorrow is Shōwa Day, so Friday.
    const r = overlapWithOffice(visitor, tokyoOffice, at(TYO, "2027-04-28 21:00"));
    expect(r.date).toBe("2027-04-30");
    expect(r.office.map((i) => [local(TYO, i.start), local(TYO, i.end)])).toEqual([["2027-04-30 09:00", "2027-04-30 17:00"]]);
    expect(r.intervals.map((i) => [local(CPH, i.start), local(CPH, i.end)])).toEqual([["2027-04-30 09:00", "2027-04-30 10:00"]]);
    expect(r.totalMs).toBe(H);
  });

  it("reports zero when the visitor's hours never meet the office's", () => {
    const r = overlapWithOffice({ zone: "America/New_York" }, { zone: TYO }, at(TYO, "2027-06-07 12:00"));
    expect(r.date).toBe("2027-06-08");
    expect(r.totalMs).toBe(0);
  });
});
