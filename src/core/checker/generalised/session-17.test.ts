/**
 * Behaviours added in session 17 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 17: a person's practice, named with a title or kept in an old file", () => {
  it("reports what a titled person explained even when the name also names a city", () => {
    expect(rulesAt(brief({ edge: "- The rolling is done as Pak Darwin explained in January." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Payment methods are mapped like Doña Carmen does in the portal." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves what a titled person had, in a story of how things went, alone", () => {
    expect(rulesAt(brief({ context: "Before, Pak Dedi had a script on his laptop that sent SMS, but he is retired now and the script is gone." }), CONTEXT)).toEqual([]);
  });

  it("reports 'the one Pak Budi makes' and 'the old Lotus sheet that Nimal kept'", () => {
    expect(rulesAt(brief({ context: "Invoice layout must be the same like the one Pak Budi makes in Excel." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The report must follow the layout of the old Lotus sheet that Nimal kept." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves the file format a program writes alone", () => {
    expect(rulesAt(brief({ context: "Translators upload one subtitle file (`.ass`, the format Aegisub writes) per episode." }), CONTEXT)).toEqual([]);
  });

  it("reports rules agreed at the general assembly, not an assembly partner", () => {
    expect(rulesAt(brief({ context: "The waiting list gets the places by the rules agreed at the general assembly." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Planned arrivals of finished bikes come from our assembly partner in Taiwan." }), CONTEXT)).toEqual([]);
  });
});

describe("session 17: 'probably' guessing at a cause", () => {
  it("reads a guess at the cause of a fault, or at what already happened, as no open question", () => {
    expect(rulesAt(brief({ context: "Probably same root cause as the duplicate bug in `GET /v1/orders`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Probably is the certificate again." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- More than 20% of rows skipped: the run is `failed`, because the ward has probably changed its format." }), EDGE)).toEqual([]);
  });

  it("still reads a hedge on what to build as open", () => {
    expect(rulesAt(brief({ edge: "- Download of the whole gallery as a ZIP should probably be supported." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Two codes in one cart: probably we let them stack." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 17: what was done in a past year or season", () => {
  it("reports 'calculated like in 2024' and 'again, like in autumn'", () => {
    expect(rulesAt(brief({ context: "Crew leaders get a bonus on top, calculated like in 2024." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The alarm stops again, like in autumn." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves a past year given as an example of the case alone", () => {
    expect(rulesAt(brief({ edge: "- The whole show is cancelled, like in 2020 and 2021: full refund to everyone." }), EDGE)).toEqual([]);
  });
});

describe("session 17: knowledge nobody keeps, counts of work done, a call centre", () => {
  it("leaves 'Nobody knows the real count', 'Kenta wrote 120 cards by hand' and 'our call centre' alone", () => {
    expect(rulesAt(brief({ context: "Nobody knows the real count of free pieces, so we sometimes accept bookings we cannot dress." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Last December we had 180 gift orders and Kenta wrote 120 cards by hand." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Urgent jobs come in through our call centre, which rings the franchisees one by one." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'Priya knows the rules', 'Kenta wrote the rules' and 'as agreed in our call'", () => {
    expect(rulesAt(brief({ context: "Priya knows the rules for exempt merchants." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The rounding follows what Kenta wrote for the old export." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Use the statuses as agreed in our call." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 17: a quality word inside another language's prose", () => {
  it("reads 'Limit kontrolü hafta sonu da çalışmalı' as Turkish alone", () => {
    expect(rulesAt(brief({ edge: "- Limit kontrolü hafta sonu da çalışmalı, bakiye pazartesi güncellenir." }), EDGE)).toEqual(["non-english"]);
  });

  it("still asks for the figure in an English line that quotes another language", () => {
    expect(rulesAt(brief({ edge: "- Check the credit limit often; the button says „Limit kontrolü\u201d." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 17: a document on a lettered drive", () => {
  it("reports a spreadsheet on the S: drive, in prose or in a code span", () => {
    expect(rulesAt(brief({ context: "Sharon's bottle count is in S:\\Rounds\\Empties 2024.xlsx if you want to see what she does now." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Today the watchmakers look parts up in the Excel sheet `S:\\Werkstatt\\Teile_Kaliber.xlsx`." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("leaves a folder that a program writes to alone", () => {
    expect(rulesAt(brief({ context: "Each acquisition writes raw files to the instrument PC's `D:\\Data` folder, one file per sample." }), CONTEXT)).toEqual([]);
  });
});

describe("session 17: a unit with no count, what we told you, a person's policy", () => {
  it("asks how many minutes 'within minutes' means when it is asked for", () => {
    expect(rulesAt(brief({ context: "We want every alarm in the backend within minutes, and a text message to whoever is on duty." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("leaves 'within minutes' in a story of today alone", () => {
    expect(rulesAt(brief({ context: "Today the popular groups are full within minutes." }), CONTEXT)).toEqual([]);
  });

  it("reports 'same as we told you in the kickoff meeting' and 'the policy Chidi uses'", () => {
    expect(rulesAt(brief({ edge: "- The check-in rule is the same as we told you in the kickoff meeting." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "For cancellations, follow the policy Chidi uses with the big spenders." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves 'as we told the customer' with what was told alone", () => {
    expect(rulesAt(brief({ edge: "- The refund is 50%, as stated in the terms we show at checkout." }), EDGE)).toEqual([]);
  });
});

describe("session 17: places named by their premises, common acronyms and tiers", () => {
  it("reads 'our garage in Atsuta', 'our central server in Pretoria' and 'house owners in Miyama' as places", () => {
    expect(rulesAt(brief({ context: "Each morning the detailers pick up their vans at our garage in Atsuta ward." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Every court uploads its recordings to our central server in Pretoria each evening." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "After a typhoon, house owners in Miyama call us to report damage." }), CONTEXT)).toEqual([]);
  });

  it("still asks what a system named after 'stored in' is", () => {
    expect(rulesAt(brief({ context: "Stamps are stored per guest in Mochi, so the guest can reopen the card." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads DJ, QC and a 'Regular' tier as known", () => {
    expect(rulesAt(brief({ context: "For 2-drink events (some DJ nights) each ticket has 2 drinks; the QC team scans them." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The discount applies to Regular and VIP tiers, not tables." }), EDGE)).toEqual([]);
  });
});

describe("session 17: what was counted, a guess at what went wrong", () => {
  it("reads '12,000 kg of Lapins received' as the fruit counted, not a person's act", () => {
    expect(rulesAt(brief({ ac: "- For a day with 12,000 kg of Lapins received and 9,180 kg packed, the email shows packout 76.5 %." }), 17)).toEqual([]);
  });

  it("reads '(maybe the controller lost power)' as a guess at the cause, not an open question", () => {
    expect(rulesAt(brief({ edge: "- No status received for 5 minutes: also send the message (maybe the controller lost power)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Meter number lower than last month: maybe the meter is changed. Reject with `422 meter_decreased`." }), EDGE)).toEqual([]);
  });

  it("still reads 'maybe the reminder should say Monday?' and 'maybe the trial is always non-refundable' as open", () => {
    expect(rulesAt(brief({ edge: "- If the return date is a Sunday, maybe the reminder should say Monday?" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Bride cancels the trial only: not sure, maybe the trial is always non-refundable." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 17: streets, well-known products and regions", () => {
  it("reads a Danish street, RSVPs, Squarespace, Lightroom, 'the Caribbean' and 'Jl.' as known", () => {
    expect(rulesAt(brief({ context: "Buyers collect their furniture at our warehouse on Sofiendalsvej in Aalborg." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our site is on Squarespace; guests send their RSVPs there and we edit photos in Lightroom." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Cards are paid through WiPay, a Caribbean payment gateway, at our studio on Jl. Dago." }), CONTEXT)).toEqual([]);
  });

  it("still asks what a name that only looks like a street is", () => {
    expect(rulesAt(brief({ context: "Limits are configured per event in Tollgate." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 17: a channel the product posts to, a place out of service, an event's time", () => {
  it("reads 'messages appear in `#store-sales`' as where the product posts", () => {
    expect(rulesAt(brief({ edge: "- At 21:00, 6 messages appear in `#store-sales`, one per store." }), EDGE)).toEqual([]);
  });

  it("reads 'file server down' as a case to handle", () => {
    expect(rulesAt(brief({ edge: "- Folder not readable (file server down): the job retries at 23:30, then logs `folder_unavailable`." }), EDGE)).toEqual([]);
  });

  it("still reports the file server as the place the contractor is sent to", () => {
    expect(rulesAt(brief({ edge: "- The price rules are on the file server; read them there." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads 'Usage posted at 03:30 on 3 June' as the event checked", () => {
    expect(rulesAt(brief({ ac: "- Usage posted at 03:30 on 3 June for 2 June is accepted." }), 17)).toEqual([]);
  });
});

describe("session 17: verdicts no test can give", () => {
  it("reads 'sync without problem', 'Backups work every night', 'The craftsmen like using it' and another party's acceptance as untestable", () => {
    expect(rulesAt(brief({ ac: "- 6 phones scan offline and sync without problem." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Backups work every night." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The craftsmen like using it." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The figures are accepted by the Gambling Commission." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("leaves acceptance by a test system, a validator or an import alone", () => {
    expect(rulesAt(brief({ ac: "- An invoice from the test fixtures is accepted by the tax office's test environment." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Every returned label is accepted by the barcode check digit calculator." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The CSV is accepted by Danske Bank's import without errors." }), 17)).toEqual([]);
  });
});

describe("session 17: stories, calendar comparisons, mappings, status words and citations", () => {
  it("reads a story of last winter and 'the same weekday last week' as no precedent", () => {
    expect(rulesAt(brief({ context: "Today the warehouse checks from memory. Last winter a box of rockets went in the same van crate as two propane cylinders." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The email also shows a comparison with the same weekday last week, as a percentage." }), EDGE)).toEqual([]);
  });

  it("still reports 'the same as last winter'", () => {
    expect(rulesAt(brief({ edge: "- Members whose permit expires mid-season: handle it the same as last winter." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'KGS → kg', 'marked FAILED' and 'Diener et al. 2009' as explained", () => {
    expect(rulesAt(brief({ edge: "- Units from the supplier are converted to ours (KGS → kg, PKT → pack)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- No rows above the load: the certificate is still generated and marked FAILED." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The waste reduction index is the standard one from Diener et al. 2009." }), CONTEXT)).toEqual([]);
  });

  it("still asks what 'HPP → reject the row' means", () => {
    expect(rulesAt(brief({ edge: "- Price lower than HPP → reject the row." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 17: a person who still has to write it, an unreliable world", () => {
  it("reports '[Shirin to fill in]' and '[Hendra will send the text]' as placeholders", () => {
    expect(rulesAt(brief({ edge: "- Supplier names for silk: [Shirin to fill in]." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Message template: [Hendra will send the text]" }), EDGE)).toEqual(["placeholder"]);
  });

  it("leaves a bracketed range of names alone", () => {
    expect(rulesAt(brief({ edge: "- Rooms are numbered [Ruang 1 to Ruang 4] on the booking page." }), EDGE)).toEqual([]);
  });

  it("reads 'the kitchen Wi-Fi drops often' as the reason for robustness, not a rate to give", () => {
    expect(rulesAt(brief({ edge: "- The kitchen Wi-Fi drops often, so the endpoint must be robust." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Electricity cuts are frequent here and the shop runs on a generator." }), CONTEXT)).toEqual([]);
  });

  it("still asks how often a job must run", () => {
    expect(rulesAt(brief({ edge: "- The phones refresh the offline copy often." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 17: a record's state in a relative clause", () => {
  it("reads 'a locker charge that is not settled yet' as the record's state", () => {
    expect(rulesAt(brief({ edge: "- The refund returns `409` while the band has a locker charge that is not settled yet." }), EDGE)).toEqual([]);
  });

  it("still reads 'the rounding is not settled yet' as open", () => {
    expect(rulesAt(brief({ edge: "- The rounding for partial refunds is not settled yet." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 17: spans of a few days, thresholds of the weather, tastes, compass points", () => {
  it("asks how long 'a hold lasts a few days' and 'every few minutes' are, in the context too", () => {
    expect(rulesAt(brief({ context: "A hold lasts a few days and staff can extend it." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "The box sends data every few minutes." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("leaves 'a fixed number of days per week' of a plan alone in the context", () => {
    expect(rulesAt(brief({ context: "Subscribers get a fixed number of days per week, billed monthly in advance." }), CONTEXT)).toEqual([]);
  });

  it("asks when the wind is 'too strong' or coffee 'too wet'", () => {
    expect(rulesAt(brief({ edge: "- Wind: close when the mean wind is too strong." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Coffee too wet: refuse the delivery with `422 too_wet`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("leaves 'too warm' in a message shown and 'too cold for most species' as a reason alone", () => {
    expect(rulesAt(brief({ edge: "- Forecast above -10 °C: volunteers get the text \"No flood tonight, it is too warm for the ice\"." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- `cool` is always `false` for trees; refrigerated service is too cold for most species." }), API)).toEqual([]);
  });

  it("reads 'The pilots like the new notifications' as a taste", () => {
    expect(rulesAt(brief({ ac: "- The pilots like the new notifications." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads compass points named together as known, and one alone as a term", () => {
    expect(rulesAt(brief({ context: "Addresses fall into four quadrants: NW, NE, SW and SE." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Each weigh-in deducts the SW contribution: 2% of the amount." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 17: records posted, guesses, definitions by '=' and ':', SQL verbs", () => {
  it("reads 'Analysis posted for an unknown lot code' as the event and '(staff probably scanned the wrong pair)' as a guess", () => {
    expect(rulesAt(brief({ edge: "- Analysis posted for an unknown lot code: `404 lot_not_found`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Renting a pair that is already out: `409 already_out` (staff probably scanned the wrong pair)." }), EDGE)).toEqual([]);
  });

  it("still reads 'we probably need a second pass' as open", () => {
    expect(rulesAt(brief({ edge: "- Two scans of the same pair: we probably need a second check here." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads '(GAN = gift card account number)' and '(NABL: National Accreditation Board …)' as definitions", () => {
    expect(rulesAt(brief({ api: "- `POST /v1/balance` with the GAN (GAN = gift card account number, the 16 digits on the card)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Each lot is tested by an accredited lab in Pune (NABL: National Accreditation Board for Testing Laboratories)." }), CONTEXT)).toEqual([]);
  });

  it("reads an SQL UPDATE as known", () => {
    expect(rulesAt(brief({ context: "Right now I run an UPDATE by hand in pgAdmin every month." }), CONTEXT)).toEqual([]);
  });
});

describe("session 17: status names, lists below, waived qualities, polling, a titled person's way", () => {
  it("leaves 'the wifi drops now and then', '`429` (rate limit)' and 'A few of the strings:' alone", () => {
    expect(rulesAt(brief({ edge: "- The tablets lose the wifi now and then; the app queues the counts." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Xero answers `429` (rate limit): wait for `Retry-After`, then retry, at most 3 times." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "A few of the receipt and email strings:" }), API)).toEqual([]);
  });

  it("leaves 'No need for an optimal route' alone and still reports 'an optimal route'", () => {
    expect(rulesAt(brief({ edge: "- Then always the closest machine. No need for an optimal route in the first version." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Then always the closest machine, so that staff get an optimal route." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads 'the same scheme as our product API, which is: header `X-Api-Key`' as written down", () => {
    expect(rulesAt(brief({ api: "Both use the same key scheme as our existing product API, which is: header `X-Api-Key`, one key per store." }), API)).toEqual([]);
  });

  it("reads 'ask Fatture in Cloud for the status every 15 minutes' as polling", () => {
    const md = brief({ context: "Invoices go to the tax office through Fatture in Cloud, an Italian e-invoicing service.", edge: "- After sending, ask Fatture in Cloud for the status every 15 minutes until it is delivered." });
    expect(rulesAt(md, EDGE)).toEqual([]);
  });

  it("reports 'the same way Ms. Sato does it now'", () => {
    expect(rulesAt(brief({ edge: "- Returns from customers are subtracted the same way Ms. Sato does it now." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 17: another brief by its subject, what a named person set up, a titled person's way", () => {
  it("reports 'see the MobilePay brief', 'as in the intake brief' and 'as Mette set up'", () => {
    expect(rulesAt(brief({ context: "The discount is calculated when the season charges are created (see the MobilePay brief)." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Use the same accounts and tax codes as Mette set up for the shop sales." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Balancing between technicians should follow the way Alhaji Musa shares out jobs on Saturdays." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves another brief whose content is given after a colon alone", () => {
    expect(rulesAt(brief({ api: "Work orders are described in the work-order brief that is already live: `POST /v1/work-orders/{id}/resolve` accepts a note and parts." }), API)).toEqual([]);
  });
});

describe("session 17: stories counted, shortages, definitions by a place's possessive, names inside fill-ins", () => {
  it("reads 'Twice last year two restaurants used the same number range' as a story", () => {
    expect(rulesAt(brief({ context: "Twice last year two restaurants used the same number range, and we had to void 340 invoices." }), CONTEXT)).toEqual([]);
  });

  it("reads 'the short lines' and 'a short pick' as a shortage, not a duration", () => {
    expect(rulesAt(brief({ edge: "- All lines are reserved, or none: `409 insufficient_stock`, listing the short lines." }), EDGE)).toEqual([]);
  });

  it("still asks how long a 'short' wait is", () => {
    expect(rulesAt(brief({ edge: "- Reservations are held for a short time, then released." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'QRIS is Indonesia's national QR code payment standard' as a definition and 'our place in Sanan' as a place", () => {
    expect(rulesAt(brief({ context: "Kiosks take QRIS payments (QRIS is Indonesia's national QR code payment standard)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Every route starts and ends at our place in Sanan." }), EDGE)).toEqual([]);
  });

  it("reads '[fill in by Rina]' as a placeholder alone", () => {
    expect(rulesAt(brief({ edge: "- Auto-reply text: [fill in by Rina]" }), EDGE)).toEqual(["placeholder"]);
  });
});

describe("session 17: stories inside a sentence, a workshop and its carrier, asides", () => {
  it("reads '…, and twice last month we gave an order to the wrong person with the same name' as a story", () => {
    expect(rulesAt(brief({ context: "Staff finds the order by name, and twice last month we gave an order to the wrong person with the same name." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "It takes two of us a Sunday, and last year we made two seeding mistakes that upset the same teams." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'handle it like last year' after 'and'", () => {
    expect(rulesAt(brief({ edge: "- Late entries are refused, and the refunds work like last year." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'from our Tokyo workshop with Japan Post' as a place and a carrier", () => {
    expect(rulesAt(brief({ context: "We ship finished kits from our Tokyo workshop with Japan Post." }), CONTEXT)).toEqual([]);
  });

  it("reads 'a local ISP', '(…, often the number has no WhatsApp)' and 'in a cooldown (see below)' as given", () => {
    expect(rulesAt(brief({ context: "The internet (fibre from a local ISP, with a 4G backup router) drops for hours." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- WhatsApp error `131026` (message undeliverable, often the number has no WhatsApp): status `failed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "`allow` is false when the wristband is in a cooldown (see below)." }), API)).toEqual([]);
  });
});

describe("session 17: an API of a tool, a request for a quote, a team, asides before a colon", () => {
  it("reads 'the Google Sheets API' as an interface, not a sheet to open", () => {
    expect(rulesAt(brief({ edge: "- Google Sheets API or Shopify API is down: retry at the next run." }), EDGE)).toEqual([]);
  });

  it("still reports a Google Sheet the rules are kept in", () => {
    expect(rulesAt(brief({ edge: "- The price rules are in our Google Sheet." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads 'Sam, can you quote this one?' as a request to the reader", () => {
    expect(rulesAt(briefWithPreamble("Sam, can you quote this one? Hannah needs it before the trade show."), 3)).toEqual([]);
    expect(rulesAt(briefWithPreamble("Søren here. Can you give us a quote on this one?"), 3)).toEqual([]);
  });

  it("reads 'Dana's team retypes it' as today's work and still reports 'what Peter's team does now'", () => {
    expect(rulesAt(brief({ context: "Airline agents email us a PDF, and Dana's team retypes it into our dispatch system." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Team leaders move work orders by phone; we'll keep doing what Peter's team does now." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads '(same limits as the Unified Rules of the sport):' with the list below, '(rate limited)', POS and 'Buddhist' as given", () => {
    expect(rulesAt(brief({ api: "Weight classes we use (same limits as the Unified Rules of the sport):" }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Shopify returns `429` (rate limited): wait for `Retry-After`, then retry, at most 5 times." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We sell gold leaf to Buddhist altar makers; the price comes from our POS database." }), CONTEXT)).toEqual([]);
  });
});

describe("session 17: hosting platforms, a comparison explained after a dash, named bounds, the present rejected", () => {
  it("reads 'we host on Railway', 'a separate service on Railway' and GOG as public", () => {
    expect(rulesAt(brief({ context: "This backend is a separate service (any stack you like, we host on Railway)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our game sells on Steam and GOG." }), CONTEXT)).toEqual([]);
  });

  it("reads 'same as the judging backend — a separate service on Railway, PostgreSQL 16, …' as given", () => {
    expect(rulesAt(brief({ api: "Stack: same as the judging backend — a separate service, PostgreSQL 16, a session JWT from the web app." }), API)).toEqual([]);
  });

  it("still reports 'ask Marta — she wrote the last version'", () => {
    expect(rulesAt(brief({ context: "For the rules that filter out bot-like streams, ask Marta — she wrote the last version." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads 'limited by our allocation from the publisher' and 'This is not acceptable' as no missing figure or quality", () => {
    expect(rulesAt(brief({ edge: "- The number of pre-orders per volume is limited by our allocation from the publisher (`volumes.allocation`)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Today the draws are calculated in the client. This is not acceptable for the global launch: players can cheat." }), CONTEXT)).toEqual([]);
  });
});
