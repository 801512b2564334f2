import { describe, expect, it } from "vitest";
import { addWorkingTime, formatLocal, holidaysFromDates, rescheduleDue, workingTimeBetween, type Person } from "../hours/index.js";
import {
  DEFAULT_POLICY,
  allowanceMs,
  autoAcceptStage,
  digestDecision,
  digestSlotOn,
  latestDigestSlot,
  nextDigestSlot,
  waitingFingerprint,
  waitingItems,
  workingDayMs,
  zoneOn,
  dueText,
  sharedWorkingTime,
} from "./index.js";

const H = 3_600_000;
const tokyo: Person = { zone: "Asia/Tokyo", hours: { mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"], thu: ["09:00-18:00"], fri: ["09:00-18:00"] }, holidayCountry: "JP" };
const magelang: Person = { zone: "Asia/Jakarta", hours: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] }, holidayCountry: "ID" };
const copenhagen: Person = { zone: "Europe/Copenhagen", holidayCountry: "DK" };
const newYork: Person = { zone: "America/New_York", holidayCountry: "US" };

describe("clock policy", () => {
  it("defaults: answer 1, review 2, changes 2, start 1 working day; auto-accept off", () => {
    expect(DEFAULT_POLICY).toEqual({ answerDays: 1, reviewDays: 2, changesDays: 2, startDays: 1, autoAcceptDays: null });
  });

  it("a working day is the owner's own average day: 8 h by default, 9 h on 09:00–18:00, across midnight too", () => {
    expect(workingDayMs({})).toBe(8 * H);
    expect(workingDayMs(tokyo)).toBe(9 * H);
    expect(workingDayMs({ hours: { mon: ["22:00-06:00"], tue: ["22:00-06:00"] } })).toBe(8 * H);
    expect(allowanceMs(DEFAULT_POLICY, "review", tokyo)).toBe(18 * H);
  });

  it("one working day from Monday 11:00 is Tuesday 11:00 for the owner", () => {
    const start = Date.parse("2027-03-01T02:00:00Z"); // Mon 11:00 JST
    const due = addWorkingTime(tokyo, start, allowanceMs(DEFAULT_POLICY, "answer", tokyo));
    expect(formatLocal("Asia/Tokyo", due)).toBe("Tue 11:00 JST");
  });

  it("Golden Week pauses a Tokyo reviewer's clock", () => {
    const start = Date.parse("2027-04-28T06:00:00Z"); // Wed 15:00 JST; Thu 29 Apr is Shōwa Day
    const due = addWorkingTime(tokyo, start, allowanceMs(DEFAULT_POLICY, "review", tokyo));
    // Wed 3 h, Fri 30 Apr 9 h, then 3–5 May are holidays, Thu 6 May 6 h.
    expect(formatLocal("Asia/Tokyo", due, { withDate: true })).toBe("Thu 6 May 15:00 JST");
  });

  it("Indonesian holidays pause a Magelang contractor's clock", () => {
    const start = Date.parse("2027-03-09T01:00:00Z"); // Tue 08:00 WIB; 9–10 Mar 2027 are Idul Fitri
    const due = addWorkingTime(magelang, start, allowanceMs(DEFAULT_POLICY, "changes", magelang));
    expect(formatLocal("Asia/Jakarta", due, { withDate: true })).toBe("Fri 12 Mar 16:00 WIB") // Thu 8 h + Fri 8 h;
  });

  it("DST: the working day still ends at 17:00 local across the Copenhagen and New York switches", () => {
    const cph = addWorkingTime(copenhagen, Date.parse("2027-03-26T16:00:00Z"), 8 * H); // Fri 17:00 CET → Mon
    // Easter Monday (29 March) is a Danish holiday: the 8 h fall on Tuesday, after the switch.
    expect(formatLocal("Europe/Copenhagen", cph)).toBe("Tue 17:00 CEST");
    const ny = addWorkingTime(newYork, Date.parse("2027-11-05T21:00:00Z"), 8 * H); // Fri 17:00 EDT → Mon
    expect(formatLocal("America/New_York", ny)).toBe("Mon 17:00 EST");
  });

  it("a travelling reviewer keeps the remaining working time and gets a new due time", () => {
    const now = Date.parse("2027-03-01T02:00:00Z"); // Mon 11:00 JST
    const due = addWorkingTime(tokyo, now, 18 * H);
    const travelling: Person = { ...tokyo, travel: [{ from: "2027-03-01", to: "2027-03-31", zone: "Europe/Copenhagen" }] };
    const moved = rescheduleDue(tokyo, travelling, due, now);
    expect(workingTimeBetween(travelling, now, moved)).toBe(18 * H);
    expect(zoneOn(travelling, moved)).toBe("Europe/Copenhagen");
    expect(moved).not.toBe(due);
  });

  it("auto-accept reminders at 50 % and 90 %, acceptance at 100 %", () => {
    expect(autoAcceptStage(4 * H, 10 * H)).toBe("none");
    expect(autoAcceptStage(5 * H, 10 * H)).toBe("reminder_50");
    expect(autoAcceptStage(9 * H, 10 * H)).toBe("reminder_90");
    expect(autoAcceptStage(10 * H, 10 * H)).toBe("accept");
  });
});

