/**
 * Behaviours added in session 33 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;

describe("session 33: an in-house file known by its name", () => {
  it("reports 'the Kancil sheet' as a name the contractor cannot know, as it does 'the Kancil board'", () => {
    expect(rulesAt(brief({ context: "Stock levels are typed into the Kancil sheet every evening." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Prices are kept in the Hoshizora spreadsheet." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Stock levels are typed into the Kancil board every evening." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("stays quiet on a sheet named by a public tool, a known word or an explained name", () => {
    expect(rulesAt(brief({ context: "Stock levels are typed into the Excel sheet every evening." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Stock levels are typed into the Monday spreadsheet every evening." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Stock levels are typed into Kancil (our stock spreadsheet) every evening; the Kancil sheet has one row per item." }), CONTEXT)).toEqual([]);
  });
});
