/**
 * Behaviours added in session 13 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;

describe("session 13: public vendors, agencies and registries by region (lexicon/vendors.ts)", () => {
  it("reads a regional payment, messaging or point-of-sale vendor as a public name", () => {
    expect(rulesAt(brief({ api: "- Phone numbers not on WhatsApp get an SMS sent through Zenziva." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Guests pay the deposit through Paymob and we refund through Paymob too." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Each stall prints receipts from Smaregi." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The gates are made by SKIDATA and report every scan." }), 9)).toEqual([]);
  });

  it("still asks for a public body's acronym and a code name made of an ordinary word", () => {
    expect(rulesAt(brief({ api: "- Contractors in Indonesia must put their NPWP on the invoice." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Seat maps come from Falcon as JSON." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: an acronym after a vendor's name is that vendor's product, at every later use", () => {
  it("reads 'Adyen RTU' and then 'RTU tokens' as one product", () => {
    const text = brief({ context: "Card details are stored by Adyen RTU on our behalf.", api: "- RTU tokens expire after 90 days and are then renewed." });
    expect(check(text).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
  });

  it("still asks for the acronym after a job title ('Product Owner MES') at its use in the brief", () => {
    const text = brief({ context: "Owner MES told us the order release fails.", api: "- The MES calls the new service before release." });
    expect(check(text).findings.filter((f) => f.rule === "undefined-term").map((f) => f.excerpt)).toEqual(["MES"]);
  });
});

describe("session 13: 'kept for a period', 'stay closed for a period'", () => {
  it("asks how long something is kept, held or remembered 'for a period'", () => {
    expect(rulesAt(brief({ api: "- Notifications must be kept for a period after the call, for inspections." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Remember the verification on the customer account for a period, so repeat customers skip it." }), 9)).toEqual(["unquantified"]);
  });

  it("still reads a billing period ('an export for a period', 'usage for a period') as no wait", () => {
    expect(rulesAt(brief({ api: "- A second export for a period that was already exported returns `409`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Usage for a period is the difference between two meter readings." }), 9)).toEqual([]);
  });
});

describe("session 13: a row of X's for a value not given yet", () => {
  it("reads 'Our creditor number: XXXXXXXX' and 'EIN 36-XXXXXXX' in prose as placeholders, not acronyms", () => {
    expect(rulesAt(brief({ api: "- Our creditor number: XXXXXXXX (I will send it)." }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ api: "- EIN 36-XXXXXXX goes in the header." }), 9)).toEqual(["placeholder"]);
  });

  it("still reads `XXXXXXX` in a code span as a literal value and 'XXXXL' as no placeholder", () => {
    expect(rulesAt(brief({ api: "- Client without an Italian tax code: use recipient code `XXXXXXX` and the country code." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Shirts come in sizes S to XXXXL." }), 9)).not.toContain("placeholder");
  });
});

describe("session 13: 'Ask Chiara.' right after a question, 'for ledger format ask Rohit' after a comma", () => {
  it("reports the person the reader is sent to right after a question, beside the question itself", () => {
    expect(rulesAt(brief({ api: "- Do kids under 6 count toward capacity? Ask Chiara." }), 9).sort()).toEqual(["open-question", "shared-context"]);
  });

  it("reads a clause opening on its topic after a comma as telling the reader to ask", () => {
    expect(rulesAt(brief({ api: "- every credit writes a row in `wallet_ledger`, for ledger format ask Rohit" }), 9)).toEqual(["shared-context"]);
  });

  it("still leaves 'Not sure, I will ask sales' and 'users ask Rohit for refunds' alone", () => {
    expect(rulesAt(brief({ api: "- Should the customer get an email? I am not sure, I will ask Rohit." }), 9)).toEqual(["open-question"]);
    expect(rulesAt(brief({ api: "- Drivers often ask Rohit for a new route, and he assigns one." }), 9)).toEqual([]);
  });
});

describe("session 13: 'old' set against 'new' in one sentence", () => {
  it("reads 'old enrollments become `tobedeleted`, new ones are active' as the ones from before, not an age", () => {
    expect(rulesAt(brief({ edge: "- Student who moves schools: old enrollments become `tobedeleted`, new ones are active from the move date." }), EDGE)).toEqual([]);
  });

  it("still asks how old 'Old invoices should be archived' means", () => {
    expect(rulesAt(brief({ edge: "- Old invoices should be archived." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 13: 'every few minutes', 'for a long time' beside another figure", () => {
  it("asks for the length of a span that says it has none, whatever other figure the sentence holds", () => {
    expect(rulesAt(brief({ api: "- Poll the flight status every few minutes from 6 hours before the scheduled arrival." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- If a site has 0 W for a long time during daytime, create an alert." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'every few minutes (5)' and 'for a long time: 30 days' as given", () => {
    expect(rulesAt(brief({ api: "- Poll the flight status every few minutes (5) until the flight has landed." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A site with no reading for a long time: 30 days, then `status` is `unknown`." }), EDGE)).toEqual([]);
  });
});

describe("session 13: 'Delete old recordings', 'Ignore old events.'", () => {
  it("asks how old the records to remove are", () => {
    expect(rulesAt(brief({ edge: "- Delete old recordings of Standard plan learners." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Ignore old events." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Store every decision in `triage_log`, and archive old entries after a period." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'delete the old run' as the one replaced and 'deletes older events' after a figure as compared with it", () => {
    expect(rulesAt(brief({ edge: "- To redo a month, first delete the old run with `DELETE /v1/runs/{id}`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Retention: 400 days. A daily job deletes older events." }), EDGE)).toEqual([]);
  });
});

describe("session 13: 'as I agreed with Lars', 'Not sure, ask Ren.'", () => {
  it("reads the writer's own agreement and an ask right after 'Not sure,' as knowledge outside the brief", () => {
    expect(rulesAt(brief({ api: "- The deposit rules are as I agreed with Lars on the phone." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Paused months: do we charge overage on those too? Not sure, ask Ren." }), 9).sort()).toEqual(["open-question", "shared-context"]);
  });

  it("still reads 'as I said above' as the brief's own text and 'Not sure, I will ask Ren' as the writer's step", () => {
    expect(rulesAt(brief({ api: "- The deposit rules are as I explained above: 20% of the rent." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Paused months: do we charge overage on those too? Not sure, I will ask Ren." }), 9)).toEqual(["open-question"]);
  });
});

describe("session 13: colour models and chemical formulas", () => {
  it("reads 'hex RGB' as a known technical term and 'CO₂' as a chemical formula", () => {
    expect(rulesAt(brief({ api: "- `color` is a hex RGB value, 6 characters, no `#`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The response gives the CO₂ stored in one lot, in tonnes." }), 9)).toEqual([]);
  });

  it("still asks for an unknown acronym beside them ('the CXQ sensor')", () => {
    expect(rulesAt(brief({ api: "- The response gives the reading of the CXQ sensor, in ppm." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: a late fee the brief sets once", () => {
  it("reads later mentions of a late fee given a figure elsewhere ('Late fee: Rp 5,000 per day') as that fee", () => {
    const text = brief({ api: "- Late fee: Rp 5,000 per day after the due date.", edge: "- Late fee is added to the invoice by a daily job at 00:10 WIB (Western Indonesia Time)." });
    expect(rulesAt(text, EDGE)).toEqual([]);
  });

  it("still asks for the amount of a late fee no line gives, even beside another figure", () => {
    expect(rulesAt(brief({ edge: "- Invoice unpaid after 7 days: create a new invoice that includes a late fee." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 13: towns of the consultancy's home markets (lexicon/home-places.ts)", () => {
  it("reads a Danish island, a Danish town and a Javanese regency as places", () => {
    expect(rulesAt(brief({ api: "- Orders to Bornholm take 2 working days with both carriers." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The tannery in Ribe charges us 450 kroner per skin." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Parcels from Sleman go out with the 14:00 pickup." }), 9)).toEqual([]);
  });

  it("still asks what an unknown name in a system's place is ('Seat maps come from Zorblat')", () => {
    expect(rulesAt(brief({ api: "- Seat maps come from Zorblat as JSON." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: a questionnaire in a table", () => {
  it("reads '| `q3` | Are you pregnant? | `true` |' as a question the product asks its users", () => {
    const rows = "| key | question | stops the booking when |\n| --- | --- | --- |\n| `q3` | Are you pregnant? | `true` |\n| `q4` | Do you have a chronic lung disease? | `true` |";
    expect(check(brief({ api: rows })).findings.filter((f) => f.rule === "open-question")).toEqual([]);
  });

  it("still reads the writer's own question in a table cell as open", () => {
    const rows = "| case | status | note |\n| --- | --- | --- |\n| correction after publication | `200` | should we keep the old numbers visible? |";
    expect(check(brief({ api: rows })).findings.filter((f) => f.rule === "open-question")).toHaveLength(1);
  });
});

describe("session 13: 'well' after a verb of functioning", () => {
  it("reads 'must scale well' as vague and 'converts well' in a criterion as uncheckable", () => {
    expect(rulesAt(brief({ api: "- The feed must be cached and scale well when planners start polling it." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The offer converts well." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads 'who do not read Japanese well', 'a deep well' and 'Well IDs' as the world or a thing", () => {
    expect(rulesAt(brief({ context: "We pick up bulky waste for residents of Tokyo who do not read Japanese well." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our water comes from a spring and from one deep well with an electric pump." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Well IDs run from `A01` to `P24`; there are exactly 384 well lines." }), EDGE)).toEqual([]);
  });
});

describe("session 13: a dated decision stated after its colon", () => {
  it("reads 'Legal decided on 10 February 2025: personal data is anonymised after 12 months' as stated", () => {
    expect(rulesAt(brief({ context: "Legal decided on 10 February 2025: personal data of a delegate is anonymised 12 months after the congress." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'Legal decided it in the March meeting.' as held elsewhere", () => {
    expect(rulesAt(brief({ context: "The retention period: Legal decided it in the March meeting." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 13: how close to a start, an end, an expiry or a ceiling", () => {
  it("asks how close 'close to the start time', 'near the end of their shift' and 'close to expiry' are", () => {
    expect(rulesAt(brief({ edge: "- Cancelled close to the start time: partial refund." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Riders near the end of their shift get no new bookings." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The job finds certificates that are close to expiry." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- A nightly job emails the account manager when an account gets close to its ceiling." }), 9)).toEqual(["unquantified"]);
  });

  it("still reads a place near something and a figure given for the closeness as no gap", () => {
    expect(rulesAt(brief({ api: "- Show the pharmacies near the patient's address, nearest first." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Cancelled close to the start time (less than 24 hours before): partial refund." }), EDGE)).toEqual([]);
  });
});
