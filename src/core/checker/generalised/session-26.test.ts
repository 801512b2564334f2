/**
 * Behaviours added in session 26 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 26, round 277: limits named by what they wait for, moments written as code", () => {
  it("asks for the length of a dispute, return or required period the brief never gives, and not for one it gives", () => {
    expect(rulesAt(brief({ edge: "- The charge goes through after the dispute window unless the member disputes." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Points become available for spending after the return period." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Look-back records must be kept for the required period." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "The dispute window is 14 days from the charge.", edge: "- The charge goes through after the dispute window unless the member disputes." }), EDGE)).toEqual([]);
  });

  it("does not ask for a validity or notice period that each record holds", () => {
    expect(rulesAt(brief({ api: "- `GET /lines?version_id=v2` returns the lines whose `started_at` lies in that version's validity period." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- On `reservation.dates_changed`: update the validity window of the same code." }), EDGE)).toEqual([]);
  });

  it("reads a date field after 'before' or 'in advance of' as the event a lead time counts back from, not the lead time", () => {
    expect(rulesAt(brief({ api: "- The request must be sent well in advance of `planned_date`." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- First reminder: sent in good time before `next_due`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send the reminder a little before `starts_at`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send the reminder in good time before `reminder_lead`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send the rows in batches of `batch_size`." }), EDGE)).toEqual([]);
  });
  it("reads 'calls this endpoint' as the verb, a recent bereavement as a circumstance, and a hospital after 'Dr.' in a signature", () => {
    expect(rulesAt(brief({ api: "- The kiosk in our elephant house calls this endpoint every time a visitor taps a photo." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- As we said in our weekly calls, the kiosk shows the photo." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "We must identify debtors who need extra care (elderly, hospitalised, recent bereavement) and pause collection." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- `GET /v1/moves` returns the recent moves of the pallet, newest first." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(briefWithPreamble("Bambang Setiawan, IT, forensic unit RSUD Dr. Soetomo Surabaya"), 3)).toEqual([]);
    expect(rulesAt(brief({ context: "The visum requests come from the RSUD every morning." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 26, round 278: guesses in an aside, names the brief's code spells, things kept and agreed in writing", () => {
  it("reads 'probably' in a short aside as a guess at what a bad value is, and still reports a doubt about what to do", () => {
    expect(rulesAt(brief({ edge: "- Tray weight above 4,600 g (probably two trays stacked): store with status `check_weight`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `moisture_pct` outside 20 to 60: `422`, probably typing error." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Tray weight above 4,600 g: `422`, probably we should keep it?" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Tray weight above 4,600 g: probably send 0, but I am not sure." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads a quality word that begins a name the brief's code spells as part of that name", () => {
    const quick = brief({ api: "`POST /v1/quick-calls/{id}/convert` turns a quick call into a full case.", edge: "- Quick call on a closed incident: `409` with `incident_closed`." });
    expect(rulesAt(quick, EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Quick call on a closed incident: `409` with `incident_closed`." }), EDGE)).toEqual(["vague-term"]);
    const recent = brief({ api: "`GET /v1/members/{id}` returns `recent_purchases`.", edge: "- Returns the member's recent purchases, newest first." });
    expect(rulesAt(recent, EDGE)).toEqual(["unquantified"]);
  });
  it("reads old prices that are kept as the earlier ones, and 'our session records' as data", () => {
    expect(rulesAt(brief({ edge: "- `PUT /products/{sku}/price` sets a new price. Old prices are kept with their dates." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old recoveries are archived and not shown in the open list any more." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "This brief adds an endpoint that generates the file from our session records." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "This brief adds the endpoint we talked about in our session last week." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads 'as agreed in the collective labour agreement' as a written contract, and '(huanglongbing, HLB)' as a name given", () => {
    expect(rulesAt(brief({ context: "The employer deducts the dues from the salary (check-off, as agreed in the collective labour agreement)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The employer deducts the dues from the salary, as agreed in the meeting with the union." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Florida is under federal quarantine for citrus greening (huanglongbing, HLB)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Florida is under federal quarantine for citrus greening and HLB." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 26, round 279: rate limiting asked for without its rate, what people cannot tell today", () => {
  it("asks for the rate when a brief needs rate limiting and gives no figure, and not when it gives one or asks for none", () => {
    expect(rulesAt(brief({ edge: "- The endpoint is public, so it needs rate limiting." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "We also need rate limiting per API key." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "We also need rate limiting per API key.", edge: "- More than 60 requests per minute from one key: `429`." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Redis down: let pings through without rate limiting and log a warning." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- AeroAPI down or rate-limiting us: keep the last known time and retry at the next run." }), EDGE)).toEqual([]);
  });
  it("reads 'break the fast', 'maybe after one week' and what customers cannot tell today as the story, not as gaps", () => {
    expect(rulesAt(brief({ context: "During Ramadan people break the fast with dates, and give boxes as gifts." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today the paper reaches the protection team maybe after one week." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The paper should reach the protection team maybe after one week?" }), CONTEXT)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "Customers do not know if there is mail, and many come to the shop for nothing." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Often we lose track: we don't know if the person arrived at the clinic." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "I don't know if the auditor will ask for the fertilizer use per plot." }), CONTEXT)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "We don't know if the lawyer wants the original EXIF data too." }), CONTEXT)).toEqual(["open-question"]);
  });
  it("reads a day of the month as a date, not the figure of a span, and a count before 'Old rows' as no age", () => {
    expect(rulesAt(brief({ edge: "- Send the foster mother an SMS a few days before the 10th if the report is not in." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send the foster mother an SMS 3 days before the 10th if the report is not in." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "The table has about 3.5 million rows. Old rows are moved to the schema `archive` every night." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Rows are kept for 7 years. Older rows must move to the schema `archive`." }), API)).toEqual([]);
  });
});

describe("session 26, round 280: production batches, events in a clause of time, people in a place", () => {
  it("reads 'a batch of yellow base' as one production batch, and still asks how many scans a batch holds", () => {
    expect(rulesAt(brief({ edge: "- A batch of yellow base without an egg ingredient lot: `422` with `missing_egg_lot`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Upload for a batch of another roaster: `403`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The phone comes back online with a batch of scans: accept them at `POST /v1/scan-batch`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'when the client confirmed by WhatsApp' as an event the data records", () => {
    expect(rulesAt(brief({ api: "- `konfirmasi_at`: when the client confirmed by WhatsApp." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The layout is the one the client confirmed by WhatsApp." }), API)).toEqual(["shared-context"]);
  });

  it("reads a town after 'a borrower in' or 'an auction in' as a place", () => {
    expect(rulesAt(brief({ context: "In March a borrower in Parramatta claimed that tools were missing from a ute we recovered." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Every night the records are copied to Parramatta." }), CONTEXT)).toEqual(["undefined-term"]);
  });
  it("reads a limit someone lowers below what it counts as a value each record holds, and a bracket naming whose limit a figure is", () => {
    expect(rulesAt(brief({ edge: "- Owner lowers the limit below what was spent today: allowed; further sales are declined." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A room limit is lowered while bookings exist: existing bookings stay." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Part names longer than 30 characters are cut to 30 characters (a CADmatic limit)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Bulk orders need a limit: reject the rest with `422`." }), EDGE)).toEqual(["unquantified"]);
  });
  it("reads 'the computed minimum holding temperature' and 'the minimum of:' as a statistic, and 'the minimum level' as a bound", () => {
    expect(rulesAt(brief({ api: "- `GET /api/batches/{batch_no}` returns the batch with the computed minimum holding temperature." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The checkout price is the minimum of: the base price, and each pack price." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `low` is true when stock is below the minimum level for that product." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 26, round 281: bursts that happen and bursts allowed", () => {
  it("reads a burst that happens as the case handled, and still asks how big an allowed burst may be", () => {
    expect(rulesAt(brief({ edge: "- Modems buffer events when they lose signal and send them in a burst later; store them by `ts`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Balloon burst on the ground during filling: the fill record describes the second balloon." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Burst traffic: allow a burst above the limit." }), EDGE)).toEqual(["unquantified"]);
  });
  it("asks how often to retry the SMS after a colon, and reads 'a single owner' as what a limit counts per", () => {
    expect(rulesAt(brief({ edge: "- The CPSMS gateway is down: retry the SMS." }), EDGE)).toContain("unquantified");
    const schedule = "| step | wait | action |\n| --- | --- | --- |\n| 3 | 7 days | retry the charge; on failure, email `payment_failed_3` |";
    expect(rulesAt(brief({ edge: schedule }), EDGE + 2)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Limit how many reissues a single owner can request." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit the reissues to a single one per owner." }), EDGE)).toEqual([]);
  });
  it("reads 'approved by the NVR board' as people deciding, and 'when `runs_out` is before the planned ship date' as a condition", () => {
    expect(rulesAt(briefWithPreamble("Status: approved by the NVR board 2024-11-05"), 3)).toEqual([]);
    expect(rulesAt(brief({ api: "- The check result is also pushed to the KJ board." }), API)).toContain("private-link");
    expect(rulesAt(brief({ edge: "- Warning: when `runs_out` is before the planned ship date, the service sends an e-mail to logistics." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The service sends a warning e-mail before the planned ship date." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 26, round 282: people who may retry, decisions written where they are named", () => {
  it("reads 'staff can retry it with POST …' as a person's action, and 'the client confirmed that …' as the decision written down", () => {
    expect(rulesAt(brief({ edge: "- Paytrail returns an error: the row gets status `failed`; staff can retry it with `POST /v1/refunds/{id}/retry`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- The client confirmed that max weight is always one of 2000, 3500 or 6000 kg." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Use the weight classes the client confirmed." }), API)).toEqual(["shared-context"]);
  });
  it("reads old records from before the change as the ones the brief handles, and still asks how old removed records are", () => {
    expect(rulesAt(brief({ edge: "- Old transactions saved before this change: `idr_amount_exact` is `null`, we do not recalculate them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A staff member's `gender` is empty (old records): treat as not allowed." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old reports without the field: return `null`, not `false`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old statements must not be imported." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Old readings can be deleted, to save space." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 26, round 283: words the line defines, the latest numbers", () => {
  it("reads 'A result is clear when it is below the limit' as a definition, and still reports 'stable when everybody books at once'", () => {
    expect(rulesAt(brief({ context: "A result is **clear** when it is below the limit for its toxin group." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The area re-opens after two clear results. A clear result is one below the limit for every toxin group." }), API)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The booking is stable when the week opens on Sunday at 12:00 and everybody books at once." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ api: "- A result is **clear** when the lab says so." }), API)).toEqual(["vague-term"]);
  });

  it("reads 'the latest numbers' as the current value of each, not a list of unsaid length", () => {
    expect(rulesAt(brief({ api: "- `GET /zones` returns the status of the three zones, with `since` and the latest numbers." }), API)).toEqual([]);
  });
  it("asks how long 'for several years' and 'for several seasons' are", () => {
    expect(rulesAt(brief({ api: "- Keep the batch history for several seasons." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The audit log must be kept for several years." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The audit log must be kept for 5 years." }), API)).toEqual([]);
  });
  it("asks how far 'far from the address' is and how much 'much higher than usual' is", () => {
    expect(rulesAt(brief({ edge: "- GPS position far from the address: flag `location_mismatch`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- GPS position more than 500 m from the address: flag `location_mismatch`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Headcount much higher than usual for that mosque: flag it for finance." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A rider who transferred less than expected is flagged with that amount." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Members who live far from the lab may book the first slot of the day." }), EDGE)).toEqual([]);
  });
});

describe("session 26, round 284: other cases handled the same way, older devices, a couple of times", () => {
  it("asks how another case of the writer's is handled ('same policy as for the Vipps captures'), not the product's own interface", () => {
    expect(rulesAt(brief({ api: "Retries of `RemoteStartTransaction`: same policy as for the Vipps captures." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Use the same SMS sender as for the gas safety visits." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Authenticated with the device token in `X-Device-Token`, as for the other validator endpoints." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The server is the same as for the harvest records (Laravel 10, MySQL 8)." }), API)).toEqual([]);
  });

  it("reads 'older controllers do not report it' as earlier models, and asks how many 'a couple times' is", () => {
    expect(rulesAt(brief({ edge: "- `cycles` is null (older controllers do not report it): compute `due_on` from the install date." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Twilio error → retry a couple times." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 26, round 285: a named person's practice and the person who holds the file", () => {
  it("reports 'what Brian used', 'what Shazza says' and 'Sato-san in the Shiomi office has the file'", () => {
    expect(rulesAt(brief({ api: "- The level wording follows what Brian used in the old newsletter listing." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Message wording same as what Shazza says on the phone." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Use the wording of the 2022 winter circular, Sato-san in the Shiomi office has the file." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The totals must be identical to what Semafor shows for the same campaign." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A neighbour's animals: I'm not sure what Fødevarestyrelsen says about that." }), EDGE)).toEqual(["open-question"]);
  });
  it("asks how long a buffer between two appointments is, and how long 'enough time before' and 'some margin' are", () => {
    expect(rulesAt(brief({ api: "Between two appointments we put a buffer for traffic." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Between two appointments we put a buffer of 20 minutes for traffic." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The tuning must be finished enough time before the rehearsal." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The match: same plate, and `ind_tid` between `started_at` and `ended_at` plus some margin." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 26, round 286: a 'whether' clause that says where its answer comes from", () => {
  it("reads 'Whether … comes from the column' and 'Whether … is decided by the surveyor' as answered", () => {
    expect(rulesAt(brief({ api: "- Whether a postcode is in the Congestion Charge zone comes from the `congestion_zone` column." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Whether a hazard is urgent is decided by the surveyor and recorded on the case as `hazard_level`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Whether a hazard is urgent or not." }), API)).toEqual(["open-question"]);
  });
});
