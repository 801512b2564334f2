import { describe, expect, it } from "vitest";
import {
  DUE_SOON_MS,
  addWorkingTime,
  dueState,
  isWorkingNow,
  nextWorkingStart,
  remainingWorkingTime,
  rescheduleDue,
  workingTimeBetween,
} from "./clock.js";
import { noHolidays } from "./holidays.js";
import { workingIntervals } from "./intervals.js";
import { H, MIN, at, local } from "./test-support.js";
import type { Person } from "./types.js";

const TYO = "Asia/Tokyo";
const CPH = "Europe/Copenhagen";
const NYC = "America/New_York";
const JKT = "Asia/Jakarta";

const tokyoReviewer: Person = { zone: TYO, holidayCountry: "JP" };
const copenhagen: Person = { zone: CPH };
const newYork: Person = { zone: NYC };
const magelang: Person = { zone: JKT, holidayCountry: "ID" };

describe("addWorkingTime / workingTimeBetween basics", () => {
  it("runs inside the day and carries over nights and weekends", () => {
    expect(local(TYO, addWorkingTime(tokyoReviewer, at(TYO, "2027-06-07 10:00"), 3 * H))).toBe("2027-06-07 13:00");
    expect(local(TYO, addWorkingTime(tokyoReviewer, at(TYO, "2027-06-11 16:00"), 2 * H))).toBe("2027-06-14 10:00");
    expect(local(TYO, addWorkingTime(tokyoReviewer, at(TYO, "2027-06-12 03:00"), 1 * H))).toBe("2027-06-14 10:00");
  });

  it("ends exactly at closing time rather than at the next opening", () => {
    expect(local(TYO, addWorkingTime(tokyoReviewer, at(TYO, "2027-06-07 09:00"), 8 * H))).toBe("2027-06-07 17:00");
  });

  it("returns the start for a zero duration and refuses negative ones", () => {
    const t = at(TYO, "2027-06-12 03:00");
    expect(addWorkingTime(tokyoReviewer, t, 0)).toBe(t);
    expect(() => addWorkingTime(tokyoReviewer, t, -1)).toThrow(RangeError);
  });

  it("accepts Date as well as epoch ms", () => {
    const t = at(TYO, "2027-06-07 10:00");
    expect(addWorkingTime(tokyoReviewer, new Date(t), H)).toBe(t + H);
    expect(workingTimeBetween(tokyoReviewer, new Date(t), new Date(t + H))).toBe(H);
  });

  it("counts working time both ways (negative when reversed)", () => {
    const a = at(TYO, "2027-06-04 09:00"); // Friday
    const b = at(TYO, "2027-06-08 09:00"); // Tuesday
    expect(workingTimeBetween(tokyoReviewer, a, b)).toBe(16 * H);
    expect(workingTimeBetween(tokyoReviewer, b, a)).toBe(-16 * H);
  });

  it("jumps long durations quickly and exactly (a year of working time)", () => {
    const start = at(CPH, "2027-01-04 09:00");
    const due = addWorkingTime(copenhagen, start, 2000 * H);
    expect(workingTimeBetween(copenhagen, start, due)).toBe(2000 * H);
    // 250 weekdays of 8 h (no holiday country set) → 2000 h ends on Fri 2027-12-17 17:00.
    expect(local(CPH, due)).toBe("2027-12-17 17:00");
  });

  it("throws instead of looping when a person never works", () => {
    const never: Person = { zone: TYO, timeOff: [{ from: "2000-01-01", to: "2099-12-31" }] };
    expect(() => addWorkingTime(never, at(TYO, "2027-01-01 00:00"), H)).toThrow(/no working time/);
  });
});

