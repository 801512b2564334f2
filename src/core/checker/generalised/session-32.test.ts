/**
 * Behaviours added in session 32 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;

describe("session 32, round 320: a count over one period", () => {
  it("reports 'too many hours in a week' and 'too many stops in one day': the period is the window, the count is left out", () => {
    expect(rulesAt(brief({ edge: "- Guides cannot work too many hours in a week." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Don't give a tech too many stops in one day." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Guides cannot work more than 48 hours in a week." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Don't give a tech too many stops in one day (at most 12)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Block a phone after too many wrong codes (5 in one hour)." }), EDGE)).toEqual([]);
  });
});
