/**
 * Behaviours added in session 14 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;

describe("session 14: a view someone holds does not answer a question", () => {
  it("keeps a question open when the next sentence reports what a person or a team thinks or wants", () => {
    expect(rulesAt(brief({ edge: "- Should the customer see the replay? Jonas thinks yes." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Do we hold back beds for late walkers? Kari thinks yes, the hosts say no." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Count repeats separately or as `exact`? Sales want separate, finance wants `exact`." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads an explicit answer, or a written source's word, as the answer", () => {
    expect(rulesAt(brief({ edge: "- Q: Should cars in a shop be left out? A: No. The planner wants to see them too, with `in_shop: true`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Do we refund the deposit? The contract says no: the deposit is kept and the booking is `forfeited`." }), EDGE)).toEqual([]);
  });
});

describe("session 14: a judgement of distance, threshold or limit is the vague word", () => {
  it("reports 'reasonable' before a distance, a threshold or a limit as vague-term, as the spec lists it", () => {
    expect(rulesAt(brief({ edge: "- No locksmith free: pick one on duty within a reasonable distance of the customer." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- New customer: the system proposes a reasonable limit from the first three orders." }), EDGE)).toEqual(["vague-term"]);
  });

  it("keeps a size, a delay or a period left open as unquantified", () => {
    expect(rulesAt(brief({ edge: "- Photos are compressed to a reasonable size before the reviewer sees them." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Credits are applied within a reasonable delay after shipping." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: 'no longer' before a state the test observes", () => {
  const AC = 17;
  it("reads 'no longer opens', 'is no longer in', 'can no longer be paid' as a checkable state", () => {
    expect(rulesAt(brief({ ac: "- After a new PIN is set, the old PIN no longer opens the locker." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- After cancelling, the invoice can no longer be paid in the sandbox." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- An unpublished job is no longer in the feed after the next export." }), AC)).toEqual([]);
  });

  it("still finds an outcome in people's heads uncheckable", () => {
    expect(rulesAt(brief({ ac: "- Customers are no longer confused about fees." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The wall chart is no longer needed." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: the fast of Ramadan", () => {
  it("reads 'the fast' at the end of a phrase as the noun", () => {
    expect(rulesAt(brief({ context: "In Ramadan the outlets order more for buka puasa (breaking the fast) at 17:30." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Factories replace lunch with a box for iftar, the meal that breaks the fast." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'fast' before a noun or as a predicate as the quality word", () => {
    expect(rulesAt(brief({ edge: "- Refunds need the fast lane, not the batch." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The export must be fast." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 14: 'no longer' before a participle", () => {
  it("reads 'is no longer counted' as a state of a record, 'is no longer needed' as a need", () => {
    expect(rulesAt(brief({ ac: "- A paid hold becomes a booking and is no longer counted as a hold." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The wall chart is no longer needed." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: a person's team named without 'the'", () => {
  it("reads 'Marek from sales knows which ones' as knowledge in a head", () => {
    expect(rulesAt(brief({ context: "Some fleets have their own prices; Marek from sales knows which ones." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves a person from a team who acts in the product alone", () => {
    expect(rulesAt(brief({ edge: "- Marek from sales approves each quote in the admin screen." }), EDGE)).toEqual([]);
  });
});

describe("session 14: an earlier effort known by its year, an old thing after 'like for'", () => {
  it("reports 'like in the 2023 rollout' and 'like for the old Access database'", () => {
    expect(rulesAt(brief({ edge: "- Stage 1 only holds our test growers, like in the 2023 rollout." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Retention for closed referrals: like for the old Access database." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves a comparison with the brief's own table or its other endpoints alone", () => {
    expect(rulesAt(brief({ edge: "- Prices are shown like in the table below." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Like for the other endpoints, errors use `application/problem+json`." }), EDGE)).toEqual([]);
  });
});

describe("session 14: 'on time' outside acceptance criteria", () => {
  it("reads punctuality named in an edge case or the context as a state, not a deadline to give", () => {
    expect(rulesAt(brief({ edge: "- Ferry cancelled: no hold, the bus leaves on time." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Part of the gear returned on time, the rest late: only the late items' rates count." }), EDGE)).toEqual([]);
  });

  it("still asks for the time of 'in time', and finds 'on time' uncheckable in a criterion", () => {
    expect(rulesAt(brief({ edge: "- The hotel does not answer in time: the request expires." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- Reminders arrive on time." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: 'in time' as a relation between two times", () => {
  it("reads 'overlaps in time' and 'the closest in time' as a relation, not a deadline", () => {
    expect(rulesAt(brief({ edge: "- A guide on another tour that overlaps in time is not returned." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Two sales of the same amount: match the closest in time to the deposit." }), EDGE)).toEqual([]);
  });

  it("still asks how long 'in time' is for an answer", () => {
    expect(rulesAt(brief({ edge: "- The guide does not accept in time: offer the tour to the next guide." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: 'go/no-go' is a phrase, not a short link", () => {
  it("reads 'the go/no-go decision' as words", () => {
    expect(rulesAt(brief({ context: "The pilot in command makes the go/no-go decision; the system only records it." }), CONTEXT)).toEqual([]);
  });

  it("still reports a company short link", () => {
    expect(rulesAt(brief({ context: "How support does it today: go/offcycle-runbook" }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 14: old records that persist", () => {
  it("reads 'Old prices are never deleted' and 'Old vouchers stay valid' as the records from before, not an age", () => {
    expect(rulesAt(brief({ edge: "- Old prices are never deleted; the table keeps all rows for audit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old paper vouchers stay valid; the desk handles them by hand." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A rate changes after quotes were sent: old quotes keep their fee." }), EDGE)).toEqual([]);
  });

  it("still asks how old records must be before they are removed", () => {
    expect(rulesAt(brief({ edge: "- Old entries are deleted after a while." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Old reports are archived." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: small differences of form", () => {
  it("reads 'small differences in spelling' and 'robust against small layout changes' as vague, not a size to give", () => {
    expect(rulesAt(brief({ edge: "- The name matching must be tolerant enough for small differences in spelling." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The parser should be robust against small layout changes on the page." }), EDGE)).toEqual(["vague-term"]);
  });

  it("still asks how small a difference of an amount is", () => {
    expect(rulesAt(brief({ edge: "- Small differences in unit price should be ignored." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Small differences in weight are accepted automatically; bigger ones need a confirmation." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: the real time of an event", () => {
  it("reads 'the real time of passage' and 'keep real time' as the actual time, not a latency", () => {
    expect(rulesAt(brief({ edge: "- Bus early at a timing point: report the real time of passage." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Offline scans are sent later, so `at` is the real time of the scan." }), EDGE)).toEqual([]);
  });

  it("still asks how fast 'in real time' is", () => {
    // Session 20: vague-term, as writers label it (13 of 15 labelled lines).
    expect(rulesAt(brief({ edge: "- Alerts must reach the manager in real time." }), EDGE)).toEqual(["vague-term"]);
  });
});
