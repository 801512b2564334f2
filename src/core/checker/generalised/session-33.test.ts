/**
 * Behaviours added in session 33 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const CONTEXT = 5;
const EDGE = 13;

describe("session 33: an in-house file known by its name", () => {
  it("reports 'the Kancil sheet' as a name the contractor cannot know, as it does 'the Kancil board'", () => {
    expect(rulesAt(brief({ context: "Stock levels are typed into the Kancil sheet every evening." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Prices are kept in the Hoshizora spreadsheet." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Stock levels are typed into the Kancil board every evening." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("stays quiet on a sheet named by a public tool, a known word or an explained name", () => {
    expect(rulesAt(brief({ context: "Stock levels are typed into the Excel sheet every evening." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Stock levels are typed into the Monday spreadsheet every evening." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Stock levels are typed into Kancil (our stock spreadsheet) every evening; the Kancil sheet has one row per item." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 325: a decision not taken, said of the question it leaves", () => {
  it("reports 'It has not yet been confirmed whether …' and 'I am not entirely certain whether …'", () => {
    expect(rulesAt(brief({ edge: "- It has not yet been confirmed whether a refund after 14 days is allowed." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- It is not yet settled whether the kitchen is included." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- I am not entirely certain whether a partial refund is one refund or two." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports 'It is not yet clear to us whether …' (round 326)", () => {
    expect(rulesAt(brief({ edge: "- It is not yet clear to us whether refunds outside the SEPA area are supported." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Refunds outside the SEPA area are not supported; the page makes that clear to us." }), EDGE)).toEqual([]);
  });

  it("stays quiet on a record's state: 'lots awarded but not yet settled', 'bookings not confirmed by the hirer'", () => {
    expect(rulesAt(brief({ edge: "- The available deposit is the deposit minus lots awarded but not yet settled." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Bookings not yet confirmed by the hirer after 48 hours are released." }), EDGE)).toEqual([]);
  });
});

describe("session 33, round 325: Welsh and colloquial Portuguese", () => {
  it("reports a Welsh minute and a Portuguese sign-off as not English", () => {
    expect(rulesAt(brief({ edge: "- Bydd y Pwyllgor yn adolygu'r tâl ychwanegol ymhen blwyddyn." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Mae'r Cyngor yn diolch i'r Cynghorydd am gasglu'r ffigurau ar gyfer 2023." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Qualquer dúvida, me chama no WhatsApp que eu respondo rapidinho!" }), CONTEXT)).toEqual(["non-english"]);
  });

  it("stays quiet on English that names Welsh things or the EU", () => {
    expect(rulesAt(brief({ context: "Members with a Welsh address get a bilingual paper from the Cyngor office." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "EU deforestation due diligence applies to every lot we import." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, rounds 325 and 326: the closing courtesy under the criteria", () => {
  const closing = (courtesy: string): string => brief({ ac: `- \`POST /v1/orders\` with a valid cart returns \`201\`.\n\n${courtesy}\nMaria (ops lead)` });

  it("neither reports nor lists 'Thank you in advance for your kind cooperation.' and its signature as criteria", () => {
    for (const courtesy of ["Thank you in advance for your kind cooperation.", "We would be grateful for your estimate of the work.", "Thank you so much, you are the best!"]) {
      const result = check(closing(courtesy));
      expect(result.findings.filter((f) => f.line !== null && f.line >= 17), courtesy).toEqual([]);
      expect(result.criteria.map((c) => c.line), courtesy).toEqual([17]);
    }
  });

  it("still reads a criterion that starts with the same word, and a vague paragraph that is no courtesy", () => {
    const item = check(brief({ ac: "- Thanks are sent quickly." }));
    expect(item.findings.map((f) => f.rule)).toEqual(["untestable-criterion"]);
    expect(item.criteria).toHaveLength(1);
    expect(rulesAt(brief({ ac: "- `POST /v1/orders` returns `201`.\n\nEverything works the best it can." }), 19)).toEqual(["untestable-criterion"]);
  });
});

describe("session 33, round 326: slack, the ordinary word", () => {
  it("reads 'a bit of slack either side of the due date' as looseness, not the chat tool", () => {
    // "a bit" is still a margin with no figure.
    expect(rulesAt(brief({ edge: "- Give the tech a bit of slack either side of `due_date`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Give the tech 2 days of slack either side of `due_date`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The same rules apply to the runs held in the slack after the main performance." }), CONTEXT)).toEqual([]);
  });

  it("still reports the tool in lower case: 'in slack', 'the slack channel'", () => {
    expect(rulesAt(brief({ context: "The price list is pinned in the slack channel of the sales team." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The price list is pinned in slack." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 33, round 326: a comparison with today that the line settles", () => {
  it("stays quiet on 'Same size as now: `422 same_size`' and 'same as before, i.e. `…`'", () => {
    expect(rulesAt(brief({ edge: "- Same size as now: `422 same_size`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The export keeps its columns same as before, i.e. `tested_at,tester,result`, in that order." }), EDGE)).toEqual([]);
  });

  it("still reports 'same as before' and 'same as now' that leave the reader to find out", () => {
    expect(rulesAt(brief({ edge: "- The export keeps its columns same as before." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Same size as now, ask the fitting desk." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 33, round 327: the closing courtesy in any section", () => {
  it("does not measure 'Thanks, this one will make a lot of moms happy!' after the edge cases", () => {
    expect(rulesAt(brief({ edge: "- Unknown bib: `404`.\n\nThanks, this one will make a lot of moms happy!" }), 15)).toEqual([]);
  });

  it("still measures a message named 'thank-you' and a courtesy written as a list item", () => {
    expect(rulesAt(brief({ edge: "- Unknown bib: `404`.\n\nThank-you emails are sent quickly." }), 15)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Thanks are sent quickly." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 33, round 327: a decision denied", () => {
  it("reports '… has not yet been decided' as an open question only, not as a decision someone holds", () => {
    expect(rulesAt(brief({ edge: "- Whether both sensors must agree before `alarm` has not yet been decided." }), EDGE)).toEqual(["open-question"]);
  });

  it("still reports a decision taken elsewhere: 'as has been decided'", () => {
    expect(rulesAt(brief({ edge: "- Both sensors must agree before `alarm`, as has been decided." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 33, round 328: what happens to a limit the brief keeps", () => {
  it("stays quiet on 'when a limit is breached', 'If a limit would be exceeded', 'lowers the limit'", () => {
    expect(rulesAt(brief({ edge: "- If a limit would be exceeded, answer `409 limit_exceeded`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The manager gets an email when a limit is breached." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The manager lowers the limit after bookings exist: existing bookings stay." }), EDGE)).toEqual([]);
  });

  it("still asks for the figure of a limit the brief only names", () => {
    expect(rulesAt(brief({ edge: "- Each horse has a limit of sessions per day." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit how many sessions one horse can do." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 33, round 327: Indonesian 'menjadi'", () => {
  it("reports 'Untuk bulan Ramadan, komisi … naik menjadi Rp 35.000 per klien.' as not English", () => {
    expect(rulesAt(brief({ context: "Untuk bulan Ramadan, komisi hijab styling naik menjadi Rp 35.000 per klien." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "In Ramadan the hijab styling commission goes up to Rp 35.000 per client." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 327: a name, then 'in' and where it is", () => {
  it("reads 'Laboratorio Ottico Brenta in Padova' and 'hosted at Hetzner in Falkenstein' as places", () => {
    expect(rulesAt(brief({ context: "I am the production manager at Laboratorio Ottico Brenta in Padova." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our backend is Node.js 20 with PostgreSQL 16, hosted at Hetzner in Falkenstein." }), CONTEXT)).toEqual([]);
  });

  it("still reports the system a thing is kept in: after an acronym, or after a word that opens the sentence", () => {
    expect(rulesAt(brief({ context: "The production line reads the BOM in Hugin when a batch starts." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Boxes in Caoba are counted but never opened." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 33, rounds 326 and 327: a workflow or a ruleset known by its name", () => {
  it("reports 'the Heron workflow' and 'the Hanabi ruleset'", () => {
    expect(rulesAt(brief({ edge: "- For `not_safe` results, the Heron workflow has to kick in as well." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Ranks are computed by the Hanabi ruleset today." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("stays quiet on a workflow named by a public product or an ordinary word", () => {
    expect(rulesAt(brief({ context: "A reusable GitHub Actions workflow runs the checks." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 329: a document kept in a private tool", () => {
  it("reports 'The alert matrix is kept in Google Drive': the passive says where the document lies", () => {
    expect(rulesAt(brief({ context: "The alert matrix is kept in Google Drive." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("stays quiet on the tool people work in: 'managers keep the timetables in Google Sheets'", () => {
    expect(rulesAt(brief({ context: "Managers keep the timetables in Google Sheets today." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 330: a unit or a path written with a slash", () => {
  it("stays quiet on 'mg KOH/g', 'gCO2eq/MJ' and 'under Planning/API'", () => {
    expect(rulesAt(brief({ edge: "- Acid value above 0.50 mg KOH/g: `422 acid_value_high`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `ghg` is in gCO2eq/MJ with 1 decimal." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The request format is listed under Planning/API in the vendor handbook." }), CONTEXT)).toEqual([]);
  });

  it("still reports the same letters standing on their own", () => {
    expect(rulesAt(brief({ edge: "- Acid value above the KOH limit of 0.50: `422 acid_value_high`." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 33, round 330: public names a contractor knows", () => {
  it("knows CCTV, Eurostar and a county by its '-shire'", () => {
    expect(rulesAt(brief({ context: "Footage from the CCTV cameras is kept for 30 days." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Staff travel to Paris by Eurostar, booked by the office." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The first frosts, which in Lincolnshire come in October, stop all shipping." }), CONTEXT)).toEqual([]);
  });

  it("still reports an unexplained name in the same places", () => {
    expect(rulesAt(brief({ context: "Footage from the CCTVX cameras is kept for 30 days." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Staff bookings are pushed to Kelpie, booked by the office." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 33, round 331: doubt said after the question", () => {
  it("reports 'Whether … is not yet clear to us.' and a question the writer keeps 'going back and forth on'", () => {
    expect(rulesAt(brief({ edge: "- Whether the commission must approve it again is not yet clear to us." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should architects upload their own photos too? I keep going back and forth on that one." }), EDGE)).toEqual(["open-question"]);
  });

  it("stays quiet on an offer to explain and on emails sent back and forth", () => {
    expect(rulesAt(brief({ context: "Please write back if something is not clear." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today orders take a lot of emails back and forth with the shop." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 331: public names of a stack and a colour space", () => {
  it("knows Ktor and CIELAB", () => {
    expect(rulesAt(brief({ context: "Current system: Kotlin 1.9 / Ktor service `results-api`, PostgreSQL 15." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Values are CIELAB `L*`, `a*`, `b*` as the spectrophotometer exports them." }), EDGE)).toEqual([]);
  });

  it("still reports an unknown service name in the same place", () => {
    expect(rulesAt(brief({ context: "Current system: Kotlin 1.9 / Kvarn service `results-api`, PostgreSQL 15." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 33, round 332: more function words of Italian, Tagalog and Slovenian", () => {
  it("reports an Italian, a Tagalog and a Slovenian line as not English", () => {
    expect(rulesAt(brief({ context: "Purtroppo il vento a Cambridge cambia in fretta, quindi dobbiamo avvisare i clienti subito." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Sobrang tagal nitong gawin, halos isang buong araw bawat council." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Oskrbnik mora videti tudi ime pilota in registracijo helikopterja." }), EDGE)).toEqual(["non-english"]);
  });

  it("stays quiet on English lines that borrow one of the words", () => {
    expect(rulesAt(brief({ context: "The café greets guests with a ciao and a menu in English." }), CONTEXT)).toEqual([]);
  });
});

describe("session 33, round 332: 'Appreciate it' closes a brief too", () => {
  it("neither reports nor lists 'Appreciate it, folks. This one's going to save us real money.'", () => {
    const result = check(brief({ ac: "- `POST /v1/orders` with a valid cart returns `201`.\n\nAppreciate it, folks. This one's going to save us real money." }));
    expect(result.findings).toEqual([]);
    expect(result.criteria.map((c) => c.line)).toEqual([17]);
  });
});

describe("session 33, round 329: a figure given above", () => {
  it("stays quiet on 'the job is retried as above'", () => {
    expect(rulesAt(brief({ edge: "- Worker killed mid-write: the transaction rolls back, the job is retried as above." }), EDGE)).toEqual([]);
  });

  it("still asks for the figure when 'as above' speaks of something else", () => {
    expect(rulesAt(brief({ edge: "- Payment provider down: retry a few times, then treat it as failed as above." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Worker killed mid-write: the transaction rolls back, the job is retried." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 33, rounds 325 to 332: a messaging group or a Feishu doc", () => {
  it("reports 'in our Viber group', 'in our Zalo group', 'in our Messenger group', 'in the Feishu doc'", () => {
    expect(rulesAt(brief({ context: "Full list of hut coordinates is in our Viber group." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The old readings are in the Excel file in our Zalo group." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Photos of the damaged chairs are in our Messenger group." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Their contract terms are in the Feishu doc for 2024." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("stays quiet on a traffic signal group", () => {
    expect(rulesAt(brief({ edge: "- A signal group in `stages` that is not in the conflict matrix: `422 unknown_signal_group`." }), EDGE)).toEqual([]);
  });
});

describe("session 33, round 333: 'With many thanks' and a decision not reached", () => {
  it("neither measures nor lists 'With many thanks in advance for your help.'", () => {
    const result = check(brief({ ac: "- `POST /v1/orders` with a valid cart returns `201`.\n\nWith many thanks in advance for your help." }));
    expect(result.findings).toEqual([]);
    expect(result.criteria.map((c) => c.line)).toEqual([17]);
  });

  it("reports a question followed by 'We have not reached a decision on this.'", () => {
    expect(rulesAt(brief({ edge: "- Should the advance be recovered from the final pay, or written off? We have not reached a decision on this." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the advance be recovered from the final pay? Yes, from the final pay." }), EDGE)).toEqual([]);
  });
});
