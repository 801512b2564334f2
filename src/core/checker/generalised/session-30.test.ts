/**
 * Behaviours added in session 30 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;
const EDGE = 13;
const AC = 17;

describe("session 30, round 314: the brief's own section, work a named person made, a talk in the present tense", () => {
  it("reads 'the formula under Context' as the brief's section, not a person called Context", () => {
    expect(rulesAt(brief({ ac: "- Each `new_wind_points` equals the formula under Context applied to the mean of positions 1, 2, 4 and 5." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Each `new_wind_points` equals the formula Kenji applied to the mean of positions 1, 2, 4 and 5." }), AC)).toEqual(["shared-context"]);
  });

  it("reports 'the zones Andrés drew' and 'the list Kenji made', not a place that sold something", () => {
    expect(rulesAt(brief({ context: "Use the zones Andrés drew on the map last month." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Group the boxes by the sizes that Mette chose." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The tickets Oslo sold last season are counted once." }), CONTEXT)).toEqual([]);
  });

  it("reports 'Like we discuss in the call', not 'as we discuss below'", () => {
    expect(rulesAt(brief({ context: "Like we discuss in the call with Pak Budi on Monday, the fix is on the server side." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "As we agree in the meeting, duplicates are rejected on the server." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "As we discuss below, duplicates are rejected on the server." }), CONTEXT)).toEqual([]);
  });
});

describe("session 30, round 314: a person known by their team, a limit that is the figure before it, a count in words", () => {
  it("does not read 'Jens in our automation team' as an in-house system name", () => {
    expect(rulesAt(brief({ context: "The reading side is done by Jens in our automation team." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The reading side is done by Jens." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("does not ask for the figure of 'a limit' that names whose the figure just given is", () => {
    expect(rulesAt(brief({ edge: "- Maximum 6 pump starts per tower per day, this is a limit from the pump supplier." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Maximum 6 pump starts per tower per day (a limit from the pump supplier)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Pumps have a limit from the pump supplier." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'maybe one time every week' as an estimate of how often, not a doubt", () => {
    expect(rulesAt(brief({ context: "Staff forget the deposit by hand, maybe one time every week." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send the reminder maybe three times a week?" }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 30, round 314: a limited time, 'that sort of thing', rules compared with and listed in brackets", () => {
  it("reports 'for a limited time' in any section as a duration left out, unless its length follows it", () => {
    expect(rulesAt(brief({ context: "A code applied to a booking but not paid stays reserved for a limited time." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Keep raw hourly readings for a limited period, daily summaries for 6 years." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Keep raw hourly readings for a limited period (30 days)." }), EDGE)).toEqual([]);
  });

  it("reports 'that sort of thing' as a list left open", () => {
    expect(rulesAt(brief({ context: "Instructors show how to work the paddles, keeping clear of the cill, that sort of thing." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Instructors show how to work the paddles and how to moor at the lock wall." }), CONTEXT)).toEqual([]);
  });

  it("does not report 'same rules as for normal shifts' when a bracket right after lists them with figures", () => {
    expect(rulesAt(brief({ edge: "- Same rules as for normal shifts (max 6 shifts per ISO week, minimum 11 hours rest between shifts)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Same rules as for normal shifts (see the email from 3 May 2024)." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 30, round 315: a size asked of what is kept, a level against the usual one, 'is satisfactory'", () => {
  it("reports 'Keep the message short' with no figure, not 'to keep the example short' nor 'short and clear'", () => {
    expect(rulesAt(brief({ edge: "- Keep the message short." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- `message` is free text from the supervisor. Keep it short, it has to fit the panel." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The example shows 2 sticks to keep it short; a real request has 20." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Keep the message short: at most 160 characters." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Alerts go to the site manager; keep the messages short and clear." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reports 'unusually high' and 'unusually long', not 'higher than the invoice'", () => {
    expect(rulesAt(brief({ edge: "- List cat-nights where gallons per engine hour is unusually high." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Flag a delivery whose duration is unusually long for the quantity." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Flag a payment that is higher than the invoice." }), EDGE)).toEqual([]);
  });

  it("reports 'The audit trail is satisfactory' as a criterion no one can check, not an outcome code", () => {
    expect(rulesAt(brief({ ac: "- The audit trail is satisfactory for the Civil Aviation Authority." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- An inspection with one `C3` finding returns `outcome` `satisfactory`." }), AC)).toEqual([]);
  });
});

describe("session 30, round 315: a retry the brief schedules elsewhere, a name given in an aside", () => {
  it("does not ask for the attempts of 'retry as above', only of a bare retry", () => {
    expect(rulesAt(brief({ edge: "- Partner host down: retry as above, then mark every pending file `failed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Partner host down: retry, then mark every pending file `failed`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads '(we call it GSX, …)' after what it is as the name's definition, not 'we call it GSX and move on'", () => {
    expect(rulesAt(brief({ context: "The ground station software (we call it GSX, it is the Windows program on the station PC) calls the backend." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "If the upload fails we call it GSX and move on." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 30, round 315: nearness with no distance, a likeness as a criterion", () => {
  it("reports 'very close to an aerodrome' and 'hotels very far', not a distance given", () => {
    expect(rulesAt(brief({ edge: "- Operating area very close to an aerodrome: add a warning to the pack." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Operating area within 5 km of an aerodrome: add a warning to the pack." }), EDGE)).toEqual([]);
  });

  it("reports a criterion that the result 'looks like the design', not one that shows its shape", () => {
    expect(rulesAt(brief({ ac: "- The PDF looks like the design." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Tickets look like the current ones." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: '- The response looks like `{"status": "ok"}`.' }), AC)).toEqual([]);
  });
});

describe("session 30, round 316: what 'the attached' promises, closing done by someone", () => {
  it("reports 'the attached Excel', 'the attached forecast' and 'the attached `samples.zip`', not a format the product attaches", () => {
    expect(rulesAt(brief({ context: "The categories of documents we need are in the attached Excel." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Production capacity for these dates is in the attached forecast." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ ac: "- The 20 sample files in the attached `desadv-samples.zip` import with 20 rows each." }), AC)).toEqual(["private-link"]);
    expect(rulesAt(brief({ ac: "- The confirmation e-mail carries the attached `.ics` file with the slot's start and end." }), AC)).toEqual([]);
  });

  it("does not read 'Close by user without role' as nearness", () => {
    expect(rulesAt(brief({ edge: "- Close by user without role `quality`: `403`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Suggest parking that is close by." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 30, round 317: the writer's attachment, a limit labelled before its figure", () => {
  it("reports 'the list I've attached' as a document the brief cannot carry, not as shared context", () => {
    expect(rulesAt(brief({ context: "The cancellation reasons we use are in the list I've attached." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The reasons are in the sheet we have attached." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The reasons are listed in the API section of this brief." }), CONTEXT)).toEqual([]);
  });

  it("does not ask for the figure of 'Limit per email address: max 3 requests per day'", () => {
    expect(rulesAt(brief({ edge: "- Limit per email address in the body: max 3 requests per day." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Limit per email address in the body." }), EDGE)).toEqual(["unquantified"]);
  });
});
