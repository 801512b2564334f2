/**
 * Behaviours added in session 29 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const API = 9;

describe("session 29, round 309: a safety margin with no size, an outcome given only as a difference", () => {
  it("reports 'keep a safety margin' and 'plus a safety margin', not a margin with its figure or one a change acts on", () => {
    expect(rulesAt(brief({ api: "- A generator's load is the sum of `declared_kva` of its rides. It must keep a safety margin." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The price is the reference rate plus a safety margin for currency risk." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Portions are guests × 1.03 (a 3% safety margin), rounded up." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- A class B defect reduces a safety margin; the unit may still be used." }), API)).toEqual([]);
  });

  it("leaves a margin to the shared-context finding when the line says it was agreed elsewhere", () => {
    const found = check(brief({ api: "- Refuse the bid with a safety margin on top, as we agreed at the Monday meeting." })).findings.filter((f) => f.line === API);
    expect(found.map((f) => f.rule)).toEqual(["shared-context"]);
  });

  it("reports 'the lot gets a shorter use-by' and 'new shops get a larger reserve', not a difference from a named value", () => {
    const found = check(brief({ api: "- If the target is not reached, the lot gets a shorter use-by and goes only to restaurants." })).findings.filter((f) => f.line === API);
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([["unquantified", "a shorter"]]);
    expect(found[0].message).toContain("say by how much");
    expect(rulesAt(brief({ api: "- New shops (fewer than 90 days on the platform) get a larger reserve." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- In one class, exhibitor B gets a lower number than exhibitor A." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Sea-side claims get a shorter warranty period of 2 years." }), API)).toEqual([]);
  });

  it("does not read 'a lower score' or 'a higher amount' as a figure left out where nothing is handed out", () => {
    expect(rulesAt(brief({ api: "- A station posts a lower score than before: store it anyway, the newest post wins." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Coaches can't mark skills of a higher level." }), API)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Submitting a lower score for a level leaves the total unchanged." }), 17)).toEqual([]);
  });
});
