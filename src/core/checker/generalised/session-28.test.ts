/**
 * Behaviours added in session 28 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 28, round 298: a question the writer says is open, a view by 'reckons', an answer that waits on someone", () => {
  it("reports '? Not clear for us.' and '? Graham reckons yes', not an answer that names what someone 'has confirmed'", () => {
    expect(rulesAt(brief({ edge: "- Do we need to handle the tide for the harbour exit? Not clear for us." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Do we offer the next bigger pump for the same price? Still not clear." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the detour avoid new roads? Graham reckons yes." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the detour avoid new roads? Yes. Graham reckons the drivers prefer it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Q: Can a tenant cancel an approved visit? A: Yes, until the guard has confirmed the visit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Can a tenant cancel an approved visit? Legal has not confirmed." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 28, round 298: legibility for people, precision, how people feel", () => {
  it("reads 'readable on phones' and 'readable for drivers' as unmeasured, not 'readable by admins' or 'a readable barcode'", () => {
    expect(rulesAt(brief({ api: "- Output should be readable on phones." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The PDF is readable for drivers." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The PDF has one page per unit, in a readable layout." }), 17).length).toBe(1);
    expect(rulesAt(brief({ edge: "- Old versions stay readable with `GET /v1/plans/{id}` and readable by admins." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A label without a readable barcode goes to manual review." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A closed report stays readable for 12 months, then `404`." }), EDGE)).toEqual([]);
  });

  it("reads 'must be precise', 'in an understandable way' and 'less stressed' as claims with no measure", () => {
    expect(rulesAt(brief({ context: "The conversion must be precise." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The warnings are shown in an understandable way." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Operators are less stressed." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The conversion of the 20 test points matches the expected column within 1 mm." }), 17)).toEqual([]);
  });
});

describe("session 28, round 298: a quality word glossed with its figure", () => {
  it("reads 'a fast connection, meaning at least 100 Mbit/s' as measured", () => {
    expect(rulesAt(brief({ context: "Complexes with a fast connection, meaning at least 100 Mbit/s, get a download link." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Complexes with a fast connection get a download link." }), CONTEXT)).toEqual(["vague-term"]);
  });
});

describe("session 28, round 298: codes the interface shows, ships by their prefix, a maker by its initials", () => {
  it("takes a code a JSON example above holds as a quoted value for a value, not an undefined acronym", () => {
    const api = '```json\n{"part_no": "VES-29014", "qty": 2, "warehouse": "ESB"}\n```';
    const edge = "- With 3 on hand in ESB, two reservations of 2 each give one `partial` reservation.";
    const terms = (md: string) => check(md).findings.filter((f) => f.rule === "undefined-term").map((f) => f.excerpt);
    expect(terms(brief({ api, edge }))).toEqual([]);
    expect(terms(brief({ edge }))).toEqual(["ESB"]);
    // Met in prose before the example shows it, the code is the writer's own term.
    expect(terms(brief({ context: "For the SEO scans our clients go to an ultrasound centre.", api: '```json\n{"scan_type": "SEO"}\n```' }))).toEqual(["SEO"]);
  });

  it("reads 'MV *Finlaggan Isle*' as a ship and 'GE 1.5 MW units' as the maker's, not 'the MV feeder'", () => {
    expect(rulesAt(brief({ edge: "- Height over 4.5 m is rejected with `422 over_height` on MV *Finlaggan Isle*." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We service 112 GE 1.5 MW turbines near Sweetwater." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The MV feeder is switched off at night." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 28, round 299: a file linked from a page, the client's own way of doing it", () => {
  it("reports 'the Figma file linked from our Notion page', not a Figma file that gets linked to the ticket", () => {
    expect(rulesAt(brief({ context: "The design is in the Figma file linked from our Notion page." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "When the Figma file is linked, the design shows in the ticket." }), CONTEXT)).toEqual([]);
  });

  it("reports 'the same way we store the instrument audit trails', not the same way for every sample, written out", () => {
    expect(rulesAt(brief({ context: "Store it the same way we store the instrument audit trails." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "We store it the same way for every sample: one row per event in `custody_events`." }), CONTEXT)).toEqual([]);
  });
});

describe("session 28, round 299: a kind of thing by its size, acronyms and terms that look like cue words", () => {
  it("asks where 'Large orders' start even when the sentence counts what happens to them", () => {
    expect(rulesAt(brief({ api: "Large orders are split between two plants." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Large classes must be split over two sessions." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Large orders (over 500 kg) are split between two plants." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Orders over 500 kg are split between two plants." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| `condition` | integer | 1 (heavy stains) to 5 (unworn) |" }), API)).toEqual([]);
  });

  it("reads 'A CAP alert' as the protocol and '2 significant figures' as a precision rule", () => {
    expect(rulesAt(brief({ context: "Warnings arrive as CAP (Common Alerting Protocol) messages.", ac: "- A CAP alert only for Kabupaten Kendal is not saved." }), 17)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Alerts over the cap are not saved." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Concentrations are shown with 2 significant figures." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Concentration changes are significant." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 28, round 300: a manner word beside a bound, codes and glossed names", () => {
  it("reports 'handle it appropriately' although the sentence bounds a count, not 'a correctly signed payload within 5 seconds'", () => {
    expect(rulesAt(brief({ edge: "- Studio D holds at most 12 dancers; if a rehearsal calls more than that, handle it appropriately." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Answer a correctly signed payload with `200` within 5 seconds." }), EDGE)).toEqual([]);
  });

  it("takes 'network code DK' and '(ODCB: object suspected …)' as given, not 'network DK'", () => {
    expect(rulesAt(brief({ context: "We operate 23 seismic stations in Denmark, network code DK." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We operate 23 seismic stations in Denmark, network DK." }), CONTEXT)).toEqual(["undefined-term"]);
    const table = "| Field | Type | Notes |\n|---|---|---|\n| `status` | enum | `odcb` (ODCB: object suspected to be cultural heritage), `designated` |";
    expect(check(brief({ api: table })).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
  });

  it("takes a name glossed in brackets as defined for its later short form, not a byline's person", () => {
    const glossed = "Each warehouse has a licence from Polda Jawa Timur (East Java Regional Police). Officers from Polda come without notice.";
    expect(rulesAt(brief({ context: glossed }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Officers from Polda come for inspection without notice." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(briefWithPreamble("Reviewer on our side: Jiwoo Kang (server team)", { context: "For how it reads the queue today, ask Jiwoo." }), 7)).toEqual(["shared-context"]);
  });

  it("reports 'same wording Kenta reads out on the phone'", () => {
    expect(rulesAt(brief({ api: "- Email text: same wording Kenta reads out on the phone." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 28, round 301: lettered drives, dates drawing near, objectives to minimise, facts after a question", () => {
  it("reports 'the P-drive' and 'our KeePass' as places the contractor cannot open", () => {
    expect(rulesAt(brief({ context: "Today we scan the form to the P-drive under `P:\\Kvalitet\\Begasning`." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "The login is in our KeePass." }), API)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "Drivers test-drive each van before the shift." }), API)).toEqual([]);
  });

  it("asks how close 'close to its due date' is, not '3 days before its due date'", () => {
    expect(rulesAt(brief({ api: "Send a reminder when a submission is getting close to its due date." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Send a reminder 3 days before its due date." }), API)).toEqual([]);
  });

  it("reads 'as few groups as possible' as an objective, and still asks how few 'as few groups' is", () => {
    expect(rulesAt(brief({ api: "4. Form as few groups as possible." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "4. Form as few groups." }), API)).toEqual(["unquantified"]);
  });

  it("keeps a question open when the next sentence states a fact with 'no' ('There is no staff column'), not after 'No, drop it.'", () => {
    expect(rulesAt(brief({ edge: "- Do we need to keep the logger of each row? There is no staff column." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Do we need to keep the logger of each row? No, drop it." }), EDGE)).toEqual([]);
  });
});

describe("session 28, round 301: a person's rule or papers, records that cannot be tampered with", () => {
  it("reports 'the same as the rule Yuki writes on the whiteboard' and 'Lindiwe has the approved texts'", () => {
    expect(rulesAt(brief({ api: "Use the same as the rule Yuki writes on the whiteboard." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Families get an SMS when the status changes. Lindiwe has the approved texts." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Families get an SMS when the status changes; the approved texts are in `sms_templates`." }), EDGE)).toEqual([]);
  });

  it("reads 'tamper-proof' as a claim with no measure", () => {
    expect(rulesAt(brief({ ac: "- Custody records are tamper-proof." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 28, round 302: a timeout named but never given, things expiring soon, post-office boxes, spelled-out initials", () => {
  it("asks for 'the timeout' when no line gives it, not when one does", () => {
    expect(rulesAt(brief({ edge: "- If the driver does not confirm within the timeout, mark the attempt `expired`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Payment requests time out after 60 seconds. If the driver does not confirm within the timeout, mark the attempt `expired`." }), EDGE)).toEqual([]);
  });

  it("asks how soon 'vouchers that expire soon' are, though a daily job runs at 09:00", () => {
    expect(rulesAt(brief({ api: "A daily job at 09:00 finds vouchers that expire soon and sends one push per member." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "A daily job at 09:00 finds vouchers that expire within 14 days and sends one push per member." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Nightly: for each coach whose check (`issued_on` + 3 years) expires soon, send the reminder." }), API)).toEqual(["unquantified"]);
  });

  it("reads 'a PO box' as the post office's, and 'a HUID, Hallmark Unique Identification,' as spelled out", () => {
    expect(rulesAt(brief({ api: "| `address` | string | physical address, not a PO box |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Send the PO to the supplier." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Deduction is 2% when the piece carries a HUID, Hallmark Unique Identification, from our own stock." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Deduction is 2% when the piece carries a HUID, from our own stock." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("reads 'a signal group' of a traffic light as no messenger group, and 'Hiroshi has a copy' as the gap", () => {
    expect(rulesAt(brief({ edge: "- A signal group in `stages` that is not in the matrix: error `unknown_signal_group`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The ledger columns follow the form the police gave us; Hiroshi has a copy." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 28, round 303: rules copied from another occasion or site, a person's habit, correct data", () => {
  it("reports 'the same window as the Golden Week event', not one account shared or the brief's own other events", () => {
    expect(rulesAt(brief({ api: "Cancellations follow the same window as the Golden Week event." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Batch numbering should follow the same scheme as the Kesennuma plant." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Card payments go through Stripe, on the same account as the web ticket shop." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The webhook gets the same logging as our other outgoing events." }), API)).toEqual([]);
  });

  it("reports 'the same amount Kasia takes now at the bar'", () => {
    expect(rulesAt(brief({ api: "Games over 300 zł need a deposit, the same amount Kasia takes now at the bar." }), API)).toEqual(["shared-context"]);
  });

  it("reads 'Drivers see correct data' as untestable, not a value the criterion names", () => {
    expect(rulesAt(brief({ ac: "- Drivers see correct data." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Drivers see the lot number `L-204` on the card." }), 17)).toEqual([]);
  });
});

describe("session 28, round 303: balance, longer times, containers, series and fairs", () => {
  it("asks what 'balanced' and 'for a longer time' mean", () => {
    expect(rulesAt(brief({ api: "- Sides should be balanced across the rounds." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Send the email when the station has been silent for a longer time." }), API)).toEqual(["unquantified"]);
  });

  it("reads 'too long for one line' as not fitting, and still asks how big 'too big for the bank' is", () => {
    expect(rulesAt(brief({ edge: "- Name too long for one line: the font size goes down to 20 pt, then the name wraps." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Vessel too long or too wide for both docks: `422` with `vessel_exceeds_dock_limits`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Split the file when it gets too big for the bank." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'and so on until the last pair' as a complete series and 'per regional fair' as the event", () => {
    expect(rulesAt(brief({ api: "Tables are given after pairing: pair 1 gets table 1, and so on until the last pair." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Tables: pair 1 gets table 1, pair 2 gets table 2, and so on." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "1. National nominations per regional fair." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The split between the two plants must be fair." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 28, round 304: editor links, talks still to come, days drawing near, fill-ins by name", () => {
  it("reports a Canva design's edit link, not Canva's public site", () => {
    expect(rulesAt(brief({ api: "The label layout is in our Canva design: https://www.canva.com/design/DAF8x2kLm1Q/edit" }), API)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "Labels are designed in Canva (https://www.canva.com)." }), API)).toEqual([]);
  });

  it("keeps a question open when 'We must discuss with the board', and reads 'not disappointed' as untestable", () => {
    expect(rulesAt(brief({ edge: "- Can the buyer's name go on the certificate? We must discuss with the board." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ ac: "- Visitors are not disappointed when they come." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("asks how close 'close to the day' is, and reports '[Mette fill in the number]'", () => {
    expect(rulesAt(brief({ edge: "- Cancel close to the day: the chairman gets a WhatsApp message." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Threshold for the trap reading: [Mette fill in the number]" }), API)).toEqual(["placeholder"]);
  });
});

describe("session 28, round 304: values listed below, conventions spelled out, words defined by 'when', borrowed plurals", () => {
  it("reads '<one of the reasons below>' as pointing into the brief, not '<describe the reason>'", () => {
    expect(rulesAt(brief({ edge: '- If the check fails: `403` with `{"reason": "<one of the reasons below>"}`.' }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: '- If the check fails: `403` with `{"reason": "<describe the reason>"}`.' }), EDGE)).toEqual(["placeholder"]);
  });

  it("reads 'the SOLAS convention (International Convention for …)' as spelled out", () => {
    expect(rulesAt(brief({ context: "Under the SOLAS convention (International Convention for the Safety of Life at Sea), every container is weighed." }), CONTEXT)).toEqual([]);
  });

  it("reads 'A yarn is low when … is under its `reorder_at_g`' as a definition, not 'when a yarn is low'", () => {
    expect(rulesAt(brief({ api: "A yarn is low when `available_g` is under its `reorder_at_g` (default 500 g)." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Alert the buyer when a yarn is low." }), API)).toEqual(["unquantified"]);
  });

  it("counts 'café' and 'cafés' as one borrowed word, not two signs of another language", () => {
    expect(rulesAt(brief({ context: "Volunteer scheduling for repair café events (all 9 cafés)" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Os voluntários recebem a escala por e-mail às sextas-feiras." }), CONTEXT)).toEqual(["non-english"]);
  });
});

describe("session 28, round 305: a TBD explained by who decides, a person to ask for access, late cancellations", () => {
  it("reports 'TBD (the board decides in December)', whose words spell t-b-d only by chance", () => {
    expect(rulesAt(brief({ api: "Price of a day ticket on club night: TBD (the board decides in December)." }), API)).toEqual(["placeholder"]);
  });

  it("keeps 'ask Jonas for access' beside the private place it opens", () => {
    expect(rulesAt(brief({ api: "The list of instructors is kept in our Teams channel, ask Jonas for access." }), API)).toEqual(["private-link", "shared-context"]);
    expect(rulesAt(brief({ api: "The list of instructors is kept in our Teams channel." }), API)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "For every launch we ask AirNav Indonesia to publish a notice; the plan is on 10.20.4.15." }), API)).toEqual(["private-link"]);
  });

  it("asks how late 'cancels late' is, not 'returned late' after a due date", () => {
    expect(rulesAt(brief({ edge: "- Group cancels late: no refund." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Chains returned late: each extra day is charged from the deposit." }), EDGE)).toEqual([]);
  });

  it("reads BMX as known", () => {
    expect(rulesAt(brief({ context: "Commissaires officiate at BMX racing at the regional tracks." }), CONTEXT)).toEqual([]);
  });
});

describe("session 28, round 306: top lists, doubts at work, jobs offered, a desk's texts", () => {
  it("asks how many 'the top donors by kg' are, not 'the top 10 donors' or 'the top seeds'", () => {
    expect(rulesAt(brief({ api: "`top_stores` lists the top donors by kg." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "`top_stores` lists the top 10 donors by kg." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Byes go to the top seeds when the team count isn't a power of 2." }), EDGE)).toEqual([]);
  });

  it("reads 'checks the name … when unsure' and 'Can you take this in December?' as no open question", () => {
    expect(rulesAt(brief({ edge: "- The gate officer checks the name against the identity card when unsure." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Not sure if the gate officer checks the name." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(briefWithPreamble("Bence, Zárkód. Can you take this in December?"), 3)).toEqual([]);
  });

  it("reports 'the same message texts as the front desk use now'", () => {
    expect(rulesAt(brief({ api: "- Use the same message texts as the front desk use now." }), API)).toEqual(["shared-context"]);
  });

  it("reads 'proper names' and the field 'time out' beside 'time in' as no cue, and 'must be plausible' as vague", () => {
    expect(rulesAt(brief({ api: "- Trail names are returned in Finnish; they are proper names." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Fields: ticket number, time in, time out, gross kg." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The sum of the outputs must be plausible compared to the input." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 28, round 307: a device's last sync, a record's state, strong wind, work without friction", () => {
  it("reads 'at the last sync' of a controller as a run, not a meeting", () => {
    expect(rulesAt(brief({ api: "- `offset_ms`: controller time minus signal time at the last sync, in milliseconds." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Use the colours we picked in the last sync with the client." }), API)).toEqual(["shared-context"]);
  });

  it("reads 'a case with no decision yet: `404`' and '`waiting` — no decision yet' as states, not doubts", () => {
    expect(rulesAt(brief({ edge: "- `PUT /decision` on a case with no decision yet: `404 no_decision`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `waiting` — no decision yet." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Refunds for no-shows: no decision yet." }), EDGE)).toEqual(["open-question"]);
  });

  it("asks from which wind 'strong wind' is, and reads 'without friction' as untestable; Greenland is a place", () => {
    expect(rulesAt(brief({ api: "Don't put a crew on a roof in strong wind either; that's a yard day too." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- Store staff can get through a trade-in without friction." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ edge: "- Clocks in Greenland get the same dial lights." }), EDGE)).toEqual([]);
  });
});
