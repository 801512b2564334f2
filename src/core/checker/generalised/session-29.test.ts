/**
 * Behaviours added in session 29 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;
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

describe("session 29, round 310: in-house letter codes, a modern kind of thing, a stack named before 'same as'", () => {
  it("reports a letter code joined to a noun ('the B-list', 'a KS-balance', 'RDC-ready') at its first use", () => {
    const found = check(brief({ api: "- Farmers on the KP-list are confirmed by phone.\n- Every member has a KS-balance." })).findings.filter((f) => f.rule === "undefined-term");
    expect(found.map((f) => [f.line, f.excerpt])).toEqual([[API, "KP-list"], [API + 1, "KS-balance"]]);
    expect(rulesAt(brief({ api: "- Customers on the B-list pay half price." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Only students marked RDC-ready can join." }), API)).toEqual(["undefined-term"]);
  });

  it("does not report a code it explains, a one-letter grade, a well-known acronym or a local name given in brackets", () => {
    expect(rulesAt(brief({ api: "- Customers on the B-list (customers who pay late) pay upfront." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- A-class riders need a licence; the T-number is printed on the invoice." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Guests show an ID-card at the door." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Customers without a mandate get a payment slip (in Danish: FI-kort)." }), API)).toEqual([]);
  });

  it("reports the code once when it was met on its own first ('the SK contract', then 'an SK-contract farm')", () => {
    const markdown = brief({ api: "- Farms on the SK contract get 3% off.\n- An SK-contract farm with 680,000 yen gets 20,400 yen off." });
    const found = check(markdown).findings.filter((f) => f.rule === "undefined-term");
    expect(found.map((f) => [f.line, f.excerpt])).toEqual([[API, "SK"]]);
  });

  it("reads 'our 20 modern jeepneys' and 'traditional upholstery and modern foam' as kinds, 'a modern flow' as a quality", () => {
    expect(rulesAt(brief({ context: "Our 20 modern jeepneys accept stored-value cards." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We do traditional upholstery (horsehair, jute) and modern foam." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Make it a smooth, modern flow." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- The PDF should look neat and modern." }), API)).toEqual(["vague-term"]);
  });

  it("does not read 'Backend is Laravel 10 with MySQL 8, same as the rider app' as knowledge outside the brief", () => {
    expect(rulesAt(brief({ context: "Backend is Laravel 10 with MySQL 8, same as the rider app." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Backend: Django 4.2, PostgreSQL 14 (same as the booking system)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Payments go through Xendit the same way as the rental payments." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 29, round 311: another workplace's practice, a numbered form or station", () => {
  it("reports 'the same threshold the Sodegaura site uses', not a threshold the line gives", () => {
    expect(rulesAt(brief({ api: "- Residue limit: use the same threshold the Sodegaura site uses." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Dose rounding follows the same rule the Otaru branch used last year." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Residue limit: 3 % of the drum volume, the same for every site." }), API)).toEqual([]);
  });

  it("reports a letter-and-number code before a form, a station or a treatment, not one before a row of the brief's data", () => {
    const found = check(brief({ api: "- Drums that leak at the bottom seam go to the TL2 station." })).findings.filter((f) => f.line === API);
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([["undefined-term", "TL2"]]);
    expect(rulesAt(brief({ api: "- Every transfer also needs the K3 form signed by the captain." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Sending the same webhook twice creates exactly one M2 line." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Wine tanks get the P7 treatment (a hot caustic wash at 80 °C) after the `F2` programme." }), API)).toEqual([]);
  });
});

describe("session 29, round 312: an interval the brief sets elsewhere, a titled person's practice", () => {
  it("does not ask again for 'an interval' when another line gives the interval, and does when none does", () => {
    const given = brief({ context: "Meters report each 15-minute interval as one CSV row.", api: "- Pump energy in an interval is split across trails by water pumped." });
    expect(rulesAt(given, API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Pump energy in an interval is split across trails by water pumped." }), API)).toEqual(["unquantified"]);
  });

  it("reports 'same as Pak Hendra chooses now' and 'same like Pak Budi is using', not a practice the line writes out", () => {
    expect(rulesAt(brief({ api: "- Which trucking company gets the job: same as Pak Hendra chooses now in his Excel." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Rule for the alert: same like Pak Budi is using in his Excel." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Rule for the alert: water above 50 mm, which Pak Budi checks every month." }), API)).toEqual([]);
  });
});

describe("session 29, round 313: a device known by its name, the legal name of an inspection", () => {
  it("reports 'the Hama box' as an in-house name, not one the words before it explain", () => {
    expect(rulesAt(brief({ api: "- The machines talk to us through the Hama box that the vendor installed last spring." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- We sell a gateway, the Hako box, that reads the incubator every 10 seconds." }), API)).toEqual([]);
  });

  it("does not read 'annual thorough examination' as vague, and still reads 'a thorough check'", () => {
    expect(rulesAt(brief({ context: "Every device needs a valid certificate after its annual thorough examination." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The import must do a thorough check of every row." }), API)).toEqual(["vague-term"]);
  });
});
