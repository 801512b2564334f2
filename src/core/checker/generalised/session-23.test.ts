/**
 * Behaviours added in session 23 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 23: rounds 243-244, 'clear' materials, crowdfunding and design tools, short spans, pending meetings", () => {
  it("reads 'a clear retainer' as a material and still flags 'a clear message'", () => {
    expect(rulesAt(brief({ context: "After treatment every patient wears a clear retainer at night." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our sites read around 21.6 on a clear moonless night." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Invalid postcode: show a clear message to the customer." }), EDGE)).toEqual(["vague-term"]);
  });

  it("knows Photoshop, Kickstarter and Scotch whisky, and still asks about an unknown tool", () => {
    expect(rulesAt(brief({ context: "Today our design staff make these images by hand in Photoshop." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our game was funded on Kickstarter in February with 4,812 backers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We resell the barrels to Scotch whisky makers and craft brewers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today our design staff make these images by hand in Grafwerk." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("asks how often 'too often' is when the colon gives only the response", () => {
    expect(rulesAt(brief({ edge: "- Clinic polls too often: answer `429`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Clinic polls more than 60 times a minute: answer `429`." }), EDGE)).toEqual([]);
  });

  it("asks how long 'in short time' is, written without its article", () => {
    expect(rulesAt(brief({ edge: "- Winners must pay the stall fee in short time, or the spot goes to the next vendor." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Winners must pay the stall fee within 48 hours, or the spot goes to the next vendor." }), EDGE)).toEqual([]);
  });

  it("reports 'ask Søren' after a condition that points below, and not a meeting still to come after TBD", () => {
    expect(rulesAt(brief({ context: "If a matching rule below is unclear, ask Søren, he made the first list by hand." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The matching rules are listed below; ask Søren about anything else." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Suspension length: TBD by the Board at its September meeting." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Suspension length: as agreed at the Board's September meeting." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 23: rounds 245-246, country codes in tables, CAD formats, 'no idea' in the story, the writer and a role agreeing", () => {
  it("reads a country code alone in a table cell as the country, and still asks about an unknown code there", () => {
    expect(rulesAt(brief({ api: "| business | NL | any | 21 % |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| business | QX | any | 21 % |" }), API)).toEqual(["undefined-term"]);
  });

  it("knows HQ, DXF, Vaisala and Matsumoto", () => {
    expect(rulesAt(brief({ context: "HQ cannot plan bulk orders from our supplier in Bangkok." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Customers upload a DXF file and get a price in the browser." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The sensors post a reading every 60 seconds through the Vaisala gateway." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The email goes out at 17:00 so visitors from Matsumoto do not start driving." }), CONTEXT)).toEqual([]);
  });

  it("reads an English title with 'inn' in it as English", () => {
    expect(rulesAt(brief({ context: "Package: inn night + stargazing seat + shuttle bus" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Vi skal have en ny rapport, og den skal sendes hver dag til kunderne." }), CONTEXT)).toEqual(["non-english"]);
  });

  it("reads 'we have no idea' in the context as the problem today, and still asks it elsewhere", () => {
    expect(rulesAt(brief({ context: "Right now we have no idea whose film it is until we open the mailer." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Film arrives without an order slip: no idea what to do with it." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports what the rangers and I agreed, and the same columns as my paper sheet", () => {
    expect(rulesAt(brief({ context: "The cancellation rules are the ones the rangers and I agreed over the summer." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The cancellation rules are the ones in the table below." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Use the same columns as my paper sheet." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same columns as the export above." }), EDGE)).toEqual([]);
  });
});

describe("session 23: rounds 247-248, a product's name in capitals, a name's bare-apostrophe possessive", () => {
  it("reads 'LINE WORKS' as a product, and still reports a shouted 'WORKS'", () => {
    expect(rulesAt(brief({ ac: "- The LINE WORKS message contains the plant id and the latest reading." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- IT JUST WORKS." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads \"Jens' priority list\" as Jens's list, not 'Patients' numbers' or 'Veterans' Affairs'", () => {
    expect(rulesAt(brief({ edge: "- Dealers on Jens' priority list get their full order first." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Dealers on Jens's priority list get their full order first." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Parents' email addresses are already in `guardians.email`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- `dva_number` is the patient's Department of Veterans' Affairs file number." }), API)).toEqual([]);
  });
});

describe("session 23: rounds 249-250, 'in a secure way', 'XX °C', two things the same as another's, 'must be tolerant'", () => {
  it("reports a quality word as the manner 'in a … way', and not a plain way of doing it", () => {
    expect(rulesAt(brief({ edge: "- All payment data must be stored in a secure way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Bookings changed while the job runs must be handled in a clean way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Payment data is stored in the same way as card data: encrypted with the `payments` KMS key." }), EDGE)).toEqual([]);
  });

  it("reads 'XX °C' as a figure not written yet", () => {
    expect(rulesAt(brief({ edge: "- Slot temperature above XX °C: refuse the unlock with `409 slot_too_hot`." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Slot temperature above 45 °C: refuse the unlock with `409 slot_too_hot`." }), EDGE)).toEqual([]);
  });

  it("reports 'the same provider and template style as the invoice reminders'", () => {
    expect(rulesAt(brief({ edge: "- Send it with the same provider and template style as the invoice reminders." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Send it with Postmark, with the template in the Reminder text section below." }), EDGE)).toEqual([]);
  });

  it("asks what 'must be tolerant' allows, and not when the tolerance is given", () => {
    expect(rulesAt(brief({ edge: "- Heartbeat arrives late on a slow network: the detection must be tolerant." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Heartbeat arrives late on a slow network: a cabinet is offline only after 3 missed heartbeats." }), EDGE)).toEqual([]);
  });
});

describe("session 23: rounds 251-252, Dropbox Sign, a currency in its own cell, DNV, Reykjavík", () => {
  it("reads Dropbox Sign as the e-signature service, and still reports a Dropbox folder", () => {
    expect(rulesAt(brief({ edge: "- Signature request not completed after 14 days: cancel it in Dropbox Sign." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The signed PDFs are in our Dropbox folder." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads a currency code in the cell after the amount's, and still asks about an unknown code there", () => {
    expect(rulesAt(brief({ api: "| Nepal | 1,800 | NPR |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| Nepal | 1,800 | QPW |" }), API)).toEqual(["undefined-term"]);
  });

  it("knows DNV, Reykjavík and Patagonia", () => {
    expect(rulesAt(brief({ context: "The surveyor from DNV or Lloyd's Register can ask for the temperature history." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When we cancel at 07:00, the guests are often already driving from Reykjavík." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Tours in Patagonia start next year." }), CONTEXT)).toEqual([]);
  });
});

describe("session 23: rounds 253-254, one-word channels, 'running low', conditions mid-sentence, bracketed 'maybe'", () => {
  it("reports a one-word channel named as one, and not a hashtag", () => {
    expect(rulesAt(brief({ context: "Pricing is in the sheet linked in #leases on Slack." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Guests tag their photos with #skiday and we repost the best ones." }), CONTEXT)).toEqual([]);
  });

  it("asks how low 'running low' is, and not when the level is given", () => {
    expect(rulesAt(brief({ edge: "- A warning to the shop manager when a component is running low." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A warning to the shop manager when a component is below 5 units." }), EDGE)).toEqual([]);
  });

  it("reads 'release it if Square hasn't confirmed' as a condition, and still asks 'Square hasn't confirmed'", () => {
    expect(rulesAt(brief({ edge: "- Hold the rink for 10 minutes while they pay, then release it if Square hasn't confirmed." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Refund rules: Square hasn't confirmed yet." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads 'the (maybe edited) proposal' as what the proposal may be", () => {
    expect(rulesAt(brief({ api: "- `POST /v1/orders/{id}/allocation` with the (maybe edited) proposal returns `200`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `POST /v1/orders/{id}/allocation` maybe returns the proposal too." }), API)).toEqual(["open-question"]);
  });
});

describe("session 23, after round 256: 'low stock' and 'low battery' leave the level out", () => {
  it("asks how low 'low stock' is, and not when a figure sets it or a label's meaning is glossed", () => {
    expect(rulesAt(brief({ api: "- `GET /v1/cages` returns the cages with low stock, so the driver only stops at those." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/cages` returns the cages with fewer than 5 cylinders, so the driver only stops at those." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Battery below 15 %, low battery alarms: send one SMS to the on-call technician." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The portal prints `Få på lager` (low stock, 1 to 4) next to the product." }), API)).toEqual([]);
  });
});