describe("waiting items", () => {
  const e = { id: "e1", orgId: "o1", reviewerIds: ["rev"], clientIds: ["owner", "rev"] };
  const t0 = 1_000_000;
  it("finds questions, reviews, changes and unstarted claims with their owners", () => {
    const items = waitingItems({
      engagements: [e],
      briefs: [
        { id: "b1", engagementId: "e1", state: "in_review", claimedBy: "c1", claimedAt: t0 },
        { id: "b2", engagementId: "e1", state: "changes_requested", claimedBy: "c1", claimedAt: t0 },
        { id: "b3", engagementId: "e1", state: "in_progress", claimedBy: "c2", claimedAt: t0 },
        { id: "b4", engagementId: "e1", state: "in_progress", claimedBy: "c2", claimedAt: t0 },
        { id: "b5", engagementId: "e1", state: "shipped", claimedBy: "c2", claimedAt: t0 },
      ],
      questions: [
        { id: "q1", briefId: "b3", authorId: "c2", createdAt: t0 + 5, answered: false },
        { id: "q2", briefId: "b3", authorId: "c2", createdAt: t0 + 6, answered: true },
        { id: "q3", briefId: "b5", authorId: "c2", createdAt: t0 + 6, answered: false },
      ],
      deliverables: [
        { id: "d1", briefId: "b1", authorId: "c1", state: "in_review", createdAt: t0 + 10 },
        { id: "d2", briefId: "b2", authorId: "c1", state: "changes_requested", createdAt: t0 + 10 },
      ],
      reviews: [
        { id: "r1", briefId: "b2", reviewerId: "rev", outcome: "changes_requested", createdAt: t0 + 20 },
        { id: "r0", briefId: "b2", reviewerId: "rev", outcome: "changes_requested", createdAt: t0 + 1 },
      ],
      signs: [{ briefId: "b3", authorId: "c2", at: t0 + 5 }],
    });
    expect(items.map((i) => [i.kind, i.subjectId, i.ownerId, i.waiterId])).toEqual([
      ["answer", "q1", "rev", "c2"],
      ["review", "d1", "rev", "c1"],
      ["changes", "r1", "c1", "rev"],
      ["start", `b4@${t0}`, "c2", "rev"],
    ]);
  });

  it("without named reviewers the organisation's first client person owes answers", () => {
    const items = waitingItems({
      engagements: [{ ...e, reviewerIds: [] }],
      briefs: [{ id: "b1", engagementId: "e1", state: "in_progress", claimedBy: "c1", claimedAt: t0 }],
      questions: [{ id: "q1", briefId: "b1", authorId: "c1", createdAt: t0, answered: false }],
      deliverables: [],
      reviews: [],
      signs: [{ briefId: "b1", authorId: "c1", at: t0 }],
    });
    expect(items.map((i) => i.ownerId)).toEqual(["owner"]);
  });
});

describe("digest schedule", () => {
  it("08:30 local on working days only: not at weekends, not on a Japanese holiday", () => {
    expect(formatLocal("Asia/Tokyo", digestSlotOn(tokyo, "2027-04-28")!)).toBe("Wed 08:30 JST");
    expect(digestSlotOn(tokyo, "2027-04-29")).toBeNull(); // Shōwa Day
    expect(digestSlotOn(tokyo, "2027-05-01")).toBeNull(); // Saturday
    const next = nextDigestSlot(tokyo, Date.parse("2027-04-28T00:00:00Z"))!;
    expect(formatLocal("Asia/Tokyo", next, { withDate: true })).toBe("Fri 30 Apr 08:30 JST");
  });

  it("the latest slot at or before now, while it is at most 12 hours old", () => {
    const at = (s: string) => latestDigestSlot(tokyo, Date.parse(s));
    expect(at("2027-04-27T23:29:00Z")).toBeNull(); // Wed 08:29 JST: Tuesday's slot is 24 h old
    expect(at("2027-04-27T23:30:00Z")).toBe(digestSlotOn(tokyo, "2027-04-28")); // Wed 08:30 JST
    expect(at("2027-04-28T06:00:00Z")).toBe(digestSlotOn(tokyo, "2027-04-28")); // Wed 15:00 JST, runner was down
    expect(at("2027-04-29T03:00:00Z")).toBeNull(); // Thu 12:00 JST, Shōwa Day
  });

  it("follows DST: 08:30 Copenhagen is 07:30 UTC before and 06:30 UTC after 28 March 2027", () => {
    expect(new Date(digestSlotOn(copenhagen, "2027-03-24")!).toISOString()).toBe("2027-03-24T07:30:00.000Z");
    expect(new Date(digestSlotOn(copenhagen, "2027-03-30")!).toISOString()).toBe("2027-03-30T06:30:00.000Z");
  });

  it("with a provider that has no holidays, the holiday is a working day", () => {
    expect(digestSlotOn(tokyo, "2027-04-29", { holidays: holidaysFromDates({}) })).not.toBeNull();
  });

  it("decides: not due, unchanged, or send", () => {
    const base = { slot: 100, lastSlot: 50, fingerprint: "a", lastFingerprint: "a", newEvents: 0 };
    expect(digestDecision({ ...base, slot: null })).toBe("not_due");
    expect(digestDecision({ ...base, slot: 50 })).toBe("not_due");
    expect(digestDecision(base)).toBe("unchanged");
    expect(digestDecision({ ...base, newEvents: 1 })).toBe("send");
    expect(digestDecision({ ...base, fingerprint: "b" })).toBe("send");
    expect(digestDecision({ ...base, lastSlot: null, lastFingerprint: null, fingerprint: "" })).toBe("unchanged");
    expect(waitingFingerprint([{ kind: "b", subjectId: "1", state: "x" }, { kind: "a", subjectId: "2", state: "y" }])).toBe("a:2:y|b:1:x");
  });
});

