/**
 * Behaviours added in session 27 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 27, round 287 read after scoring: airlines and airports by their public codes", () => {
  it("reads 'ANA, JAL', 'KLM' and airport codes as public names in a brief about flights, and not elsewhere", () => {
    const flights = "Bags come to us from the airlines' baggage desks.";
    expect(rulesAt(brief({ context: flights, api: "We repair bags for five airlines at Narita: ANA, JAL, Zipair, Peach and United." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: flights, api: "Our shops are at JFK, ORD and LAX; a job closed at the LAX shop goes in its month's file." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: flights, api: "Customer numbers: SAS = 1001, KLM = 1003." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: flights, api: "Every scan goes to the BRS before loading." }), API)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "Orders of the LAX team go to the ORD queue." }), API)).toEqual(["undefined-term"]);
  });
});

describe("session 27, round 287 read after scoring: a schedule told in the context without its frequency", () => {
  it("asks how often for 'sent out regularly' and 'Import the feeds regularly' in the context, not for what people do", () => {
    expect(rulesAt(brief({ context: "Payouts are batched and sent out regularly." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Rates are cached in our database and refreshed regularly." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Import the external feeds regularly." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Customers regularly ask support to re-issue an invoice." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today payouts are sent out regularly by hand." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Payouts are sent out every Monday at 06:00." }), CONTEXT)).toEqual([]);
  });
});

describe("session 27, round 288: an organisation with a public site the brief links to", () => {
  it("reads \"Crossref's schema\" as an organisation's when the brief links to crossref.org, and a person's otherwise", () => {
    const linked = "Deposits are documented at https://www.crossref.org/documentation/.";
    const privateLink = "Deposit notes are at https://wiki.crossref.internal/notes.";
    expect(rulesAt(brief({ context: linked, api: "- The deposit XML validates against Crossref's schema version 5.3.1." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The deposit XML validates against Crossref's schema version 5.3.1." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: privateLink, api: "- The deposit XML validates against Crossref's schema version 5.3.1." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 27, round 288: how a thing has always worked, what a person found, a practice at one of the writer's places", () => {
  it("reports 'works as it always has', 'as it did last year', 'what Lars found last time' and 'the sheet we use at Onna'", () => {
    expect(rulesAt(brief({ api: "Charging between services works as it always has." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Catalogue numbering works as it did last year." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "For the character table use what Lars found last time." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "The oxygen percentage is stored with the same rounding as the paper log sheet we use at Onna." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Catalogue numbering works as it does today." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Keep the row as it is." }), API)).toEqual([]);
  });
});

describe("session 27: a past occasion named by its year", () => {
  it("reports 'the same design as the 2023 campaign', 'like for the 2022 campaign', 'as per the 2023 debrief', 'as in the recall of 2021'", () => {
    expect(rulesAt(brief({ api: "The certificate uses the same design as the 2023 campaign." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "The calculation is done like for the 2022 municipality campaign." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Validation rules for the counts are as per the 2023 debrief." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "The columns are the same as in the recall of 2021." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Use the same coefficients as in the winter 2023 season." }), API)).toEqual(["shared-context"]);
  });
  it("leaves a year's records and an example in passing alone", () => {
    expect(rulesAt(brief({ api: "- `year=2025` returns the same dates as the 2025 rows of the source CSV." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The trail closes when the volcano is active, like the 2016 eruption, and permits are refunded." }), EDGE)).toEqual([]);
  });
});

describe("session 27: the same fields or codes as a piece of the team's earlier work", () => {
  it("reports 'Same fields as the export we sent them in March' and 'the same codes as the paper form we used until 2023'", () => {
    expect(rulesAt(brief({ api: "Same fields as the export we sent them in March." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- `reason_code` uses the same codes as the paper correction form we used until 2023." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Same fields as the export described below." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The webhook uses the same fields as the `GET` response." }), API)).toEqual([]);
  });
});

describe("session 27, round 289: 'not clear' says what is uncertain", () => {
  it("leaves 'the regulation is not clear' and 'when the predator is not clear from the carcass' alone, and still asks what 'clear' means", () => {
    expect(rulesAt(brief({ edge: "- Students older than 25? The regulation is not clear, maybe we refuse them." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "When the predator is not clear from the carcass, the inspector takes a swab." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "The error messages must be clear." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "If the warning is not clear, drivers call the office." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The status screen is clear to the user." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 27, round 289: a practice of someone the brief introduced, another case handled 'like with'", () => {
  it("reports 'the same priority logic Matías uses now' even after 'our night operator, Matías', and 'we do like with the hospitals'", () => {
    const introduced = "Our night operator, Matías, builds the schedule by hand today.";
    expect(rulesAt(brief({ context: introduced, api: "Use the same priority logic Matías uses now." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: introduced, api: "Use the same rounding Matías uses in his spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The callback to the court fails: we do like with the hospitals." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Customers tell us they do like the new invoices." }), API)).toEqual([]);
  });
});

describe("session 27, round 289: any session, what holds since a date, a system that knows", () => {
  it("leaves 'in any July 2025 session', 'Since last winter … the same table' and 'SaljuTrack knows the route segments' alone", () => {
    expect(rulesAt(brief({ edge: "- A range officer qualified on 2021-05-01 is not in any July 2025 session." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Since last winter the contractor machines have GPS units that report into the same `vehicle_positions` table." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "SaljuTrack knows the route segments and receives the GPS positions." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Only Lars knows the route segments." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Use the rule we agreed in the July 2025 session." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Use the same thresholds as last winter." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 27, round 288: a time window is a record's start and end", () => {
  it("reads 'a time window on each booking' and 'the original time window' as data, and still asks how long a cut-off is", () => {
    expect(rulesAt(brief({ api: "The transport office sets a time window on each booking." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "If a test is moved, send a second email that names the original time window." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Updates are accepted until a cut-off before the flight." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 27: a fair is an event, cleaning is work", () => {
  it("reads 'for the 2023 fair', 'the autumn fair', 'fair market value', 'we clean' and 'dirty or clean' as judging nothing", () => {
    expect(rulesAt(brief({ api: "Booth prices depend on hall and size, as set for the 2023 fair." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Shops want a printable map of the stalls before the autumn fair." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "Payment is fair market value at the time of loss, from the weekly USDA market report." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Our cleaners get keys for each school they clean." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The board shows which beds are occupied, dirty or clean." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "The draw must be fair." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "The PDF layout must be clean." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 27, round 290: 'of' inside an organisation's name", () => {
  it("reads 'the Board of Education's school email system' and 'the Director of Studies approves' as an organisation and a role", () => {
    expect(rulesAt(brief({ api: "Schools receive messages through the Board of Education's school email system." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The Director of Studies approves them in a batch in the admin screen." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The rounding follows Kenji's trick." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 27, round 290: a limit left to fill in, a limit the line points to", () => {
  it("leaves 'than the minimum' to the placeholder that holds it, and 'the limit in the Rule section below' to that section", () => {
    expect(rulesAt(brief({ api: "- Minimum paired hours for statistics: XXX", edge: "- Fewer pairs than the minimum: statistics are null." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We cancel the next day's classes when the air passes the limit in the Rule section below." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Fewer pairs than the minimum: statistics are null." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 27, round 290: a name counted in, a comparison whose fields follow", () => {
  it("leaves ', Pakenham included,' and 'same as the screen (`screens.width_px`, …)' alone", () => {
    expect(rulesAt(brief({ api: "- I can export all 9 trucks for a Tuesday, Pakenham included, before 6:00." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Creatives are MP4, with resolution same as the screen (`screens.width_px`, `screens.height_px`)." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Creatives are MP4, with resolution same as the old screen." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The export format is what Pakenham included last time." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 27, round 291: the office NAS is a machine the product works with", () => {
  it("leaves 'checksum on the NAS' and 'an API that runs on the NAS' alone, and reports 'the sample files are on the NAS'", () => {
    expect(rulesAt(brief({ api: "An HTTP API that runs on the NAS in Docker." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Checksum on the NAS differs from the request: offload status `failed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "The sample files are on the NAS under /keuangan/settlement." }), API)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "Suppliers take orders in a fixed format; the format for each is in the folder on the NAS." }), API)).toEqual(["private-link"]);
  });
});

describe("session 27, round 291: the plan a person made, an earlier occasion, a workplace's habit, a limit inside a comparison", () => {
  it("reports 'as in the winter plan Jonas made', 'as it did on the spring audition day' and 'the studio's usual stamp'", () => {
    expect(rulesAt(brief({ api: "5. Use the same station priority as in the winter plan Jonas made." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "The lunch break goes in the same place as it did on the spring audition day." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The sheet is signed with the studio's usual stamp." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The morning is paid to `c_2040`, not to the route's usual carrier." }), API)).toEqual([]);
  });
  it("reads 'the same staleness cutoff as the Osaka pilot' as one gap, the comparison", () => {
    expect(rulesAt(brief({ edge: "- Cabinet offline: return the last known slots, using the same staleness cutoff as the Osaka pilot." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 27: 'as usual' and what this case changes", () => {
  it("reads 'created as usual, and also forwarded' and 'invoice as usual; refunds are out of scope' as the product's own path", () => {
    expect(rulesAt(brief({ edge: "- Request for a common area: created as usual, and also forwarded by email to the board." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Student withdrew during the month: invoice as usual; refunds are out of scope." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Corrections after the verifier already has the file: handle them as usual." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 27, round 292: 'as well before', reasonable intervals, a slow system and its timeout", () => {
  it("reads 'as well before' as 'too', 'at reasonable intervals' as vague and 'If HotelRunner is slow, use a timeout' as asking for the timeout", () => {
    expect(rulesAt(brief({ api: "- Add the age check as well before a staff booking is confirmed." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The sync with proALPHA must run in reasonable intervals." }), API)).toEqual(["vague-term"]);
    const slow = check(brief({ api: "If HotelRunner is slow, use a timeout." })).findings.filter((f) => f.line === API);
    expect(slow.map((f) => [f.rule, f.excerpt])).toEqual([["unquantified", "a timeout"]]);
    expect(rulesAt(brief({ api: "The search must not be slow." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 27, round 292: advice from someone in a department, a practice at another branch, a person's file", () => {
  it("reports 'the way Kenji from accounting explained', 'set up like at the Aarhus clinic' and 'the same categories as Yuki's spreadsheet'", () => {
    expect(rulesAt(brief({ api: "- Tax on each split invoice is rounded the way Kenji from accounting explained last week." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "The loggers send through a gateway that is set up like at the Aarhus clinic." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Wastage reasons use the same categories as Yuki's spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "4. Use the same priority as Pak Budi's macro." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Opening hours are shown like in the Google Maps app." }), API)).toEqual([]);
  });
});

describe("session 27, round 290-292: holidays, units and storage words everyone knows, a campaign named by a holiday", () => {
  it("knows 'Diwali', 'Nordic', 'Wh' and 'RAID', and still reads 'our Lebaran promo broadcast' as the client's own thing", () => {
    expect(rulesAt(brief({ api: "Flagging must not remove genuine Diwali firework peaks above 500 µg/m³." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Our Nordic distributors send the records as CSV." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| `charged_wh` | numeric | energy into the pack, in Wh |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "1. The office storage server, a Synology with RAID 6." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Messages use the same template style as our Lebaran promo broadcast." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Pipe organs do not like the Japanese climate." }), CONTEXT)).toEqual([]);
  });
});

describe("session 27, round 293: field names in title case, a thing and its code, a limit that is broken, the others of a kind in a question", () => {
  it("leaves '| Species Mentioned |', 'the Dunlin flagged `A7`', 'If a limit is broken' and '… like the other countries?' alone", () => {
    expect(rulesAt(brief({ api: "| Species Mentioned | `species.euring_code` | 5 digits |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- After accept, the report is linked to the Dunlin flagged `A7`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "If a limit is broken it must return `422` with the broken rule." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Addresses in the UK: do we look them up, or treat them as `unverified` like the other countries?" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ api: "Round the totals as Kenji mentioned." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Seller account frozen: handle it like the other frozen cases." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 27: what something is not, told as a fact", () => {
  it("reads 'WiFi in the workshop is not stable' and 'my English is not so good' as the world, and still asks about 'must not be slow'", () => {
    expect(rulesAt(brief({ context: "WiFi in the workshop is not stable, so the tablet keeps the events." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Sorry if my English is not so good." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Daytime readings are not useful: drop them at ingest." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "The search must not be slow." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "Reject prices that are not reasonable." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 27: the devices people have, 'work good'", () => {
  it("reads 'cheap Android phones' as the world and asks what 'work good' means", () => {
    expect(rulesAt(brief({ context: "Crew phones are cheap Android phones, mostly Android 10 and 11." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Photo without camera metadata (some cheap phones remove it): accept it." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The app should work good on the phones that most members have." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "Keep this check cheap, because it runs on every send." }), API)).toEqual(["vague-term"]);
  });
});

describe("session 27, round 294: the slots of a format the line describes", () => {
  it("reads 'Message format is `PINJAM <variety code> <kg>`' as a format and '`<insert bucket name>`' as a fill-in", () => {
    expect(rulesAt(brief({ api: "Message format is `PINJAM <variety code> <kg>`, for example `PINJAM MW 5`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `packets` are seed packet ids, in the form `NGB<accession number>-<harvest year>`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Store the originals in the bucket `<insert bucket name>`." }), API)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ api: "- Suppliers we send to: <supplier list>" }), API)).toEqual(["placeholder"]);
  });
});

describe("session 27: a judgement of people as an object complement", () => {
  it("reports 'The coordinators find the system useful at night' and 'keep the nudges friendly, not naggy'", () => {
    expect(rulesAt(brief({ ac: "- The coordinators find the system useful at night." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The engineers find the dashboard nice to use." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ api: "- Send a second push at 21:00, and keep the nudges friendly, not naggy." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- The search finds the nearest kiosk within 2 km." }), API)).toEqual([]);
  });
});

describe("session 27: criteria about how people fare", () => {
  it("reports 'never surprised by', 'can rely on', 'spend less time', 'stop asking', 'not overloaded' and 'match reality' in criteria", () => {
    for (const item of [
      "- Customers aren't surprised by charges on their statement.",
      "- The duty manager can rely on the result.",
      "- Staff spend less time chasing owings.",
      "- Dealers stop asking us by phone.",
      "- Teachers are not overloaded.",
      "- Results match reality.",
      "- The audit trail gives the safeguarding lead confidence in the data.",
    ]) expect(rulesAt(brief({ ac: item }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A charge over ¥3,000 sends the customer an email before it is captured." }), 17)).toEqual([]);
  });
});

describe("session 27: more criteria about how people fare", () => {
  it("reports 'kept informed', 'never miss … again', 'without help', 'saves them time', 'Nothing else breaks' in criteria", () => {
    for (const item of [
      "- Customers are kept informed.",
      "- Owners never miss an inspection again.",
      "- Elderly patients can book without help.",
      "- Planners find that the tool saves them time.",
      "- Nothing else breaks.",
      "- Guests are not disturbed by the night traffic.",
    ]) expect(rulesAt(brief({ ac: item }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A customer with a delayed order gets an SMS with the new date within 10 minutes." }), 17)).toEqual([]);
  });
});

describe("session 27: criteria with no case to run", () => {
  it("reports 'without calling us', 'always knows about', 'never runs out of', 'look plausible', 'performs well under load', 'does not crash'", () => {
    for (const item of [
      "- Buyers can follow their order without calling us.",
      "- The on-call doctor always knows about critical results.",
      "- The purchasing team never runs out of corn.",
      "- The stored values look plausible to the analysts.",
      "- The portal performs well under load.",
      "- The system does not crash on festival day.",
    ]) expect(rulesAt(brief({ ac: item }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- With 500 concurrent users, `GET /v1/slots` answers within 300 ms at p95." }), 17)).toEqual([]);
  });
});

describe("session 27, round 295: a ranking by a measured value, a kind of name or event", () => {
  it("reads 'fastest first', 'the fastest 8 swimmers', 'the short programme' and 'a short example' as precise", () => {
    expect(rulesAt(brief({ api: "1. Sort entries by seed time, fastest first." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "4. The fastest 8 swimmers swim in the last heat." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "1. For the short programme, the order is drawn at random." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The label shows the client's short name and the date received." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "The seeding endpoint must be fast." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "Sessions are kept for a short time." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 27, round 295: a limit whose figure follows in the next sentence", () => {
  it("reads 'a pass quota per day … For 2025 it is 120 passes' as given, and 'Over the limit: `429`' as still open", () => {
    expect(rulesAt(brief({ api: "- Each show has a pass quota per day, set by the organiser. For 2025 it is 120 passes per day." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Every slot needs an order cap per zone. Ops sets it, default 40." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Each show has a pass quota per day, set by the organiser." }), API)).toEqual(["unquantified"]);
  });
});

describe("session 27, round 295: a list with two modifiers that someone made", () => {
  it("reports 'the aircraft type list that Jens made last year' and 'the same danger level list we used in the 2022 pilot'", () => {
    expect(rulesAt(brief({ api: "- The wingspan we take from the aircraft type list that Jens made last year." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Danger levels per station are the same danger level list we used in the 2022 pilot." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The wingspan comes from the aircraft type list in `aircraft_types.csv`." }), API)).toEqual([]);
  });
});

describe("session 27, round 297 read after scoring: a radius, a judged frequency, the file of a day", () => {
  it("asks how wide 'within a radius' is, reads 'a reasonable frequency' as vague and \"Tonight's file\" as the product's", () => {
    expect(rulesAt(brief({ api: "- Return reports within a radius of the user location." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "Send route alerts at a reasonable frequency so users don't get annoyed." }), API)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Tonight's file contains every screen recorded yesterday in `vw_screens`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Today's licence file has not been loaded by 09:00: keep using the previous one." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "The stop list is in Rosa's Excel file." }), API)).toEqual(["private-link"]);
  });
});
