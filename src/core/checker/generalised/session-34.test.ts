/**
 * Behaviours added in session 34 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;

describe("session 34: a thing a named person made, with a describing word before it", () => {
  it("reports 'the colour coding Jens made' as 'the list Jens made' is reported", () => {
    expect(rulesAt(brief({ context: "On the profile page, the grades get the colour coding Jens made for the breed committee." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "On the profile page, the grades get the colours Jens made for the breed committee." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet when the words before the name are not a thing after a determiner", () => {
    expect(rulesAt(brief({ context: "On the profile page, the grades get a colour coding; Jens made it for the breed committee." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The grades and colours Jens made are replaced by `grade_colour` (hex, e.g. `#3A7D44`)." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 334: 'would like' is a wish, not a comparison", () => {
  it("stays quiet on 'We would like the existing spreadsheet imported' and 'We'd like the backend to do it'", () => {
    expect(rulesAt(brief({ context: "We would like the existing spreadsheet (about 6,400 rows) imported once, before go-live." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Olivia types the invoices by hand. We'd like the backend to do it." }), CONTEXT)).toEqual([]);
  });

  it("still reports a comparison with the old thing, wished for or not", () => {
    expect(rulesAt(brief({ context: "Totals are rounded like the old export." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "We would like totals rounded like the old export." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 34, round 334: words that look like smells and are not", () => {
  const API = 9;
  it("stays quiet on 'PASS or FAIL' (shouted statuses) and 'I'd lean towards yes' (the verb)", () => {
    expect(rulesAt(brief({ api: "`GET /runs/{id}` returns the readings and PASS or FAIL against the ticket's range (60–90 µm)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Owners get the report by email. I lean towards also showing it in the portal, and the portal does it from v2." }), CONTEXT)).toEqual([]);
  });

  it("still reports an unexplained acronym and a lean build", () => {
    expect(rulesAt(brief({ api: "`GET /runs/{id}` returns the readings and the PDQ against the ticket's range (60–90 µm)." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "The container image must stay lean." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("stays quiet on a quality word in a table row that cites a standard, and not in one that does not", () => {
    const row = (cells: string): string => `| Sa 2½ | ${cells} | C3, C4 |`;
    expect(rulesAt(brief({ context: row("ISO 8501-1 | Very thorough blast-cleaning") }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: row("our grade | Very thorough blast-cleaning") }), CONTEXT)).toEqual(["vague-term"]);
  });
});

describe("session 34, round 334: public names", () => {
  it("knows Brescia, Tenerife, Mahindra, Watlow, Datapaq and SAE (the standards body)", () => {
    expect(rulesAt(brief({ context: "We are a coating shop in Brescia; our sister shop is on Tenerife." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Customers include Mahindra. The oven has a Watlow controller and a Datapaq logger; grit sizes are per SAE J444." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 335: a system synced on a schedule is no person to ask", () => {
  it("stays quiet on 'Sync with Bluebottle each night' and 'sync with Kumo nightly'", () => {
    expect(rulesAt(brief({ context: "Shift swaps are stored in `swaps`. Sync with Bluebottle (our payroll system) each night so pay comes out right." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The backend should sync with Kumo (the launch-log app) nightly." }), CONTEXT)).toEqual([]);
  });

  it("still reports a person asked, on a schedule or not", () => {
    expect(rulesAt(brief({ context: "Ask Dave how many marshals are on the rota each week." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "For the shift rules, sync with Dave before you start." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 34, round 335: 'ask to Lupita', the second-language form of 'ask Lupita'", () => {
  it("reports 'ask to Lupita which ones' as 'ask Lupita which ones'", () => {
    expect(rulesAt(brief({ context: "The airline can cancel without fee in special cases, ask to Lupita which ones." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet on 'ask to cancel', a request users make", () => {
    expect(rulesAt(brief({ context: "Customers ask to cancel their booking by phone; the API lets staff do it." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 336: the brief's own table, and public names", () => {
  it("stays quiet on 'like in the table', the brief's own table", () => {
    expect(rulesAt(brief({ edge: "- A warning is not sent to the coordinator; only critical alerts are, like in the table." }), 13)).toEqual([]);
  });

  it("still reports a table kept elsewhere", () => {
    expect(rulesAt(brief({ edge: "- Critical alerts go to the coordinator, like in the table Jonas keeps." }), 13)).toEqual(["shared-context"]);
  });

  it("knows Fairtrade, FLOCERT, Elitech, Routific, Toamasina, Entebbe, Mukono, Newark, Changi and Hungarian legal forms", () => {
    expect(rulesAt(brief({ context: "We are Fairtrade certified since 2019, audited by FLOCERT each year." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Loggers are Elitech; routes come from Routific. Lots ship from Toamasina, Entebbe, Mukono and Newark via Changi." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The washing plant (Tiszadun Kft.) pushes certificate data to us daily as JSON files; a sample from Tiszadun is below." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 337: 'properly this time' is a vague word, not a missing count", () => {
  it("reports 'properly' as vague-term when 'this time' or 'each time' follows", () => {
    expect(rulesAt(brief({ context: "Needs sorting properly this time, it's the third ticket." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "The price must be recalculated quickly each time the client changes an option." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("still reads 'a reasonable period' as a span left open", () => {
    expect(rulesAt(brief({ context: "Refunds must arrive after a reasonable period." }), CONTEXT)).toEqual(["unquantified"]);
  });
});

describe("session 34, round 337: a fill-in written in French, Danish or Portuguese", () => {
  it("reports '[à compléter]' and '[indsæt dato]' as '[to complete]' is reported", () => {
    expect(rulesAt(brief({ context: "The template of the reminder mail is [à compléter]." }), CONTEXT)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ context: "Clearance ends on [indsæt dato] and the summer stock is then hidden." }), CONTEXT)).toEqual(["placeholder"]);
  });

  it("stays quiet on a one-word bracket and a list of values", () => {
    expect(rulesAt(brief({ context: "Status is one of [créé, envoyé] in the export." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 337: 'the same way the gate pass module receives its data'", () => {
  it("reports another flow of the client's, known only by how it runs today", () => {
    expect(rulesAt(brief({ context: "The dispatch event comes from the job system, the same way the gate pass module receives its job data." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet when the brief says how", () => {
    expect(rulesAt(brief({ context: "The dispatch event comes from the job system as a `dispatch.created` webhook with the job id and part ids." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 337: 'the Council's code of practice' is an institution's", () => {
  it("stays quiet on a possessive after 'the'", () => {
    expect(rulesAt(brief({ context: "Under the Council's busking code of practice, an amplified act needs an amplification approval." }), CONTEXT)).toEqual([]);
  });

  it("still reports a person's own file", () => {
    expect(rulesAt(brief({ context: "Pitch rules follow Davie's busking code of practice." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 34, round 338: a question put as a request, a status shouted, an accounting term", () => {
  it("reports 'Kindly advise whether …' as an open question", () => {
    expect(rulesAt(brief({ edge: "- Kindly advise whether declined requests should release their stalls at once or at the end of the day." }), 13)).toEqual(["open-question"]);
  });

  it("stays quiet on 'REFUSED x2' shown to staff and on 'the useful life in years'", () => {
    expect(rulesAt(brief({ edge: "- Animal refuses food 2 times in a row: the morning list shows REFUSED x2 beside it." }), 13)).toEqual([]);
    expect(rulesAt(brief({ context: "Depreciation is straight-line: cost less residual value, divided by the useful life in years." }), CONTEXT)).toEqual([]);
  });

  it("still reports a useful report as vague", () => {
    expect(rulesAt(brief({ context: "The monthly report must be useful for the owners." }), CONTEXT)).toEqual(["vague-term"]);
  });
});

describe("session 34, round 338: a thing described elsewhere is found as a word, not inside one", () => {
  const story = (before: string): string => `# Check-in\n\n## Context\n\n${before}\n\nSame as the thing at Calais in May.\n\n## API\n\n- \`POST /v1/checkins\` returns \`201\`.\n\n## Edge cases\n\n- None.\n\n## Acceptance criteria\n\n- \`POST /v1/checkins\` returns \`201\`.\n`;
  it("reports 'the same as the thing at Calais' though 'nothing' appears above", () => {
    expect(rulesAt(story("Hit Check in on the app, spinner then nothing."), 7)).toEqual(["shared-context"]);
  });

  it("stays quiet when the thing itself is described elsewhere in the brief", () => {
    expect(rulesAt(story("The thing at Calais: a check-in saved twice when the signal came back."), 7)).toEqual([]);
  });
});

describe("session 34, round 338: a person who holds the logins", () => {
  it("reports 'Declan has the logins' as 'Declan has the file' is reported", () => {
    expect(rulesAt(brief({ context: "Ferry fares come from the freight desks; Declan has the logins and knows how to pull them." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet on logins the brief says where to find", () => {
    expect(rulesAt(brief({ context: "Ferry fares come from the freight desks' APIs; the logins are in the `FERRY_LOGINS` secret." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 338: an explanation left to a call still to come", () => {
  it("reports 'I will explain on the phone' and 'I'll walk you through it on a call'", () => {
    expect(rulesAt(brief({ context: "Quote calculation follows the formula from our other shop, I will explain on the phone." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The quote rules are tricky; I'll walk you through it on a call." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet on calls and phones the product handles", () => {
    expect(rulesAt(brief({ context: "The courier will call the customer; each person has one phone number field." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We can show the call log on the phone screen of the driver app." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 339: an agreement dated by the last meeting", () => {
  it("reports 'the principles agreed with the Referees' Commission at the last seminar'", () => {
    expect(rulesAt(brief({ context: "Officials are spread by the principles agreed with the Referees' Commission at the last seminar." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("stays quiet when what was agreed follows", () => {
    expect(rulesAt(brief({ context: "Agreed with the Referees' Commission at the last seminar: no official works two bouts in a row." }), CONTEXT)).toEqual([]);
  });
});

describe("session 34, round 339: 'time out, time back' are two fields", () => {
  it("stays quiet on 'time out' listed before 'time back'", () => {
    expect(rulesAt(brief({ context: "The pilot registers from the phone: time out, time back, reason, fuel in litres." }), CONTEXT)).toEqual([]);
  });

  it("still asks how long before a call may time out", () => {
    expect(rulesAt(brief({ context: "The scan call may time out, then it is retried." }), CONTEXT)).toEqual(["unquantified"]);
  });
});
