/**
 * Behaviours added in session 19 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 19: what a figure bounds, a wait's outcome, reminders later", () => {
  it("reports 'Occupancy drops below 100% again: send an update soon': a percentage does not say how soon", () => {
    expect(rulesAt(brief({ edge: "- Occupancy drops below 100% again: send an update soon." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads a bound of time in the sentence as the figure", () => {
    expect(rulesAt(brief({ edge: "- Occupancy drops below 100% again: send an update soon, within 5 minutes." }), EDGE)).toEqual([]);
  });

  it("reports 'send a reminder later' and 'get a reminder later'", () => {
    expect(rulesAt(brief({ edge: "- Client does not answer the WhatsApp message: send a reminder later." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Unpaid invoices must get a reminder later." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads 'a reminder 2 days later' as given", () => {
    expect(rulesAt(brief({ edge: "- Client does not answer the WhatsApp message: send a reminder 2 days later." }), EDGE)).toEqual([]);
  });

  it("reports a wait the product sets whose outcome is a code span after the colon", () => {
    expect(rulesAt(brief({ edge: "- eTIMS does not answer before a timeout: status `failed`; the next run sends it again." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Charger does not answer within a timeout: `504` with `charger_no_response`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Store API is down or times out: return `503 store_unavailable`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads another side's timeout, and a setting named after the cue, as no gap", () => {
    expect(rulesAt(brief({ edge: "- Hubtel reports a timeout: status `failed`, not shown on the screen." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The charger does not answer within a timeout of `CHARGER_TIMEOUT_MS`: `504`." }), EDGE)).toEqual([]);
  });
});

describe("session 19: diagnoses, letters, towns, 'as often as we like'", () => {
  it("reads 'We think the cause is the time zone: …, so the check is one or two hours off' as a diagnosis", () => {
    const line = "We think the cause is the time zone: `release_at` is stored without zone, so the check is one or two hours off.";
    expect(rulesAt(brief({ context: line }), CONTEXT)).toEqual([]);
  });

  it("still reports a diagnosis left to check", () => {
    expect(rulesAt(brief({ context: "We think the cause is the time zone, but we are not sure." }), CONTEXT)).toEqual(["open-question"]);
  });

  it("reads 'small letters' as lower case and 'live in small towns' as where people are", () => {
    expect(rulesAt(brief({ edge: "- Answers in small letters or with extra spaces are accepted." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Many of our readers live in small towns with weak signal, so the checkout must load within 2 seconds." }), CONTEXT)).toEqual([]);
  });

  it("still asks how small 'small files' are", () => {
    expect(rulesAt(brief({ edge: "- Small files must be uploaded at once." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'as often as we like' as no limit, and still asks how often 'often' is", () => {
    expect(rulesAt(brief({ api: "We can run it as often as we like; each run makes a new draft." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "We must run it often; each run makes a new draft." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 19: table rows, railways, what is usual, places two records share", () => {
  const table = (header: string, row: string): string =>
    ["# T", "", "## Context", "", "The cases:", "", header, "| --- | --- | --- |", row, "", "## API", "", "`GET /x` returns JSON.", "", "## Edge cases", "", "- Empty input returns 400.", "", "## Acceptance criteria", "", "- `GET /x` returns 200."].join("\n");
  const rulesOnRow = (md: string): string[] => check(md).findings.filter((f) => f.line === 9).map((f) => f.rule);

  it("reads a row of cells with a borrowed word or a name in another language as no prose", () => {
    expect(rulesOnRow(table("| code | document | valid for |", "| `CC` | cédula de ciudadanía (Colombian citizen ID card) | 6 to 10 digits |"))).toEqual([]);
    expect(rulesOnRow(table("| status | screen text (fi) | screen text (en) |", "| `open` | club hours (Mon–Fri) | main entrance |"))).toEqual([]);
  });

  it("reads a translated title under a header that names titles as literal", () => {
    expect(rulesOnRow(table("| book id | English title | French title |", "| `bk_phare` | The Lighthouse Keeper | Le gardien du phare |"))).toEqual([]);
  });

  it("still reports a cell that holds a sentence of another language", () => {
    expect(rulesOnRow(table("| case | behaviour | status |", "| offline | la aplicación guarda los datos y los envía luego al servidor | `queued` |"))).toEqual(["non-english"]);
    expect(rulesOnRow(table("| case | behaviour | status |", "| Telefonen saknar täckning i källaren | appen sparar lokalt och skickar senare | `queued` |"))).toEqual(["non-english"]);
  });

  it("reads Japan's private railways as public names, even where a later line names a system after one", () => {
    const md = brief({
      context: "We sell poster frames in 41 stations on the Osaka Metro Midosuji and Yotsubashi lines and in 12 Hankyu stations.",
      edge: "- Availability must be computed the same way as the Hankyu inventory sync that Shota built last year.",
    });
    expect(rulesAt(md, CONTEXT)).toEqual([]);
    expect(rulesAt(md, EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'The usual rejection reasons are …' and 'our usual limit is …' as stated", () => {
    expect(rulesAt(brief({ context: "The usual rejection reasons are alcohol ads near schools and consumer-finance ads." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "For weather, our usual limit is wind over 20 m/s at the lighthouse." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'the usual validation' and 'the usual format is used'", () => {
    expect(rulesAt(brief({ context: "Each row has to pass the usual validation before anything is saved." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The usual format is used for the export." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'on the same floor as the desk' and 'same city as the job' as a relation between records", () => {
    expect(rulesAt(brief({ api: "1. A free locker on the same floor as the desk, closest to it." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Matching: same city as the job, and the skills include the job's skill tag." }), API)).toEqual([]);
  });

  it("still reports 'the same place as the old website banner'", () => {
    expect(rulesAt(brief({ api: "Closures come from the same place as the old website banner." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 19: choices made before, names in English before their acronym, what the product gives", () => {
  it("reports 'same as we picked for the Kickstarter backers'", () => {
    expect(rulesAt(brief({ edge: "- Shipping level: same as we picked for the Kickstarter backers." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads 'The shipping level we picked is `standard`' as given", () => {
    expect(rulesAt(brief({ edge: "- The shipping level we picked is `standard`." }), EDGE)).toEqual([]);
  });

  it("reads '(registered with the German Federal Aviation Office, LBA)' as the acronym of the name before it", () => {
    expect(rulesAt(brief({ context: "Shows in Germany need a registered pilot (registered with the German Federal Aviation Office, LBA)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Since July 2022 German law requires a cancellation button (§ 312k of the German Civil Code, BGB)." }), CONTEXT)).toEqual([]);
  });

  it("still asks what LBA is after 'see the German rules'", () => {
    expect(rulesAt(brief({ context: "Shows in Germany need a registered pilot (see the German rules, LBA)." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reports 'The planner gives good routes' and 'returns good suggestions' in acceptance criteria", () => {
    expect(rulesAt(brief({ ac: "- The planner gives good routes." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The search returns good suggestions for constructors." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("still reads 'The truck delivers clear ice blocks' as a description", () => {
    expect(rulesAt(brief({ ac: "- The truck delivers clear ice blocks." }), 17)).toEqual([]);
  });
});

describe("session 19: quality words the lexicon lacked", () => {
  it("reports 'instantly' as a speed with no number, in prose and in criteria", () => {
    expect(rulesAt(brief({ context: "The overlay must show the hit instantly." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- Display is updated instantly." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("still reads 'immediately' as at once", () => {
    expect(rulesAt(brief({ edge: "- The SMS goes out immediately after the change." }), EDGE)).toEqual([]);
  });

  it("reports 'forgiving', 'flexibly', 'realistic', 'catchy', 'battery-friendly' and 'without hassle'", () => {
    expect(rulesAt(brief({ edge: "- Matching has to be forgiving with user typos." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The schedule should handle changes flexibly." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Travel times must be realistic." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The subject line should be catchy." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The sending must be battery-friendly for the driver phone." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- Coordinators can manage the rota without hassle." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reports 'unrealistically big' and 'go through the recordings gently' as figures left out", () => {
    expect(rulesAt(brief({ edge: "- Reject purchases that are unrealistically big for one boat." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The deletion job should go through the recordings gently so it doesn't hurt the database." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'realistic' given a bound as measured", () => {
    expect(rulesAt(brief({ context: "Travel times must be realistic: within 10% of the route planner's estimate." }), CONTEXT)).toEqual([]);
  });
});

describe("session 19: rounds 187-188, conversations in the present tense, dotted acronyms, what a sentence answers", () => {
  it("reports 'as we talk in the WhatsApp group last week' as a conversation, not a link", () => {
    expect(rulesAt(brief({ edge: "- Breed group rule from the parents: as we talk in the WhatsApp group last week." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads 'We agree on the price with each buyer before the sale' as a step", () => {
    expect(rulesAt(brief({ edge: "- We agree on the price with each buyer before the sale." }), EDGE)).toEqual([]);
  });

  it("reads 'G.R.E.S. … (Grêmio Recreativo Escola de Samba)' as spelled out, and still asks for a bare 'G.R.E.S.'", () => {
    expect(rulesAt(brief({ context: "School: G.R.E.S. Acadêmicos da Serra Verde (Grêmio Recreativo Escola de Samba), Rio de Janeiro" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We follow the G.R.E.S. rules." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'the same server as our donations service' as where it runs, and still reports 'the same account as the Christmas drive'", () => {
    expect(rulesAt(brief({ context: "Backend: Django 5, PostgreSQL 16 (the same server as our donations service)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Backend: Node.js 20, PostgreSQL 16, the same database as the client portal." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Send it through Termii, using the same account as the Christmas drive." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads \"We'd like the club iPad …\" as a wish, and still reports 'like the club iPad does'", () => {
    expect(rulesAt(brief({ context: "We'd like the club iPad in the shed to log engine hours." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Log the hours like the club iPad does." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads 'Whether wetsuits are mandatory depends on the water temperature' as answered", () => {
    expect(rulesAt(brief({ context: "Whether wetsuits are mandatory, allowed or forbidden depends on the water temperature measured on race morning." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Whether wetsuits are mandatory or not." }), CONTEXT)).toEqual(["open-question"]);
  });
});

describe("session 19: rounds 187-188, orders between entries, scopes of a limit, caches after a reason", () => {
  it("reads 'the pigeon with more day-final wins is higher' as an order, and still asks how much higher a fee is", () => {
    expect(rulesAt(brief({ edge: "- Same points: the pigeon with more day-final wins is higher." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The fee for late entries is higher." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reports 'Limit the tickets for one phone number', and still reads 'Limit each phone to one code' as the limit", () => {
    expect(rulesAt(brief({ edge: "- Limit the tickets for one phone number so scalpers cannot buy all." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit each phone to one code." }), EDGE)).toEqual([]);
  });

  it("reports 'match smartly by amount and name' as a vague word, and still 'a reasonable period' as a figure left out", () => {
    expect(rulesAt(brief({ edge: "- Code not found: try to match smartly by amount and name." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Keep the photos for a reasonable period." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reports 'so cache the response' and 'be lenient', and still reads a cache with its lifetime as given", () => {
    expect(rulesAt(brief({ edge: "- Partner apps poll this endpoint, so cache the response." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The licence table is out of date at the start of March: be lenient with those runners." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Partner apps poll this endpoint, so cache the response for 60 seconds." }), EDGE)).toEqual([]);
  });
});

describe("session 19: rounds 189-190, named rules, relatives, caches rebuilt, sort keys", () => {
  it("reports 'Photos attached to `drive_notes` can be large' as a size left out", () => {
    expect(rulesAt(brief({ context: "Photos attached to `drive_notes` can be large." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads 'A large team attached to the project' as a description", () => {
    expect(rulesAt(brief({ context: "A large team attached to the project can be added." }), CONTEXT)).toEqual([]);
  });

  it("reports 'same as the invoice rule' and 'like my cousin did for her bed and breakfast'", () => {
    expect(rulesAt(brief({ edge: "- Deleting: only Graham can delete, same as the invoice rule." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Lay out the quarterly report like my cousin did for her bed and breakfast." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads 'same as the rule below' and 'My cousin did the photos' as no reference", () => {
    expect(rulesAt(brief({ edge: "- Deleting: same as the rule below." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- My cousin did the photos for the website." }), EDGE)).toEqual([]);
  });

  it("reads a cache 'recomputed only when a birth detail changes' as bounded, and still asks how long a bare cache lives", () => {
    expect(rulesAt(brief({ edge: "- Results are cached in `kundali_matches` and recomputed only when a birth detail changes." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Results are cached in `kundali_matches`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads SUV and JR Hokkaido as known, and still asks what MCB is", () => {
    expect(rulesAt(brief({ edge: "- Vehicle types allowed: sedan, SUV, bakkie (pickup truck)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Roads closed by snow, or JR Hokkaido cancels trains to the area." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Vehicle types allowed: sedan, SUV, and the MCB fleet vans." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("reads 'sorted by setup time' as the sort key, and still judges 'The setup time is short'", () => {
    expect(rulesAt(brief({ ac: "- `GET /v1/dispatch` lists that day's reservations sorted by setup time." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The setup time is short." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 19: rounds 191-192, wishes for a later release, the system being replaced", () => {
  it("reads 'Maybe next year.' and 'Maybe later we add …, but this is not part of this work' as plans, not doubts", () => {
    expect(rulesAt(brief({ edge: "- Taking the balance online. Maybe next year." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Maybe later we add a TV screen in the workshop, but this is not part of this work." }), EDGE)).toEqual([]);
  });

  it("still reports 'Maybe we store the photos on S3.' and a question answered 'Maybe later.'", () => {
    expect(rulesAt(brief({ edge: "- Maybe we store the photos on S3." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Can the server reject blurred photos? Maybe later." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads the old system named as where data is as no reference", () => {
    expect(rulesAt(brief({ context: "Cards expire after 12 months; the old system never enforced it." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Weeks before 1 January 2024: `422`, that data is still in the old system and is not migrated." }), EDGE)).toEqual([]);
  });

  it("still reports the old system compared with, followed or known by someone", () => {
    expect(rulesAt(brief({ edge: "- Date format: same as the file HR got from the old system." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rounding must follow the old system." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Meter replaced: ask Mette, she knows how the old system stitched the registers together." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 19: rounds 193-194, a question followed by more context", () => {
  it("reports 'Do we need to accept HEIC photos? Many of our customers use iPhone.': the reason for asking, not an answer", () => {
    expect(rulesAt(brief({ edge: "- Do we need to accept HEIC photos? Many of our customers use iPhone." }), EDGE)).toEqual(["open-question"]);
  });

  it("still reads a question answered after its context as answered", () => {
    expect(rulesAt(brief({ edge: "- Should we support Pos Indonesia? Many translators use it, so yes." }), EDGE)).toEqual([]);
  });
});
