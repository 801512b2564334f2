/**
 * Behaviours added in session 20 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 20: rounds 197-198, names read from their shape and their neighbours", () => {
  it("reads dotted initials before a name as the bearer's initials, and a dotted code between numbers as a law cited", () => {
    expect(rulesAt(brief({ context: "Crates go by air freight from O.R. Tambo International Airport to the client." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Route R1 runs through the H.C. Andersen quarter in 30 minutes." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A deadline on a federal holiday moves to the next business day (35 U.S.C. 21(b))." }), EDGE)).toEqual([]);
  });

  it("still reports dotted letters that name nothing after them", () => {
    expect(rulesAt(brief({ edge: "- The file goes to the K.B.S. for approval." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("reads 'BRT, Brasília time' and '(Handelsgesetzbuch, HGB)' as the letters explained", () => {
    expect(rulesAt(brief({ api: "Each CSV row has a timestamp in BRT, Brasília time, UTC−3." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Our liability is defined by the German Commercial Code (Handelsgesetzbuch, HGB)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Members train for the performance badge (Feuerwehrleistungsabzeichen, FLA) every year." }), CONTEXT)).toEqual([]);
  });

  it("still reports letters after a word they do not come from, or a place with no zone", () => {
    expect(rulesAt(brief({ context: "Our liability is defined by the German Commercial Code (Handelsgesetzbuch, KRV)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "Each CSV row has a timestamp in BRT, Brasília office, UTC−3." }), API)).toEqual(["undefined-term"]);
  });

  it("reads two plain words in brackets after the acronym's noun as what it is, not '(read-only user)' or '(owner only)'", () => {
    expect(rulesAt(brief({ context: "Most payment is card with the bank's EDC machine (card terminal)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Work orders are read from the WOS database (read-only user)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "The designer uploads one file in PKN format (spec attached) per puzzle." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The nightly job reads the KVS table (owner only) at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads names listed before a plural feature, or before 'and the other towns', as what that plural names", () => {
    expect(rulesAt(brief({ context: "Inflow comes mostly through Saguling and Cirata reservoirs upstream." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The river rises in Pirapora and the other towns downstream within 6 hours." }), CONTEXT)).toEqual([]);
  });

  it("still reports a single name before a plural feature word, and one before 'and other tools'", () => {
    expect(rulesAt(brief({ context: "Inflow comes through Saguling reservoirs upstream." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Stock comes from Kumo and other tools every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 20: rounds 199-200, whose practice, and what is only compared with", () => {
  it("reports the practice of the writer or a named person, with a second name word or a role in brackets", () => {
    expect(rulesAt(brief({ edge: "- Message text must use same wording like I send manually now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Read the messages the same way Lina (admin) does it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The proforma number follows the same numbering as Botir uses now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- `try_total` is rounded like Ayşe Hanım does it in her Excel." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads a public standard, a record the system holds and the brief's own section as no precedent", () => {
    expect(rulesAt(brief({ context: "Each product has a JAN code, the 13-digit barcode used in Japan (same format as EAN-13)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A webhook with `updated_at` older than the one we have stored: ignore it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "A retake is paid again, as we agreed with the freelancers last year (the exact rules are under Edge cases)." }), CONTEXT)).toEqual([]);
  });

  it("still reports the same practice compared without a standard, a stored record or a pointer", () => {
    expect(rulesAt(brief({ context: "Each product has a JAN code in the same format as the old till." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- A webhook older than the one we used last year: ignore it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "A retake is paid again, as we agreed with the freelancers last year." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a customer's words in quotes as the problem stated, not the writer's reference", () => {
    expect(rulesAt(brief({ context: 'When a customer reorders a tenugui "in the same blue as last time", we must reproduce a dye lot from its recipe.' }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When a customer reorders a tenugui, dye it in the same blue as last time." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a size word in what ', like' compares with as a kind, not a size", () => {
    expect(rulesAt(brief({ edge: "- The PDF documents must look professional and clean, like from a big trading company." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Should look professional, like the big event companies." }), EDGE)).not.toContain("unquantified");
    expect(rulesAt(brief({ edge: "- Uploads of big files must be accepted." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 20: rounds 201-202, places once read as places, limits compared with", () => {
  it("reads a name before a singular feature word as a place, and a name after a ship or truck 'to' as a destination", () => {
    expect(rulesAt(brief({ context: "Every Thursday we send the pressed bales from Tahuna harbour to the buyer." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our collectors buy cloves from farmers on Ambon island every week." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The yarn comes by ship to Waingapu and it takes 3 to 5 weeks." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name with no feature word or before a system noun", () => {
    expect(rulesAt(brief({ context: "Every Thursday the bales are checked in Tahuna before the buyer gets them." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Every Thursday we send the pressed bales through Tahuna queue to the buyer." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads later uses of a name already read as a place as that place", () => {
    expect(rulesAt(brief({ context: "Our warehouse in Kasoa ships every day. Delivery fee per kilometre from Kasoa is 2 cedi." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The office in Bornova opens at 08:00. The drive time from Bornova is in the table." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Crab leaves on the weekly container ship. It is checked by Tacoma first." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("does not read 'written back to Quayside' as a journey that makes the name a place", () => {
    expect(rulesAt(brief({ context: "Cases are held in Quayside. Releases must be written back to Quayside so stock figures stay right." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Technicians drive back to Thisted every evening." }), CONTEXT)).toEqual([]);
  });

  it("reads 'Washington, D.C.' as a place's name", () => {
    expect(rulesAt(brief({ context: "We deliver to about 35 restaurants in Baltimore and Washington, D.C., Tuesday to Saturday." }), CONTEXT)).toEqual([]);
  });

  it("reports a limit compared with before the colon of a case, not a label with its value", () => {
    expect(rulesAt(brief({ edge: "- Moisture above the limit: rejected." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Pairs over the sample limit: needs my approval before knitting." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit: 20 pairs per request." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Moisture above the limit: rejected.\n- The limit is 18 % moisture." }), EDGE)).toEqual([]);
  });
});

describe("session 20: rounds 203-204, alternatives named, artifacts kept, retries left open", () => {
  it("reads the brief's own section as settling a reference only when it comes after it", () => {
    expect(rulesAt(brief({ context: "The field list is in the table under API, with the two changes as per our call with the officer." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads an expansion that ends in lower-case words, and 'network name, or SSID', as the letters explained", () => {
    expect(rulesAt(brief({ api: "Accepted formats: JCAMP-DX (Joint Committee on Atomic and Molecular Physical Data exchange format, `.jdx`)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Every machine must be padlocked first: lockout/tagout, or LOTO for short." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name with words after it in brackets, and an acronym after 'or' in a list of names", () => {
    expect(rulesAt(brief({ edge: "- Body text: TBD (Yuka writes it)" }), EDGE)).toContain("placeholder");
    expect(rulesAt(brief({ context: "Payments come from Xendit, or KRT, every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows IMAPS, SSID, the CIE and DJI as public names", () => {
    expect(rulesAt(brief({ api: "The job reads the newest unread email over IMAPS and sends the Wi-Fi SSID with each reading." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Pilots with a DJI video system fly in their own heat; colours are stored as CIE L*a*b* values." }), CONTEXT)).toEqual([]);
  });

  it("reports a numbering or scheme known by who keeps it", () => {
    expect(rulesAt(brief({ edge: "- Invoice numbering must follow the scheme Magda uses now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same memo numbering that Ruwan uses in his book." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Invoice numbers follow the scheme `INV-{year}-{seq}`." }), EDGE)).toEqual([]);
  });

  it("reports a retry after an arrow or 'just', and not one after a wait the header bounds", () => {
    expect(rulesAt(brief({ edge: "- Square refund fails -> retry, then email me at dave@example.com" }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- WhatsApp send fails: just retry." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Xero returns `429`: wait for the number of seconds in the `Retry-After` header, then retry." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Square refund fails -> retry 3 times, then email me." }), EDGE)).toEqual([]);
  });
});

describe("session 20: rounds 205-206, people compared, the writer's old version, an agreed lifetime", () => {
  it("reads 'the same as adults' as people treated alike, and still reports 'the same as reminders' of the client's", () => {
    expect(rulesAt(brief({ edge: "- Children count as guests, the same as adults." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Children count as guests, the same as vouchers." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reports 'the same priorities as my old sheet'", () => {
    expect(rulesAt(brief({ edge: "- The allocation must follow the same priorities as my old sheet." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The allocation must follow the same priorities as my colleague." }), EDGE)).toEqual([]);
  });

  it("reads 'Cache it like we agreed on the call' as the agreement's gap only", () => {
    expect(rulesAt(brief({ edge: "- Cache it like we agreed on the call." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Cache it, the call needs it." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 20: whole-corpus review, public names, 'in real time', a promise told as a story", () => {
  it("knows the FIDE, the DOJ, DSV, SGS, JISDOR, Eskom, Geofabrik and the Luhn check as public names", () => {
    expect(rulesAt(brief({ context: "Ratings come from FIDE; samples are tested by SGS and shipped with DSV." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "USD prices use the JISDOR rate; outages follow the Eskom schedule; maps come from Geofabrik." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A card number that fails the Luhn check: `422 invalid_card`." }), EDGE)).toEqual([]);
  });

  it("reads 'in real time' as vague as 'fast' is, and 'in near real time' as a missing figure", () => {
    expect(rulesAt(brief({ edge: "- Alerts reach the fleet manager's phone in real time." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Each event is sent to the customer's endpoint in near real time." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Alerts reach the fleet manager's phone within 5 seconds." }), EDGE)).toEqual([]);
    // The story of a long context paragraph tells how things are, as it does for a quantity word.
    const story = "The cooperative issues about 450 invoices a month for jobs done through the office. Hungarian law requires every invoice to be reported in real time to the tax authority.";
    expect(rulesAt(brief({ context: story }), CONTEXT)).toEqual([]);
  });

  it("reads 'we promised 40 trays we did not have' as the story of today's problem, not 'what we promised them'", () => {
    expect(rulesAt(brief({ context: "Last month we promised 40 trays of sunflower to a restaurant group that we did not have." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Twice last year we promised more pieces than one firing could hold." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want ordering per SKU, which is what we promised them in the kickoff call." }), CONTEXT)).toEqual(["shared-context"]);
  });
});
