/**
 * Behaviours added in session 39 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen, rounds 358 onwards): each test pairs the smell with
 * the near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

describe("session 39: a streak or a count of failures whose length is left out", () => {
  it("reports 'several sessions in a row' and 'after several failed password attempts'", () => {
    expect(rulesAt(brief({ edge: "- Patients who miss several sessions in a row are discharged early." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Lock the user account after several failed password attempts." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Store nothing, and after several missed cycles mark the prism `not_visible`." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet on a plural that is no streak ('several shifts in the rota', 'several wrong PINs in the import file')", () => {
    expect(rulesAt(brief({ context: "Volunteers can pick several shifts in the rota." }), 5)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Several wrong PINs in the import file are reported together." }), 13)).toEqual([]);
  });
});

describe("session 39: a chat named with 'a' is the way work runs, not a place to open", () => {
  it("stays quiet on 'booked today in a WhatsApp group' and 'doing shift swaps thru a Viber group chat'", () => {
    expect(rulesAt(brief({ context: "Sessions are booked today in a WhatsApp group, and students turn up when no instructor is free." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Our agents are doing shift swaps thru a Viber group chat and the schedule is not updated." }), 5)).toEqual([]);
  });

  it("still reports the chat that holds what the contractor needs ('the rules are in our WhatsApp group')", () => {
    expect(rulesAt(brief({ context: "The rules for which van takes which area are pinned in the drivers' WhatsApp group." }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The species code list is in our WhatsApp group." }), 5)).toEqual(["private-link"]);
  });
});

describe("session 39: workspace pages on notion.site, a group's invite link, a CRM's and a BI tool's app pages", () => {
  it("reports links the contractor cannot open without the client's login", () => {
    expect(rulesAt(brief({ context: "Message formats from the controllers are described here: https://regnly.notion.site/controller-events-2f81" }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The current daily plan is in our group: https://chat.whatsapp.com/Gx7Hk2sinarGemilangOps" }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Invoice layout: follow the template at https://app.hubspot.com/documents/4410982/folder/corporate-invoice" }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- The Power BI workspace is here: https://app.powerbi.com/groups/8c1e5a2f/list" }), 13)).toEqual(["private-link"]);
  });

  it("stays quiet on the vendors' public documentation", () => {
    expect(rulesAt(brief({ context: "Update the contact through the HubSpot contacts API (https://developers.hubspot.com/docs/api/crm/contacts)." }), 5)).toEqual([]);
  });
});

describe("session 39: a cue inside a quoted message or clause of any length is someone else's text", () => {
  it("stays quiet on 'the message \"Too many attempts from your network, try again in an hour.\"'", () => {
    expect(rulesAt(brief({ edge: '- Over the per-IP limit: `429` and the message "Too many attempts from your network, try again in an hour."' }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: '- Google not reachable: show "Google sign-in is not available right now. Try again in a few minutes."' }), 13)).toEqual([]);
  });

  it("still reports the same words as the brief's own instruction", () => {
    expect(rulesAt(brief({ edge: "- Google not reachable: try again in a few minutes." }), 13)).toEqual(["unquantified"]);
  });
});

describe("session 39: an email timed only by the expiry it precedes", () => {
  it("reports 'email the agent before the license expires' and 'get an email before a certificate expires'", () => {
    expect(rulesAt(brief({ edge: "- Email the agent and their office manager before the license expires." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The worker and the planner get an email before a certificate expires." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet on an email ahead of anything else, or with the figure in the sentence", () => {
    expect(rulesAt(brief({ edge: "- Email with uppercase letters or spaces: clean it before the export." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Email the agent before the license expires, 30 days ahead." }), 13)).toEqual([]);
  });
});

describe("session 39: a discount, bonus, surcharge or fee a rule hands out with no amount", () => {
  it("reports 'Bulk orders get a discount.' and 'Trucks that come late also pay a fee.'", () => {
    expect(rulesAt(brief({ edge: "- Bulk orders get a discount." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Trucks that come late also pay a fee." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Large suppliers get a bonus on top." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet when the sentence gives the amount, asks, or negates", () => {
    expect(rulesAt(brief({ edge: "- Bulk orders get a discount of 5%." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- An appointment linked to a claim never gets a fee." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Couriers earn a fee per delivery of KES 50." }), 13)).toEqual([]);
  });

  it("leaves the amount to the reference when the line sends the reader to someone for it", () => {
    expect(rulesAt(brief({ edge: "- Members get an extra discount on top; ask Dana for the percentage." }), 13)).toEqual(["shared-context"]);
  });
});

describe("session 39: 'a shared spreadsheet' is how the work is kept now, not a place the brief points to", () => {
  it("stays quiet on 'sign up for shifts on a shared spreadsheet' and 'Bookings are kept in a shared spreadsheet today'", () => {
    expect(rulesAt(brief({ context: "Our skippers sign up for shifts on a shared spreadsheet, and two people edited the same cell." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Bookings are kept in a shared spreadsheet today, and we get one double booking a month." }), 5)).toEqual([]);
  });

  it("still reports the client's own spreadsheet and a spreadsheet's link", () => {
    expect(rulesAt(brief({ context: "The rates are in our shared spreadsheet." }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Reservations are in a shared spreadsheet: https://docs.google.com/spreadsheets/d/1xQ9mbw/edit" }), 5)).toEqual(["private-link"]);
  });
});

describe("session 39: 'Google Sheets' in the plural is the product", () => {
  it("stays quiet on 'opens in Excel and in Google Sheets' and 'by hand in Google Sheets'", () => {
    expect(rulesAt(brief({ ac: "- The xlsx file opens in Excel and in Google Sheets, with one sheet per section." }), 17)).toEqual([]);
    expect(rulesAt(brief({ context: "Every morning our supervisor assigns the loans by hand in Google Sheets." }), 5)).toEqual([]);
  });

  it("still reports a document in it, and the data said to sit in it", () => {
    expect(rulesAt(brief({ context: "The client's pricing rules live in our Google Sheet." }), 5)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The collector list with bank accounts is now in Google Sheets." }), 5)).toEqual(["private-link"]);
  });
});

describe("session 39: 'as per our call' beside a private link is still a gap", () => {
  it("reports both the call and the link", () => {
    expect(rulesAt(brief({ edge: "- Email template as per our call on Thursday; the test version is at http://localhost:8025/templates/seat-found." }), 13)).toEqual(["private-link", "shared-context"]);
  });

  it("leaves a discussion the link records to private-link", () => {
    expect(rulesAt(brief({ context: "Pricing was discussed at length here: https://ruangbersama.slack.com/archives/C04PRICING/p1712034411" }), 5)).toEqual(["private-link"]);
  });
});
