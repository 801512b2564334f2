/**
 * Behaviours added in session 35 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const AC = 17;

describe("session 35: a vague word in a criterion that also has an evaluative verb", () => {
  it("reports 'handled correctly in the monthly report': 'monthly' measures nothing about 'correctly'", () => {
    expect(rulesAt(brief({ ac: "- Charges are handled correctly in the monthly report." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Reconciliation is done correctly every night." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the item names an exact outcome, or its figure is what the verb is judged by", () => {
    expect(rulesAt(brief({ ac: "- Charges are handled correctly: the monthly report shows `damage_total` = 1,200 CZK." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Charges are handled within 2 seconds of the return scan." }), AC)).toEqual([]);
  });
});

describe("session 35: how soon, with no span of time, in a criterion", () => {
  it("reports 'sees the change right away' and 'shows up in the GET straight away'", () => {
    expect(rulesAt(brief({ ac: "- The call centre sees the change in the back office right away." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- a check-in shows up in the GET straight away" }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the item names what is seen, and outside the criteria", () => {
    expect(rulesAt(brief({ ac: "- A key returned by `POST /v1/keys` is accepted by `POST /v1/asn` straight away." }), AC)).toEqual([]);
    expect(rulesAt(brief({ context: "When a parcel is scanned, the shop wants to know right away, so we send a webhook on each scan." }), 5)).toEqual([]);
  });
});

describe("session 35: people who stop phoning are not a test", () => {
  it("reports 'Teachers stop phoning me about forms' as 'Garages stop ringing us' is reported", () => {
    expect(rulesAt(brief({ ac: "- Teachers stop phoning me about forms." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 35: words that read as figures and are not", () => {
  const EDGE = 13;
  it("reports 'a handful' after 'Once … have been withdrawn' and 'a few times' beside '5xx'", () => {
    expect(rulesAt(brief({ edge: "- Once a handful of bouts have been withdrawn the officials have to re-approve the card." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The carrier API returns 5xx → retry a few times, then page ops." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still counts 'once a day' and a status code with a count", () => {
    expect(rulesAt(brief({ edge: "- Reminders are sent regularly, once a day." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A few retries are allowed: once a day, up to 3 days." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The carrier API returns 5xx → retry 3 times, then page ops." }), EDGE)).toEqual([]);
  });
});

describe("session 35: what is shown, judged correct", () => {
  it("reports 'always shows correct availability' and 'The file open correct in Excel'", () => {
    expect(rulesAt(brief({ ac: "- The calendar always shows correct availability." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The file open correct in Excel." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the item names what is shown", () => {
    expect(rulesAt(brief({ ac: "- For a trek on 2026-05-02 with 6 llamas booked of 8, the calendar shows correct availability: `2 free`." }), AC)).toEqual([]);
  });
});

describe("session 35: the problem told under the title", () => {
  it("stays quiet on 'Nobody knows who has what' in the paragraph before the first section", () => {
    const md = "# Track chainsaws\n\nWe've got 11 chainsaws that go out with the crews. Nobody knows who has what, and saws miss their service.\n\n" + brief({}).slice("# Orders\n\n".length);
    expect(rulesAt(md, 3)).toEqual([]);
  });

  it("still reports the writer's own doubt there", () => {
    const md = "# Track chainsaws\n\nWe have 11 chainsaws. Not sure whether trimmers count too.\n\n" + brief({}).slice("# Orders\n\n".length);
    expect(rulesAt(md, 3)).toEqual(["open-question"]);
  });
});

describe("session 35: work done by hand is a person's", () => {
  it("stays quiet on 'Today Lena writes every invoice by hand in lexoffice'", () => {
    expect(rulesAt(brief({ context: "Today Lena writes every invoice by hand in lexoffice from the booking." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Right now Linda writes every label manually at the post office counter." }), 5)).toEqual([]);
  });

  it("still asks what a name is when it writes like a system", () => {
    expect(rulesAt(brief({ context: "Every night Brumby writes the invoices to the shared drive." }), 5)).toEqual(["undefined-term"]);
  });
});

describe("session 35: public names of the trades in round 340", () => {
  it("knows PADI, SSI and NAUI (diving agencies), the IJ and Amersfoort, and Marshalls", () => {
    expect(rulesAt(brief({ context: "We are a PADI 5 Star dive centre; levels of SSI and NAUI are mapped to ours." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Saunaboot Amsterdam runs one sauna boat on the canals and the IJ." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "We store it also in Amersfoort / RD New (EPSG:28992), because the province works in that." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Stone prices come from the Marshalls feed, published daily on their trade site." }), 5)).toEqual([]);
  });

  it("still asks about an unknown capitalised feed", () => {
    expect(rulesAt(brief({ context: "Stone prices come from the Brackwell feed, published daily." }), 5)).toEqual(["undefined-term"]);
  });
});

describe("session 35: 'Sync with X' as the subject of its sentence", () => {
  it("stays quiet on 'Sync with FareHarbor must be …': the sync is a thing the system does", () => {
    expect(rulesAt(brief({ api: "- Sync with FareHarbor must finish within 60 seconds of a booking." }), 9)).toEqual([]);
  });

  it("still reports 'Sync with Mette before launch'", () => {
    expect(rulesAt(brief({ api: "- Sync with Mette before launch." }), 9)).toEqual(["shared-context"]);
  });
});

describe("session 35: a break, rest or gap someone must keep, with no length", () => {
  it("reports 'needs a break between two tours' and 'Leave a gap between fittings'", () => {
    expect(rulesAt(brief({ api: "- A guide can not do two tours that overlap, and needs a break between two tours." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Leave a gap between fittings so the fitter can tidy the room." }), 5)).toEqual(["unquantified"]);
  });

  it("stays quiet when the length is given, or the gap is in the data", () => {
    expect(rulesAt(brief({ api: "- A guide needs a break of at least 30 minutes between two tours." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Tariff import with a gap between ranges: reject with `422 tariff_gap`." }), 13)).toEqual([]);
    expect(rulesAt(brief({ context: "Leave requests from guides go to the office, which approves them by hand." }), 5)).toEqual([]);
  });
});

describe("session 35: after several events, a threshold left out", () => {
  it("reports 'a discount after several hikes' and 'After several no-shows, block the number'", () => {
    expect(rulesAt(brief({ api: "- Repeat walkers get a discount after several hikes." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- After several no-shows, block the phone number." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet on what had happened, and on a case in brackets", () => {
    expect(rulesAt(brief({ edge: "- Upload fails after several images were stored: delete them and return `502`." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Deduction bigger than the payout (after several refunds): payout `0`." }), 13)).toEqual([]);
  });
});

describe("session 35: a label records are marked with", () => {
  it("reports 'Treks marked as LFT are not pushed' and 'flagged as HBK'", () => {
    expect(rulesAt(brief({ api: "- Treks marked as LFT are not pushed." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Stops flagged as HBK skip the notice." }), 9)).toEqual(["undefined-term"]);
  });

  it("stays quiet on an example after 'such as' and a label in English", () => {
    expect(rulesAt(brief({ api: "- Treks marked as PAID are not pushed." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Payments go through a provider such as Stripe." }), 9)).toEqual([]);
  });
});

describe("session 35: public names of round 340, and places written 'St.'", () => {
  it("knows Rezdy, Paisley, Falkirk and Oeschinensee, and 'St. John's' as a place", () => {
    expect(rulesAt(brief({ context: "Bookings come in through Rezdy. We are a pipe band in Paisley and repair drums in Falkirk." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "We run 2-hour walks to Oeschinensee and lessons for students in St. John's." }), 5)).toEqual([]);
  });

  it("still asks what 'ST fee' is", () => {
    expect(rulesAt(brief({ api: "- ST fee: ¥1,100 per lot" }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 35: accepted without questions", () => {
  it("reports 'Customs officers accept our documents without questions'", () => {
    expect(rulesAt(brief({ ac: "- Customs officers accept our documents without questions." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 35: round 341's near-misses", () => {
  it("reads 'Neither' as English, 'free to a good home' as an idiom, and knows Inverness, Pensacola, Serassi", () => {
    expect(rulesAt(brief({ context: "Neither publishes the file format, so files are stored as they are." }), 5)).toEqual([]);
    expect(rulesAt(brief({ api: "- `asking_price_aud` (whole dollars, 0 means free to a good home)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Four tuners cover churches from the Borders to Inverness and from New Orleans to Pensacola." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "We restore historical organs, many of them by Serassi and Lingiardi from the 1800s." }), 5)).toEqual([]);
  });

  it("still reports a good result asked for", () => {
    expect(rulesAt(brief({ api: "- The search returns good matches for the organ's builder." }), 9)).toEqual(["vague-term"]);
  });
});

describe("session 35: 'enough rest between', and a period the law sets", () => {
  it("reports 'Dogs need enough rest between runs' and 'keep invoices for the legal period'", () => {
    expect(rulesAt(brief({ api: "- Dogs need enough rest between runs." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Keep invoices for the legal period, then delete them." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Retain entries for the statutory period, then delete them." }), 9)).toEqual(["unquantified"]);
  });

  it("stays quiet when the brief gives the period, and knows Utsjoki and Metsähallitus", () => {
    expect(rulesAt(brief({ api: "- Keep invoices for the legal period, then delete them.", edge: "- The legal period is 10 years from the invoice date." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "We are a fishing company in Utsjoki; permits are sold by Metsähallitus on eraluvat.fi." }), 5)).toEqual([]);
  });
});

describe("session 35: someone who has not confirmed by a deadline is a case, not a doubt", () => {
  it("stays quiet on 'Farmer has not confirmed 7 days after the booking' and 'Accompanists who haven't confirmed'", () => {
    expect(rulesAt(brief({ edge: "- Farmer has not confirmed 7 days after the booking: email the committee address." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Accompanists who haven't confirmed get a follow-up text at 19:00." }), 13)).toEqual([]);
  });

  it("still reports 'Legal hasn't confirmed' and 'I have not confirmed this with our broker'", () => {
    expect(rulesAt(brief({ edge: "- Two vouchers on one booking are allowed, but finance hasn't confirmed." }), 13)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- The certificate number goes on the invoice. I have not confirmed this with our broker." }), 13)).toEqual(["open-question"]);
  });
});

describe("session 35: close to anything, with no 'how close'", () => {
  it("reports 'Customer cancels close to the visit' and 'when the technician is close to the site', quoting what it is close to", () => {
    const md = brief({ api: "- Customer cancels close to the visit: the fee is charged.", edge: "- Send a second SMS when the technician is close to the site." });
    expect(rulesAt(md, 9)).toEqual(["unquantified"]);
    expect(rulesAt(md, 13)).toEqual(["unquantified"]);
    const messages = check(md).findings.filter((f) => f.rule === "unquantified").map((f) => f.message);
    expect(messages.some((m) => m.includes("'close to the visit'") && m.includes("duration"))).toBe(true);
    expect(messages.some((m) => m.includes("'close to the site'") && m.includes("distance"))).toBe(true);
  });

  it("stays quiet when the closeness is given", () => {
    expect(rulesAt(brief({ api: "- Customer cancels close to the visit (less than 24 hours before it): the fee is charged." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send a second SMS when the technician is close to the site, within 500 m." }), 13)).toEqual([]);
  });
});

describe("session 35: a meeting still to come", () => {
  it("stays quiet on '[fill in before kickoff]' and 'before they call the API'", () => {
    expect(rulesAt(brief({ api: "Farms to load into the database at the start: [fill in before kickoff]" }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- The new club collects the consent on paper before they call the API." }), 13)).toEqual([]);
  });

  it("still reports what was agreed at the kickoff", () => {
    expect(rulesAt(brief({ api: "Farms to load: as agreed at kickoff." }), 9)).toEqual(["shared-context"]);
  });
});

describe("session 35: a criterion compared with a person's file", () => {
  it("reports 'the same as the file Linda sent us last year'", () => {
    expect(rulesAt(brief({ ac: "- Column layout is the same as the file Linda sent us last year." }), AC)).toEqual(["shared-context"]);
  });

  it("stays quiet on a comparison with what the product already shows", () => {
    expect(rulesAt(brief({ ac: "- `GET /v1/report` gives exactly the same amounts as the current billing engine for March 2025." }), AC)).toEqual([]);
  });
});

describe("session 35: Tally in a brief about invoices, and slots of a pattern", () => {
  it("knows Tally where the brief is about GST or invoices, and not elsewhere", () => {
    expect(rulesAt(brief({ context: "Today the finance team raises invoices by hand in Tally at the end of the month." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Stats are read from the Tally cache every night." }), 5)).toEqual(["undefined-term"]);
  });

  it("reads '`MM/<financial year>/<5-digit sequence>`' as a pattern, and still reports '<insert bucket name>'", () => {
    expect(rulesAt(brief({ api: "- Invoice numbers: `MM/<financial year>/<5-digit sequence>`; the sequence restarts each April." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Photos go to the bucket `<insert bucket name>`." }), 9)).toEqual(["placeholder"]);
  });
});

describe("session 35: a question handed to someone", () => {
  it("reports the question before 'Check with Tom.' or 'Ask Mette.' as open, beside the person", () => {
    expect(rulesAt(brief({ edge: "- Certificate expires during the course: treat it as valid if it was valid on day one? Check with Tom." }), 13)).toEqual(["open-question", "shared-context"]);
    expect(rulesAt(brief({ edge: "- Cancelled assignments billed at minimum charge: include them? Ask Mette." }), 13)).toEqual(["open-question", "shared-context"]);
  });

  it("stays quiet on a question answered in the same line", () => {
    expect(rulesAt(brief({ edge: "- Cancelled assignments: include them? Yes, at the minimum charge of 1 hour." }), 13)).toEqual([]);
  });
});

describe("session 35: a named person's step in the product, and round 342's names", () => {
  it("stays quiet on 'Sofie approves it in the back office' and 'a spreadsheet by Claire'", () => {
    expect(rulesAt(brief({ api: "- Mechanics ask for a day off in the app; Sofie approves it in the back office." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "The cost of a class is calculated at the end of the month in a spreadsheet by Claire." }), 5)).toEqual([]);
  });

  it("still reports 'until Dr. Olsen signs off'", () => {
    expect(rulesAt(brief({ api: "- Results stay hidden until Dr. Olsen signs off." }), 9)).toEqual(["shared-context"]);
  });

  it("knows Ticketflap and Passare", () => {
    expect(rulesAt(brief({ context: "Wristbands are sold through Ticketflap; bookings come from Passare." }), 5)).toEqual([]);
  });
});

describe("session 35: judgements a test cannot observe", () => {
  it("reports 'Case managers get the information they need' and 'The PDF quote is on-brand'", () => {
    expect(rulesAt(brief({ ac: "- Case managers get the information they need." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The PDF quote is on-brand." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the item names what they get", () => {
    expect(rulesAt(brief({ ac: "- Case managers get the information they need: `GET /cases/{id}` returns `decline_reason` and `flagged_at`." }), AC)).toEqual([]);
  });
});

describe("session 35: more ways to send something ahead of an event", () => {
  it("reports 'a heads-up before the clean', 'a reminder before it's due' and 'the reminder ahead of each visit'", () => {
    expect(rulesAt(brief({ api: "- The pool page should give swimmers a heads-up before the clean." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- email me a reminder before it's due" }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- A job sends the reminder ahead of each visit." }), 9)).toEqual(["unquantified"]);
  });

  it("stays quiet on the reminder's own sending, and on a lead time given", () => {
    expect(rulesAt(brief({ edge: "- Shift cancelled after the reminder was queued but before it was sent: do not send it." }), 13)).toEqual([]);
    expect(rulesAt(brief({ api: "- A job sends the reminder 2 days ahead of each visit." }), 9)).toEqual([]);
  });
});

describe("session 35: a difference that counts as big, left out", () => {
  it("reports 'differs a lot from the order' and 'very different from the ordered weight'", () => {
    expect(rulesAt(brief({ edge: "- When the real weight differs a lot from the order, we call the customer before we capture." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Packed weight very different from the ordered weight: hold the order and notify warehouse staff." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet on an exact mismatch and on a difference with its size", () => {
    expect(rulesAt(brief({ edge: "- `gross_amount` different from the order total: do not mark paid, set `amount_mismatch`." }), 13)).toEqual([]);
    expect(rulesAt(brief({ edge: "- When the real weight differs a lot from the order (more than 5%), we call the customer." }), 13)).toEqual([]);
  });
});

describe("session 35: a problem seen before, today's way, and a leaning handed to a person", () => {
  it("reports 'Same problem as in May', 'as we do now with the courier' and '? Probably yes but ask Jenna.'", () => {
    expect(rulesAt(brief({ context: "The floor scale stopped sending weights again. Same problem as in May." }), 5)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Shipping works as we do now with the courier." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Should the rules also apply to gift packets? Probably yes but ask Jenna." }), 9)).toEqual(["open-question", "shared-context"]);
  });

  it("stays quiet on the same error code named, and on a group to check with", () => {
    expect(rulesAt(brief({ edge: "- A second upload of the same file returns the same error as the first: `409 duplicate_file`." }), 13)).toEqual([]);
    expect(rulesAt(brief({ api: "- Volunteers under 18: can they sign up for mowing? I don't think so but check with the insurance people." }), 9)).toEqual(["open-question"]);
  });
});

describe("session 35: a default with no value, and accurate results", () => {
  it("reports 'use a default volume' and 'The check gives accurate results'", () => {
    expect(rulesAt(brief({ edge: "- Customer does not know tank volume: use a default volume." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- The check gives accurate results." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet when the default is given", () => {
    expect(rulesAt(brief({ edge: "- Customer does not know tank volume: use a default volume of 3,000 litres." }), 13)).toEqual([]);
  });
});

describe("session 35: round 344's near-misses", () => {
  it("stays quiet on a form 'to be filled in on the salon iPad', 'maybe one group in ten' and district names", () => {
    expect(rulesAt(brief({ context: "We want report cards to be filled in on the salon iPad and emailed to the owner." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Right now we ask for reviews at the desk and maybe one group in ten bothers." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "We run escape rooms in two units in São Paulo (Vila Madalena and Moema), and 6 in Karlín." }), 5)).toEqual([]);
  });

  it("still reports '[to be filled in by Rhian in accounts]'", () => {
    expect(rulesAt(brief({ api: "Pricing rules for the quote: [to be filled in by our accounts team]." }), 9)).toEqual(["placeholder"]);
  });
});

describe("session 35: public places and organisations the unseen writers used", () => {
  it("knows Zwolle, Gent, Antwerpen, Carlisle, Zermatt and Åland, and SKF, EASA, OSHA, Linde and Epson", () => {
    expect(rulesAt(brief({ context: "We build modules in Zwolle and deliver from Antwerpen and Gent, from Carlisle to Zermatt and Åland." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Bearings come from SKF and dry ice from Linde; we hold an EASA Part-145 approval and follow OSHA; tickets print on an Epson." }), 5)).toEqual([]);
  });

  it("still asks what an unknown name is, and who a person asked is", () => {
    expect(rulesAt(brief({ context: "Stock counts come from Brackwell every night." }), 5)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- After publish, ask Ishida how we handle it." }), 9)).toEqual(["shared-context"]);
  });
});

describe("session 35: a choice left to the contractor is not vague", () => {
  it("stays quiet on 'New tables are up to you' and knows Illustrator and Södermalm", () => {
    expect(rulesAt(brief({ context: "The design of new tables is up to you, as long as the acceptance criteria below hold." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Sam checks every file by eye in Illustrator; we are a studio on Södermalm, Stockholm." }), 5)).toEqual([]);
  });

  it("still reports a quality left to judgement", () => {
    expect(rulesAt(brief({ api: "- Retry as you see fit." }), 9)).toEqual(["vague-term"]);
  });
});

describe("session 35: a value agreed in a conversation", () => {
  it("reports only the conversation for 'the age cut-off we talked about at the board meeting'", () => {
    expect(rulesAt(brief({ api: "- Use the age cut-off we talked about at the board meeting for children moving up." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Twilio errors: retry it the way Dan and I discussed on the phone." }), 13)).toEqual(["shared-context"]);
  });

  it("still reports a cut-off with no value and no conversation", () => {
    expect(rulesAt(brief({ api: "- Use an age cut-off for children moving up from nursery." }), 9)).toEqual(["unquantified"]);
  });
});
