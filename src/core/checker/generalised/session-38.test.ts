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

describe("session 38: a layout or template the client keeps, known by its name", () => {
  it("reports 'the Greenline layout' and 'the Sakura template'", () => {
    expect(rulesAt(brief({ context: "The pack follows the Greenline layout, not the older one." }), 5)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "On the move to `claimed`, generate the claim letter PDF from the Sakura template." }), 5)).toEqual(["undefined-term"]);
  });

  it("stays quiet when a code span right after names the template ('the Klaviyo template `gift_code`')", () => {
    expect(rulesAt(brief({ context: "Send the code by e-mail to the buyer with the Klaviyo template `gift_code`." }), 5)).toEqual([]);
  });

  it("stays quiet on one of the layouts a public manual the line names gives ('we use the Hockey layout')", () => {
    const line = "- Input: TCP stream from the serial box at port 4001. Daktronics publishes the message layout for the All Sport 5000 in their public \"RTD (Real-Time Data) Reference Manual\"; we use the Hockey layout.";
    const context = "The arena's scoreboard controller is a Daktronics All Sport 5000 (https://www.daktronics.com).";
    expect(rulesAt(brief({ context, api: line }), 9)).toEqual([]);
  });
});

describe("session 38: a question followed by 'we never decided'", () => {
  it("reports the question as open", () => {
    expect(rulesAt(brief({ edge: "- Should weather credits expire? We have never decided this." }), 13)).toEqual(["open-question"]);
  });

  it("stays quiet when the sentence after the question answers it", () => {
    expect(rulesAt(brief({ edge: "- Should weather credits expire? No, they never expire." }), 13)).toEqual([]);
  });
});

