/**
 * Behaviours added in session 15 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 15: 'real-time' as an adjective", () => {
  it("reports 'must be real-time' and 'in near real-time' as a quality word to replace with a figure", () => {
    expect(rulesAt(brief({ edge: "- Counts must be real-time so guests can trust them." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The dashboard must show positions in near real-time." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads 'the real-time arrival' and 'it is not real-time' as a kind of data, with nothing to measure", () => {
    expect(rulesAt(brief({ edge: "- Our train is late: use the real-time arrival from the train positions, not the timetable." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Data is from the nightly export, so it is not real-time; `as_of` shows its time." }), EDGE)).toEqual([]);
  });

  it("still asks for the figure of 'in real time'", () => {
    // Session 20: as vague-term, the rule writers label it with (13 of 15 labelled lines).
    expect(rulesAt(brief({ edge: "- Alerts must reach the manager in real time." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 15: a retry the caller may make", () => {
  it("reads 'can be retried' as the caller's option, with no retry policy to count", () => {
    expect(rulesAt(brief({ edge: "- The refund call fails: the response is `502 refund_failed`, and the whole cancel can be retried." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Change ids are UUIDs made on the tablet, so a push can safely be retried without duplicates." }), EDGE)).toEqual([]);
  });

  it("still asks how often a job that must be retried is tried again", () => {
    expect(rulesAt(brief({ edge: "- The export fails: the job must be retried." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: one person's thing or way as the model", () => {
  it("reports 'the same tone as Yui's email templates' and 'the same way Sari numbers them' as knowledge in someone's head", () => {
    expect(rulesAt(brief({ api: "For any new status, use the same tone as Yui's email templates." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Slot capacity should work the same as Kenta's old calculation." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Invoice numbers continue the same way Sari numbers them now in Excel." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "List the guests in the same order Don Chuy uses in his notebook." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a comparison with the brief's own data alone", () => {
    expect(rulesAt(brief({ api: "The CSV has the same columns as the response above." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Rounding is the same as in the example below." }), API)).toEqual([]);
  });
});

describe("session 15: questions under a 'question' column", () => {
  const table = (row: string) => brief({ api: "The bot asks these questions in order:\n\n| step | question | stored as |\n| --- | --- | --- |\n" + row });

  it("reads a row of the bot's script as what the product asks, not an open question", () => {
    expect(rulesAt(table("| 3 | How many adults? | `adults` |"), 13)).toEqual([]);
    expect(rulesAt(table("| 1 | Which date do you want to snorkel? | `date` |"), 13)).toEqual([]);
  });

  it("still reports a question the writer asks in another column", () => {
    const md = brief({ api: "| step | note | stored as |\n| --- | --- | --- |\n| 3 | Do we also need the children's ages? | `adults` |" });
    expect(rulesAt(md, 11)).toEqual(["open-question"]);
  });
});

describe("session 15: old records kept in another system", () => {
  it("reads 'Old jobs from Smedjen' and 'Old photos are on the file server' as records to bring over, not an age", () => {
    expect(rulesAt(brief({ edge: "- Old jobs from Smedjen, our previous booking system, must be imported too." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old scores from the paper book should be imported too." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old photos are in the `photos_v1` table; import them as well." }), EDGE)).toEqual([]);
  });

  it("still asks how old records must be before they are left out", () => {
    expect(rulesAt(brief({ edge: "- Old statements must not be imported." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: the fast boat", () => {
  it("reads 'the fast boat' as a kind of boat, as 'fast charger' is a kind of charger", () => {
    expect(rulesAt(brief({ edge: "- Not enough fast boat seats outbound or return: `409 fastboat_full`." }), EDGE)).toEqual([]);
  });

  it("still reports a boat transfer that must be fast", () => {
    expect(rulesAt(brief({ edge: "- The boat transfer must be fast." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 15: a pointer into the brief explains only its own sentence", () => {
  it("reports 'as discussed with Budi' after a sentence that points at the endpoint below", () => {
    expect(rulesAt(brief({ context: "The phones will call the endpoint below. Rules for re-entry are as discussed with Pak Budi on the call." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Capacity can fall below `booked`. Then do like we did in March with the Mae Taeng group." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads who asked us for the work as the reason for it, not knowledge in a head", () => {
    expect(rulesAt(brief({ context: "Partner ryokan in Kurokawa Onsen and Yufuin asked us to let guests reserve a slot online." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'as discussed, the rules are listed below' as explained", () => {
    expect(rulesAt(brief({ context: "As discussed, the re-entry rules are listed below." }), CONTEXT)).toEqual([]);
  });
});

describe("session 15: a titled person's thing as the model", () => {
  it("reports 'same like Pak Dedi's SMS' as knowledge in someone's head", () => {
    expect(rulesAt(brief({ api: "Message format same like Pak Dedi's SMS." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a public body's document alone", () => {
    expect(rulesAt(brief({ api: "Message format follows the example below." }), API)).toEqual([]);
  });
});

describe("session 15: a remark in parentheses after an acronym", () => {
  const md = (api: string) => brief({ context: "Registration happens in GMS, and a player who is not registered is not covered.", api });

  it("does not read '(there is no public API for it)' as what GMS is", () => {
    expect(rulesAt(md("- The import takes the CSV the secretary downloads from GMS (there is no public API for it)."), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("still reads an expansion in parentheses as the definition", () => {
    expect(rulesAt(md("- The import takes the CSV the secretary downloads from GMS (the union's Game Management System)."), CONTEXT)).toEqual([]);
  });
});

describe("session 15: two X's where a figure goes", () => {
  it("reports 'XX months' and '₦XX,XXX' as a placeholder, not an acronym", () => {
    expect(rulesAt(brief({ edge: "- Voucher validity: XX months from the tour date." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- A rider whose balance is above ₦XX,XXX gets no new orders." }), EDGE)).toEqual(["placeholder"]);
  });

  it("leaves a country code 'XX' in a code span alone", () => {
    expect(rulesAt(brief({ edge: "- `country=XX` returns `422 invalid_country`." }), EDGE)).toEqual([]);
  });
});

describe("session 15: an acronym's expansion in its own language, in lower case", () => {
  it("reads 'RC (ricevuta di consegna, delivery receipt)' as the expansion, not prose in Italian", () => {
    expect(rulesAt(brief({ api: "| `delivered` | SDI receipt RC (ricevuta di consegna, delivery receipt) |" }), API)).not.toContain("non-english");
    expect(rulesAt(brief({ api: "- **IVA** (impuesto sobre las ventas): Colombian value added tax, 19% on the products that pay it." }), API)).toEqual([]);
  });

  it("still reports a longer remark in another language after an acronym", () => {
    expect(rulesAt(brief({ api: "- The PDF (wir brauchen das bitte bis Ende der Woche fertig, danke) goes to the client." }), API)).toEqual(["non-english"]);
  });
});

describe("session 15: a person's file held by a comparison", () => {
  it("reports 'same as in Pak Budi's spreadsheet' as the precedent, not as a link to open", () => {
    expect(rulesAt(brief({ api: "- Rounding of each share: same as in Pak Budi's spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Rounding happens per picker and day, same as in Paco's Excel." }), API)).toEqual(["shared-context"]);
  });

  it("still reports a person's file the contractor is sent to as a link", () => {
    expect(rulesAt(brief({ api: "- Use the list of rates in Rosa's Excel file." }), API)).toEqual(["private-link"]);
  });
});

describe("session 15: 'the same as how Dev does it', 'like I do'", () => {
  it("reports a person's or the writer's own way as knowledge in a head", () => {
    expect(rulesAt(brief({ api: "Route assignment is the same as how Dev does it on the whiteboard." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- For reschedule, offer the next 3 free slots, picked like I do in my spreadsheet." }), API)).toEqual(["shared-context"]);
  });

  it("leaves 'I would like' and a comparison with the brief alone", () => {
    expect(rulesAt(brief({ api: "- I would like the slots sorted by start time, the same as the table above." }), API)).toEqual([]);
  });
});

describe("session 15: 'the two' stands for things already named", () => {
  it("reports 'a robust sync service between the two' as vague", () => {
    expect(rulesAt(brief({ context: "We need a robust sync service between the two." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("still reads 'fast: under two seconds' as measured", () => {
    expect(rulesAt(brief({ edge: "- The sync must be fast: under two seconds at p95." }), EDGE)).toEqual([]);
  });
});

describe("session 15: the writer's own organisation as the owner of a folder", () => {
  it("reports 'the cooperative's Google Drive folder' as a place the contractor cannot open", () => {
    expect(rulesAt(brief({ context: "Prices per add-on are in the price list in the association's Google Drive folder." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Photos are in the cooperative's Google Drive folder." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("still reads a channel per customer as one the product writes to", () => {
    expect(rulesAt(brief({ context: "The invoice PDF is uploaded to the customer's Slack channel." }), CONTEXT)).toEqual([]);
  });
});

describe("session 15: whether a stock covers the request", () => {
  it("reads 'if the window still has enough places' as a check against the request's own size", () => {
    expect(rulesAt(brief({ edge: "- Late payment: if the window still has enough places, the reservation becomes `paid`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Choose one dye lot that has enough skeins for the whole order line." }), EDGE)).toEqual([]);
  });

  it("still asks how many 'enough guards' is when a shift must have them", () => {
    expect(rulesAt(brief({ edge: "- Each event must have enough guards at the side entrance." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: a document named before 'as we agreed'", () => {
  it("reports 'Records from the spreadsheet: import them as we agreed with Thiago'", () => {
    expect(rulesAt(brief({ edge: "- Records from the spreadsheet: import them as we agreed with Thiago." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads an agreement written down in a named sheet as settled there", () => {
    expect(rulesAt(brief({ edge: "- The mapping was agreed with the partners and is in the appendix sheet below." }), EDGE)).toEqual([]);
  });
});

describe("session 15: 'like Facu explained'", () => {
  it("reports what someone said as the model, never written down", () => {
    expect(rulesAt(brief({ api: "For the refund when a cold room breaks down, do it like Moussa explained at the office." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a public product named after 'like' alone", () => {
    expect(rulesAt(brief({ api: "Payment links work like Stripe Checkout sessions: one per order." }), API)).toEqual([]);
  });
});

describe("session 15: 'the same one Haruka applies'", () => {
  it("reports one person's rule named by 'the same one'", () => {
    expect(rulesAt(brief({ api: "The eligibility rule is the same one Haruka applies today when she checks the photos." }), API)).toEqual(["shared-context"]);
  });

  it("leaves 'the same one' for a record of the brief alone", () => {
    expect(rulesAt(brief({ api: "A second scan of a ticket returns the same one with `scanned: true`." }), API)).toEqual([]);
  });
});
