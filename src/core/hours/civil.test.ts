import { describe, expect, it } from "vitest";
import { addDays, dayNumber, isCivilDate, weekdayOf } from "./civil.js";

describe("civil dates", () => {
  it("accepts real dates only", () => {
    expect(isCivilDate("2027-02-28")).toBe(true);
    expect(isCivilDate("2028-02-29")).toBe(true);
    expect(isCivilDate("2027-02-29")).toBe(false);
    expect(isCivilDate("2027-3-1")).toBe(false);
    expect(() => dayNumber("tomorrow")).toThrow(RangeError);
  });

  it("adds days across months, years and DST weekends", () => {
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("knows weekdays (0 = Sunday)", () => {
    expect(weekdayOf("2027-03-26")).toBe(5);
    expect(weekdayOf("2027-03-28")).toBe(0);
    expect(weekdayOf("2027-04-29")).toBe(4);
    expect(weekdayOf("1969-12-31")).toBe(3);
  });
});

describe("dateOfDay", () => {
  it("matches Date for every day across four centuries of edge cases", async () => {
    const { dateOfDay } = await import("./civil.js");
    for (let d = -800_000; d <= 800_000; d += 97) {
      expect(dateOfDay(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
    for (const d of [0, -1, 59, 60, 11016, 11017, 10957, 2932896]) {
      expect(dateOfDay(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
  });
});
