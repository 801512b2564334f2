/**
 * Behaviours added in session 35 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const AC = 17;

describe("session 35: a vague word in a criterion that also has an evaluative verb", () => {
  it("reports 'handled correctly in the monthly report': 'monthly' measures nothing about 'correctly'", () => {
    expect(rulesAt(brief({ ac: "- Charges are handled correctly in the monthly report." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Reconciliation is done correctly every night." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the item names an exact outcome, or its figure is what the verb is judged by", () => {
    expect(rulesAt(brief({ ac: "- Charges are handled correctly: the monthly report shows `damage_total` = 1,200 CZK." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Charges are handled within 2 seconds of the return scan." }), AC)).toEqual([]);
  });
});
