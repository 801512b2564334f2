/**
 * Behaviours added in session 34 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;

describe("session 34: a thing a named person made, with a describing word before it", () => {
  it("reports 'the colour coding Jens made' as 'the list Jens made' is reported", () => {
    expect(rulesAt(brief({ context: "On the profile page, the grades get the colour coding Jens made for the breed committee." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "On the profile page, the grades get the colours Jens made for the breed committee." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet when the words before the name are not a thing after a determiner", () => {
    expect(rulesAt(brief({ context: "On the profile page, the grades get a colour coding; Jens made it for the breed committee." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The grades and colours Jens made are replaced by `grade_colour` (hex, e.g. `#3A7D44`)." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 334: 'would like' is a wish, not a comparison", () => {
  it("stays quiet on 'We would like the existing spreadsheet imported' and 'We'd like the backend to do it'", () => {
    expect(rulesAt(brief({ context: "We would like the existing spreadsheet (about 6,400 rows) imported once, before go-live." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Olivia types the invoices by hand. We'd like the backend to do it." }), CONTEXT)).toEqual([]);
  });

  it("still reports a comparison with the old thing, wished for or not", () => {
    expect(rulesAt(brief({ context: "Totals are rounded like the old export." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "We would like totals rounded like the old export." }), CONTEXT)).toEqual(["shared-context"]);
  });
});
