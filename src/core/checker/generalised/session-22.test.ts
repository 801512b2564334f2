/**
 * Behaviours added in session 22 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 22: rounds 225-226, 'as needed', the reader's own work, other briefs, someone's papers, how flows run", () => {
  it("reports 'retry as needed' as the vague condition it is, and 'as needed' despite a figure for something else", () => {
    expect(rulesAt(brief({ edge: "- e-conomic API error: log it and retry as needed." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- A repeater that flaps (down and up again within 10 minutes): group the alerts as needed." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- e-conomic API error: log it and retry 3 times, 10 seconds apart." }), EDGE)).toEqual([]);
  });

  it("reports 'same like you did for' as a precedent the contractor never saw", () => {
    expect(rulesAt(brief({ edge: "- Please connect the portal to Keycloak same like you did for the library system." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Please connect the portal to Keycloak with the `portal` client." }), EDGE)).toEqual([]);
  });

  it("reports 'from the slot brief' as another brief, and not this brief's own sections", () => {
    expect(rulesAt(brief({ edge: "- Booking cancellation then follows the existing closure logic from the slot brief." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Booking cancellation then follows the closure rules from the API section." }), EDGE)).toEqual([]);
  });

  it("reports the chart or endpoint a named person uses or made", () => {
    expect(rulesAt(brief({ edge: "- Amounts per place follow the payout chart Carla uses now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "It should be made like the endpoint Mads made for the Faroe stations." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Amounts per place follow the payout chart in the table below." }), EDGE)).toEqual([]);
  });

  it("reports 'the email from Pablo' as 'Pablo's email' is, with no term to define, and not a system's code", () => {
    expect(rulesAt(brief({ edge: "- The format they want is in the email from Pablo." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "`GET /auth/callback` receives the code from Google and stores the token." }), API)).toEqual([]);
  });

  it("reports 'the same way the sentinel alerts go out' as another flow's practice", () => {
    expect(rulesAt(brief({ edge: "- Notices go out by email and through the paging system, the same way the sentinel alerts go out." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Holds should expire the same way the lesson deposits expire in the ski school system." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Notices go out by email and through the paging system, within 5 minutes of the reading." }), EDGE)).toEqual([]);
  });
});

describe("session 22: rounds 227-228, states asked of files, sizes of jobs, spans of time, meetings, roles, public names", () => {
  it("reports 'in good quality' and 'in proper format' as qualities asked for, and leaves 'in good condition' of goods alone", () => {
    expect(rulesAt(brief({ edge: "- Photos must be in good quality so the damage can be seen." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Numbers should be rounded in proper format." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- 10 g of 22K gold in good condition returns `amount_idr` 12,477,000." }), EDGE)).toEqual([]);
  });

  it("asks how big 'big jobs' are, and leaves 'Small job, please' of the request itself alone", () => {
    expect(rulesAt(brief({ edge: "- Big jobs get a discount." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The export must be quick also for big projects." }), EDGE)).toEqual(["unquantified", "vague-term"]);
    expect(rulesAt(brief({ edge: "- Jobs over 200 metres get a 5 % discount." }), EDGE)).toEqual([]);
  });

  it("asks how long 'within a short time' is when only a count stands near it, and not when a duration does", () => {
    expect(rulesAt(brief({ edge: "- Flag it when a guest buys in twice within a short time." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Tokens expire after a while and can be used once." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Flag it when a guest buys in twice within 10 minutes." }), EDGE)).toEqual([]);
  });

  it("reports a meeting by when it was held or by what was said in it, and not a chat that is today's practice", () => {
    expect(rulesAt(brief({ edge: "- Use the point system from the meeting in Senaru last month for the tie-break." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "For the maturity stage we use the scale of our biologist, we explained it in the meeting in Calvisano." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Today every coach asks in a group chat on Monday who can play." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Two customers raised this in their renewal meetings." }), CONTEXT)).toEqual([]);
  });

  it("reports a staff role that keeps the answer, and not owners who merely know a text", () => {
    expect(rulesAt(brief({ edge: "- Which truck type can do which job: dispatchers know it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Keep the subject text exactly, owners know it." }), EDGE)).toEqual([]);
  });

  it("reports what a titled person explained and another system's setting, and not the product's own server", () => {
    expect(rulesAt(brief({ edge: "- For the bank file the format is the same as what Pak Andi from the bank explained to us." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- If the call fails, retry with the same backoff the old push service uses." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "We want the client to read the odds from the same data the server uses for drawing." }), CONTEXT)).toEqual([]);
  });

  it("reads 'might like' as a verb, 'that we call Kapnik' as a name given, 'Atyrau time (UTC+5)' as a zone, Towbook and PROJ as public", () => {
    expect(rulesAt(brief({ context: "Members might like the early notice, but the dispatchers think it is noise." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Sensors feed a data logger that we call Kapnik. Kapnik pushes one reading per minute." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "On `settlement` the booking becomes `confirmed`, and we call Kancil to block the slot." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "`from` and `to` are dates in Atyrau time (UTC+5), both days included." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Dispatch stays in Towbook; coordinates are converted with PROJ." }), CONTEXT)).toEqual([]);
  });
});

describe("session 22: rounds 229-230, comparisons explained after a colon, the client's professionals, places, fixed phrases", () => {
  it("leaves a comparison alone when the colon after it says what it is, and still reports a bare one", () => {
    expect(rulesAt(brief({ edge: "- The estimated value of a load is the same as in the grower portal: clean weight × price at the measured sugar %." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The estimated value of a load is the same as in the grower portal." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reports the mapping our tax adviser sent, as one a team sent", () => {
    expect(rulesAt(brief({ context: "Revenue accounts: use the account numbers from the mapping our tax adviser sent us by email." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Revenue accounts: use the account numbers from the mapping in the table below." }), CONTEXT)).toEqual([]);
  });

  it("reads 'our unit in Jatisrono', 'a pitch in Borrisoleigh' and Oakland as places", () => {
    expect(rulesAt(brief({ context: "Since 2023 we also process cashew into kernels in our unit in Jatisrono with 31 workers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Last summer our minor team turned up at a pitch in Borrisoleigh for a game that had moved." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Right now 31 containers are on the water, mostly almonds from Oakland." }), CONTEXT)).toEqual([]);
  });

  it("reads 'no good to us' and 'the previous limited issue' as fixed phrases", () => {
    expect(rulesAt(brief({ context: "Infertile emu eggs are no good to us, but carvers love them." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Subscribers who missed out on the previous limited issue come first." }), EDGE)).toEqual([]);
  });

  it("leaves a conversation that settled nothing, and a usual word explained below, to what follows", () => {
    expect(rulesAt(brief({ edge: "- Should we reject bids above the limit or only warn? We discussed it in the team but there is no decision yet." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "Conditions are written with the usual collector symbols. In this brief they mean:" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Conditions are written with the usual collector symbols." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 22: rounds 231-232, ticket labels, estimates of how often, public names", () => {
  it("reads 'TICKET:' and '[TICKET]' in a title as a ticket's label, and still asks for an unknown acronym there", () => {
    expect(rulesAt(brief({}).replace("# Orders", "# TICKET: nightly collateral export for Finance"), 1)).toEqual([]);
    expect(rulesAt(brief({}).replace("# Orders", "# [TICKET] Add allergen flags to menu API"), 1)).toEqual([]);
    expect(rulesAt(brief({}).replace("# Orders", "# TKX: nightly collateral export for Finance"), 1)).toEqual(["undefined-term"]);
  });

  it("reads 'happens maybe twice a year' as an estimate, and still asks 'maybe twice a year?'", () => {
    expect(rulesAt(brief({ edge: "- Carrier drops part of the load at the wrong depot: happens maybe twice a year, we call them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Carrier drops part of the load at the wrong depot: do we send a reminder, maybe twice a year?" }), EDGE)).toEqual(["open-question"]);
  });

  it("knows POSCO, SSAB, CHEP and Loscam, and Johannesburg as a place", () => {
    expect(rulesAt(brief({ context: "We buy coil from Nippon Steel, JFE Steel and POSCO, and plate from SSAB." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We sub-hire pallets from CHEP and Loscam; samples go by courier to the lab in Johannesburg." }), CONTEXT)).toEqual([]);
  });
});

describe("session 22: rounds 233-234, names of measures, a question talked about and not decided, weighing scales", () => {
  it("reads 'frequent flyer', 'significant wave height', 'a stale version' and 'however many' as fixed phrases", () => {
    expect(rulesAt(brief({ edge: "- Boarding pass without frequent flyer number: `200` with `member_id` `null`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Crossings are cancelled when significant wave height is above 2.0 m." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The request carries `If-Match` with the shift's `version`; a stale version gets `412`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- One member may bring at most 2 guests per visit, however many passes they hold." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Members who fly frequently get a free guest pass." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still asks a question that was discussed but not decided", () => {
    expect(rulesAt(brief({ edge: "- Should bank coordinators be able to cancel a transfer, or only the federation? It was discussed in the assembly but there is no decision." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should bank coordinators be able to cancel a transfer, or only the federation? Decision: only the federation." }), EDGE)).toEqual([]);
  });

  it("reads 'scales' in a list of instruments as the weighing scales, and 'the Nakano kiln in Arita' as a place", () => {
    expect(rulesAt(brief({ context: "Licensees verify trade instruments: scales, fuel dispensers, weighbridges." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Made-to-order pieces go into the next firing at the Nakano kiln in Arita." }), CONTEXT)).toEqual([]);
  });
});

describe("session 22: rounds 235-236, time zones by region, public makers, 'a good few'", () => {
  it("reads 'on Mountain time' as a time zone", () => {
    expect(rulesAt(brief({ api: "- Dates are venue-local: Halifax is on Atlantic time, Calgary on Mountain time." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Dates are venue-local: Halifax is on Kessel time." }), API)).toEqual(["undefined-term"]);
  });

  it("knows RION and HIMSA, and reads 'a good few' as a count of the story", () => {
    expect(rulesAt(brief({ context: "The devices we use are the RION AA-58 and the RION AA-H1; Noah is the database from HIMSA." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We power festivals across Scotland, and a good few Edinburgh venues every August." }), CONTEXT)).toEqual([]);
  });
});

describe("session 22: rounds 237-238, answers asked for, wishes, records not acted on, names of science and files", () => {
  it("keeps a question open when 'Please advise' follows it", () => {
    expect(rulesAt(brief({ edge: "- Farmer has no bank account, then we pay cash? Please advise." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Farmer has no bank account, then we pay cash? Yes, cash at the weighbridge." }), EDGE)).toEqual([]);
  });

  it("reports 'the way the broker likes it' and 'the branches know it', and not the product's own calls", () => {
    expect(rulesAt(brief({ edge: "- Format the CSV the way the broker likes it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The pricing is as normal, the branches know it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The label printer in our Kawasaki warehouse calls the GET endpoint before each print run." }), EDGE)).toEqual([]);
  });

  it("reads 'is not settled again' as what the product does not do, and still asks 'is not settled yet'", () => {
    expect(rulesAt(brief({ edge: "- A load that is already settled is not settled again by a later run." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The rounding of partial loads is not settled yet." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads Benford's law, UTM, TASKDATA.XML and 'part loads of a trailer' as public or plain", () => {
    expect(rulesAt(brief({ api: "- `benford`: the first-digit distribution of amounts against Benford's law." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `isoxml`: TASKDATA.XML in ETRS89 / UTM zone 32N, one file per job." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `loose`: volume must be 30, 60 or 90 m³ (part loads of a trailer)." }), API)).toEqual([]);
  });
});