describe("due text", () => {
  const client = { id: "c", name: "山田太郎", person: tokyo };
  const contractor = { id: "s", name: "Sam Carter", person: newYork };
  const due = Date.parse("2027-03-02T01:00:00Z"); // Tue 10:00 JST = Mon 20:00 EST
  const now = due - 86_400_000;
  it("shows each reader their own zone with the other party's beside it", () => {
    expect(dueText(due, client, contractor, "c", "Asia/Tokyo", now)).toBe("due Tue 10:00 JST · Mon 20:00 EST for Sam Carter");
    expect(dueText(due, client, contractor, "s", "America/New_York", now)).toBe("due Tue 10:00 JST · Mon 20:00 EST for you");
    expect(dueText(due, client, contractor, "x", "Europe/Copenhagen", now)).toBe("due Tue 10:00 JST · Tue 02:00 CET for you");
    expect(dueText(due, client, null, "c", "Asia/Tokyo", now)).toBe("due Tue 10:00 JST");
  });
});

describe("shared working time", () => {
  const losAngeles: Person = { zone: "America/Los_Angeles", holidayCountry: "US" };
  const from = Date.parse("2027-03-01T03:00:00Z"); // Mon 12:00 JST = Sun 19:00 PST

  it("finds a Los Angeles afternoon and the next Tokyo morning although their dates differ", () => {
    // LA 09–17 PST = 17:00–01:00 UTC; Tokyo 09–18 JST = 00:00–09:00 UTC: one hour, Tokyo Tue–Fri.
    // US DST starts Sun 14 March, after which LA ends at 00:00 UTC: no more overlap in the window.
    const s = sharedWorkingTime(tokyo, losAngeles, from, 14);
    expect(s.totalMs).toBe(8 * H);
    expect(s.days).toBe(8);
    expect(formatLocal("Asia/Tokyo", s.intervals[0].start, { withDate: true })).toBe("Tue 2 Mar 09:00 JST");
    expect(formatLocal("America/Los_Angeles", s.intervals[0].end, { withDate: true })).toBe("Mon 1 Mar 17:00 PST");
    expect(sharedWorkingTime(losAngeles, tokyo, from, 14)).toEqual(s);
  });

  it("counts from now: the part of today already past is not shared time", () => {
    // Mon 12:00 JST / 10:00 WIB: Dewi's Monday 08:00–16:00 WIB leaves 10:00–16:00 WIB = 12:00–18:00 JST.
    const s = sharedWorkingTime(tokyo, magelang, from, 1);
    expect(s.intervals[0]).toEqual({ start: from, end: from + 6 * H });
    expect(s.totalMs).toBe(8 * H); // and Tuesday 10:00–12:00 JST, inside the 24 hours
  });

  it("holidays of either side remove shared time, and no shared time is zero days", () => {
    const start = Date.parse("2027-04-28T15:00:00Z"); // Thu 29 April 00:00 JST
    const golden = sharedWorkingTime(tokyo, magelang, start, 7); // Thu 29 Apr – Wed 5 May: only Fri 30 Apr is a Tokyo working day
    expect(golden.totalMs).toBe(8 * H); // 10:00–18:00 JST = 08:00–16:00 WIB
    expect(golden.days).toBe(1);
    expect(sharedWorkingTime(tokyo, newYork, from, 14)).toEqual({ intervals: [], totalMs: 0, days: 0 });
  });
});
