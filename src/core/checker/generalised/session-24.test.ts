/**
 * Behaviours added in session 24 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 24: rounds 257-264, the latest values, replaced rows, counted places, practices and past work", () => {
  it("reads 'the latest values' as one current value per thing, and still asks how many 'latest entries'", () => {
    expect(rulesAt(brief({ edge: "- The same lot is posted twice: keep the latest values and return `200`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- `GET /v1/members/{id}/points` returns the balance with the member's latest entries." }), API)).toEqual(["unquantified"]);
  });

  it("reads 'old lines are replaced' as the previous run's rows, and still asks how old 'old lines are deleted' is", () => {
    expect(rulesAt(brief({ edge: "- Calculation run again for the same month: old lines are replaced, not added." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Calculation run again for the same month: old lines are deleted." }), EDGE)).toEqual(["unquantified"]);
  });

  it("asks how close 'in quick succession' is, as a time left out", () => {
    expect(rulesAt(brief({ edge: "- Recommendations for the same charity in quick succession are flagged as possible duplicates." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Recommendations for the same charity within 24 hours are flagged as possible duplicates." }), EDGE)).toEqual([]);
  });

  it("reads a place counted among known places, and a town after 'care home in'", () => {
    expect(rulesAt(brief({ context: "For our crew we use 6 approved clinics: 3 in Manila, 2 in Mumbai and 1 in Gdynia." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The same certificate number went to a care home in Newbury." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The crew data is exported every night from Gdynia for the payroll." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'the CPR number, which is the …' as a definition, and not 'which is printed on …'", () => {
    expect(rulesAt(brief({ api: "- `cpr` (the CPR number, which is the Danish personal identification number, 10 digits)." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `cmr` (the CMR number, which is printed on the transport document)." }), API)).toEqual(["undefined-term"]);
  });

  it("reports a person who can forward the model message", () => {
    expect(rulesAt(brief({ edge: "- The e-mail to the suppliers looks like our standard enquiry mail, Mads can forward you one." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The e-mail to the suppliers uses the template in the Templates section below." }), EDGE)).toEqual([]);
  });

  it("reports the same rules the team applies on the phone, and the same scoring it tried, whatever the noun", () => {
    expect(rulesAt(brief({ edge: "- Late bookings follow the same rules we apply on the phone." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Ranking uses the same scoring we tried in the pilot." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Ranking gives 3 points per match, the same scoring we tried in the pilot." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Many certificates expire in the same month because we onboarded a big group in 2023." }), CONTEXT)).toEqual([]);
  });

  it("reads an acronym expanded together with the word after it", () => {
    expect(rulesAt(brief({ context: "Our contract with the ELY Centre (Centre for Economic Development, Transport and the Environment) sets the salt level." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "- WIB: Western Indonesia Time, UTC+7." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our contract with the ELY Centre (see the contract) sets the salt level." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'faster' beside a figure, 'cannot fast' as fasting, and 'Deaf' and EDF as known words", () => {
    expect(rulesAt(brief({ api: "- Poll at most once every 30 seconds per job; faster polling gets `429`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Polling must be faster." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Fidyah is paid for people who cannot fast in Ramadan." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Some interpreters are Deaf interpreters, assessed by Deaf assessors." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We send about 450 workers to EDF nuclear power plants each year." }), CONTEXT)).toEqual([]);
  });

  it("reads a record posted more than a time after another as an edge case, not a person", () => {
    expect(rulesAt(brief({ edge: "- Claim posted more than 48 hours after `incident_time`: `422 late_claim`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Dispute posted on day 8: `422 dispute_window_closed`." }), EDGE)).toEqual([]);
  });
});

describe("session 24, after round 264: only a span of time bounds how fast", () => {
  it("asks how quickly beside a temperature or a distance bound, and not beside a time bound", () => {
    expect(rulesAt(brief({ edge: "- When a reading is below 2.0 °C, send an SMS to the on-duty nurse quickly." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Alert the drivers in a timely manner when the visibility goes below 50 m." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- When a reading is below 2.0 °C, send an SMS to the nurse quickly, within 60 seconds." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Volunteers must decide quickly, within 2 business days of `created_at`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The virus scan must be fast enough to wait for: under 20 s for a 50 MB file." }), EDGE)).toEqual([]);
  });
});

describe("session 24, rounds 265-266: a column of codes, 'first-class' as a category, time formats", () => {
  const stations = (rows: string[]): string => ["Soundings are reduced to the nearest tide gauge.", "", "| Station | Code | Offset (m) |", "| --- | --- | --- |", ...rows].join("\n");

  it("reads capitals in a column of codes as the table's data, and still asks about a lone one", () => {
    const table = brief({ context: stations(["| Vlissingen | VLISSGN | 2.77 |", "| Terneuzen | TERNZN | 2.88 |", "| Hansweert | HANSWT | 3.11 |"]) });
    expect([9, 10, 11].map((line) => rulesAt(table, line))).toEqual([[], [], []]);
    expect(rulesAt(brief({ context: stations(["| Vlissingen | VLISSGN | 2.77 |"]) }), 9)).toEqual(["undefined-term"]);
  });

  it("reads 'first-class' as a class of things, not a quality claim", () => {
    expect(rulesAt(brief({ context: "We inspect boilers and first-class pressure vessels for plant owners." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We inspect boilers and pressure vessels, with excellent reports for plant owners." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads 'HH:50' and 'YYYYMMDD/HH' as time formats, and still asks about 'HH' as a name", () => {
    expect(rulesAt(brief({ api: "- The feed is rebuilt every hour at HH:50 JST." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- One file per hour, named YYYYMMDD/HH.csv, in the outgoing folder." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The feed is rebuilt by the HH job every hour." }), API)).toEqual(["undefined-term"]);
  });
});

describe("session 24, rounds 269-270: meetings held in Teams, departments named by their work", () => {
  it("reads Teams as where a meeting is held, and still reports a Teams channel", () => {
    expect(rulesAt(brief({ context: "Today the coordinator creates a meeting in Microsoft Teams by hand and e-mails the link." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Some hearings are held on video (Microsoft Teams) with the interpreter." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The current paper form is in the Exams Team channel on Microsoft Teams, under Files." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("reads Immigration and Communications as the departments of those names", () => {
    expect(rulesAt(brief({ context: "Advocates write a letter to Immigration when a client is moved." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Final wording of `message_en`: TBD by Communications." }), EDGE)).toEqual(["placeholder"]);
  });
});