describe("daylight saving", () => {
  it("Copenhagen 2027-03-28: a working week across the jump keeps 8 h days", () => {
    expect(local(CPH, addWorkingTime(copenhagen, at(CPH, "2027-03-26 16:00"), 2 * H))).toBe("2027-03-29 10:00");
    expect(workingTimeBetween(copenhagen, at(CPH, "2027-03-26 09:00"), at(CPH, "2027-03-29 09:00"))).toBe(8 * H);
  });

  it("Copenhagen 2027-03-28: a night shift across the jump is an hour short", () => {
    const night: Person = { zone: CPH, hours: { sat: ["22:00-06:00"] } };
    const [iv] = workingIntervals(night, at(CPH, "2027-03-27 00:00"), at(CPH, "2027-03-29 00:00"));
    expect(iv.end - iv.start).toBe(7 * H);
    expect(local(CPH, addWorkingTime(night, at(CPH, "2027-03-27 22:00"), 4 * H + 30 * MIN))).toBe("2027-03-28 03:30");
  });

  it("Copenhagen 2027-03-28: a shift starting inside the gap starts when clocks jump", () => {
    const early: Person = { zone: CPH, hours: { sun: ["02:30-04:00"] } };
    const ivs = workingIntervals(early, at(CPH, "2027-03-28 00:00"), at(CPH, "2027-03-29 00:00"));
    expect(ivs).toEqual([{ start: Date.UTC(2027, 2, 28, 1), end: Date.UTC(2027, 2, 28, 2) }]);
    const due = addWorkingTime(early, at(CPH, "2027-03-28 00:00"), 30 * MIN);
    expect(local(CPH, due)).toBe("2027-03-28 03:30");
  });

  it("Copenhagen 2027-10-31: a night shift across the fall-back is an hour long, ambiguous start = earlier", () => {
    const night: Person = { zone: CPH, hours: { sat: ["22:00-06:00"], sun: ["02:30-04:00"] } as never };
    expect(() => workingIntervals(night, 0, 1)).toThrow(/overlaps/);
    const sat: Person = { zone: CPH, hours: { sat: ["22:00-06:00"] } };
    const [iv] = workingIntervals(sat, at(CPH, "2027-10-30 00:00"), at(CPH, "2027-11-01 00:00"));
    expect(iv.end - iv.start).toBe(9 * H);
    const sun: Person = { zone: CPH, hours: { sun: ["02:30-04:00"] } };
    const [s] = workingIntervals(sun, at(CPH, "2027-10-31 00:00"), at(CPH, "2027-11-01 00:00"));
    expect(s).toEqual({ start: Date.UTC(2027, 9, 31, 0, 30), end: Date.UTC(2027, 9, 31, 3) });
  });

  it("New York 2027-03-14 and 2027-11-07: weekdays unaffected, due times land on real local times", () => {
    expect(local(NYC, addWorkingTime(newYork, at(NYC, "2027-03-12 16:00"), 2 * H))).toBe("2027-03-15 10:00");
    expect(local(NYC, addWorkingTime(newYork, at(NYC, "2027-11-05 16:00"), 2 * H))).toBe("2027-11-08 10:00");
    const sunday: Person = { zone: NYC, hours: { sun: ["01:00-05:00"] } };
    const spring = at(NYC, "2027-03-14 01:00");
    expect(workingTimeBetween(sunday, spring, spring + 24 * H)).toBe(3 * H);
    // One hour after 01:00 EST is 03:00 EDT: 02:00 is never shown.
    expect(local(NYC, addWorkingTime(sunday, spring, H))).toBe("2027-03-14 03:00");
    const fall = at(NYC, "2027-11-07 01:00");
    expect(workingTimeBetween(sunday, fall, fall + 24 * H)).toBe(5 * H);
    expect(fall).toBe(Date.UTC(2027, 10, 7, 5)); // 01:00 EDT, the earlier of the two
  });

  it("Tokyo and Jakarta have no daylight saving: night shifts stay 8 h on the European and US dates", () => {
    for (const zone of [TYO, JKT]) {
      const night: Person = { zone, hours: { sat: ["22:00-06:00"], sun: ["22:00-06:00"] } };
      for (const d of ["2027-03-13", "2027-03-27", "2027-10-30", "2027-11-06"]) {
        const from = at(zone, `${d} 00:00`);
        expect(workingTimeBetween(night, from, from + 3 * 24 * H)).toBe(16 * H);
      }
    }
  });
});

