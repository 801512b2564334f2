/**
 * Behaviours added in session 32 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;
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

describe("session 32, round 321: common system nouns, regional names, a state after its city, a series of codes", () => {
  it("reads 'Server computes …' as the server, and still reports an unknown name in the same place", () => {
    expect(rulesAt(brief({ edge: "- Server computes `result`: `pass` if every check is `pass`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Zephyr computes `result`: `pass` if every check is `pass`." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("knows 'Bavarian' as the name of a region's people and speech", () => {
    expect(rulesAt(brief({ context: "Field names are in Bavarian dialect and are returned as they are." }), CONTEXT)).toEqual([]);
  });

  it("reads 'Pasadena, TX for the refineries' as a US state after its city, not an acronym to expand", () => {
    expect(rulesAt(brief({ context: "We run crews out of Pasadena, TX for the refineries along the ship channel." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We run crews out of Pasadena, TX for the refineries, and GFR for the rest." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'IA, IB, IC' as the steps of one scale, and still reports an unexplained code beside them", () => {
    expect(rulesAt(brief({ context: "Ice classes follow the Finnish-Swedish rules: IA Super, IA, IB, IC, II, III." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Ice classes follow our rules: IA Super, IA, IB, IC, and the PKX." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 32, round 321: a letter paired by a slash, a business-app platform named as a system", () => {
  it("does not read '% w/w' as the Polish 'w'", () => {
    expect(rulesAt(brief({ context: "| BA | beta acids, % w/w, same methods |" }), CONTEXT)).toEqual([]);
  });

  it("reads 'types the claims into Kintone' as a system the work touches, not a page the contractor cannot open", () => {
    expect(rulesAt(brief({ context: "Our office re-types the claims into Kintone." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The consent list is in our Notion." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 32, round 321: a person who stops doing something 'anymore'", () => {
  const AC = 17;
  it("reports 'Operator cannot make mistake anymore' and 'Sitters don't forget plants anymore', not a record that stops showing", () => {
    expect(rulesAt(brief({ ac: "- Operator cannot make mistake anymore." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Sitters don't forget plants anymore." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The buyers are not blocked wrongly anymore." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A disposed mould does not appear any more in the list." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- A skipped number is not shown on the display any more." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The second login does not call our custom database script anymore." }), AC)).toEqual([]);
  });
});

describe("session 32, round 322: a person who need not do something any more, a count from one sender, the writer's own words, an attachment", () => {
  const AC = 17;
  it("reports 'Finance team does not need to worry about the rate any more' ('need' is no participle)", () => {
    expect(rulesAt(brief({ ac: "- Finance team does not need to worry about the rate any more." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("reports 'Too many lookups from one IP address': one sender is what the count is taken per, not the count", () => {
    expect(rulesAt(brief({ edge: "- Too many lookups from one IP address: block them." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- More than 20 lookups from one IP address in an hour: block them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `POST /v2/telemetry` accepts a batch of positions from one device." }), EDGE)).toEqual([]);
  });

  it("does not read 'Quick intro:' or 'a great deal to us' as qualities asked of the product", () => {
    expect(rulesAt(brief({ context: "Quick intro: we're Maple Mobility, we sell stairlifts across Ontario." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "It matters a great deal to us and to the people we visit." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The lookup must be quick." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reports 'Please find attached …' and 'attached for reference', not a file the product attaches", () => {
    expect(rulesAt(brief({ context: "Please find attached the current Excel for your reference." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Last year's route export is attached for reference." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- The invoice PDF is attached to the confirmation email." }), EDGE)).toEqual([]);
  });
});

describe("session 32, round 323: a job called work, last year's figure, records posted to a place", () => {
  const AC = 17;
  it("reads 'the Melvin work' as a record, and still reports 'Retries work as expected'", () => {
    expect(rulesAt(brief({ ac: "- Cancelling a job sets the Melvin work to cancelled." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Retries work as expected." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("reads 'estimates a missing reading as last year's consumption' as a value, not a way of working copied", () => {
    expect(rulesAt(brief({ context: "It estimates a missing reading as last year's consumption." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The export uses the same layout as last year's reports." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads 'Telegrams posted to a closed drive' as records, not a person's post", () => {
    expect(rulesAt(brief({ edge: "- Telegrams posted to a closed drive: `409`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Use the format Anna posted to the channel." }), EDGE)).toEqual(["shared-context"]);
  });
});
