/**
 * Behaviours added in session 38 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen, rounds 350 onwards): each test pairs the smell with
 * the near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

describe("session 38: an acronym before 'group' after 'the' is a group the client keeps", () => {
  it("reports 'the PMC group' and 'the MVG group bookings'", () => {
    expect(rulesAt(brief({ edge: "- Members in the PMC group pay 150 baht instead." }), 13)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Behaviour for the MVG group bookings is the same as for single bookings." }), 13)).toEqual(["undefined-term"]);
  });

  it("stays quiet on an organisation written with a lower-case 'group' ('AKVA group supplies')", () => {
    expect(rulesAt(brief({ context: "Run against the OPC UA simulator that AKVA group supplies with the controller." }), 5)).not.toContain("undefined-term");
  });
});

describe("session 38: 'like' after a pronoun is the verb", () => {
  it("stays quiet on 'a donor they like in the catalogue'", () => {
    expect(rulesAt(brief({ context: "Recipients get frustrated when they find a donor they like in the catalogue and then see \"0 vials\"." }), 5)).toEqual([]);
  });

  it("still reports 'like in the old portal' as a precedent", () => {
    expect(rulesAt(brief({ context: "Donor cards should look like in the old portal." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 38: a case the table leaves out", () => {
  it("reports 'handle it gracefully' for a country not in the table above", () => {
    expect(rulesAt(brief({ edge: "- Country not in the table above: handle it gracefully." }), 13)).toEqual(["vague-term"]);
  });

  it("stays quiet when the table holds the figures ('fast; the target numbers are in the table below')", () => {
    expect(rulesAt(brief({ context: "Lookups must be fast; the target numbers are in the table below." }), 5)).toEqual([]);
  });
});
