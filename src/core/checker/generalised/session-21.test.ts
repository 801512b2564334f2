/**
 * Behaviours added in session 21 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 21: rounds 213-214, a conversation in the perfect, names given by '=' and 'code name', numbers", () => {
  it("reports 'like we have talked about on the phone' as 'like we talked about' is", () => {
    expect(rulesAt(brief({ edge: "- Orders after the cut-off follow the rules like we have talked about on the phone with Lars." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Pricing follows the tiers as we've agreed." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Pricing follows the tiers as I had mentioned." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Orders after 14:00 are delivered the next day, as we have done since 2019 with 2 vans." }), EDGE)).toEqual([]);
  });

  it("reads '(BPN = National Land Agency)' as the acronym's name in English, and still reports a single word after '='", () => {
    expect(rulesAt(brief({ context: "The fee has two parts: the official BPN fee (BPN = National Land Agency) and our service fee." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The fee has two parts: the official BPN fee (BPN = Kantor) and our service fee." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads a Roman numeral as a number, and still reports other capitals", () => {
    expect(rulesAt(brief({ context: "The garden has 25 sections, numbered I to XXV; the 1st XV plays on Saturdays." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The garden has 25 sections, numbered in VXR." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows the pascal as a unit, and 'PA' still as an acronym", () => {
    expect(rulesAt(brief({ api: "- `pressure_points`: pairs of (pressure difference in Pa, airflow in m³/h), 5 to 10 pairs." }), API)).toEqual([]);
    // "PA" in capitals is an acronym, which a unit in the word lists would excuse (round 215 lost a label so).
    expect(rulesAt(brief({ context: "We want to see the stock per oil type and PA grade." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads ', code name HOLDFAST,' as the name of what was just described, and still reports the bare code name", () => {
    expect(rulesAt(brief({ context: "The scheduling optimiser, code name HOLDFAST, is being built by another contractor." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "HOLDFAST is being built by another contractor and reads the series." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 215-216, numbered system names, a title with its dot, public names", () => {
  it("reads a name with a generation number where a system stands, and not a public one", () => {
    expect(rulesAt(brief({ context: "We want the readings pushed into Mælir2 for billing every night." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Hosts log in with the same accounts as in Loppe2." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Payments go through Auth0, and listings sync to Qoo10 and Przelewy24." }), CONTEXT)).toEqual([]);
  });

  it("reads 'Mr. Sato' as a person, as 'Mr Sato' is", () => {
    expect(rulesAt(brief({ context: "Today Mr. Sato exports a CSV from our member database each Friday." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Sato exports a CSV from Kaikei each Friday." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows Lightspeed, Render, WebSocket, Messenger, Recruit, Verihubs and VIDA", () => {
    expect(rulesAt(brief({ context: "The POS is Lightspeed Retail; the backend runs on Render and pushes alerts on the WebSocket topic." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Coaches send me names on Messenger; bookings come from Hot Pepper Beauty, run by Recruit." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Identity checks: we compare Verihubs and VIDA." }), CONTEXT)).toEqual([]);
  });
});

describe("session 21: rounds 217-218, someone's way and wish, today's practice, documents sent before, example lists", () => {
  it("reports 'like Pak Made always do it' and 'like Anders wants it', not what customers want", () => {
    expect(rulesAt(brief({ edge: "- For the positioning flight, please calculate like Pak Made always do it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Stock below 0: show it in red in the daily stock mail, like Anders wants it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Stock below 0: show it in red in the daily stock mail, like customers want it." }), EDGE)).toEqual([]);
  });

  it("reports 'like we decided' as 'as we decided' is", () => {
    expect(rulesAt(brief({ edge: "- Rounding of the interest is the same like we decided at the last Stammtisch." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reports 'the same deadline we use now', not 'the same format we have described below'", () => {
    expect(rulesAt(brief({ edge: "- Cancellation is free until the same deadline we use now for phone bookings." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Approval is same like the return approval we have now, please follow that." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same format we have described below." }), EDGE)).toEqual([]);
  });

  it("reports a document 'we sent you before', not a message the product sends", () => {
    expect(rulesAt(brief({ context: "The fee categories are the ones from the fee regulation we sent you before." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Account numbers: use the mapping our bookkeeper gave you in June." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The confirmation screen says that we sent you a code by SMS." }), EDGE)).toEqual([]);
  });

  it("reads every name of a list that 'such as' opens as an example, and not a list without it", () => {
    expect(rulesAt(brief({ context: "When a retailer such as AEON or Lawson reports a complaint, our staff must find the lot." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When Kaimon or Lawson reports a complaint, our staff must find the lot in Hoshi." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 219-220, how long a state lasts, public names", () => {
  it("reports 'for too long' and 'shortly before' even where another figure of the sentence measures the state", () => {
    expect(rulesAt(brief({ edge: "- When humidity stays below 70 % for too long, send an email to the keepers." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- If the temperature is under 22 °C for some time, send an SMS to the person on duty." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send an alert shortly before `valid_until`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- When humidity stays below 70 % for 10 minutes, send an email to the keepers." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send an alert 2 hours before `valid_until`." }), EDGE)).toEqual([]);
  });

  it("asks for a duration, not a count, when 'too long' is how long a state lasts", () => {
    const found = check(brief({ edge: "- When humidity stays below 70 % for too long, send an email to the keepers." })).findings.find((f) => f.line === EDGE);
    expect(found?.message).toContain("give a duration");
  });

  it("knows TOMRA, Envipco, NEXCO and a ministry", () => {
    expect(rulesAt(brief({ context: "Every machine is made by TOMRA or Envipco; NEXCO Central asks for the report, and the Ministry's system takes the fields." }), CONTEXT)).toEqual([]);
  });
});

describe("session 21: rounds 221-222, what the team gives now, a defined acronym's variants, lists of country codes", () => {
  it("reports 'the same like we give now by phone'", () => {
    expect(rulesAt(brief({ edge: "- Discount tiers are the same like we give now by phone." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'HLA-A, -B' after 'HLA (human leukocyte antigen)' as the defined acronym's variants, and still reports an undefined stem", () => {
    expect(rulesAt(brief({ context: "HLA (human leukocyte antigen) typing is stored for HLA-A, -B, -C and -DRB1." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Typing is stored for HLA-A, -B, -C and -DRB1." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads country codes listed together as countries, and a lone unknown code as an acronym", () => {
    expect(rulesAt(brief({ edge: "- Prices are in the currency of the country: EUR for DE, AT and NL." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The texts of the three emails (NL, FR, EN) are in the repository." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Prices are in the currency of the QX office." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 223-224, 'for a while', premises before a place, 3D formats, a reply of STOP", () => {
  it("reports 'for a while' after a figure of the state, as 'for too long'", () => {
    expect(rulesAt(brief({ edge: "- Send an alert if the truck has been above 4 °C for a while." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send an alert if the truck has been above 4 °C for 20 minutes." }), EDGE)).toEqual([]);
  });

  it("reads a name after 'our slaughterhouse in', 'the hatchery in' as a place", () => {
    expect(rulesAt(brief({ context: "Members deliver live rabbits to our own small slaughterhouse in Ringkøbing every Tuesday." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our day-old chicks come from the breeder hatchery in Kanoya, twice a month." }), CONTEXT)).toEqual([]);
  });

  it("knows STL and OBJ as file formats, and 'a reply of STOP' as a keyword", () => {
    expect(rulesAt(brief({ context: "The scans arrive as 3D mesh files in STL or OBJ format." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "A reply of STOP, in any letter case, sets `sms_opt_out = true` on the member." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "A reply sets `sms_opt_out = true` through QRTX on the member." }), API)).toEqual(["undefined-term"]);
  });
});

describe("session 21: non-English lines a name-joining word and a missing language hid", () => {
  it("reads 'Senin di Instagram' as a preposition before a known product, not a word inside a name", () => {
    expect(rulesAt(brief({ edge: "- Pemenang diumumkan setiap hari Senin di Instagram." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "We report to the Junta de Freguesia de Arroios every month." }), CONTEXT)).toEqual([]);
  });

  it("knows Hungarian function words", () => {
    expect(rulesAt(brief({ edge: "- A számlán mindig szerepeljen a magyar adószámunk és a vevő adószáma is." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The delivery van is charged at 12 volt and the mint-condition items go first." }), EDGE)).toEqual([]);
  });
});
