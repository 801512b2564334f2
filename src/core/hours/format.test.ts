import { describe, expect, it } from "vitest";
import { formatDue, formatLocal, localTimeNow } from "./format.js";
import { at } from "./test-support.js";

const TYO = "Asia/Tokyo";
const CPH = "Europe/Copenhagen";

describe("formatDue", () => {
  const due = at(TYO, "2027-01-12 10:00"); // Tuesday

  it("shows the owner's time first and the reader's beside it", () => {
    expect(formatDue(due, CPH, TYO)).toBe("due Tue 10:00 JST · Tue 02:00 CET for you");
    expect(formatDue(due, "America/New_York", TYO)).toBe("due Tue 10:00 JST · Mon 20:00 EST for you");
    expect(formatDue(at(CPH, "2027-07-06 09:00"), TYO, CPH)).toBe("due Tue 09:00 CEST · Tue 16:00 JST for you");
  });

  it("shows one time when both read the same clock", () => {
    expect(formatDue(due, TYO, TYO)).toBe("due Tue 10:00 JST");
    expect(formatDue(at(CPH, "2027-01-12 10:00"), "Europe/Berlin", CPH)).toBe("due Tue 10:00 CET");
  });

  it("adds dates when the due time is six days or more from now", () => {
    expect(formatDue(due, CPH, TYO, { now: due - 10 * 86_400_000 })).toBe("due Tue 12 Jan 10:00 JST · Tue 12 Jan 02:00 CET for you");
    expect(formatDue(due, CPH, TYO, { now: due - 86_400_000 })).toBe("due Tue 10:00 JST · Tue 02:00 CET for you");
  });
});

describe("local time", () => {
  it("describes now in a zone", () => {
    expect(localTimeNow("Asia/Jakarta", Date.UTC(2027, 2, 9, 11, 5))).toEqual({
      zone: "Asia/Jakarta",
      date: "2027-03-09",
      time: "18:05",
      weekday: "Tue",
      abbreviation: "WIB",
      offsetMinutes: 420,
      label: "Tue 18:05 WIB",
    });
    expect(localTimeNow("Asia/Kolkata", Date.UTC(2027, 0, 1)).offsetMinutes).toBe(330);
  });

  it("formats with or without the date", () => {
    const t = at("America/New_York", "2027-11-07 01:30"); // the first 01:30 (EDT)
    expect(formatLocal("America/New_York", t)).toBe("Sun 01:30 EDT");
    expect(formatLocal("America/New_York", t + 3_600_000, { withDate: true })).toBe("Sun 7 Nov 01:30 EST");
  });
});