describe("midnight-crossing hours", () => {
  const nights: Person = {
    zone: TYO,
    holidayCountry: "JP",
    hours: { mon: ["22:00-06:00"], tue: ["22:00-06:00"], wed: ["22:00-06:00"], thu: ["22:00-06:00"], fri: ["22:00-06:00"] },
  };

  it("a shift belongs to the weekday it starts on", () => {
    expect(isWorkingNow(nights, at(TYO, "2027-06-12 05:00"))).toBe(true); // Saturday morning: Friday's shift
    expect(isWorkingNow(nights, at(TYO, "2027-06-14 05:00"))).toBe(false); // Monday morning: Sunday has none
    expect(isWorkingNow(nights, at(TYO, "2027-06-15 05:00"))).toBe(true); // Tuesday morning: Monday's shift
  });

  it("carries a due time over the weekend", () => {
    expect(local(TYO, addWorkingTime(nights, at(TYO, "2027-06-11 23:00"), 8 * H))).toBe("2027-06-14 23:00");
  });

  it("a holiday removes the shift that starts on it, not the one running into it", () => {
    // 2027-04-29 (Thu) is Shōwa Day.
    expect(isWorkingNow(nights, at(TYO, "2027-04-29 05:00"))).toBe(true);
    expect(isWorkingNow(nights, at(TYO, "2027-04-29 23:00"))).toBe(false);
    expect(isWorkingNow(nights, at(TYO, "2027-04-30 23:00"))).toBe(true);
  });
});

describe("public holidays pause the clock", () => {
  it("Golden Week pauses a Tokyo reviewer", () => {
    const start = at(TYO, "2027-04-28 15:00");
    expect(local(TYO, addWorkingTime(tokyoReviewer, start, 8 * H))).toBe("2027-04-30 15:00");
    expect(local(TYO, addWorkingTime(tokyoReviewer, start, 16 * H))).toBe("2027-05-06 15:00");
    const a = at(TYO, "2027-04-28 09:00");
    const b = at(TYO, "2027-05-07 09:00");
    expect(workingTimeBetween(tokyoReviewer, a, b)).toBe(24 * H);
    expect(workingTimeBetween(tokyoReviewer, a, b, { holidays: noHolidays })).toBe(56 * H);
    expect(workingTimeBetween({ zone: TYO }, a, b)).toBe(56 * H); // no holiday country set
  });

  it("Indonesian holidays pause a Magelang contractor (Nyepi, Idul Fitri 2027)", () => {
    const due = addWorkingTime(magelang, at(JKT, "2027-03-05 16:00"), 2 * H);
    expect(local(JKT, due)).toBe("2027-03-11 10:00");
    expect(due).toBe(Date.UTC(2027, 2, 11, 3));
  });

  it("Danish Easter pauses a Copenhagen reviewer", () => {
    const dk: Person = { zone: CPH, holidayCountry: "DK" };
    expect(local(CPH, addWorkingTime(dk, at(CPH, "2027-03-24 16:00"), 2 * H))).toBe("2027-03-30 10:00");
  });
});

describe("time off", () => {
  it("skips the days off", () => {
    const away: Person = { zone: CPH, timeOff: [{ from: "2027-06-07", to: "2027-06-11" }] };
    expect(local(CPH, addWorkingTime(away, at(CPH, "2027-06-04 16:00"), 2 * H))).toBe("2027-06-14 10:00");
    expect(isWorkingNow(away, at(CPH, "2027-06-09 10:00"))).toBe(false);
  });
});