describe("session 38: a name after 'around' or 'near' is a place", () => {
  it("stays quiet on 'hotels around Interlaken embed our booking widget'", () => {
    expect(rulesAt(brief({ context: "Tourist offices and hotels around Interlaken embed our booking widget to sell tandem flights." }), 5)).toEqual([]);
  });

  it("still reports a person who decided before a verb ('Interlaken' aside, 'Rick decided the limits')", () => {
    expect(rulesAt(brief({ context: "The daily limits are the ones Rick decided last season." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 38: someone must answer 'before a deadline'", () => {
  it("reports 'If a referee does not confirm before a deadline'", () => {
    expect(rulesAt(brief({ edge: "- If a referee does not confirm before a deadline, the game goes back to the assignment queue." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet on a record closed before its deadline in a brief about deadlines", () => {
    expect(rulesAt(brief({ edge: "- Case closed before a deadline: all of its `scheduled` reminders become `cancelled`." }), 13)).toEqual([]);
  });
});

describe("session 38: a comparison with last year's report across a quotation", () => {
  it("reports 'the same definition of \"active vehicle\" as last year's report'", () => {
    expect(rulesAt(brief({ context: "Use the same definition of \"active vehicle\" as last year's report." }), 5)).toEqual(["shared-context"]);
  });

  it("stays quiet on last year's figure taken as a value ('estimates a missing reading as last year's consumption')", () => {
    expect(rulesAt(brief({ context: "For a meter with no reading, the job estimates a missing reading as last year's consumption." }), 5)).toEqual([]);
  });
});

describe("session 38: a file format's letters before a participle", () => {
  it("stays quiet on 'The job sheet PDF generated for the press crew'", () => {
    expect(rulesAt(brief({ edge: "- The job sheet PDF generated for the press crew shows only the proof with status `approved`." }), 13)).toEqual([]);
  });

  it("still reports a list a person kept ('the aircraft type list that Jens made')", () => {
    expect(rulesAt(brief({ context: "Use the aircraft type list that Jens made." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 38: a 'yet' deep inside a marked answer", () => {
  it("stays quiet on 'Q: Can the seller edit an ASN? A: Yes, only while it is `open` and has no receipt yet'", () => {
    expect(rulesAt(brief({ edge: "- Q: Can the seller edit an order? A: Yes, only while it is `open` and has no receipt yet, with `PUT /v1/orders/{id}`." }), 13)).toEqual([]);
  });

  it("still reports an answer that defers at once ('A: Not decided yet.')", () => {
    expect(rulesAt(brief({ edge: "- Q: Can the seller edit an order? A: Not decided yet." }), 13)).toEqual(["open-question"]);
  });
});

describe("session 38: 'ask someone' in an aside before a colon", () => {
  it("reports 'Perks per tier (ask Dana which tiers still exist before you start):'", () => {
    expect(rulesAt(brief({ context: "Perks per tier (ask Dana which tiers still exist before you start):" }), 5)).toEqual(["shared-context"]);
  });

  it("stays quiet on a precedent in an aside that the lines below spell out", () => {
    expect(rulesAt(brief({ context: "Weight classes we use (same limits as the Unified Rules of Mixed Martial Arts):" }), 5)).toEqual([]);
  });
});

describe("session 38: a customer's last session is a record, not a past meeting", () => {
  it("stays quiet on 'the 24 months count from the last session'", () => {
    expect(rulesAt(brief({ edge: "- Questionnaire filled in again after a break: the 24 months count from the last session, whatever the questionnaire date." }), 13)).toEqual([]);
  });

  it("still reports what was said in last week's session", () => {
    expect(rulesAt(brief({ context: "Use the rounding rules from last week's session." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 38: a client signing a form is a record", () => {
  it("stays quiet on 'Today nobody tracks which version a client signed.'", () => {
    expect(rulesAt(brief({ context: "Today nobody tracks which version a client signed." }), 5)).toEqual([]);
  });

  it("still reports what the client signed off on", () => {
    expect(rulesAt(brief({ context: "Use the layout the client signed off on." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 38: 'has not decided' inside a clause of how long", () => {
  it("stays quiet on 'withdraw the dispute while finance has not decided' and on an answer with that condition", () => {
    expect(rulesAt(brief({ edge: "- An agent may withdraw the dispute while finance has not decided." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Q: Can an agent withdraw a dispute after operations has reviewed it? A: Yes, as long as finance has not decided." }), 13)).toEqual([]);
  });

  it("still reports 'Finance has not decided.' after a question", () => {
    expect(rulesAt(brief({ edge: "- Can an agent withdraw a dispute after review? Finance has not decided." }), 13)).toEqual(["open-question"]);
  });
});

describe("session 38: 'professional-looking' and 'sharp enough' are judgements", () => {
  it("reports both", () => {
    expect(rulesAt(brief({ context: "The PDF should look professional-looking." }), 5)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Embedded images must be sharp enough for print." }), 5)).toEqual(["vague-term"]);
  });

  it("stays quiet when a figure follows ('sharp enough for print: at least 300 dpi')", () => {
    expect(rulesAt(brief({ context: "Embedded images must be sharp enough for print: at least 300 dpi at the printed size." }), 5)).toEqual([]);
  });
});

describe("session 38: a maker's letters before a model code", () => {
  it("stays quiet on 'thermal camera photos (FLIR E8, radiometric JPEG)' and 'DNP DS620 printers'", () => {
    expect(rulesAt(brief({ context: "After every job the lead takes thermal camera photos (FLIR E8, radiometric JPEG) of each wall." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Booths print on DNP DS620 dye-sublimation printers." }), 5)).toEqual([]);
  });

  it("still reports an acronym before a plain word ('the KSN group')", () => {
    expect(rulesAt(brief({ context: "Mark farms from the KSN group separately." }), 5)).toEqual(["undefined-term"]);
  });
});

describe("session 38: MOT is the UK's public vehicle test", () => {
  it("stays quiet on 'Hold an MOT slot while the customer pays'", () => {
    expect(rulesAt(brief({ context: "Hold an MOT slot while the customer pays." }), 5)).toEqual([]);
  });

  it("still reports an unknown acronym in the same place", () => {
    expect(rulesAt(brief({ context: "Hold an MQT slot while the customer pays." }), 5)).toEqual(["undefined-term"]);
  });
});

describe("session 38: 'above' or 'below' before a colon names the topic, not the answer", () => {
  it("reports 'Field mapping beyond the list above: ask Priya, she has the list'", () => {
    expect(rulesAt(brief({ context: "Field mapping for `DESCRIPTION` beyond the list above: ask Priya, she has the list the Ely manager wanted." }), 5)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Quantity above what we have on stock: handle it like we do on the phone." }), 13)).toEqual(["shared-context"]);
  });

  it("stays quiet when the pointer comes after the reference ('as discussed, see the table below')", () => {
    expect(rulesAt(brief({ context: "Discounts are as discussed with sales; the exact rules are in the table below." }), 5)).toEqual([]);
  });
});
