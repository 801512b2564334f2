/**
 * Behaviours added in session 31 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;
const EDGE = 13;
const AC = 17;

describe("session 31, round 319: short day and month names, a system first named in a criterion, a name after 'The'", () => {
  it("reads 'Sept to Dec' and 'Mon to Sat' as months and days, not in-house names", () => {
    expect(rulesAt(brief({ context: "The main shear runs Sept to Dec, the second one Feb to Apr." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A gang works Mon to Sat, never on Sun." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A gang works Mon to Sat and posts to Dalrig." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("reports an in-house system first named in an acceptance criterion, not a case's data", () => {
    expect(rulesAt(brief({ ac: "- After approval the booking shows on the Kea board." }), AC)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ ac: "- The Tarvo service receives the booking within 5 seconds." }), AC)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ ac: "- A route with 3,000 kg in Deinze and 1,000 kg in Nazareth returns two stops." }), AC)).toEqual([]);
  });

  it("reports 'The Orbit service must also read the rule' but not the brief's opening 'The Kóló app lets readers …'", () => {
    expect(rulesAt(brief({ edge: "- The Orbit service must also read the new rule." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- The Arkiv job moves closed cases to cold storage every night." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "The Kóló app lets readers download chapters to read offline." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The Hague office closes on public holidays; orders wait until the next working day." }), EDGE)).toEqual([]);
  });
});

describe("session 31, round 319: work sketched once, a product's sync, a question closed, a thing its code names", () => {
  it("reports 'the screen we sketched on the whiteboard', not 'the screen we describe below'", () => {
    expect(rulesAt(brief({ edge: "- The web app shows the conflicts in the screen we sketched on the whiteboard in Aarhus." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The web app shows the conflicts in the screen we describe under API." }), EDGE)).toEqual([]);
  });

  it("reads 'that the booking form on our website calls' as a form calling the endpoint, not a call held on the website", () => {
    expect(rulesAt(brief({ context: "This brief adds a public endpoint that the booking form on our website calls." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "This brief adds the public endpoint we agreed on our weekly calls." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads 'changed on two tablets before sync' as the product's sync, not a meeting", () => {
    expect(rulesAt(brief({ context: "When the same record is changed on two tablets before sync, the last sync wins." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Tally corrections follow what we decided in our sync last week." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("does not report 'not open for discussion' as an open question", () => {
    expect(rulesAt(brief({ edge: "- Upgrades are credited at list price; this is not open for discussion." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Upgrades are credited at list price; this is still open for discussion." }), EDGE)).toEqual(["open-question"]);
  });

  it("does not report 'the same one the checkout uses' after the code that names it", () => {
    expect(rulesAt(brief({ context: "Orders are made by `OrderService::create()`, the same one the checkout uses." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Orders are made by the same one the checkout uses." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("knows the Macintosh platform record of a font's name table", () => {
    expect(rulesAt(brief({ edge: "- Non-ASCII email: write it in the Windows platform record and leave it out of the Macintosh platform record." }), EDGE)).toEqual([]);
  });
});

describe("session 31, round 320: a Polish sentence that opens with a conditional", () => {
  it("reports 'Jeśli klient odrzuci nowy termin …' as not in English, and leaves the same words in a code span", () => {
    expect(rulesAt(brief({ edge: "- Jeśli klient odrzuci nowy termin przez SMS, wizyta wraca do dyspozytora." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The SMS text is `Jeśli klient odrzuci nowy termin, wizyta wraca do dyspozytora.`" }), EDGE)).toEqual([]);
  });
});