describe("travel", () => {
  it("works the usual hours in the travel zone on those dates", () => {
    const trip: Person = { zone: TYO, travel: [{ from: "2027-06-08", to: "2027-06-20", zone: CPH }] };
    expect(isWorkingNow(trip, at(TYO, "2027-06-07 10:00"))).toBe(true);
    expect(isWorkingNow(trip, at(TYO, "2027-06-08 10:00"))).toBe(false);
    expect(isWorkingNow(trip, at(CPH, "2027-06-08 10:00"))).toBe(true);
  });

  it("keeps the remaining working time and recomputes the due time when the reviewer travels", () => {
    const before: Person = { zone: TYO, holidayCountry: "JP" };
    const due = addWorkingTime(before, at(TYO, "2027-06-07 10:00"), 16 * H);
    expect(local(TYO, due)).toBe("2027-06-09 10:00");
    const now = at(TYO, "2027-06-07 15:00");
    const after: Person = { ...before, travel: [{ from: "2027-06-08", to: "2027-06-20", zone: CPH }] };
    expect(remainingWorkingTime(before, due, now)).toBe(11 * H);
    const moved = rescheduleDue(before, after, due, now);
    expect(local(CPH, moved)).toBe("2027-06-09 10:00");
    expect(moved - due).toBe(7 * H);
    expect(remainingWorkingTime(after, moved, now)).toBe(11 * H);
    // A due time already passed is left alone.
    expect(rescheduleDue(before, after, due, due + H)).toBe(due);
  });

  it("joins overlapping shifts when a trip moves the day east (no double counting)", () => {
    const trip: Person = { zone: "Pacific/Honolulu", travel: [{ from: "2027-06-08", to: "2027-06-08", zone: TYO }] };
    const from = Date.UTC(2027, 5, 7, 0);
    const ivs = workingIntervals(trip, from, from + 2 * 24 * H);
    // Mon 09–17 HST = 19:00Z–03:00Z; Tue 09–17 JST = 00:00Z–08:00Z → one 13 h block.
    expect(ivs).toEqual([{ start: Date.UTC(2027, 5, 7, 19), end: Date.UTC(2027, 5, 8, 8) }]);
    expect(addWorkingTime(trip, Date.UTC(2027, 5, 7, 19), 13 * H)).toBe(Date.UTC(2027, 5, 8, 8));
  });
});

describe("due state and presence", () => {
  const due = at(TYO, "2027-06-09 10:00"); // Wednesday

  it("is on track, due soon within 4 working hours, then overdue", () => {
    expect(DUE_SOON_MS).toBe(4 * H);
    expect(dueState(tokyoReviewer, due, at(TYO, "2027-06-07 10:00"))).toBe("on_track");
    expect(dueState(tokyoReviewer, due, at(TYO, "2027-06-08 13:59"))).toBe("on_track");
    expect(dueState(tokyoReviewer, due, at(TYO, "2027-06-08 14:00"))).toBe("due_soon");
    expect(dueState(tokyoReviewer, due, at(TYO, "2027-06-08 22:00"))).toBe("due_soon"); // 1 working hour left
    expect(dueState(tokyoReviewer, due, due)).toBe("overdue");
    expect(dueState(tokyoReviewer, due, due + MIN)).toBe("overdue");
  });

  it("knows whether someone is working now and when they next start", () => {
    expect(isWorkingNow(tokyoReviewer, at(TYO, "2027-06-07 09:00"))).toBe(true);
    expect(isWorkingNow(tokyoReviewer, at(TYO, "2027-06-07 09:00") - 1)).toBe(false);
    expect(isWorkingNow(tokyoReviewer, at(TYO, "2027-06-07 17:00"))).toBe(false);
    expect(local(TYO, nextWorkingStart(tokyoReviewer, at(TYO, "2027-06-11 18:00")))).toBe("2027-06-14 09:00");
  });
});
