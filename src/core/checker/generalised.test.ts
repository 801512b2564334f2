/**
 * Behaviours added after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { brief, briefWithPreamble, rulesAt } from "./test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("placeholder: values described instead of written", () => {
  it("flags a bracketed description and a deferred value, not arrays, tags or path parameters", () => {
    expect(rulesAt(brief({ edge: "- Suppliers we send to: <supplier list>" }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Tie-break for equal ratings: [seeding rules go here]" }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Push text for the app: (copy to come)" }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Receipt template: `<receipt-template-id>`" }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Matches are wrapped in `<em>` tags; `GET /v1/items/<item-id>` returns `404`." }), EDGE)).toEqual([]);
  });
});

describe("non-english: judged sentence by sentence", () => {
  it("flags a Japanese sentence after an English one, not a katakana name", () => {
    expect(rulesAt(brief({ context: "Users want a CSV export. 会計ソフトに取り込みたいという要望が多いです。" }), CONTEXT)).toContain("non-english");
    expect(rulesAt(brief({ context: "The shop is called サクラマート and sells 2,000 products." }), CONTEXT)).toEqual([]);
  });

  it("flags a line with no English function word, not a list of nouns", () => {
    expect(rulesAt(brief({ context: "Dokumen klien bersifat rahasia, jadi jangan disimpan di server luar negeri." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- checksums, signatures, idempotency keys, dead letters, audit rows, alerts: `409`" }), EDGE)).toEqual([]);
  });
});

describe("undefined-term: explained or public names", () => {
  it("accepts an appositive, a spelled-out expansion after the acronym and initials before it", () => {
    expect(rulesAt(brief({ context: "Buyers pay with Pix, the instant payment system of the Brazilian Central Bank." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "ATS = applicant tracking system, which we sell to 40 agencies." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each write stores its log sequence number (LSN) in the session." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The export feeds the ZRP ledger every night at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("does not take a person someone checks with for a code name", () => {
    const md = brief({ context: "Promotion rules are owned by the franchise; check with Sofie before changing the order." });
    expect(check(md).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
  });
});

describe("unquantified: limits named without their value", () => {
  it("flags a new limit and a named window the brief never gives, not one it does", () => {
    expect(rulesAt(brief({ edge: "- Owner opts back in: wait out a grace period before the first text." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Rows are purged once the retention window has passed." }), EDGE)).toEqual(["unquantified"]);
    const given = brief({ context: "The retention window is 35 days.", edge: "- Rows are purged once the retention window has passed." });
    expect(rulesAt(given, EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Record without a TTL: it gets the zone default of 3600 s." }), EDGE)).toEqual([]);
  });

  it("does not ask for numbers in a sentence that only describes today", () => {
    expect(rulesAt(brief({ context: "Today the nightly export often fails without anybody noticing." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want the export retried often." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("reports a quality word standing in for a number once, as unquantified", () => {
    expect(rulesAt(brief({ edge: "- Files are rated in batches of a reasonable size." }), EDGE)).toEqual(["unquantified"]);
  });

  it("finds the figure on the wrapped next line of the same sentence", () => {
    const md = brief({ context: "Lookups must be fast, under\n3 ms at p99 on a cache hit." });
    expect(rulesAt(md, CONTEXT)).toEqual([]);
  });
});

describe("open-question and shared-context: phrasings without the usual markers", () => {
  it("flags questions written without a question mark, not conditions or orders", () => {
    expect(rulesAt(brief({ edge: "- Should promotion stop at 18:00 or keep going until the doors close" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Whether a rebooked bag keeps its history" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the upload fail, return `502` and keep the draft." }), EDGE)).toEqual([]);
  });

  it("flags a precedent known only by who used it", () => {
    expect(rulesAt(brief({ context: "The scoring formula is the one we presented in the quarterly meeting." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Paging follows whatever Ops normally does for tier-2 services." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Sellers ask support every month for a report of their 3 biggest payouts." }), CONTEXT)).toEqual([]);
  });
});

describe("session 3: structure over phrases", () => {
  it("reads an acronym that spells a quality word as a name, and a shouted one as the word", () => {
    expect(rulesAt(brief({ context: "Statements arrive as MT940, the SWIFT end-of-day message, at 06:00." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Uploads must be swift." }), EDGE)).toEqual(["vague-term"]);
  });

  it("treats the verb words 'limit' and 'cap' as a limit named as known, and skips 'the same interval'", () => {
    expect(rulesAt(brief({ edge: "- Files above the size cap are refused at upload." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Files above the size cap are refused.\n- The size cap is 20 MB." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A late read replaces the estimate for the same interval." }), EDGE)).toEqual([]);
  });

  it("asks for a figure after 'minimum' only when the line has none, and a page size for 'page by page'", () => {
    expect(rulesAt(brief({ edge: "- Swaps must respect minimum rest between shifts." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Minimum rest: 11 h between shifts." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The audit endpoint lists changes page by page." }), EDGE)).toEqual(["unquantified"]);
  });

  it("does not count the digit of a name in a code span as a figure", () => {
    expect(rulesAt(brief({ edge: "- `GET /v1/audit` lists changes page by page." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- `GET /v1/audit?page_size=50` lists changes page by page." }), EDGE)).toEqual([]);
  });

  it("reads a speed word on a negated action as a missing deadline, and on a state as a vague word", () => {
    expect(rulesAt(brief({ edge: "- If the guest does not confirm quickly, the table goes to the next party." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The page must not be slow." }), EDGE)).toEqual(["vague-term"]);
  });

  it("flags precedents in the writer's own practice, and accepts one the line explains after a colon or links inside the brief", () => {
    expect(rulesAt(brief({ edge: "- Legacy members: handle them the way we always have." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Refunds use the one from the old box office system." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Unsold rooms go back to general inventory, same as we do for group blocks." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Deposits work like how Kyoto Hanaya does it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Ranking uses the same points system as our old paper list." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The old flow: a staff member checks the bookings screen each evening and cancels unpaid holds." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Conflicting dates fail the request, as discussed under [Edge cases](#edge-cases)." }), EDGE)).toEqual([]);
  });

  it("flags 'the attached … sheet' but not a board of people, and reads 'do it …' after a colon as an order", () => {
    expect(rulesAt(brief({ edge: "- Insurer mapping: the field mapping is in the attached Excel sheet." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The JAAP board wants bills computed by a backend. JAAP is the water users' association." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A driver does not show up: do it the way the rota says in section 2 below." }), EDGE)).toEqual([]);
  });

  it("knows public names from a link's host, a list of public names, and a place followed by its country", () => {
    expect(rulesAt(brief({ context: "Payments are confirmed by Safaricom (docs: https://developer.safaricom.co.ke/apis)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Parcels go through four carriers (InPost, DPD, DHL, Poczta Polska)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Hadin Kai is a savings cooperative in Kwara, Nigeria, with 260 members." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Parcels go through Stripe and the PSP gateway." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads quoted text in a table as literal when the sentence before the table says so", () => {
    const md = brief({ api: "The label is shown to the user exactly as written:\n\n| type | label |\n| --- | --- |\n| `bank_book` | 「通帳のコピー」 |" });
    expect(check(md).findings.filter((f) => f.rule === "non-english")).toEqual([]);
  });
});

describe("session 3: products named as integrations, definitions in lists", () => {
  it("does not take a tool in a list of channels, an API source or pasted chat for a page, but does take a named file in it", () => {
    expect(rulesAt(brief({ context: "Users choose which channels they get: email, in-app, Slack and mobile push." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The user has not connected Slack: return `422 slack_not_connected`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Screen designs: Figma, file \"Expenses v3\", page \"Upload\"." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("accepts a term opening a definition item, not an edge case that starts with a name", () => {
    expect(rulesAt(brief({ edge: "- **BPJS patient**: a patient whose visit is paid by the national health insurance." }), EDGE)).toEqual([]);
    const md = brief({ context: "Availability comes from Medibase, which each clinic already uses.", edge: "- Medibase is down: show a banner and take no bookings." });
    expect(rulesAt(md, CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads a reference closed by a colon as introducing its content, and a past incident as a story", () => {
    expect(rulesAt(brief({ context: "Rules agreed with the client:" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Last month a flag was turned off and nobody could tell who did it." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Retries follow the split we did last year." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 3, round 2: answers in threads, integrations, deferrals", () => {
  it("takes a reply that opens with its answer in a quoted thread as the answer, and a leaning as no answer", () => {
    expect(rulesAt(brief({ edge: "> **@ravi:** Do we check a timestamp too?\n> **@seun:** No. Replays are caught by the `X-Webhook-Id` dedupe." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Do we store the raw values or only aggregates? Leaning towards raw." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads a tool whose public API the brief links as the product being integrated, and a tracker header as metadata", () => {
    const md = brief({ context: "Slack lets a service post through an incoming webhook (docs: https://api.slack.com/messaging/webhooks).", edge: "- Slack answers `429`: wait for `Retry-After`, then try again, up to 3 attempts." });
    expect(rulesAt(md, EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The decision is in the Slack thread from Monday." }), EDGE)).toEqual(["private-link"]);
    expect(check("Jira · Story · Component: auth\n\n" + brief({})).findings).toEqual([]);
  });

  it("asks for the retry schedule and the batch size unless another party retries or the next run is the schedule", () => {
    expect(rulesAt(brief({ edge: "- The tax registry is down: the check is retried in the background." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Devices offline during their wave are retried in the next wave." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Failed transactions are retried by the application." }), EDGE)).toEqual([]);
  });

  it("takes a figure named as a setting or given after a colon", () => {
    expect(rulesAt(brief({ edge: "- A key's plan changes: the token count is kept, capped at the new `burst`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Events go out in batches: a batch is sent at 500 events or after 5 seconds." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Events go out in batches." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 3, round 3: retries and later, frequency is not an age", () => {
  it("asks when and how often for 'we retry' and 'forward later', not for a retry with its schedule", () => {
    expect(rulesAt(brief({ edge: "- The bank's API sometimes returns `503`, so we retry." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Claims service down: store the claim and forward later." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The bank's API returns `503`: we retry 3 times, 10 s apart." }), EDGE)).toEqual([]);
  });

  it("does not let 'weekly' answer 'inactive', but lets it answer 'regularly'", () => {
    expect(rulesAt(brief({ edge: "- Inactive users shouldn't get the weekly email." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Inactive users (no login for 90 days) shouldn't get the weekly email." }), EDGE)).toEqual([]);
  });
});

describe("session 3, round 3: ages defined once, limits set by someone", () => {
  it("reports an age word once, and not at all when some line gives it a duration", () => {
    const open = check(brief({ edge: "- Owners get reminders about their stale flags.\n- A stale flag shows a badge." })).findings.filter((f) => f.rule === "unquantified");
    expect(open.length).toBe(1);
    expect(rulesAt(brief({ context: "A flag is stale when nobody evaluated it for 30 days.", edge: "- Owners get reminders about their stale flags." }), EDGE)).toEqual([]);
  });

  it("does not ask for a figure for a new or amended limit, or one defined where it stands", () => {
    expect(rulesAt(brief({ edge: "- A new cap has to reach all pricing nodes within 5 seconds." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A second refund: the limit is the captured amount minus earlier refunds." }), EDGE)).toEqual([]);
  });

  it("takes a named setting with its unit as a figure, and 'described here' as explained", () => {
    expect(rulesAt(brief({ edge: "- The job removes entries more than `retention_days` days old." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The old flow, described here: the app fetches the rate again at booking time." }), CONTEXT)).toEqual([]);
  });
});

describe("session 3, round 4: answers in FAQ form, short links, colleagues named like places", () => {
  it("takes a bold FAQ question with its answer below as answered, and conflicting answers as open", () => {
    expect(check(brief({ edge: "**How is the score computed?**\n\nThe score is the share of matching tokens, from 0 to 100." })).findings.filter((f) => f.rule === "open-question")).toEqual([]);
    expect(rulesAt(brief({ edge: "- Do booking-site reservations earn nights? Revenue says no, support says yes." }), EDGE)).toEqual(["open-question"]);
  });

  it("flags a go/ short link and 'ask Jordan', and does not take 'Not enough tracks' as a missing count", () => {
    expect(rulesAt(brief({ context: "How support does it today: go/offcycle-runbook" }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- For the matching rules, ask Jordan on the risk team." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Not enough tracks to fill the night: return `206` with the gaps." }), EDGE)).toEqual([]);
  });
});

describe("session 4, round 6: retries told as steps, field tables, one rule per problem", () => {
  const AC = 17;
  it("flags a retry followed by what happens when it keeps failing, not a single retry or one with a count", () => {
    expect(rulesAt(brief({ edge: "- The carrier API is down: retry, then fall back to the other carrier." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- OpenSearch rejects a bulk request: retry that batch, then skip it." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Events that fail to publish are buffered in memory and retried." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Endpoint returns `413`: split the batch in half and retry." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A failing query: retry that day up to 3 times, then stop." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The callback must answer within 5 seconds, otherwise Xendit retries it." }), EDGE)).toEqual([]);
  });

  it("flags pagination by cursor with no page size, not a size held by a named setting", () => {
    expect(rulesAt(brief({ api: "- Results are paginated with `next_cursor`." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/members` returns the members, in pages." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Rows are sent in batches of `BATCH_SIZE`." }), 9)).toEqual([]);
  });

  it("reads a field table's description and a metric's direction as what they are", () => {
    const table = "| field | meaning |\n| --- | --- |\n| `max_discount` | cap in yen for `percent` coupons; `null` means no cap |\n| `auc` | higher is better |";
    const md = brief({ api: table });
    expect(check(md).findings.filter((f) => f.line !== null && f.line >= 9 && f.line <= 12)).toEqual([]);
    expect(rulesAt(brief({ api: "- Requests above the cap are rejected." }), 9)).toEqual(["unquantified"]);
  });

  it("takes a code span as the criterion's subject, not its outcome", () => {
    expect(rulesAt(brief({ ac: "- `GET /v1/me/limits` shows the right numbers." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- `GET /v2/leaderboard` right after the reset returns an empty list." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Costs are under control." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("reports a person's spreadsheet as a place, or as a precedent when the line compares with it", () => {
    expect(rulesAt(brief({ edge: "- Holidays: use the list in Rosa's Excel file." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Prioritise stations the same way Jakob's spreadsheet does today." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves who answers an open question to open-question, and a calendar comparison alone", () => {
    expect(rulesAt(brief({ edge: "- Stale rates: serve them, or return `503`? Need to confirm with design." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- For the matching rules, check with Jordan on the risk team." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The report compares each month with the same month last year." }), CONTEXT)).toEqual([]);
  });
});

describe("session 4, round 6: caches and waits with no length, names with accents, products by their maker", () => {
  it("flags a cache with no lifetime and a wait with no length, not a cache key, a cleared cache or a dated event", () => {
    expect(rulesAt(brief({ api: "- Quotes can be cached." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Cache responses." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Responses are cached for 15 minutes." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Cache key: `product:{id}:{currency}`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The response is cached per store, so delete the entry after each change." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- An employee becomes covered again, but only after a waiting period." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Sync after a period offline: send the inspections in the order they were made." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The match runs past 17:15 after a delay: the blackout still ends at 17:15." }), EDGE)).toEqual([]);
  });

  it("does not read accented names as another language, but does read accented prose", () => {
    expect(rulesAt(brief({ context: "Owner: Lucía Fernández (Search)" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Jeśli pracownik ma umowę zlecenie, pomijamy go i zapisujemy ostrzeżenie w podglądzie." }), EDGE)).toEqual(["non-english"]);
  });

  it("knows a product by its maker and a dotted platform name, and keeps flagging a bare code name", () => {
    expect(rulesAt(brief({ context: "We stream changes into Apache Iceberg tables; the Iceberg table keeps one row per key." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The claims backend is a .NET 8 service that writes to the Kestrel queue." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("takes a host a validation refuses as example data, and a customer's own place as a target", () => {
    expect(rulesAt(brief({ edge: "- `url` must resolve to a public address; reject private ranges and `localhost`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Job `lab-import` polls the laboratory SFTP at `10.20.4.15`." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Customers want to show the chart on their own intranet, which we never see." }), CONTEXT)).toEqual([]);
  });

  it("reads a customer's size as who they are unless the system must cope with it", () => {
    expect(rulesAt(brief({ context: "Partners (bookkeeping tools used by small companies in Japan) want to read our card transactions." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The export must also work for big agencies." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 4, round 7: limits as orders, precedents by pointing, bylines and registered companies", () => {
  it("flags a limit ordered after an introductory clause or on a route, not 'one' picking any single phone", () => {
    expect(rulesAt(brief({ edge: "- During an outbreak, limit the number of visitors per resident." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Rate-limit `POST /v1/holds` per IP and per account." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit how many codes one phone can request." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit each phone to one code per minute." }), EDGE)).toEqual([]);
  });

  it("flags a behaviour known by an earlier setup, today's version or a practice, not one the line gives", () => {
    expect(rulesAt(brief({ edge: "- Cap logic should work like the Christmas setup." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Finance keeps getting the same weekly report as now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Mileage is paid at the same rate as today (0.30 EUR per km)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Short picks go to the exception flow we use for damaged stock." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Current month: 404 or a partial statement? Wayan will know what sellers expect." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Should work like the pause feature described under Context." }), EDGE)).toEqual([]);
  });

  it("takes names in the byline and registered companies as known, and still flags a code name in the text", () => {
    const md = "# Slots\n\nOwner: Niamh Gallagher, Corrib Pharmacy Group (Galway)\n\n" + brief({ context: "Patients collect medicines from the same Corrib pharmacy every month; the Kestrel service sends the reminders." }).replace("# Orders\n\n", "");
    const found = check(md).findings.filter((f) => f.rule === "undefined-term").map((f) => f.excerpt);
    expect(found).toEqual(["Kestrel"]);
    expect(rulesAt(brief({ context: "Tickets are sold by Tulpstra B.V. and checked by the Orka gateway." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(check(brief({ context: "Tickets are sold by Tulpstra B.V. and checked by the Orka gateway." })).findings.map((f) => f.excerpt)).toEqual(["Orka"]);
  });
});

describe("session 4, round 8: words shared by languages, money, companies by their trade, earlier efforts", () => {
  it("reads Portuguese, Irish and Māori lines whose function words English shares or lacks", () => {
    expect(rulesAt(brief({ edge: "- A equipe do turno da noite precisa ver as reservas do dia seguinte antes das 22h." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Tá cuid de na conarthaí i nGaeilge, agus ba cheart go n-oibreodh an cuardach dóibh freisin." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- A payslip for a net pay of 2345678 øre shows `23.456,78 kr.`, the Danish number format." }), EDGE)).toEqual([]);
  });

  it("takes an amount of money as a measure and a pronoun 'one' or a conjunction 'once' as no figure", () => {
    expect(rulesAt(brief({ api: "- Cheap: storage must cost under NZ$400 a month." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reject a reading if the jump from the previous one is too big." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The response carries `stale: true` once `as_of` is too old." }), EDGE)).toEqual(["unquantified"]);
  });

  it("knows the writer's organisation by its trade, a law by its title and a brand by its casing", () => {
    expect(rulesAt(brief({ context: "Rheinstrom trades power on the intraday market; the Volta service books the trades." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(check(brief({ context: "Rheinstrom trades power on the intraday market; the Volta service books the trades." })).findings.map((f) => f.excerpt)).toEqual(["Volta"]);
    expect(rulesAt(brief({ context: "Under the Planning and Development Regulations, anyone can comment within 5 weeks." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Response `201` with the `pickup_code` that InPost generated." }), 9)).toEqual([]);
  });

  it("flags an earlier effort a precedent is named after and a Windows file share", () => {
    expect(rulesAt(brief({ edge: "- Reuse the email layout from our last candle-shop project." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Storm mode: handle it like in the Red Deer pilot." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Each file is written to `\\\\planfs01\\apas\\import\\` as one XML file." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 4, round 9: integration subjects, field paths, expansions", () => {
  it("takes a tool the brief integrates (linked docs, named in a heading) as the subject, not a place", () => {
    const md = brief({ context: "Agents copy conversations into Jira by hand.\n\n### Intercom → Jira\n\nJira can deliver the same webhook twice: add each note only once." });
    expect(check(md).findings.filter((f) => f.rule === "private-link")).toEqual([]);
    expect(rulesAt(brief({ context: "The escalation rules are in Jira, in the ESC board's description." }), CONTEXT)).toContain("private-link");
    expect(rulesAt(brief({ api: "- Fetch ratings (docs: https://developer.zendesk.com/api-reference/ticketing/)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The rules are in https://acme.zendesk.com/agent/tickets/123." }), 9)).toEqual(["private-link"]);
  });

  it("does not read a field path as a host", () => {
    expect(rulesAt(brief({ edge: "- `internal.terminationDate` is before today: deactivate the seat." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Read the export from `files.acme.internal`." }), EDGE)).toEqual(["private-link"]);
  });

  it("skips the words of an expansion and plural nationalities, not a code name beside them", () => {
    expect(rulesAt(brief({ context: "Since 1 January 2024 the Goods and Services Tax (GST) rate in Singapore is 9%, and invoices must show it." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We sell flight + hotel packages to Australians going to Bali, Fiji and Japan." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We sell packages to Australians; the Marlin service prices them." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 5: stories of today, records' own places and limits, standards", () => {
  it("asks for no number or quality in a sentence set today, unless it asks for something", () => {
    expect(rulesAt(brief({ context: "Today riders only see a delay if they open the app." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The web app currently resizes them in the browser, which is slow on phones." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today the app is slow, and the new endpoint must be fast." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Only count recent views." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Audit entries are to be kept for the statutory retention period and then purged." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("reads the lines above the first section as the writer's story", () => {
    const md = `# Books\n\nGood day! I am Maricel, bookkeeper in Manila with 14 clients (2 dental clinics, a few online sellers).\n\n${brief({}).slice("# Orders\n\n".length)}`;
    expect(rulesAt(md, 3)).toEqual([]);
    const asks = `# Books\n\nWe want reminders sent a few days before the due date.\n\n${brief({}).slice("# Orders\n\n".length)}`;
    expect(rulesAt(asks, 3)).toEqual(["unquantified"]);
  });

  it("takes a record's own place or limit as data, not a page or a missing figure", () => {
    expect(rulesAt(brief({ api: "- Reads messages from the incident's Slack channel with `conversations.history`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Posts a message to the owning team's Slack channel." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The tariff history is on the board's SharePoint." }), 9)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Same number from different IP addresses: still counted against that number's limit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The batch has to finish before the bank's cut-off time." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reports a figure left as a placeholder once, as a placeholder", () => {
    expect(rulesAt(brief({ edge: "- ClamAV down: the queue backs up; the scan timeout is FIXME." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- ClamAV down: the queue backs up until the scan timeout." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads a key-value row, a negated action and a credential in an example", () => {
    expect(rulesAt(brief({ api: "| setting | value |\n| --- | --- |\n| batch size | 10,000 rows per `DELETE` |" }), 11)).toEqual([]);
    expect(rulesAt(brief({ api: "| setting | value |\n| --- | --- |\n| batch size | set by ops |" }), 11)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- A route has at most 60 machines, so the response is not paginated." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The response is paginated." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Send `Authorization: Bearer <shop token>` on every call." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Sender name: <insert sender name from marketing>" }), 9)).toEqual(["placeholder"]);
  });

  it("knows standards by number, appositive initials, list places and German nouns", () => {
    expect(rulesAt(brief({ context: "Snow loads follow NS-EN 1991-1-3 and names are transliterated with ELOT 743." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Snow loads follow the NSX rules for roofs." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Square calls it the GAN, gift card account number." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Holiday pay is reported in the FPS for each pay period." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Collection dates are at least 1 TARGET business day (a day on which the settlement system is open) ahead." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We run coworking spaces in Marunouchi and Shibuya, Tokyo." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Die Schwellenwerte bitte vorher mit den betroffenen Teams abstimmen." }), CONTEXT)).toEqual(["non-english"]);
  });

  it("takes an ordinary word opening a sentence for a word when the brief writes it in lower case", () => {
    const md = brief({ context: "Lobby signage shows free stalls.", api: "- Signage polls every 10 seconds." });
    expect(check(md).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
    expect(rulesAt(brief({ api: "- Harbour polls every 10 seconds." }), 9)).toEqual(["undefined-term"]);
  });

  it("tells a count of what happened last year from a precedent", () => {
    expect(rulesAt(brief({ context: "Last quarter we had 61 no-shows across the two restaurants." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Last quarter we had 14 takeovers where the attacker added an address and withdrew in the same session." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Business customers asked for higher limits 340 times last year, and new accounts need lower ones." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Reminder timing works like the academy app we built last year." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 5, rounds 11 and 12: bylines, currency signs, trades, speed words", () => {
  it("reads a provenance note above the sections as a byline", () => {
    const md = (note: string) => `# Payslips\n\n${note}\n\n${brief({}).slice("# Orders\n\n".length)}`;
    expect(rulesAt(md("_Rewritten by Sanne de Vries (account manager) from the client's request. The client approved this version._"), 3)).toEqual([]);
    expect(rulesAt(md("_Brief prepared by Mads Kjær after two calls with Sindro ApS._"), 3)).toEqual([]);
    expect(rulesAt(md("The layout follows what we agreed after two calls with Sindro ApS."), 3)).toEqual(["shared-context"]);
  });

  it("knows a country code in a currency sign, an apposition by a possessive name and places after a trade", () => {
    expect(rulesAt(brief({ context: "Caterers are paid GH₵ 1.50 per pupil fed." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Caterers are paid per GH route." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Read the CPR number, Denmark's civil registration number, only when asked." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Maji Safi Ltd runs 63 water dispensers in Kibera and Mathare." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "It runs every night at 02:00 UTC in Prism." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("takes 'promptly' and 'in a timely manner' for quality words, 'in near real time' for a missing figure", () => {
    expect(rulesAt(brief({ api: "- Alert the compliance inbox promptly." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Notifications are sent in a timely manner after a delivery fails." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Each event is sent to the endpoint in near real time." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 5, round 13: agencies, codes of law, premises, passives", () => {
  it("knows an acronym spelled out before a known one in the same parenthesis, a book of a code and a standard by number", () => {
    expect(rulesAt(brief({ context: "Mangoes are treated under a schedule of the Animal and Plant Health Inspection Service (USDA APHIS)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Mangoes are treated under a schedule of the plant service (USDA APHIS)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Invoices follow § 301 of the German Social Code Book V (SGB V) and coordinates are WGS 84." }), CONTEXT)).toEqual([]);
  });

  it("takes a place after premises, counties and a person at an organisation for what they are", () => {
    expect(rulesAt(brief({ context: "A sample bottle goes to the lab in Leeuwarden." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We buy beans from farmers in Kirinyaga and Murang'a counties." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Hej! Ticket from Mette at Fynbo Cykler, Odense." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Samples are sent to Kestrel, which stores them." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("does not read a passive 'to be confirmed as', a custom limit or a short code as gaps", () => {
    expect(rulesAt(brief({ context: "A SEPA debit takes up to 14 business days to be confirmed as `succeeded`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Badge thresholds: to be defined by the product team." }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ api: "- Keys on the Enterprise plan can get a custom limit that we set in the admin." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `legal_form`: the short code, for example `ApS`." }), 9)).toEqual([]);
  });
});

describe("session 5, round 13: questions handed off, Nordic lines, someone's earlier work", () => {
  it("keeps a question open when its answer is handed to someone or only mentions them", () => {
    expect(rulesAt(brief({ edge: "- Unverified domain: not affected. Is that what customers expect? Felix to confirm with Sales." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Redis restart loses the day's counters: acceptable? cc @mathilde" }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should a retry reuse the key? Yes: the same key, so the charge happens once." }), EDGE)).toEqual([]);
  });

  it("reads a Swedish line as another language, not an English line with one Nordic-looking word", () => {
    expect(rulesAt(brief({ context: "Kunder i Norge har andra helgdagar, men de borde redan finnas i kalendern." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "We run the importer on bare metal servers in Oslo." }), CONTEXT)).toEqual([]);
  });

  it("flags a person's earlier work pointed at with 'like X did', not a public product's behaviour", () => {
    expect(rulesAt(brief({ context: "For matching the patients, please do it like Suzuki-san did in the pilot." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Retries back off like Stripe does: 1 s, 2 s, 4 s." }), CONTEXT)).toEqual([]);
  });
});

describe("session 5, round 14: example hosts, channels posted to, titles and templates", () => {
  it("does not take an example domain, a channel the product posts to or a desk people ring for a place to open", () => {
    expect(rulesAt(brief({ api: "- The issuer is `https://token-exchange.example-corp.ca`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The issuer is `https://token-exchange.acme-corp.ca`." }), 9)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "- Bot posts every Monday at 10:00 India time in `#payments-oncall`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The alert rules are pinned in `#payments-oncall`." }), 9)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Members currently ring our helpdesk to find out where the transfer is." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Rules from the Inland Revenue Authority and the CPF Board apply." }), CONTEXT)).toEqual([]);
  });

  it("knows a short title in parentheses, a person's full name and role, and SQL types", () => {
    expect(rulesAt(brief({ context: "We follow the Ordinance on Tax Deductions for Pension Schemes (BVV 3), Article 7." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We insure under the Swiss Federal Act on Accident Insurance (UVG in German, LAA in French)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Noa Friedman, our head of engineering, asked for this after a bad deploy." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "| column | type |\n| --- | --- |\n| `event_ts` | TIMESTAMP |" }), 11)).toEqual([]);
  });

  it("reads a message template with its variables as text the product sends", () => {
    expect(rulesAt(brief({ api: '> "Hej {first_name}, vi har fundet mere arbejde på din cykel. Se og godkend prisen her: {link}"' }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: '> "Hej, vi har fundet mere arbejde på jeres system og vi skal have det godkendt af jer."' }), 9)).toEqual(["non-english"]);
  });
});

describe("session 5, round 15: precedents by comparison, kinds of job, fixed terms", () => {
  it("flags a comparison with the writer's old system, current practice or someone's file", () => {
    expect(rulesAt(brief({ context: "The new PDF must have the same layout as the old system, section by section." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Rounding of tax should be same as what we do in the point-of-sale integration." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The report should have the same columns as the Excel Sanjay sends every month." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The PDF has the layout described in the Output section." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We store what we receive in the `raw_events` table." }), CONTEXT)).toEqual([]);
  });

  it("reads 'a robust batch job' as a quality of a job and 'minimum wage' as a term", () => {
    expect(rulesAt(brief({ context: "We want a robust batch job that verifies every record each night." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Records are processed in batches of a reasonable size." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Employees with zero tax withheld (minimum wage earners) still get a form." }), CONTEXT)).toEqual([]);
  });
});

describe("session 5, round 16: stories told today, definitions by '=', people met", () => {
  it("reads 'keep' and 'make' as requests only when they open an instruction", () => {
    expect(rulesAt(brief({ context: "A lot of our customers keep their books in a spreadsheet." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Keep backups for a few weeks." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Dealers sometimes upload large CSV files, so please do the import in a streaming way." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("knows a term defined with '=', a person met on a call and a byline 'From:'", () => {
    expect(rulesAt(brief({ context: "We use Xendit for QRIS payments (QRIS = the Indonesian national QR payment standard)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Status should be mapped like we agreed in the Thursday call with Minna." }), CONTEXT)).toEqual(["shared-context"]);
    const md = `# Payslips\n\nFrom: Élodie Marchand, grants officer, Fondation Lumière pour la recherche sur la vision (Paris)\n\n${brief({}).slice("# Orders\n\n".length)}`;
    expect(rulesAt(md, 3)).toEqual([]);
  });

  it("reads 'a couple membership' and 'the 20 most frequent codes' as no missing count", () => {
    expect(rulesAt(brief({ api: "- Adding the second person of a couple membership." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Retry a couple of times before giving up." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The response adds the 20 most frequent codes in the result set." }), 9)).toEqual([]);
  });
});

describe("session 5, round 17: documented precedents, attachments, file shares, formats", () => {
  it("lets a public link document a comparison, and flags one with a person's or the writer's own system", () => {
    expect(rulesAt(brief({ api: "- Refund webhooks use the same format as our payment webhooks (public docs: https://docs.example.com/webhooks)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Refund webhooks use the same format as our payment webhooks." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Set it up the same way Sandra's clinic in Guelph has it." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The branch app is sometimes offline, so sync must handle it like our booking sync does." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("flags a file attached to a Markdown brief and a Windows share written as prose", () => {
    expect(rulesAt(brief({ context: "Their documentation is attached to this brief as `sakura-api-v2.pdf`." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Lab system back after an outage: the result is attached within 5 minutes." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The mapping is in the Excel file \\\\fs01\\produkt\\Zuordnung.xlsx." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("reads a format's fields, a batch window, a legal form and a story's 'nobody knows' as no gaps", () => {
    expect(rulesAt(brief({ api: "- Header `Bauwerk-Signature: t=<unix time>,v1=<hex HMAC>`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Append all points to `rider_locations` in batches, every 10 seconds." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Company: Salud Conecta S.L., telemedicine for private health insurers in Spain." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Drawings go out by email and nobody knows which version a subcontractor has." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Two versions uploaded at once: nobody knows which one should win." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 6, round 18: emphasis, addresses, refused inputs, people, stories of today", () => {
  it("reads a function word in capitals as emphasis, not a pronoun that spells a system's initials", () => {
    expect(rulesAt(brief({ edge: "- The person acks AFTER the timer fired but BEFORE the page is sent: one page." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Bed counts come from the HIS every 5 minutes." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads a state's postal code in an address or a name, not as an acronym elsewhere", () => {
    expect(rulesAt(brief({ context: "Priya Raman, Product Manager (Austin, TX), owns this." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Surfing NSW requires 1 instructor for every 8 students." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Every TX is written to the ledger within 1 second." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("accepts an apposition that opens with a known place's possessive", () => {
    expect(rulesAt(brief({ context: "Invoices are kept for 5 years; the DIAN, Colombia's tax authority, requires it." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Invoices are kept for 5 years; the DIAN requires it." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("exempts a block quote given as literal output, not a chat pasted as a quote", () => {
    const literal = brief({ context: "The subject line is literal text, it must be exactly:\n\n> ご予約ありがとうございます — 露天風呂の予約はアプリから" });
    expect(rulesAt(literal, 7)).toEqual([]);
    const chat = brief({ context: "The subject line is literal text, it must be exactly:\n\n> 山田: 深夜の予約はどうする？前回みたいに翌日扱いでいいと思う" });
    expect(rulesAt(chat, 7)).toContain("non-english");
    const pasted = brief({ context: "Today the fee is set by hand.\n\n> 深夜の予約はどうする？前回みたいに翌日扱いでいいと思う" });
    expect(rulesAt(pasted, 7)).toContain("non-english");
  });

  it("reads a private host given as the input a check refuses as example data, before or after the refusal", () => {
    expect(rulesAt(brief({ edge: "- A `url` of `https://10.0.0.5/collector` is rejected with `422 url_not_allowed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The collector at `https://10.0.0.5/collector` stores the events." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads a name followed by 'ask him' as a person to ask, not an internal system", () => {
    expect(rulesAt(brief({ context: "Vendor credentials are with Rohan, ask him." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("needs no figure for every limit of a kind, a set already counted, or a story of today that says what staff cannot do", () => {
    expect(rulesAt(brief({ edge: "- Negative prices: count as below any threshold, and say so in the notification." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Consumer lag: page the on-call engineer when the lag passes a threshold." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/cardinality` returns the 20 metric names with the most active series." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `GET /v1/cardinality` returns the most active series." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Now guests write this in the note field, in many languages, and staff cannot always read it." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Guests write this in the note field, in many languages, and staff cannot read it." }), CONTEXT)).toEqual(["unquantified"]);
  });
});


describe("session 6, round 19: one finding per problem, expansions, quoted names", () => {
  it("reports a value left as a placeholder once, not again as the question handed to someone", () => {
    expect(rulesAt(brief({ edge: "- margin: TBD, Jun Hao to confirm with the first customers" }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- margin: 2%, Jun Hao to confirm with the first customers" }), EDGE)).toEqual(["open-question"]);
  });

  it("accepts an expansion after a version, after the noun the acronym qualifies, in another language, or after a code span", () => {
    expect(rulesAt(brief({ context: "Charge points report `StatusNotification` (OCPP 1.6, Open Charge Point Protocol) every minute." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Credits are SCT credits (Sistema de Créditos Transferibles), 30 per year." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Students need 240 SCT credits (the Chilean transferable credit system) to graduate." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Students need 240 SCT credits to graduate." }), CONTEXT)).toEqual(["undefined-term"]);
    const coded = brief({ api: "- grades: `VLSFO` (very low sulphur fuel oil, 0.5% sulphur), `MGO` (marine gas oil)\n- a quote for 800 tonnes VLSFO returns the lowest price." });
    expect(rulesAt(coded, 9)).toEqual([]);
    expect(rulesAt(coded, 10)).toEqual([]);
    expect(rulesAt(brief({ api: "- a quote for 800 tonnes VLSFO returns the lowest price." }), 9)).toEqual(["undefined-term"]);
  });

  it("reads an organisation named by an acronym and its trade, and a person someone worked with", () => {
    expect(rulesAt(brief({ context: "The backend calls NR Finance for every pre-approval." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The backend calls NR for every pre-approval." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "The PDF must look like the certificate flow we made with Rodolfo last year." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a short quoted phrase as mentioned, a relative clause as no instruction, and a fast charger as a kind of charger", () => {
    expect(rulesAt(brief({ api: '- The timeline lists events such as "notice of readiness tendered", "all fast" and "commenced loading".' }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The timeline must load fast." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "Sometimes the rider had to take a long detour, or the passenger paid for a trip that never started." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "At our DC fast chargers, cars often stay plugged in after the battery is full." }), CONTEXT)).toEqual([]);
  });

  it("needs no figure for a limit someone requested or one whose changes are the data", () => {
    expect(rulesAt(brief({ api: "- `accepted`: `start` and `end` must equal the requested window." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Send an email to the planner for each cut-off change." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Send an email to the planner before the cut-off." }), 9)).toEqual(["unquantified"]);
  });

  it("reads counts of last year, data someone did, and a system named for its use as no shared context", () => {
    expect(rulesAt(brief({ edge: "- Three papers in the same session: `422`; the Board handles these by hand (2 cases last year)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Three papers in the same session: handle them like last year." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Reviewers want the events in our database so they can see what the learner did." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The export must match what the billing system does." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Appointments are saved in our workshop system, a PostgreSQL database." }), CONTEXT)).toEqual([]);
  });

  it("reads listed letters as no language, a page in a known format and a tool people work in as no private place", () => {
    expect(rulesAt(brief({ api: "- PDF/A-2b with fonts embedded, so the Turkish letters ç, ğ, ı, ö, ş, ü render on every reader." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Unknown code: `404`; the HTML page says the code does not exist." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Unknown code: see the LABLINK page for the codes." }), EDGE)).toContain("private-link");
    expect(rulesAt(brief({ context: "Our managers make teacher timetables in Google Sheets for each centre." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The teacher timetables are in Google Sheets." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("reads an item continuing a sentence and a relative clause about a record as no question", () => {
    expect(rulesAt(brief({ api: "The statement:\n\n- shows the grades;\n- is stored at `statements/{year}.pdf` in the bucket." }), 11)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A batch for a `session_id` we do not know yet: store it in `orphan_events`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A batch after the exam ends: we do not know yet." }), EDGE)).toEqual(["open-question"]);
  });

  it("keeps a question open when the next sentence says nobody has answered, and finds past meetings and someone's notices", () => {
    expect(rulesAt(brief({ edge: "- Should two spots from one advertiser share one cap? Sales hasn't said." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should a pass last until the signal is lifted? Editorial is split." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should two spots from one advertiser share one cap? Yes, one cap per advertiser." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The format of each brand is different, like we saw in the meeting." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Message format: the same as the notices Maria sends today." }), 9)).toEqual(["shared-context"]);
  });

  it("reads a time of day as the start of 'quickly', and a second predicate as a predicate", () => {
    expect(rulesAt(brief({ api: "- Messages must go out quickly after 10:00." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Messages must go out within 5 minutes after 10:00." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Perspective API is down or slow: hold the comment." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads a convention's title and a text given below as no gaps", () => {
    expect(rulesAt(brief({ context: "Crew lists follow FAL Form 5 (FAL is the Convention on Facilitation of International Maritime Traffic)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The full text of the watermark is long, but the short version is below." }), CONTEXT)).toEqual([]);
  });
});


describe("session 6, round 20: nouns, records, names of several words, stories", () => {
  it("reads 'per well' as a noun, 'their best result' as a record, a small endpoint as no size, and a reference interval as a term", () => {
    expect(rulesAt(brief({ api: "- The export has one line per well, with the sample id." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The export must work well." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- The wave is checked against their best result in past races." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Pick the best wave for the runner." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "We want a small endpoint that the scanner app calls to reprint the label." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Answer a lookup with the one reference interval that matches." }), 9)).toEqual([]);
  });

  it("expands hyphenated acronyms and elided articles, knows dotted country names, a product's model and the brief's own sections", () => {
    expect(rulesAt(brief({ context: "Our group runs four LC-MS systems (liquid chromatography–mass spectrometry) today." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Numbers are issued by the Régie de l'assurance maladie du Québec, RAMQ, today." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Coaches need a certificate from the U.S. Center for SafeSport every year." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We run serial dilutions on a Hamilton Microlab STAR every night." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The rate is the one published by Banco de México for the day." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- A confirmed renewal shows the push text exactly as written in Context." }), 9)).toEqual([]);
  });

  it("reads a passive 'shared by', a usual figure given, and a story of last year as no shared context", () => {
    expect(rulesAt(brief({ edge: "- Booking shared by 4 players: each player pays 25%." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- A member can cancel inside the usual 8-hour window." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Cancellations follow the usual rules." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Last year the onboarding was done by hand by our IT team, following a checklist of 12 steps." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The onboarding must work the same as last year." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a record of the same flow, a field in a list of fields and a value referred to as 'the same' as no gaps of their own", () => {
    expect(rulesAt(brief({ api: "- The credit note takes the next number in the same numbering series as the original invoice." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Rounding works the same way as the original system." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- `GET /batches/{no}` returns product code, batch size, manufacturing date, expiry date and status." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Use the same backoff we agreed with Omar on Tuesday's call." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 6, all rounds: places listed, expansions", () => {
  it("reads names listed after a preposition of place, or a route, as places", () => {
    expect(rulesAt(brief({ context: "About 40% of our lunch orders in Gangnam and Seocho come from 60 restaurants." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The port authority sometimes moves our departures from Piraeus to Rafina." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Seat counts come from Ferret rather than from the subscriptions table." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads the words of an expansion after 'ACR is the', before '(ACR/ACR)' and before a comma in the parenthesis", () => {
    expect(rulesAt(brief({ context: "Our GSTIN (GST Identification Number; GST is the Goods and Services Tax) is `29AAKCL1234F1Z5`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Companies reclaim the Goods and Services Tax / Harmonized Sales Tax (GST/HST) they pay." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "IPv4 uses MAP-E (Mapping of Address and Port with Encapsulation, RFC 7597) for 16 subscribers." }), CONTEXT)).toEqual([]);
  });

  it("asks how long before for a reminder timed only by its event, unless a lead time is given or the context only says what is wanted", () => {
    expect(rulesAt(brief({ api: "- Send the guest a reminder email before expiry." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Notify the member by email before the expiry." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Notify the member by email 7 days before the expiry." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Notify the member by email before the expiry.\n- Reminders go out 14 days before the expiry date." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Patients forget appointments. We want a reminder by SMS before each appointment." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The final email is sent before the profile row is removed." }), 9)).toEqual([]);
  });

  it("flags behaviour copied from something of the client's the brief never describes, not a value compared or a thing described elsewhere", () => {
    expect(rulesAt(brief({ api: "- Signing works like the billing webhooks." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Use the same layout as the weekly report email." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Signing works like the billing webhooks.\n- The billing webhooks carry an HMAC-SHA256 signature of the body in `X-Signature`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- A dry run returns the same totals as the real run." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- For people, the tax number is the same as the national identity number." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The email text should be the same as for the move-in report." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Set `processed_at` in the same database transaction as the side effects." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The hash modulo 100 is compared with the percentage as the percentage rises." }), 9)).toEqual([]);
  });
});


describe("session 6, round 21: signatures, premises, private links, formats", () => {
  it("reads a signature line, a name with a role in parentheses, and a place by its premises as no code names", () => {
    const signed = "# Pairings\n\nHaruka Mori, Product Manager, Kirafuda\n\n" + brief({ context: "Kirafuda sells the packs in 40 shops." }).replace("# Orders\n\n", "");
    expect(rulesAt(signed, 3)).toEqual([]);
    expect(rulesAt(brief({ context: "Volunteers: Liza Abad (operations). Liza pulls the summary into a spreadsheet." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We distribute the packs from our Tacloban warehouse every morning." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Rates come from Banco Central do Brasil every morning." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The packs are counted by Kestrel every morning." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("leaves a reference to a private link to private-link alone, and reads a format's parts and a library default as given", () => {
    expect(rulesAt(brief({ context: "Background reading and the mapping we started: https://www.notion.so/acme/Channel-sync-4f1a" }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ api: "| `externalId` | `<application_id>:<new_status>:<guardian_id>` |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "| `externalId` | `<guardian id>` |" }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- SendGrid returns a `5xx`: Sidekiq retries the job up to 5 times with its default exponential backoff." }), EDGE)).toEqual([]);
  });

  it("reads 'its own limit' as a value each record holds, unless the sentence asks for one", () => {
    expect(rulesAt(brief({ edge: "- A partner with more than one API key: each key has its own limit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- Background export endpoints also need their own quota per tenant." }), 9)).toEqual(["unquantified"]);
  });

  it("reads a name before a wrapper, filter, notifier, callback or export as a system", () => {
    expect(rulesAt(brief({ api: "- Every message goes through the Hanbit filter before it is delivered." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Use the Cerberus wrapper for all outgoing calls." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Every message goes through the spam filter before it is delivered." }), 9)).toEqual([]);
  });

  it("reads a name listed among public names as one of them", () => {
    expect(rulesAt(brief({ context: "Customers pay through Zelle, PayPal or Stripe at checkout." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Alerts go through Hermes or Kestrel at night." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'must be accurate' as a quality claimed, 'relevant to the case' as a relation, and a count after a comma as no measure", () => {
    expect(rulesAt(brief({ api: "- The calculation must be accurate." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "The archive keeps every document that may be relevant to the case." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The export must be robust, we have 14 legal entities in 3 countries." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- The export must be fast, under 200 ms at p95." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- WhatsApp delivery is better than SMS in our test, 97% against 88%." }), 9)).toEqual([]);
  });

  it("flags something named by who told it at a past event, not a story of that event", () => {
    expect(rulesAt(brief({ api: "- Use the waiver hierarchy that Compliance walked us through on Tuesday." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The refund email uses the template marketing showed us in the last review." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Keep the behaviour we settled on during the 2023 remediation." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The workshop on Tuesday explained the new rules to all 40 staff." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We decided on Monday to stop the old export, which is why this brief exists." }), CONTEXT)).toEqual([]);
  });

  it("reads judgements of people in acceptance criteria as untestable, and access as testable", () => {
    expect(rulesAt(brief({ ac: "- Staff find the new process much easier than the printed list." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The compliance team finds that the tool saves time." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Advertisers complain less." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A check result is still readable for a payment run from the previous year." }), 17)).toEqual([]);
  });

  it("reads 'our usual' and 'the way the revenue team scores them' as practice nobody wrote down", () => {
    expect(rulesAt(brief({ api: "- Calls to ClearTax go through our usual retry wrapper." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Cases are scored the way the revenue team scores them today." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Cases are scored the way the table below shows." }), 9)).toEqual([]);
  });

  it("reads messages, issues and tickets a tool handles as what the product sends or reads, one ticket by its key as a place", () => {
    expect(rulesAt(brief({ api: "- One Slack message per team, sent to the channel in `teams.slack_channel_id`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The post lists every open Jira ticket with label `oncall`, with its key and assignee." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Design mockups and the old discussion are in Backlog ticket CARS-2291." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "In 2025 we are buying about 400 new rapid chargers (150 kW and above)." }), CONTEXT)).toEqual([]);
  });
});


describe("unquantified: word senses that ask for no number (session 7)", () => {
  it("reads 'moderate' after a modal as the verb, 'on time off' as leave and 'their real time' as the actual time", () => {
    expect(rulesAt(brief({ api: "- Support will moderate reported reviews following the guidelines below." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Uploads of moderate size are resized on the server." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Dates when the cleaner is on time off are listed in `conflicts`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Events recorded offline keep their real time." }), 9)).toEqual([]);
    // Session 20: writers label "in real time" vague-term (13 of 15 labelled lines), as they do "fast".
    expect(rulesAt(brief({ api: "- Positions are shown to dispatchers in real time." }), 9)).toEqual(["vague-term"]);
  });

  it("reads 'the higher number' as one of two known values, and 'latest' before a singular noun as one item", () => {
    expect(rulesAt(brief({ edge: "- Cycle count lower than the stored one: keep the higher number." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A customer on a higher tier gets a higher limit." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/candidates/{id}/check` returns our latest status and its `updated_at`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `GET /v1/members/{id}` returns the balance with the latest entries." }), 9)).toEqual(["unquantified"]);
  });

  it("reads a provider's own retries after a first verb as a fact about it, and ours as missing a count", () => {
    expect(rulesAt(brief({ api: "- Answer `200` once committed; Stripe treats no answer within 10 seconds as a failure and retries." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The worker logs the error and retries." }), 9)).toEqual(["unquantified"]);
  });

  it("reads a field in a list with articles as a name, and a lone interval as missing its value", () => {
    expect(rulesAt(brief({ api: "- The customer chooses a cleaner, a weekday, a start time, a duration and an interval." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Bookings repeat at an interval the customer chooses." }), 9)).toEqual(["unquantified"]);
  });

  it("reads an instruction in the context section as a requirement, and 'a second one' as an ordinal", () => {
    expect(rulesAt(brief({ context: "Send the first reminder a few weeks before expiry and a second one closer to the date." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Members renew online, and about 31% lapse every year because they forget." }), CONTEXT)).toEqual([]);
  });
});

describe("untestable-criterion: an event that opens the item", () => {
  it("reads 'A price increase sends no notification' as the event checked, not a result claimed", () => {
    expect(rulesAt(brief({ ac: "- A price increase sends no notification." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The new flow shows an increase in conversions." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A price decrease sends no e-mail and the next charge uses the lower price." }), 17)).toEqual([]);
  });
});

describe("undefined-term: who sent the brief and where an organisation is (session 7)", () => {
  const withByline = (line: string, context?: string): string => briefWithPreamble(line, { context });

  it("reads 'Ticket from Jess' and 'short one from Gareth' as the sender, not 'depends on Jess'", () => {
    expect(rulesAt(withByline("Ticket from Jess, community team @ StreamPup"), 3)).toEqual([]);
    expect(rulesAt(withByline("Hi all, short one from Gareth."), 3)).toEqual([]);
    expect(rulesAt(brief({ api: "- Scores are validated by Kestrel before they are saved." }), 9)).toEqual(["undefined-term"]);
  });

  it("reads a signature with initials and a company form, and the country code that ends the company's name", () => {
    expect(rulesAt(withByline("Ramon D. Villanueva, Operations Director, JusticeLink PH, Inc.", "JusticeLink PH runs the e-filing portal of 37 courts."), 3)).toEqual([]);
    expect(rulesAt(withByline("Ramon D. Villanueva, Operations Director, JusticeLink PH, Inc.", "JusticeLink PH runs the e-filing portal of 37 courts."), 7)).toEqual([]);
    expect(rulesAt(brief({ context: "Harbourline PH runs the e-filing portal of 37 courts." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Filings are mirrored to the PH archive every night at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads a proclamation of the President as a public instrument", () => {
    expect(rulesAt(brief({ context: "National holidays are declared by Proclamation of the President every year." }), CONTEXT)).toEqual([]);
  });
});

describe("open-question, shared-context and non-english: round 24's misses (session 7)", () => {
  it("reads a question followed only by context as open, and one followed by a decision as answered", () => {
    expect(rulesAt(brief({ edge: "- Should guests count as seats for the true-up? Right now they are free." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Player already owns the pass: should the code stay `unused`? Checking with legal." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Does a hold survive a card renewal? Yes: holds are tied to `patron_id`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Can one attempt lock two accounts? Once: the attempt is the whole login." }), EDGE)).toEqual([]);
  });

  it("reads 'ask Bartek' after a dash as the reader sent to a person, and 'the same that Lucia sends' as her practice", () => {
    expect(rulesAt(brief({ edge: "- Test purchases: reject with `422`, except for accounts on the allowlist — ask Bartek for the list." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The text of the e-mail is the same that Lucia sends today." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Rounding is the same as Stripe does for yen." }), 9)).toEqual([]);
  });

  it("reads 'like the Makati pilot feed' and 'the weekly report mail we made before' as the client's things never shown", () => {
    expect(rulesAt(brief({ api: "- Each lawyer gets a private calendar feed. Do it like the Makati pilot feed." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Digest layout is same as the weekly report mail we made before." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Signing works like the Stripe webhooks." }), 9)).toEqual([]);
  });

  it("reads a quote the writer could not translate as prose, and a status in corner brackets as a value", () => {
    const md = brief({ context: "Ren sent his notes in Japanese; I could not translate these lines, so I copy them as he wrote them:\n\n> 端数が合わない場合は、差額を「要確認」として残してほしいです。" });
    expect(rulesAt(md, 7)).toEqual(["non-english"]);
  });
});

describe("unquantified: lead times, thresholds and failed attempts (session 7)", () => {
  it("asks how long 'in advance' is for something built, not for prepayment or today's story", () => {
    expect(rulesAt(brief({ api: "- The crew leader must be notified in advance if the job is moved." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The job generates the occurrences ahead of time." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Paid in advance: refund the total minus the fee to the card." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Notify the crew leader at least 48 hours in advance." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Economy passengers cannot buy a lounge pass in advance today." }), CONTEXT)).toEqual([]);
  });

  it("asks what 'nearly full' and 'close to the limit' mean, and how many 'several wrong attempts' are", () => {
    expect(rulesAt(brief({ api: "- When a gallery is nearly full, the API posts an alert." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Silo nearly empty (fill level under 5 %): no alerts." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Wrong PIN: `401`. After several wrong attempts the account is locked." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Several wrong PINs in the import file are reported together." }), EDGE)).toEqual([]);
  });
});

describe("round 25's misses (session 7)", () => {
  it("reads language tags, date formats and a quoted category as no terms to define", () => {
    expect(rulesAt(brief({ api: "- For a legal job EN→PT-BR the first offer goes to the top-ranked translator." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `move_in` is a date written DD-MM-YYYY." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: '- A supplier in "Poultry" with 3 open requests in Poultry gets one e-mail at 07:00.' }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Requests in Poultry are routed to the cold-chain team." }), 9)).toEqual(["undefined-term"]);
  });

  it("reads 'often' between a singular subject and its verb as how things are, and 'too often' as a rule", () => {
    expect(rulesAt(brief({ edge: "- Okta often sends the report before the manager: store the user anyway." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A driver who declines too often is paused." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads table headers, empty cells and 'Can you build it?' as no open questions", () => {
    const table = brief({ context: "| item | meaning | required for test? |\n| --- | --- | --- |\n| consent | signed form | yes |" });
    expect(rulesAt(table, CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The owner wants a sales summary every morning at 07:00. Can you build it?" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Do we also need to support Marken as a second courier? A few sponsors insist on it." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads 'a moment before' as a point in a scenario, and 'wait a moment before retrying' as a wait to give", () => {
    expect(rulesAt(brief({ edge: "- Two translators accept at once (the first offer expired a moment before): the first accept wins." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Wait a moment before retrying the upload." }), EDGE)).toEqual(["unquantified"]);
  });

  it("asks for the count or time behind a bare retry, 'keeps failing' and 'is delayed'", () => {
    expect(rulesAt(brief({ edge: "- Photo upload from the iPad fails: retry." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Endpoint returns `413`: split the batch in half and retry." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- Send an alert to the centre manager if the pickup is delayed." }), 9)).toEqual(["unquantified"]);
  });

  it("reads 'the same way we handle X', 'like the summer promo' and 'the same as Daniel's team agreed' as practice never written down", () => {
    expect(rulesAt(brief({ edge: "- Re-rendered old reports: handle branding the same way we handle signature images." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Dirty car: the user gets 5 free minutes, like the summer promo." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Default for existing suppliers: the same as Daniel's team agreed for the marketing e-mails." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Payment methods, like cards and wallets, are listed in `methods`." }), 9)).toEqual([]);
  });

  it("reads 'the advisors like the new view' and 'blocked effectively' as judgements nobody can check", () => {
    expect(rulesAt(brief({ ac: "- The advisors like the new view." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Bots are blocked effectively." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("round 26's misses (session 7)", () => {
  it("reads 'in a reasonable time' as the vague word, and 'a reasonable size' as a missing number", () => {
    expect(rulesAt(brief({ api: "- The CSV must be generated within a reasonable time, even in December." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Each reviewer should get a reasonable number of submissions." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- Photos get compressed to a reasonable size before review." }), 9)).toEqual(["unquantified"]);
  });

  it("reads an undecided question after a dash and 'has not yet been determined' as open", () => {
    expect(rulesAt(brief({ edge: "- Payments by a factoring company — do these need matching too? Unclear, still asking the client." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- It has not yet been determined whether a moved applicant may receive a code." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads 'the same as leave approvals', 'same list as the current fax order sheet' and 'like Yamada-san do it' as practice never shown", () => {
    expect(rulesAt(brief({ api: "- Approval should work the same as leave approvals." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Delivery areas: same list as the current fax order sheet." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Return from customer: put back in the same lot, like Yamada-san do it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Totals are the same as item prices." }), 9)).toEqual([]);
  });

  it("reads 'capped so that', 'however long' and 'in many ways' as no missing numbers", () => {
    expect(rulesAt(brief({ api: "- The deduction is capped so that net pay never goes below one third of gross pay." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The worker was down: the next run expires everything overdue, however long the gap was." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- Customers write their name in many ways, so match on the account number." }), 9)).toEqual([]);
  });

  it("reads 'mobile-friendly', 'reads naturally' and 'without difficulty' as judgements", () => {
    expect(rulesAt(brief({ api: "- The PDF layout must be mobile-friendly." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The French text reads naturally to a francophone applicant." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Elderly residents can complete the renewal without difficulty." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads languages, WCAG levels and Unix time as public", () => {
    expect(rulesAt(brief({ api: "- Messages are sent in Kinyarwanda, English and French." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The site meets WCAG 2.1 at level AA; timestamps are Unix seconds." }), 9)).toEqual([]);
  });
});

describe("round 27's misses (session 7)", () => {
  it("reads Slack and Teams as tools the product works with when people are invited, removed or served there", () => {
    expect(rulesAt(brief({ context: "Today I create the Slack channel and invite people by hand." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Engagements can also have a Slack channel with the client." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The rate table is in the Slack channel for the finance team." }), 9)).toEqual(["private-link"]);
  });

  it("reads 'same like the hostel booking one' and 'the same checklist as the Hoshimura close' as the client's things never shown", () => {
    expect(rulesAt(brief({ api: "- Resit fees are paid through the existing flow, same like the hostel booking one." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Do it with the same checklist as the Hoshimura close in January." }), 9)).toEqual(["shared-context"]);
  });

  it("reads a cue right before a line-closing colon as introducing what follows", () => {
    expect(rulesAt(brief({ api: "The gateway will POST batches of taps:\n\n```json\n[{\"card\": \"A1\"}]\n```" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "The gateway posts readings in batches." }), 9)).toEqual(["unquantified"]);
  });

  it("reads 'in sync with' as a state, and judges 'always in sync' and 'are respected' as untestable", () => {
    expect(rulesAt(brief({ api: "- Statuses are kept in sync with TradeNet every 5 minutes." }), 9)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Statuses are always in sync with TradeNet." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Preferences are respected." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("round 28's misses (session 7)", () => {
  it("reads 'Limit' opening a sentence as a noun when a participle or 'order' follows, and as an order otherwise", () => {
    expect(rulesAt(brief({ edge: "- Limit lowered below current exposure: existing contracts stay." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Limit order and futures price exactly at `limit_price`: fixed at `limit_price`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- Limit uploads per user." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "We want to give terms to trusted roasters, with a credit limit per roaster." }), CONTEXT)).toEqual([]);
  });

  it("reads 'check with sales' after a doubt as who settles the open question", () => {
    expect(rulesAt(brief({ edge: "- Pack sizes differ: convert by unit count, but not sure if we substitute at all, check with sales." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads 'counts as on time' as a status, and public ERPs and suppliers as known", () => {
    expect(rulesAt(brief({ edge: "- Cancellation exactly 24 hours before `starts_at`: counts as on time." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Customer service rekeys the orders into Acumatica by hand, about 260 a week." }), CONTEXT)).toEqual([]);
  });
});

describe("round 29's misses (session 7)", () => {
  it("reads 'a reasonable exchange rate' as the vague word, and 'we have many assets' as the world described", () => {
    expect(rulesAt(brief({ api: "- For dollar invoices, convert the yen amounts with a reasonable exchange rate." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "- The generator must finish within 10 minutes; we have many assets." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The page must load within 1 second, because many volunteers use old phones." }), 9)).toEqual([]);
  });

  it("reads 'traffic comes in bursts' and 'since the last sync' as no gaps", () => {
    expect(rulesAt(brief({ api: "- Responses are cached for 60 seconds, because traffic comes in bursts." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `assigned` lists inspections assigned to this inspector since the last sync." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Field names follow what we agreed in the last sync with Mikko." }), 9)).toEqual(["shared-context"]);
  });

  it("reads an expansion that lists its words with commas", () => {
    expect(rulesAt(brief({ api: "- The HSE officer (health, safety and environment) approves the permit." }), 9)).toEqual([]);
  });
});

describe("round 30's misses (session 7)", () => {
  const withByline = (line: string): string => briefWithPreamble(line);

  it("reads 'same as today' after the behaviour as what does not change, and 'same as now' alone as unwritten", () => {
    expect(rulesAt(brief({ edge: "- Payment: the customer pays at pick-up, same as today." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- Reminders go out in the same weekly report as now." }), 9)).toEqual(["shared-context"]);
  });

  it("reads 'fast food', 'real-time clearing' and 'not on time' as names and statuses", () => {
    expect(rulesAt(brief({ context: "In March the mapping had wrong rows for about 40 codes, for example fast food restaurants." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- `PAY_RTC.txt` holds payments for banks that support real-time clearing." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `delivered_at` null and `promised_to` in the past: counted as not on time." }), EDGE)).toEqual([]);
  });

  it("reads 'Reporter: …' and 'from Marcus, …' in the title block as the sender", () => {
    expect(rulesAt(withByline("Reporter: Ingrid Solberg, product owner, Fjordlade AS"), 3)).toEqual([]);
    expect(rulesAt(withByline("from Marcus, pls pick up this week"), 3)).toEqual([]);
  });
});

describe("placeholder: a marker word the brief defines as its own term", () => {
  it("reads a dairy's TBC (total bacterial count) as the term everywhere, and TBD as a placeholder still", () => {
    const md = brief({ context: "TBC (total bacterial count) is measured for every sample.", api: "- `GET /v1/grades` returns `scc` and `tbc`; refund rules: TBD.", edge: "- Missing TBC: the grade stays `pending`." });
    expect(rulesAt(md, CONTEXT)).toEqual([]);
    expect(rulesAt(md, 9)).toEqual(["placeholder"]);
    expect(rulesAt(md, EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Missing grade: TBC with the lab." }), EDGE)).toEqual(["placeholder"]);
  });

  it("finds the expansion only where the words around the marker spell it, whatever stands further away", () => {
    // The expansion is looked for around each marker, not over the whole brief: the words just before it still count
    // across a line break, and a word glued to a digit ("9total") is not a word of it.
    const across = brief({ context: "Each sample gets a total\nbacterial count (TBC) from the lab.", edge: "- Missing TBC: the grade stays `pending`." });
    expect(rulesAt(across, EDGE + 1)).toEqual([]);
    const glued = brief({ context: "Sample 9total bacterial count (TBC) from the lab.", edge: "- Missing TBC: the grade stays `pending`." });
    expect(rulesAt(glued, EDGE)).toEqual(["placeholder"]);
    const later = brief({ context: "TBD: the lab's name.", edge: "- TBC means total bacterial count; a missing TBC keeps the grade `pending`." });
    expect(rulesAt(later, CONTEXT)).toEqual(["placeholder"]);
    expect(rulesAt(later, EDGE)).toEqual([]);
  });
});

describe("session 8: expansions elsewhere on the line", () => {
  it("reads an acronym as spelled out by capitalised words elsewhere on its line, not by chance pairs", () => {
    expect(rulesAt(brief({ context: "Its climate part is the European Sustainability Reporting Standard E1 (ESRS E1, published by EFRAG)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Its climate part is the European Sustainability Reporting Standard E1, Climate change (ESRS E1)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Serious incidents go through the National Quality Agenda IT System (NQA ITS) within 24 hours." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Measure loudness according to EBU R 128 (the European Broadcasting Union loudness recommendation)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Under the Personal Data Protection Law (often called UU PDP), scans are deleted after 30 days." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Sales in Germany and Qatar go through the GQ ledger every night at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8: frequency words that tell what tends to happen, retries counted later", () => {
  it("reads 'often called' as a name and 'Often we find' as what tends to happen, not 'poll often'", () => {
    expect(rulesAt(brief({ context: "Under the Personal Data Protection Law, often called the PDP Law, scans are deleted after 30 days." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Often we find parts that must be replaced, and the customer has to approve the price." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Poll the carrier API often, so that the map stays current." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'customers regularly ask' as what people do, and 'the job regularly polls' as a schedule to give", () => {
    expect(rulesAt(brief({ context: "Customers regularly ask support to re-issue an invoice with a different addressee." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The sync job must regularly poll the bank for new statements." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads a count of attempts later in the sentence as bounding the backoff", () => {
    expect(rulesAt(brief({ edge: "- FCM unavailable: retry with exponential backoff, 3 attempts starting at 5 seconds, then give up and log." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- FCM unavailable: retry with exponential backoff, then give up and log." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 8: names in their own language, letters named", () => {
  it("reads an acronym's expansion in its own language as a name, not a French sentence", () => {
    expect(rulesAt(brief({ context: "The CNDP (Commission Nationale de contrôle de la protection des Données à caractère Personnel, the Moroccan data protection authority) also expects that access can be traced." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The CNDP (Commission Nationale) wants this: les données des clients ne doivent pas quitter le pays sans une autorisation." }), CONTEXT)).toEqual(["non-english"]);
  });

  it("does not count single letters as words of a telegraphic English line", () => {
    expect(rulesAt(brief({ api: "1. Create Google Workspace user (lowercase, remove accents, ñ becomes n, spaces removed). Org unit." }), 9)).toEqual([]);
  });
});

describe("session 8: enumerated inputs, channels the product posts to or makes", () => {
  it("reads a 'whether …' item of a ';' enumeration as an input, and a 'Whether …' item alone as a question", () => {
    const md = brief({ api: "The inputs are:\n\n- the product code and its public price;\n- whether the patient has the reduced-rate status;\n- whether the product is among the cheapest in its group." });
    expect(rulesAt(md, 11)).toEqual([]);
    expect(rulesAt(md, 12)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Whether a rebooked bag keeps its history or starts a new one" }), EDGE)).toEqual(["open-question"]);
  });

  it("reads a channel the product posts to or creates as a destination, and a channel to read as a place", () => {
    expect(rulesAt(brief({ edge: "- On failure, skip the rebuild and post the failing tests to `#data-alerts`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| `slack_channel` | creates `#client-{slug}` and invites the contacts |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- On failure, follow the steps pinned in `#data-alerts`." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 8: 'as' before a person who said it", () => {
  it("reads 'as Kasper suggested' as a source, and 'such as Stripe' as an example", () => {
    expect(rulesAt(brief({ edge: "- Rounding: half-up to whole yen, as Kasper suggested in his mail." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- A payment provider such as Stripe answers `402`: the order stays `pending`." }), EDGE)).toEqual([]);
  });
});

describe("session 8: titles before names in the clients' languages", () => {
  it("reads 'ask anh Tuấn' and 'ask Mbak Sari' as asking a person, and 'ask the bank' as no source", () => {
    expect(rulesAt(brief({ edge: "- Rounding: ask anh Tuấn, he knows how the traders round it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rounding of partial kilos: ask Mbak Sari." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Unknown account number: ask the payer to resend the transfer with the right account." }), EDGE)).toEqual([]);
  });
});

describe("session 8: a person, an adverb and a verb of saying", () => {
  it("reads 'Mette also said' as a source, not 'Clinics also asked us to …' or 'Claim already decided'", () => {
    expect(rulesAt(brief({ edge: "- Mette also said it should work like the PDF export." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Clinics also asked us to send the answers into their record system, but that is phase 2." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Claim already decided (`approved` or `rejected`): `409 claim_closed`." }), EDGE)).toEqual([]);
  });
});

describe("session 8, round 32: degrees, endpoints as subjects, open lists writers accept", () => {
  const AC = 17;
  it("reads 'a bit rushed' and 'a bit more' as degrees, and 'wait a bit' as a wait to give", () => {
    expect(rulesAt(brief({ context: "Sorry, this one is a bit rushed: we need it live before the summer sale on 1 July." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Rate quotes can be cached for a bit." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads an endpoint opening a criterion as its subject, not an exact outcome that excuses 'fast'", () => {
    expect(rulesAt(brief({ ac: "- `GET /v2/macros/{id}` stays fast." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- `GET /v2/macros/{id}` returns `200` quickly after a restart." }), AC)).toEqual([]);
  });

  it("does not read 'and others' or 'more and more' as an open list, and still reads 'etc.' as one", () => {
    expect(rulesAt(brief({ context: "Big suppliers (Nestlé, Unilever, Ambev and others, 35 in total) pay us for sell-out data." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Since 2023 more and more of our customers have solar panels on the roof." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Big suppliers (Nestlé, Unilever, Ambev etc.) pay us for sell-out data." }), CONTEXT)).toEqual(["vague-term"]);
  });
});

describe("session 8, round 32: failure handling, public sites, cases to handle, lists of products", () => {
  it("reads 'handle it gracefully' after a time bound as still vague", () => {
    expect(rulesAt(brief({ edge: "- The tax API is down or does not answer within 5 seconds: handle it gracefully." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The tax API is down: show the cached result and retry 3 times, 10 seconds apart." }), EDGE)).toEqual([]);
  });

  it("reads a public site as a precedent anyone can open, and a colleague's export as one nobody can", () => {
    expect(rulesAt(brief({ ac: "- Looking up a company returns its name exactly as datacvr.virk.dk shows them." }), 17)).toEqual([]);
    expect(rulesAt(brief({ api: "- Columns: the same as in the export Kasper built." }), 9)).toEqual(["shared-context"]);
  });

  it("reads 'Banxico did not publish a rate' as a case, and 'Marisol did it' as a precedent", () => {
    expect(rulesAt(brief({ edge: "- Banxico did not publish a rate (holidays): use the last published rate." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Rounding of the rate: Marisol did it by hand last year, do the same." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads the first of a list of products and a product's API as integrations, not places", () => {
    expect(rulesAt(brief({ context: "The delivery leads write these by hand from Jira, GitHub and Clockify, about 40 minutes per client." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The service sets the group through the Zendesk Tickets API." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The mapping is in the Zendesk Tickets view." }), 9)).toEqual(["private-link"]);
  });
});

describe("session 8, round 32: reply keywords, screens the product fills", () => {
  it("reads every keyword a reply offers as a keyword, and a handed-on decision as open", () => {
    expect(rulesAt(brief({ api: "- Customer replies YES to confirm, or RESCHEDULE. On RESCHEDULE we call them back." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The reminder goes out at 18:00. Refund rule: Finance to confirm." }), 9)).toEqual(["open-question"]);
  });

  it("reads a dashboard the product shows or writes to as its own screen, and one holding the data as a place", () => {
    expect(rulesAt(brief({ edge: "- Unknown order id: store the message as `unmatched` so it shows on the ops dashboard." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Certificate expired: the new certificate list is on the ops dashboard." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 8, round 32: 'a threshold' among the ones the brief gives", () => {
  it("reads 'crosses a threshold' as one of the configured thresholds when the brief gives them, and flags it when none is given", () => {
    const md = brief({ api: "- `thresholds_rupees`: 1 to 3 integers between 10 and 2000, default `[100, 25]`.", edge: "- When the balance crosses a threshold from above, send one alert to each channel." });
    expect(rulesAt(md, EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- When the balance crosses a threshold from above, send one alert to each channel." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 8, round 32: code names before catalogues, flags and rotas", () => {
  it("reads 'the Sampaguita catalogue' and 'the Lighthouse flag' as in-house names, not 'ask Dana which flag that is'", () => {
    expect(rulesAt(brief({ api: "Eligibility rules live in the Sampaguita catalogue, which already exposes promo definitions over REST." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "The feature ships behind the Lighthouse flag for the first month." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Users who turned off marketing pushes must be skipped, ask Dana which flag that is." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 8, round 33: ticket labels and product lines", () => {
  it("reads a shouted ticket label as no acronym, and an unknown acronym in the title as one", () => {
    const title = (t: string): string => brief({}).replace("# Orders", t);
    expect(rulesAt(title("# URGENT - illegal dumping reports from the council app"), 1)).toEqual([]);
    expect(rulesAt(title("# BUG: address lookup picks the wrong premise"), 1)).toEqual([]);
    expect(rulesAt(title("# KRV reports from the council app"), 1)).toEqual(["undefined-term"]);
  });

  it("reads an acronym after a known vendor's product as its product line, not after an in-house name", () => {
    expect(rulesAt(brief({ context: "Staff sign in with Azure AD; customers sign in with a one-time code by SMS." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The billing system (Kelud IS-U) produces the disconnection list every day at 21:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 33: work out of scope, cases compared, earlier releases, cache rules", () => {
  it("asks no figure of work the brief leaves out of scope, and still asks it of work it asks for", () => {
    expect(rulesAt(brief({ edge: "- The endpoint returns every substance; checking the reporting thresholds is out of scope." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The endpoint returns every substance above the reporting thresholds." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'treat it like a timeout' as the timeout case, and 'has a timeout' as a limit to give", () => {
    expect(rulesAt(brief({ edge: "- The scoring service returns a `5xx` status: treat it like a timeout (approve and log)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Each call to the scoring service has a timeout; after it, approve and log." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'old app versions' as earlier releases, and 'old photos' as an age", () => {
    expect(rulesAt(brief({ edge: "- Old app versions that still send the field get `200` and the photo is dropped." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old photos are deleted by a nightly job." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'Cache rules:' as a heading for the rules below", () => {
    expect(rulesAt(brief({ api: "Cache rules:" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "Cache the availability answers." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 8, round 33: translations, borrowed words, screens and imports", () => {
  it("reads a quality word translating a name just given as the translation", () => {
    expect(rulesAt(brief({ context: "Fare families keep their Indonesian names, `Hemat` (economy saver) and `Fleksibel` (flexible economy)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The fare search must be flexible (any date in the month)." }), 9)).toEqual(["vague-term"]);
  });

  it("does not read one borrowed word with an accent as another language", () => {
    expect(rulesAt(brief({ api: "| tier | shop | café |" }), 9)).toEqual([]);
  });

  it("reads importing from a product as an integration, and a page in it as a place", () => {
    expect(rulesAt(brief({ edge: "- Importing straight from Google Sheets is not part of this brief." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The current bands are in Google Sheets." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 8, round 33: people the brief introduces, comparisons with figures", () => {
  const withByline = (line: string, edge?: string): string => briefWithPreamble(line, { edge });

  it("reads 'ask Priya' as shared context even when the byline introduces Priya, and 'the backend to ask' a service as a call", () => {
    expect(rulesAt(withByline("(copying Priya Shah, Access Manager)", "- Which evidence we accept - ask Priya."), 15)).toEqual(["shared-context"]);
    expect(rulesAt(withByline("Valuations come from Libro Azul, the used-car price guide.", "- The app asks our backend, and the backend to ask Libro Azul for each valuation."), 15)).toEqual([]);
  });

  it("reads 'above 500 ringgit' as a comparison, not a pointer to the brief above", () => {
    expect(rulesAt(brief({ edge: "- Parcels declared above 500 ringgit need extra fields; ask Wei Ling which ones." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Parcels with extra fields: ask Wei Ling to check the table above." }), EDGE)).toEqual([]);
  });
});

describe("session 8, round 33: statuses and counts in the story of today", () => {
  it("reads 'when a flight is delayed' in the context as a status, and 'if the pickup is delayed' in an edge case as a wait", () => {
    expect(rulesAt(brief({ context: "Our customers want to know in the app when their shipment is delayed." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send an alert to the centre manager if the pickup is delayed." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'many of them do not' and 'receive many complaints' as facts, and 'many requests' in a rule as a count to give", () => {
    expect(rulesAt(brief({ context: "Now they must open our dashboard, and many of them do not." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Passengers learn it at the counter, and our call centre receives many complaints about this." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A client that sends many requests is blocked." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 8, round 33: a section heading in the singular", () => {
  it("reads '## Endpoint' as the API section", () => {
    const md = brief({}).replace("## API", "## Endpoint");
    expect(check(md).findings.filter((f) => f.rule === "missing-section")).toEqual([]);
    expect(check(brief({}).replace("## API", "## Endpoint notes")).findings.map((f) => f.section)).toContain("api");
  });
});

describe("session 8, round 33: ends to a problem, duplicates", () => {
  const AC = 17;
  it("reads 'No more double bookings.' and 'No overbooking anymore.' as untestable, and 'gets no more reminders' as a count of none", () => {
    expect(rulesAt(brief({ ac: "- No more double bookings." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- No overbooking anymore." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A club marked paid by hand gets no more reminders." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The second login does not call the custom database script anymore." }), AC)).toEqual([]);
  });

  it("reads 'double charges' as duplicates, and 'double the limit' as a figure", () => {
    expect(rulesAt(brief({ ac: "- No double selling ever happens in production." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A premium key may send double the limit and gets `429` above it." }), AC)).toEqual([]);
  });
});

describe("session 8, round 34: currencies on chains, licences, pairs explained together", () => {
  it("reads stablecoin and crypto tickers as currency codes, and an unknown ticker-shaped name as a term", () => {
    expect(rulesAt(brief({ context: "Merchants get paid in USDC; customers trade USDT against VND." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Merchants get paid in KXT." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads an open-source licence by its short name", () => {
    expect(rulesAt(brief({ context: "The verifier is published on our public GitHub under the MIT licence." }), CONTEXT)).toEqual([]);
  });

  it("reads two acronyms joined by 'or' as explained by one parenthesis", () => {
    expect(rulesAt(brief({ context: "A payout goes to a CNPJ or a CPF (the Brazilian tax IDs for companies and for people)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "A payout goes to a CNPJ or a CPF, whichever the customer gave." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 34: the size of the work, who organisations are, labelled cases", () => {
  it("reads 'Small ticket' as the size of the work, and 'small files' as a size to give", () => {
    expect(rulesAt(brief({ context: "Small ticket, would like it live before Golden Week (29 April)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- The upload accepts small files only." }), 9)).toEqual(["unquantified"]);
  });

  it("reads 'their buyers, the big car makers' as who the buyers are", () => {
    expect(rulesAt(brief({ context: "Our customers must report OEE (Overall Equipment Effectiveness) every month to their buyers, the big car makers." }), CONTEXT)).toEqual([]);
  });

  it("reads a case label answered by a figure on its line, and a bare label as a size to give", () => {
    expect(rulesAt(brief({ edge: "- Small amounts: there is no minimum, so every amount is sent, including 0.01 USDC." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Small amounts: send them in the next batch." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 8, round 34: expansions after the words, usual values given, translated quotations", () => {
  it("reads a quality word that opens an acronym's expansion as part of the name", () => {
    expect(rulesAt(brief({ context: "A customer linked to a high-risk third country needs enhanced due diligence (EDD) before they can trade." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- High-risk customers need enhanced checks before they can trade." }), 9)).toEqual(["vague-term"]);
  });

  it("reads 'our usual JWT pair' as given when its parenthesis holds the figures", () => {
    expect(rulesAt(brief({ api: "- `POST /v1/auth/otp/verify` returns `200` with our usual JWT pair (`access_token` 15 min, `refresh_token` 30 days)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `POST /v1/auth/otp/verify` returns `200` with our usual JWT pair." }), 9)).toEqual(["shared-context"]);
  });

  it("reads a quoted question with its translation as quoted speech, not an open question or another language", () => {
    expect(rulesAt(brief({ context: 'Customers always ask "sudah dikirim belum?" (is it shipped yet?) in our WhatsApp.' }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Customers always ask in our WhatsApp. Should we also answer on Instagram?" }), CONTEXT)).toEqual(["open-question"]);
  });
});

describe("session 8, round 34: a record's attachment in a condition", () => {
  it("reads 'Once at least one invoice is attached, …' as a state the condition waits for, and 'the rota is attached.' as nothing attached", () => {
    expect(rulesAt(brief({ api: "- Once at least one `invoice` is attached, `POST /v1/claims/{claim_id}/submit` moves the claim to `submitted`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The current rota is attached." }), 9)).toEqual(["private-link"]);
  });
});

describe("session 8, round 34: status codes with machine-readable reasons", () => {
  it("reads '`503 payment_unavailable`' as a response, not the figure a timeout needs", () => {
    expect(rulesAt(brief({ edge: "- The payment provider does not answer: give up after a timeout and return `503 payment_unavailable`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The payment provider does not answer within 10 seconds: return `503 payment_unavailable`." }), EDGE)).toEqual([]);
  });
});

describe("session 8, round 34: shortfalls against the request, cases named for comparison", () => {
  it("reads 'if too few bags are left' as short of the request, and 'too few bags' alone as a count to give", () => {
    expect(rulesAt(brief({ edge: "- Two requests for the last bags: the second one is refused if too few bags are left." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Lots with too few bags are hidden from the catalogue." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Insurers that take too long are left out and listed in `missing`." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'the same as a delay' as the delay case", () => {
    expect(rulesAt(brief({ edge: "- ETA moved earlier: also notify, the same as a delay." }), EDGE)).toEqual([]);
  });
});

describe("session 8, round 34: places things are in, appositions to the end of the line", () => {
  it("reads a name after 'a counter in' or 'parishes in' as a place, and after 'stored in' as a system", () => {
    expect(rulesAt(brief({ context: "A 10-seat omakase counter in Ginza loses ¥30,000 per empty seat." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We pilot it in 4 parishes in Abeokuta for one month." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Loan rules are stored in Pelican, and the app reads them at start-up." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads an apposition that runs to the end of the line as explaining the name", () => {
    expect(rulesAt(brief({ context: "Prices are set by Tokai, a regional wholesaler of frozen fish" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Prices are set by Tokai every night at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 35: names the title gives, units", () => {
  it("reads a name the title gives as the brief's subject, and an acronym in the title as still undefined", () => {
    const titled = (title: string, context: string): string => brief({ context }).replace("# Orders", title);
    expect(rulesAt(titled("# Inventory reports into Reapit", "The reports arrive as PDFs and a clerk files them in Reapit by hand."), CONTEXT)).toEqual([]);
    expect(rulesAt(titled("# Inventory reports", "The reports arrive as PDFs and a clerk files them in Reapit by hand."), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(titled("# STC claim export", "Each STC claim is exported to the registry."), 1)).toEqual(["undefined-term"]);
  });

  it("reads units written with a capital as units", () => {
    expect(rulesAt(brief({ api: "| `torque_nm` | final torque in Nm, 2 decimals; frequency in Hz |" }), 9)).toEqual([]);
  });
});

describe("session 8, round 35: a name the brief keeps using", () => {
  it("reads a name used five times and never explained as what the brief works with, and one used twice as a term to define", () => {
    const many = brief({
      context: "Cards are issued through Kartvex. Kartvex sends each authorisation to us; Kartvex waits 2 seconds.",
      api: "- `POST /v1/kartvex/authorisations` receives the Kartvex JIT request and answers within 1 second.",
      edge: "- Kartvex retries an unanswered request once after 2 seconds.",
    });
    expect(rulesAt(many, CONTEXT)).toEqual([]);
    const few = brief({ context: "Cards are issued through Kartvex. Kartvex sends each authorisation to us within 2 seconds." });
    expect(rulesAt(few, CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 35: 'with' a name", () => {
  it("reads 'with' before a name as company, a tool or a person, not a system's place, and 'through' still as one", () => {
    expect(rulesAt(brief({ context: "Members log in with Singpass, so every upload is tied to a verified person." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The link is in the chat group with Dewi and the two drivers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Members log in through Kawanua, so every upload is tied to a verified person." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 35: definitions by 'is a' after a two-word name, acronym items", () => {
  it("reads 'Northwind Mobile is an MVNO' as the name's definition, and 'Northwind Mobile sends' as a name to explain", () => {
    const api = "- Port-in requests are sent through Northwind to the host carrier.";
    expect(rulesAt(brief({ context: "Northwind Mobile is an MVNO (mobile virtual network operator) on a host carrier's network.", api }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Northwind Mobile sends us the usage file every night.", api }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads '- ETA / ETD: estimated time of arrival / departure' as defining both", () => {
    expect(rulesAt(brief({ api: "- ETA / ETD: estimated time of arrival / departure." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- ETD: send it with every update." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 35: the platform people are on", () => {
  it("reads 'Companies on Hiraku' as a platform people use, and 'jobs run on Grebe' as a system's place", () => {
    expect(rulesAt(brief({ context: "Companies on Hiraku want to upload their salary bands in bulk." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The job will run on Grebe alongside the other nightly jobs." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, round 35: where the company is, or which system it uses", () => {
  it("reads 'We already detect chat spikes in Geyser' as a system, and 'Our 48 vans deliver in Franconia' as a place", () => {
    expect(rulesAt(brief({ context: "We already detect chat spikes in Geyser, so reuse that signal." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Our existing rules in Kompas stay as they are." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Our 48 vans deliver furniture in Franconia." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We run 4 recycling parks in Deinze." }), CONTEXT)).toEqual([]);
  });
});

describe("session 8, round 36: asking an introduced organisation to act", () => {
  it("reads 'ask Vitaal Werk to erase their data' as a request to act, and 'ask Priya' as asking what she knows", () => {
    const withByline = (line: string, context?: string): string => briefWithPreamble(line, { context });
    expect(rulesAt(withByline("Client: Vitaal Werk, a corporate-wellness platform", "Employees can ask Vitaal Werk to erase their data under Article 17 of the GDPR."), 7)).toEqual([]);
    expect(rulesAt(withByline("(copying Priya Shah, Access Manager)", "Which evidence we accept: ask Priya."), 7)).toEqual(["shared-context"]);
  });
});

describe("session 8: terms that first appear in acceptance criteria", () => {
  it("reads a name first used in an acceptance item as the case's data, the same name in the API as a term, and an acronym there as one to expand", () => {
    expect(rulesAt(brief({ ac: "- A route with 3,000 kg in Deinze and 1,000 kg in Nazareth puts 3,000 kg in Deinze's statement." }), 17)).toEqual([]);
    expect(rulesAt(brief({ api: "- The statement job reads the weights from Deinze every night." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ ac: "- Sending another student's NIM in a query parameter returns only the caller's records." }), 17)).toEqual(["undefined-term"]);
  });
});

describe("session 8: quantity words in a context paragraph", () => {
  it("reads a quantity word in a long context paragraph as the story of today, and on a short context line as a gap", () => {
    const paragraph = "Today every payout needs only the dashboard login, and after an account takeover in February a lot of money left in one evening, so we want a second confirmation for large payouts before the money leaves.";
    expect(paragraph.length).toBeGreaterThan(150);
    expect(rulesAt(brief({ context: paragraph }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a second confirmation for large payouts." }), CONTEXT)).toEqual(["unquantified"]);
  });
});

describe("session 8: comparisons as the check in acceptance criteria", () => {
  it("reads 'the same amounts as the current billing engine' in a criterion as its check, and 'in the usual format' as a gap", () => {
    expect(rulesAt(brief({ ac: "- A period without a tariff change gives exactly the same amounts as the current billing engine." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Every change is written to the audit trail in the usual format." }), 17)).toEqual(["shared-context"]);
  });
});

describe("session 8, rounds 37 to 39: less common currencies beside an amount", () => {
  it("reads 'GHS' beside an amount or the currency's name as the Ghana cedi, and 'MGA partners' as an acronym", () => {
    expect(rulesAt(brief({ edge: "- Amount in the callback differs from the order total (amounts in Ghana cedis, GHS): mark `amount_mismatch`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- `fee` is a decimal in RWF, for example `15000`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "We are launching web and SMS intake for auto claims for our MGA partners." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, rounds 40 and 41: the reader's doubt, heavy work, small screens, a backoff phase", () => {
  it("reads 'ask Sofie if you're unsure' as settling the reader's doubt, and 'I'm unsure whether' as an open question", () => {
    expect(rulesAt(brief({ api: "- The key format stays as it is; if you're unsure, the format is in `keys.md`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The key format: I'm unsure whether it stays." }), 9)).toEqual(["open-question"]);
  });

  it("reads 'the heavy work', 'small screens' and 'during backoff' as no figure to give, and 'heavy files' as one", () => {
    expect(rulesAt(brief({ edge: "- Respond to the callback at once, do the heavy work after." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Plate matching has to tolerate typos, officers type on small screens." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `notify` restarts during backoff: retries continue after the restart." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reject heavy files at upload." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 8, rounds 37 to 41: trade terms and common hardware words", () => {
  it("reads Incoterms and LED, ACK as known, and an unknown three-letter code as a term", () => {
    expect(rulesAt(brief({ context: "Prices on the invoice are FOB Semarang; the facade quote counts LED modules, and every message gets an ACK." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Prices on the invoice are KPB Semarang." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 8, rounds 42 and 43: a role's short name before the person", () => {
  it("reads 'PO: Femke de Vries' as a role labelling a person, and 'WO: see the order sheet' as an acronym to expand", () => {
    const byline = (line: string): string => briefWithPreamble(line);
    expect(rulesAt(byline("PO: Femke de Vries"), 3)).toEqual([]);
    expect(rulesAt(byline("WO: see the order sheet for each farm"), 3)).toEqual(["undefined-term"]);
  });
});

describe("session 9: who writes, from where", () => {
  const preamble = (line: string, context?: string): string => briefWithPreamble(line, { context });
  it("reads a name the writer introduces above the sections as known, later uses included, and an acronym there as still undefined", () => {
    const context = "Cabin counts are pushed to Layarku every 10 minutes.";
    expect(rulesAt(preamble("Hi team, this is Dimas from Layarku.", context), 3)).toEqual([]);
    expect(rulesAt(preamble("Hi team, this is Dimas from Layarku.", context), 7)).toEqual([]);
    expect(rulesAt(preamble("Hi team, this is Dimas.", context), 7)).toEqual(["undefined-term"]);
    expect(rulesAt(preamble("Hi team, this is Dimas from the OTM desk.", context), 3)).toEqual(["undefined-term"]);
  });

  it("still reads a person the writer introduces as someone to ask", () => {
    expect(rulesAt(preamble("Hello, I am Karim, with Jiwoo from our platform team.", "For how the queue is read today, ask Jiwoo."), 7)).toEqual(["shared-context"]);
  });
});

describe("session 9: names that mark a system's part", () => {
  it("reads a name before a tier, list, score, track, screen, report or admin as a code name, and an English word there as a plain name", () => {
    expect(rulesAt(brief({ context: "When both checks pass, the photographer moves to the Hikari tier." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "When both checks pass, the photographer moves to the Gold tier." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Only articles on the Snelloper list get proposals." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Results are ranked by the Hanami score first." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Subscriptions are managed in the Skipper admin." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: what the product sends through a chat tool", () => {
  it("reads a Slack DM, direct message or account as the product's output, and a Slack thread as a place to read", () => {
    expect(rulesAt(brief({ context: "The service reminds people by Slack direct message (DM) and by email." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Person without a Slack account: email only, never a Slack DM." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The reminder rules are in the Slack thread from March." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 9: the request itself, and comparatives that are nouns", () => {
  it("reads 'quick brief' and 'quick one' as the size of the request, and 'a quick response' as a speed to give", () => {
    const preamble = (line: string): string => briefWithPreamble(line);
    expect(rulesAt(preamble("Sorry, quick brief from Tobi."), 3)).toEqual([]);
    expect(rulesAt(preamble("Quick ticket from Mika."), 3)).toEqual([]);
    expect(rulesAt(brief({ context: "We need a quick response from the API." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads 'a replacement cleaner.' as the person, and 'a bit cleaner.' as a comparison", () => {
    expect(rulesAt(brief({ edge: "- Cleaner is not available: keep the booking and offer a replacement cleaner." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- The response format should be simpler." }), 9)).toEqual(["vague-term"]);
  });
});

describe("session 9: an organisation named once in full", () => {
  it("reads 'TD' after 'TD Bank' as the same organisation, and an acronym never given a name as undefined", () => {
    expect(rulesAt(brief({ context: "Each account is at TD Bank. Statements come from TD's business banking site." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Statements come from TD's business banking site." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Dives are logged with DJI Matrice drones. Logs come from the DJI cloud." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The HRIS export runs nightly; Dana, our HRIS Analyst, reads it." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: a customer's town, a specification's name", () => {
  it("reads 'our customer in Anjo' as a place, and 'pushed to Anjo' as a system", () => {
    expect(rulesAt(brief({ context: "Mikawa Axle (our customer in Anjo) sends a weekly forecast as CSV." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The weekly forecast is pushed to Anjo as CSV." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'GTFS Realtime' as the name of a specification, and 'in real time' as a speed to give", () => {
    expect(rulesAt(brief({ api: "- `GET /alerts.pb` returns a protocol buffer as defined in the GTFS Realtime specification." }), 9)).toEqual([]);
    // Session 20: vague-term, as writers label it (13 of 15 labelled lines).
    expect(rulesAt(brief({ api: "- `GET /alerts.pb` returns the alerts in real time." }), 9)).toEqual(["vague-term"]);
  });
});

describe("session 9: a limit's period is not its amount", () => {
  it("asks for the amount of 'a daily limit', not of 'one per day', and sizes 'Large CSVs'", () => {
    expect(rulesAt(brief({ api: "- Members have a daily limit for instant payments." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Limit reminders to one per day." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Large CSVs are split before the import." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- CSVs over 20 MB are split before the import." }), 9)).toEqual([]);
  });
});

describe("session 9: a retry with no end", () => {
  it("asks how many times 'retry until it works', not 'retry until 10:00'", () => {
    expect(rulesAt(brief({ edge: "- Shopee API error: retry until it works." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Shopee API error: retry until the cut-off at 10:00." }), EDGE)).toEqual([]);
  });
});

describe("session 9: word senses in acceptance criteria", () => {
  const AC = 17;
  it("reads 'right to left' as a direction, 'would love this' as a wish and 'no longer contains it' as observed", () => {
    expect(rulesAt(brief({ ac: "- The ticket PDF shows the name in Arabic script, right to left." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- After a refund, the next bundle no longer contains the ticket." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "Thanks, would love this before the end of the quarter." }), AC)).toEqual([]);
  });

  it("still reads 'no longer has to worry' and 'customers love it' as outcomes nobody can check", () => {
    expect(rulesAt(brief({ ac: "- Finance no longer has to worry about unmatched payments." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Customers love the new flow." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 9: a model after its maker's name", () => {
  it("reads 'Logizard ZERO' and 'Keyence VHX' as product names, and 'the ZERO export' alone as an acronym to expand", () => {
    expect(rulesAt(brief({ context: "Stock comes from our warehouse system, Logizard ZERO, whose ZERO export runs nightly." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Photos from the Keyence VHX microscope are stored for 90 days." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Stock comes from the ZERO export, which runs nightly." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: two acronyms that name one company", () => {
  it("reads 'CMA CGM' and 'EPEX SPOT' as names, and a lone 'CGM' as an acronym to expand", () => {
    expect(rulesAt(brief({ context: "Containers with other carriers (CMA CGM, Ocean Network Express) are ignored for now." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We trade power on EPEX SPOT every 15 minutes." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each reading comes from the CGM every 5 minutes." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: the platform people work on", () => {
  it("reads 'Organisers on Tadhkira' as the platform they use, and 'jobs run on Tadhkira' as a system", () => {
    expect(rulesAt(brief({ context: "Organisers on Tadhkira create promo codes in the organiser dashboard." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Promo code jobs run on Tadhkira every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: an expansion with accents", () => {
  it("reads 'DUS: Documento Único de Salida' as the acronym spelled out, and 'DUS: filed by our broker' as not", () => {
    expect(rulesAt(brief({ edge: "- DUS: Documento Único de Salida, the Chilean customs export declaration." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- DUS: filed by our customs broker." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 9: someone's thread or email", () => {
  it("reads 'Tammy's Slack thread' as a person's, not a code name", () => {
    const md = brief({ context: "Background on the hours-of-service rules is in Tammy's Slack thread." });
    expect(check(md).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
    expect(rulesAt(brief({ context: "Hours-of-service rules are computed in Tammy every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: 'we' spelled out", () => {
  it("reads 'Yuki and I agreed' as a decision nobody wrote down, and 'Yuki and I maintain' as a fact", () => {
    expect(rulesAt(brief({ api: "- Use the state names Yuki and I agreed on last month for `inspections.status`." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Yuki and I maintain the `inspections.status` values listed above." }), 9)).toEqual([]);
  });
});

describe("session 9: knowledge in the head of someone just named", () => {
  it("reads 'Pak Rudi made it, he knows the format' as shared context, and 'the scheduler knows the format' as a system", () => {
    expect(rulesAt(brief({ api: "- The layout follows the report Pak Rudi made for the 2023 audit, he knows the format." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- The scheduler knows the format from the header row." }), 9)).toEqual([]);
  });
});

describe("session 9: work the brief does not ask for", () => {
  const withOutOfScope = (line: string): string => brief({}) + `\n## Out of scope\n\n${line}\n`;
  it("asks nothing of names, figures or sources under 'Out of scope', and still reports a placeholder or a question there", () => {
    expect(rulesAt(withOutOfScope("- Van routing (we use Routific for that, refreshed often)."), 21)).toEqual([]);
    expect(rulesAt(withOutOfScope("- Changing how the late fee is calculated, as agreed with Anna."), 21)).toEqual([]);
    expect(rulesAt(withOutOfScope("- Italian e-mail templates: TBD by end of June."), 21)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Van routing: we use Routific for that, refreshed often." }), EDGE)).toEqual(["unquantified", "undefined-term"].sort());
  });
});

describe("session 9: the writer on their own brief", () => {
  it("reads 'if anything is not clear' and 'I try to be clear' as talk about the brief, and 'messages must be clear' as vague", () => {
    expect(rulesAt(brief({ context: "Please reply to me (Nurul) if anything is not clear." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Sorry for my English, I try to be clear." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Error messages must be clear." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ context: "If the error is not clear, support gets a ticket." }), CONTEXT)).toEqual(["vague-term"]);
  });
});

describe("session 9: names in the story a long context paragraph tells", () => {
  it("reads a name first met in a context paragraph of 300 characters or more as part of the story, and one in a short line as a code name", () => {
    const story =
      "We have 14 branches in Nairobi and Kiambu, each with its own till number. Cashiers ring up sales on our point-of-sale system (we use Tillvane) and customers pay on the till. Every evening the branch manager matches the till statement against the day's sales by hand, which takes about an hour per branch.";
    expect(story.length).toBeGreaterThanOrEqual(300);
    expect(rulesAt(brief({ context: story }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Sales are rung up in Tillvane and paid on the till." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: retention left to a rule, and outcomes nobody can run", () => {
  it("asks how long 'the period required by the regulations' is, not '5 years, as the regulations require'", () => {
    expect(rulesAt(brief({ api: "- Report files are kept for the period required by the regulations." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Records are kept for as long as the regulation requires." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Report files are kept for 5 years, as the regulations require." }), 9)).toEqual([]);
  });

  it("reads 'the site doesn't fall over' and 'admin is satisfied' as uncheckable criteria", () => {
    expect(rulesAt(brief({ ac: "- The site doesn't fall over on launch day." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Admin is satisfied." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 9: a group in lower case", () => {
  it("reads 'from AKVA group' as a name, and 'the OCS systems' as an acronym to expand", () => {
    expect(rulesAt(brief({ context: "Each barge has a central feeding system from AKVA group." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each top-up is credited on the OCS systems within 5 seconds." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: 'the same' in a story of last month", () => {
  it("reads 'last month two customers paid for the same cloth' as a story, and 'the same rules as last year' as a precedent", () => {
    expect(rulesAt(brief({ context: "Each piece is unique. Last month two customers paid for the same cloth within one minute." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Twice last month we sold the same frame twice." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Approval rules are the same as last year." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Use the same escalation ladder we set up for the pilot last spring." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 9: ERP beside CRM", () => {
  it("reads ERP as a term every backend contractor knows, like CRM, and an unknown three-letter system as one to expand", () => {
    expect(rulesAt(brief({ context: "Each machine controller sends start and stop events to the ERP table `machine_events`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each machine controller sends start and stop events to the MXP table `machine_events`." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: currencies and nationalities written with a capital", () => {
  it("reads 'in Rupiah', 'Faroese' and 'NB!' as ordinary words, and an unknown capitalised system as a code name", () => {
    expect(rulesAt(brief({ context: "Each harvest line has a weight in kg and a price per kg in Rupiah." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Quota comes from the Faroese Ministry of Fisheries every January." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "NB: prices change every morning at 07:00." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each harvest line is priced by Rupa every morning at 07:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: a time zone with its offset", () => {
  it("reads 'EEST, UTC+3' and 'WIB (UTC+7)' as time zones, and a bare 'EEST' as an acronym to expand", () => {
    expect(rulesAt(brief({ context: "Permits stop at 00:00 Tallinn time (EET, UTC+2, or EEST, UTC+3 in summer)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Shifts change at 14:00 WIB (UTC+7) every day." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Permits stop at 00:00 EEST on the 1st." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 9: TBC Bank, and what has to be done", () => {
  it("reads 'TBC Bank' as a bank and 'have to be written' as an obligation, and 'Refund rules: TBC' and 'is to be confirmed' as gaps", () => {
    expect(rulesAt(brief({ api: "- Card payment goes through TBC Bank online payment gateway." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Holds have to be written to the holds table so the shop staff see them." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Refund rules: TBC." }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ api: "- The deposit amount is to be confirmed." }), 9)).toEqual(["placeholder"]);
  });
});

describe("session 9: Georgian, Armenian and Ethiopic script", () => {
  it("reads a Georgian sentence as not English, and a Georgian name in quotes as literal", () => {
    expect(rulesAt(brief({ edge: "- ვებჰუკი თუ ერთ საათში არ მოვიდა, ოფისმა სტუმარს უნდა დაურეკოს." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The receipt shows the shop name \"ღვინო\" at the top." }), EDGE)).toEqual([]);
  });
});

describe("session 9: what was said, quoted below", () => {
  it("reads a meeting followed by a block quote of what was said as written down, and one with nothing below as shared context", () => {
    const quoted = brief({ context: "The client asked for this in our kickoff. Their words, from the meeting notes:\n\n> Stop the belt when a bale is over 250 kg." });
    expect(rulesAt(quoted, CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The client asked for this in our kickoff; see the meeting notes." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 9: a quantity in the reason given", () => {
  it("reads 'because a lot of our volunteers are retirees' as a reason, and 'a lot of retries' as a count left out", () => {
    expect(rulesAt(brief({ api: "- Error messages name the field, because a lot of our volunteers are retirees." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Payment fails: do a lot of retries before giving up." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 9: a tool's records", () => {
  it("reads 'creates the Zendesk ticket' as the product's output, and 'Zendesk ticket 4412' as a page to open", () => {
    expect(rulesAt(brief({ api: "- The endpoint creates the Zendesk ticket with the claim and its photos." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "The refund history is in Zendesk ticket 4412." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 9: the size of the request, a check named by its limit, CE marking", () => {
  it("reads 'Short ticket', 'a daily limit check' and 'CE marking' as needing no figure or expansion, and 'a short timeout' as a figure left out", () => {
    expect(rulesAt(brief({ context: "Short ticket: the shop needs this live by 1 July." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "This brief adds a daily limit check to the payout service." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We hold ISO 13485 and CE marking for every product." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- Calls to the bank use a short timeout." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 9: a state the rules test", () => {
  it("reads 'not decided within 7 days' and 'when … has not confirmed' as a record's state, and 'the partner has not confirmed the figure yet' as open", () => {
    expect(rulesAt(brief({ api: "- A request not decided within 7 calendar days expires: the order is cancelled." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- When the insurer has not confirmed the letter yet, `gl_limit` is `null`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The partner has not confirmed the figure yet." }), 9)).toEqual(["open-question"]);
  });
});

describe("session 9: a lot is a batch", () => {
  it("reads 'several lots of the contract' as batches, and 'a lot of photos' as a count left out", () => {
    expect(rulesAt(brief({ edge: "- A plot that delivered into several lots of the contract appears once." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Contractors attach a lot of photos per job: put a cap on them." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 9: a quality word's spelling in another language", () => {
  it("reads 'minimal' in an Indonesian sentence as that language's word, and 'minimal' in English as vague", () => {
    expect(rulesAt(brief({ edge: "- Tolong pastikan data lama tetap tersimpan minimal dua tahun, karena pembeli kadang minta riwayat." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Keep the stored history minimal." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 9: a duration in the reason given", () => {
  it("asks for the wait in 'because the webhook gives up after a short wait', not for the count in 'because partners check many dates'", () => {
    expect(rulesAt(brief({ api: "- Parsing returns within 200 ms, because the vendor's webhook gives up after a short wait." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Responses return within 200 ms, because partners check many date ranges." }), 9)).toEqual([]);
  });
});

describe("session 9: knowledge in a head as the problem to fix", () => {
  it("reads 'Today Yumi keeps this list in her head …' in a long context paragraph as the problem, and 'Marta has the details in her head' as shared context", () => {
    const story = "Today my sister Yumi keeps this list in her head and on sticky notes. Twice this year a pallet waited at the airport for 4 days because a certificate was missing, and we paid storage for it.";
    expect(story.length).toBeGreaterThan(150);
    expect(rulesAt(brief({ context: story }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Marta has the finer details in her head if anything here is unclear." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 9: a decision stated where it is mentioned", () => {
  it("reads 'Management decided to charge a fee' as written down, and 'Finance agreed to this in principle' as a decision held elsewhere", () => {
    expect(rulesAt(brief({ context: "Management decided to charge a fee of 25 EUR for every change." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Finance agreed that we allow partial refunds up to 50 EUR." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Finance agreed to this in principle." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 9: the decided figure as the subject, the decision after a colon", () => {
  it("reads 'The 2% was decided at RAT 2024' and 'has been decided: 409' as stated, and 'The cut-off was decided in the March meeting' as held elsewhere", () => {
    expect(rulesAt(brief({ context: "Each payout keeps 2% as compulsory savings. The 2% was decided at the 2024 members' meeting." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- What a closed application returns has been decided: `409 application_closed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The cut-off was decided in the March meeting." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 9: a number word that ends a name", () => {
  it("asks for the timeout in 'Call DT One with a timeout', and not in 'retry one time after a timeout of 10 s'", () => {
    expect(rulesAt(brief({ edge: "- Top-ups: call DT One with a timeout." }), EDGE)).toEqual(["undefined-term", "unquantified"]);
    expect(rulesAt(brief({ edge: "- Top-ups: call the provider with a timeout of 10 seconds." }), EDGE)).toEqual([]);
  });
});

describe("session 9: more outcomes nobody can run", () => {
  const AC = 17;
  it("reads 'a thing of the past', 'stored safely' and 'doesn't slow down the booking system' as uncheckable, and a bound as checkable", () => {
    expect(rulesAt(brief({ ac: "- Lost samples become a thing of the past." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Everything is stored safely." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The job doesn't slow down the booking system." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- While the job runs, booking p95 stays under 300 ms." }), AC)).toEqual([]);
  });
});

describe("session 9: what a team ran, in the past tense without -ed", () => {
  it("reads 'the same check the consultants ran for the pilot' as a precedent, and 'the same check as in the table above' as the brief's own", () => {
    expect(rulesAt(brief({ api: "- Use the same deforestation check the consultants ran for the pilot." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Use the same deforestation check for every farm: the polygon must not overlap forest." }), 9)).toEqual([]);
  });
});

describe("session 9: a retry after its condition, a little before", () => {
  it("asks how often in 'If the rate is not on the page yet, retry.' and how long in 'a little before pickup', not in 'retry 3 times'", () => {
    expect(rulesAt(brief({ edge: "- If the rate is not on the page yet, retry." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- If the upload fails, retry 3 times." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Check the forecast a little before pickup." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Check the forecast 2 hours before pickup." }), EDGE)).toEqual([]);
  });
});

describe("session 9: a brand-shaped name on in-house plumbing", () => {
  it("reads 'the MailRoom queue' and 'the BankSync job' as in-house parts, and 'the MarineTraffic API' as a public product", () => {
    expect(rulesAt(brief({ edge: "- Send the invoice PDF through the MailRoom queue." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Deposit notifications come in through the BankSync job." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Vessel positions come from the MarineTraffic API every hour." }), CONTEXT)).toEqual([]);
  });
});

describe("session 10: a question followed by what is or was so", () => {
  it("keeps 'Should animals that moved be left out? We don't always know when they move.' open, and 'Should … be left out? No, never.' decided", () => {
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? We don't always know when they move." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the trace go back to the single tree? Andi says the auditors never asked, but one buyer mentioned it." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? No, never." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? Always leave them out." }), EDGE)).toEqual([]);
  });
});

describe("session 10: asking someone after the topic, and a law's section", () => {
  it("reads 'For the printer protocol details ask Kenji.' as a source in someone's head, and 'Sellers ask support for a report' as users", () => {
    expect(rulesAt(brief({ edge: "- For the printer protocol details ask Kenji." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Sellers ask support for a monthly report; it is generated on the 1st." }), EDGE)).toEqual([]);
  });

  it("reads 'as discussed with Revenue' beside 'section 581 of the Act' as shared context, and 'as described in the section above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- The four-week rule (section 581 of the Taxes Consolidation Act 1997): apply it as discussed with Revenue last year." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The four-week rule: apply it as described in the Context section." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'some' before any time unit, and more uncheckable outcomes", () => {
  const AC = 17;
  it("asks how long in 'for some months' and 'for some years', not in 'for 6 months'", () => {
    expect(rulesAt(brief({ api: "- Keep raw telemetry for some months, then delete it." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Signed waivers are kept for some years." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Keep raw telemetry for 6 months, then delete it." }), 9)).toEqual([]);
  });

  it("reads 'without any problem' and 'fully compliant with DAC8' as uncheckable, and a stated result as checkable", () => {
    expect(rulesAt(brief({ ac: "- Finance can upload the files without any problem." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The report is fully compliant with DAC8." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Uploading the sample file `bca-2026-03.txt` returns `202` and lists 40 transfers." }), AC)).toEqual([]);
  });
});

describe("session 10: a place before a past participle, and 'low latency'", () => {
  it("reads 'one boat at Westerdok rented 10:00–12:00' as a place, and 'the process that Ines documented' as a source", () => {
    expect(rulesAt(brief({ edge: "- With one boat at Westerdok rented 10:00–12:00, the 10:00 start lists durations `[1, 2]`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Roll back with the canary process that Ines documented." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'low latency' as a quality word like 'low-latency', not as a limit, and 'p95 under 200 ms' as its measure", () => {
    expect(rulesAt(brief({ edge: "- Show online bids with low latency so the room does not fall behind." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Show online bids within 2 seconds (p95) so the room does not fall behind." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a verdict no figure makes checkable", () => {
  const AC = 17;
  it("reads 'gives the right answer for all 14 rules' and 'matches what accounting expects' as uncheckable, and 'works for 140 nurses' as anchored", () => {
    expect(rulesAt(brief({ ac: "- The calculator gives the right answer for all 14 rules." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- For the demo employer, the Q4 2025 figures match what accountants expect." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Finance saves a lot of time every month." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The roster import works for 140 nurses in one file." }), AC)).toEqual([]);
  });
});

describe("session 10: 'clearly' and 'fairly' as manners nobody measured", () => {
  it("flags 'show the remaining time clearly' and 'distributed fairly between engineers', not 'fairly small, at most 2 MB' or a rule that says how", () => {
    expect(rulesAt(brief({ edge: "- The shop tablet must show the remaining time until cut-off clearly." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Shifts should be distributed fairly between engineers." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Payout is rounded in a fair way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Uploads are fairly small, at most 2 MB each." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Shifts go round-robin between engineers, oldest last shift first." }), EDGE)).toEqual([]);
  });
});

describe("session 10: people named with a title or an honorific", () => {
  it("reads 'Ask Dr. Wanjiru which drugs' and 'what Okamoto-san showed us' as sources, and rules written in the brief as no source", () => {
    expect(rulesAt(brief({ edge: "- Opt-out: a patient who replies STOP gets no more reminders. Ask Dr. Wanjiru which drugs should be excluded." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Matching rules follow what Okamoto-san showed us on the screen share." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Matching rules are the three in the table below: amount, date, then name." }), EDGE)).toEqual([]);
  });
});

describe("session 10: places by who is there or who goes there", () => {
  it("reads 'a fourth hut in Sumbawa' and 'drive back to Thisted' as places, and 'pricing rules are pushed to Koyuki' as a system", () => {
    expect(rulesAt(brief({ edge: "- We plan to open a fourth hut in Sumbawa next year; it gets its own stock list." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Technicians drive back to Thisted for a part that another van had in stock." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Pricing rules are pushed to Koyuki every night." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 10: a percentage beside a quality word, and a field described by a cue of two words", () => {
  it("reads '30% polished' as measured and 'polished' alone as vague", () => {
    expect(rulesAt(brief({ edge: "- Grade `3bu` is rice 30% polished; grade `7bu` is 70% polished." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The rice for the premium grade must look polished." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads '| `late_fee` | late fee in yen |' as the field's description, and 'charge a late fee' as a missing amount", () => {
    const table = "| Field | Meaning |\n| --- | --- |\n| `late_fee` | late fee in yen, 0 for on-time returns |";
    expect(rulesAt(brief({ api: table }), 11)).toEqual([]);
    expect(rulesAt(brief({ api: "- Late returns: charge a late fee." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 10: Danish, Norwegian, Swedish and German lines the function words missed", () => {
  it("flags 'Kunderne skal kunne forny … uden at logge ind' and 'faktureres i SEK, men … og ikke i kroner', not an English line with 'I'", () => {
    expect(rulesAt(brief({ context: "Kunderne skal kunne forny direkte fra linket i mailen uden at logge ind." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Svenske kunder faktureres i SEK, men saldoen føres altid i antal paller og ikke i kroner." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Wir speichern alles in UTC, und die Zeiten kommen ohne Offset." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "I want customers in Oslo to renew from the link in the mail without logging in." }), CONTEXT)).toEqual([]);
  });
});

describe("session 10: 'above the cap' compares, and two people who think differently", () => {
  it("reads 'the way we agreed in the retro' as shared context even when the line says 'above the cap', and 'as shown in the table above' as the brief's own", () => {
    // The cap is given in the context: a cap compared with and never given is unquantified (session 20).
    expect(rulesAt(brief({ context: "Each seller may list up to 40 items (the cap).", edge: "- The listing is now above the cap: handle it the way we agreed in the retro." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Each seller may list up to 40 items (the cap).", edge: "- The listing is now above the cap: handle it as shown in the table above." }), EDGE)).toEqual([]);
  });

  it("keeps 'Should a second meal be billed? Budi thinks yes, Sari thinks no.' open, and 'Yes, bill both meals.' decided", () => {
    expect(rulesAt(brief({ edge: "- Should a second meal be billed if the worker is on a double shift? Budi thinks yes, Sari thinks no." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should a second meal be billed if the worker is on a double shift? Yes, bill both meals." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'the same' before a thing someone keeps", () => {
  it("reads 'the same exclusion list Thandi uses' and 'the one Pak Rudi sends' as practice never shown, and 'the same list as in the table above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- Test accounts: use the same exclusion list Thandi uses for the monthly report." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Email format is the same as the one Pak Rudi sends by hand now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Test accounts: use the same exclusion list as in the table above." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an in-house artifact known by its name", () => {
  it("reads 'after the Parang check passes' and 'the Skipperlog form' as code names, and 'the Parang hills' as a place", () => {
    expect(rulesAt(brief({ edge: "- Payouts only go out after the Parang check passes." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- After each slot the skipper fills in the Skipperlog form for the boat." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Deliveries to farms in the Parang hills take a second day." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a time of day measures no quality", () => {
  it("flags 'go out smoothly at 08:00' and 'handle the 7:00–7:30 peak gracefully', not 'all within 2 minutes'", () => {
    expect(rulesAt(brief({ edge: "- The postponed pushes should go out smoothly at 08:00." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Notification fan-out must handle the 7:00–7:30 peak gracefully." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The postponed pushes go out at 08:00, all within 2 minutes." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a quality word inside a term abbreviated right after it", () => {
  it("reads 'significant wave height (Hs)' and 'significant control (PSC)' as terms, and 'a significant load' as vague", () => {
    expect(rulesAt(brief({ edge: "- Transfers stop when the significant wave height (Hs) is above 1.5 m." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Check every person with significant control (PSC) against the sanctions list." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The import must cope with a significant load on Mondays." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 10: private addresses a check refuses, and 'nas' in other languages", () => {
  it("reads a private range or URL that the API refuses with a 4xx as example input, and a private host to open as private", () => {
    expect(rulesAt(brief({ edge: "- Subscription URL resolves to a private IP range (10.0.0.0/8, 192.168.0.0/16): `422 private_url`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Creating a subscription with `https://192.168.1.20/hook` returns `422 url_not_allowed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The old receiver is still at `http://192.168.1.20/hook` if you want to look at it." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads the Polish and Portuguese word 'nas' as no NAS", () => {
    expect(rulesAt(brief({ context: "To jest dla nas bardzo ważne, bo za brak faktury będą kary." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "The sample files are on the NAS under /finance/settlement." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 10: a period named by what happens in it", () => {
  it("reads 'the pay period' and 'the same meal period' as spans the data gives, and 'after the review window' as a wait to set", () => {
    expect(rulesAt(brief({ edge: "- A second scan of the same badge in the same meal period is stored as `duplicate`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Worker joins mid-month: only days inside the employment period count." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Unanswered requests are approved automatically after the review window." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: fees left without their amount", () => {
  it("asks for the amount of 'we add a late fee', and not of 'no late fee' or 'any late fee is a separate row'", () => {
    const md = brief({ edge: "- If the customer pays late, we add a late fee." });
    expect(rulesAt(md, EDGE)).toEqual(["unquantified"]);
    expect(check(md).findings.find((f) => f.line === EDGE)?.message).toContain("give the amount");
    expect(rulesAt(brief({ edge: "- Customer extends before the due date: no late fee." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Any late fee is a separate row in `fines`." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an order and a measured duration are not limits", () => {
  it("reads 'newest first' and 'the newest listings' as an order, 'prep time' as a measured value, and 'recent listings' as an age to give", () => {
    expect(rulesAt(brief({ edge: "- `q` empty and no filters: return the newest listings." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- ETA = remaining prep time + rider travel time to the restaurant." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `q` empty and no filters: return recent listings." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: a guess about the data", () => {
  it("reads 'are probably duplicates: flag them' as a guess the line handles, and 'should probably be supported' as doubt", () => {
    expect(rulesAt(brief({ edge: "- Two payments for the same member within 10 minutes are probably duplicates: flag them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Download of the whole gallery as a ZIP should probably be supported." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 10: 'our workshop' as a place, 'our planning' as a tool", () => {
  it("reads 'to order in our workshop in Takayama' as a place, and 'as agreed in our workshop' as a meeting", () => {
    expect(rulesAt(brief({ context: "We build chairs to order in our workshop in Takayama." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each morning I make the routes in our planning program and print a sheet per driver." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Missing hours: fill them as agreed in our workshop." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 10: 'lower' and 'higher' comparing two values in a condition", () => {
  it("reads '`short_paid` when the file amount is lower' as a comparison, and 'the yield is lower, so check it' as a level to give", () => {
    expect(rulesAt(brief({ edge: "- Set `cod_status` to `short_paid` when the file amount is lower, `over_paid` when it is higher." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- For fillet the yield is lower, so also check the ratio." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: compared against a limit, not asking for one", () => {
  it("reads 'a claim above a limit is still accepted' as one of the brief's limits, and 'up to a limit' as a limit left out", () => {
    expect(rulesAt(brief({ edge: "- Meals up to 40 EUR per day; a claim above a limit is still accepted but marked `over_limit`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Accept late updates up to a limit; older ones go to manual review." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: temperature scales and a law's number", () => {
  it("reads 'set to Celsius' and 'Directive 2003/88/EC' as public, and 'the Kelvin cluster' as a code name", () => {
    expect(rulesAt(brief({ context: "The loggers on our routes are set to Celsius." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The EU Working Time Directive 2003/88/EC requires 11 hours of rest between shifts." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Processed data goes to the Kelvin cluster for the models." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 10: who acts in a place, and a record posted twice", () => {
  it("reads 'our buyer in Liwa decides the price' and '- Inspection posted twice: `409`' as no source, and 'Priya decided the price' as one", () => {
    expect(rulesAt(brief({ context: "Every morning our buyer in Liwa decides the price we pay that day, per kilogram." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Inspection posted twice for the same core: `409`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The price follows the rule Priya decided last spring." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 10: 'batched' as a state", () => {
  it("reads 'Non-alarm readings can stay batched' as how they travel, and 'send them in batches' as a size to give", () => {
    expect(rulesAt(brief({ edge: "- Non-alarm readings can stay batched; alarms go out one by one." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send the SMS in batches so the operators do not block us." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: advice given once, a check someone made, a pastor", () => {
  it("reads 'the way our CA suggested', 'the colour check Lars made' and 'like Pastor Davis described' as sources, and 'the way the table below shows' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- Rounding: do it the way our CA suggested." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- For counting the colours use the colour check Lars made last year." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Security codes should work like Pastor Davis described on Sunday." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rounding: do it the way the table below shows, half up to the cent." }), EDGE)).toEqual([]);
  });
});

describe("session 10: more Indonesian and Italian function words", () => {
  it("flags 'Harga ditampilkan dalam rupiah tanpa desimal.' and 'Bagaimana kalau stasiun offline seharian?', not 'per day' in English", () => {
    expect(rulesAt(brief({ context: "Harga ditampilkan dalam rupiah tanpa desimal." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Bagaimana kalau stasiun offline seharian?" }), EDGE)).toContain("non-english");
    expect(rulesAt(brief({ context: "Prices are shown per day, in rupiah, without decimals." }), CONTEXT)).toEqual([]);
  });
});

describe("session 10: meetings to come, API calls, records posted out of order", () => {
  it("reads 'the board decides at the October meeting' and 'in March makes the call return `422`' as no past meeting, and 'as discussed at the October meeting' as one", () => {
    expect(rulesAt(brief({ edge: "- Send time of day: the board decides at the October meeting; until then 09:00." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A carcass without grade in March makes the call return `422 missing_grade`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send time of day: as discussed at the October meeting." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads '- Entries posted out of order are stored' as records, not a person's act", () => {
    expect(rulesAt(brief({ edge: "- Entries posted out of order are stored and sorted by odometer." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a conversation held on a chat tool", () => {
  it("reports 'like we talked about on Teams last week' once, as shared context, and 'agreed in #sec-privacy on Slack' as a private link", () => {
    expect(rulesAt(brief({ edge: "- Stream the rows as they are read, like we talked about on Teams last week." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The pattern list was agreed in #sec-privacy on Slack." }), EDGE)).toContain("private-link");
  });
});

describe("session 10: 'as discussed' in other languages", () => {
  it("reads 'wie besprochen' and 'como combinado com a Joana' as shared context, and a stated refund as none", () => {
    expect(rulesAt(brief({ edge: "- Cancelled later than that: partial refund, como combinado com a Joana." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ context: "Quick one, wie besprochen." }), CONTEXT)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Cancelled later than that: partial refund of 50%." }), EDGE)).toEqual([]);
  });
});

describe("session 10: what someone said, and another brief", () => {
  it("reads 'follow what she said' and 'as described in the separate gate-scan brief' as sources, and 'as described in the API section' as this brief", () => {
    expect(rulesAt(brief({ edge: "- Our accountant explained the retention rules on the phone, so follow what she said." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The gate service works as described in the separate gate-scan brief we sent last week." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The gate service works as described in the API section of this brief." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'correct' beside a frequency word", () => {
  const AC = 17;
  it("reads 'The monthly report is correct.' as uncheckable, and 'The monthly report for March lists 14 rows.' as checkable", () => {
    expect(rulesAt(brief({ ac: "- The monthly report is correct." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The monthly report for March lists 14 rows." }), AC)).toEqual([]);
  });
});

describe("session 10: a quality word used as a noun after 'per' or 'each'", () => {
  it("reads 'The cut-off applies per fair' as the noun, and 'The split must be fair' as a quality", () => {
    expect(rulesAt(brief({ edge: "- The cut-off applies per fair; every fair from 2025 on has `build_up_start`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The split between the two halls must be fair." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 10: doubt and function words in more languages", () => {
  it("keeps 'Apakah …? Saya belum yakin.' open, and flags a Danish and an Estonian line", () => {
    expect(rulesAt(brief({ edge: "- Apakah increment juga berlaku untuk proxy bid? Saya belum yakin." }), EDGE)).toContain("open-question");
    expect(rulesAt(brief({ edge: "- Filen flyttes til done-mappen inden for 2 minutter." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Saartele, kuhu pääseb ainult praamiga, me ei vea, isegi kui kaugus sobib." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The file is moved to the done folder within 2 minutes." }), EDGE)).toEqual([]);
  });
});

describe("session 10: more precedents: a title before the name, how we handle another case, last harvest", () => {
  it("reads 'same as Pak Dedi does it now', 'same as we handle in-shop no-shows' and 'like last harvest' as practice never shown, and 'same as the table above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- No answer by 20:00: move them to Batu Karas, same as Pak Dedi does it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customer not at home: rebooked automatically, same as we handle in-shop no-shows." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rapeseed bookings are handled like last harvest." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customer not at home: rebooked automatically, same as in the table above." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a figure does not measure a manner", () => {
  it("flags 'names up to 60 characters must wrap properly' and 'degrade gracefully for queries over 60 seconds', not 'fast: p95 under 200 ms'", () => {
    expect(rulesAt(brief({ edge: "- Production names up to 60 characters must wrap properly in the header." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The v1 endpoint should degrade gracefully for queries over 60 seconds." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The search must be fast: p95 under 200 ms." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a rule taken from an old version", () => {
  it("reads 'Use the rounding from the old PHP module' as practice never shown, and 'Events imported from the old claims system' as data", () => {
    expect(rulesAt(brief({ edge: "- Use the rounding from the old PHP module, it was validated by our accountant." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Events imported from the old claims system in 2022 already have distinct timestamps." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an appearance compared with what the brief does not show", () => {
  const AC = 17;
  it("reads 'Tickets look like the current ones.' as uncheckable, and 'Tickets match the sample PDF in the repo' as checkable", () => {
    expect(rulesAt(brief({ ac: "- Tickets look like the current ones." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Tickets match `fixtures/ticket-sample.pdf` field by field." }), AC)).toEqual([]);
  });
});

describe("session 10: a basecamp, and readings posted late", () => {
  it("reads 'from our basecamp below the summit' as a place and 'in our Basecamp' as a private tool", () => {
    expect(rulesAt(brief({ context: "The tour starts at 04:00 from our basecamp below the summit." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The itinerary is in our Basecamp." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("reads '- Readings posted 3 hours late produce no message.' as records", () => {
    expect(rulesAt(brief({ edge: "- Readings posted 3 hours late produce no message." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a borrowed word repeated is one sign of another language", () => {
  it("reads 'integers in øre (1 DKK = 100 øre)' as English, and 'Kommunerne skal have besked senest 24 timer før afgang' as Danish", () => {
    expect(rulesAt(brief({ api: "All amounts are integers in øre (1 DKK = 100 øre), including 25% VAT (value added tax). Days are calendar days in Danish time (Europe/Copenhagen)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Kommunerne skal have besked senest 24 timer før afgang, politiet senest 48 timer før." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 10: 'the correct' in acceptance criteria", () => {
  const AC = 17;
  it("reads 'Buyer sees the correct price.' as uncheckable, and 'shows the correct total `1,250`' as anchored", () => {
    expect(rulesAt(brief({ ac: "- Buyer sees the correct price." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Commuters are not charged unfairly." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- For the sample cart the page shows the correct total `1,250`." }), AC)).toEqual([]);
  });
});

describe("session 10: someone's own way, and a file known by whose it is", () => {
  it("reads 'do it like Pak Joko plans it now' and 'like in the spreadsheet of Pak Rudi' as practice never shown, and 'like the table below' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- If one jeep picks up from 2 hotels, do it like Pak Joko plans it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Late fees are calculated like in the spreadsheet of Pak Rudi." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- If one jeep picks up from 2 hotels, order the stops like the table below." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a problem that 'does not happen any more'", () => {
  const AC = 17;
  it("reads 'The double tap problem does not happen any more.' as uncheckable, and 'the job does not call the script any more' as a call to check", () => {
    expect(rulesAt(brief({ ac: "- The double tap problem does not happen any more." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- After the switch, the nightly job does not call `export.sh` any more." }), AC)).toEqual([]);
  });
});

describe("session 11: a decision left open beside a placeholder is the placeholder's problem", () => {
  it("reads 'TBD, finance has not decided' and 'TBD, I must check with the vendor' as one placeholder, and a question or 'ask finance' as a second problem", () => {
    expect(rulesAt(brief({ edge: "- Later than that: TBD, finance has not decided." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Scanner firmware version: TBD, I must check with the vendor." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Threshold: TBD, Okada-san decides after Golden Week." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Payment deadline: TBD (7 days? or until the end of the month?)" }), EDGE)).toEqual(["open-question", "placeholder"]);
    expect(rulesAt(brief({ edge: "- Maximum range: TBD (ask finance)." }), EDGE)).toEqual(["placeholder", "shared-context"]);
  });
});

describe("session 11: a question 'still to discuss' stays open", () => {
  it("reads 'block it or allow? Still to discuss with Pak Haji Rusli.' as open, and 'block it or allow? Block it, with 409.' as answered", () => {
    expect(rulesAt(brief({ edge: "- Boat owner bidding on his own lot: block it or allow? Still to discuss with Pak Haji Rusli." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Driver from other outlet can take the order or not? Still discuss with franchise owners." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Boat owner bidding on his own lot: block it or allow? Block it, the API returns `409 own_lot`." }), EDGE)).toEqual([]);
  });
});

describe("session 11: the other side of an integration", () => {
  it("reads 'the same way we did for the Labcorp integration' as a company's product, and 'reuse the Kulku job' as an in-house name", () => {
    expect(rulesAt(brief({ context: "Handle the retries the same way we did for the Labcorp integration." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Card refunds go through our existing Tyro integration.", edge: "- Card refund rejected by Tyro: `502 refund_failed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Handle the retries with the Kulku job." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Build it the same way as the old Kulku integration." }), CONTEXT)).toContain("undefined-term");
  });
});

describe("session 11: acronyms explained in other ways", () => {
  it("reads 'WIB, Western Indonesia Time)' and 'BPOM = Badan Pengawas Obat dan Makanan' as expansions, not 'WIB, Head Office)'", () => {
    expect(rulesAt(brief({ context: "The list is downloaded at opening time (07:00 WIB, Western Indonesia Time) every day." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each product carries its BPOM number (BPOM = Badan Pengawas Obat dan Makanan, the food and drug authority)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Orders close every day (17:00 WIB, Head Office)." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'MPK Wrocław (the city's public transport company)' and 'SK ID Solutions' as organisations, not 'MPK Wrocław runs'", () => {
    expect(rulesAt(brief({ context: "MPK Wrocław (the city's public transport company) runs about 300 trams." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Signing goes through the SK ID Solutions signing service." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "MPK Wrocław runs about 300 trams." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: a usual value written right there", () => {
  it("reads 'follow the usual format `CT-YYYY-NNNNNN`' and '`Ekstra udstillerkort`, which is the wording accounting uses' as given, not 'the usual format' or 'the wording accounting uses' alone", () => {
    expect(rulesAt(brief({ edge: "- New ticket ids follow the usual format `CT-YYYY-NNNNNN`, with new numbers." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Extra badges appear on the invoice with the text `Ekstra udstillerkort`, which is the wording accounting uses." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- New ticket ids follow the usual format, with new numbers." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Extra badges appear on the invoice with the wording accounting uses." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 11: states that read like someone's past deed or kept list", () => {
  it("reads 'leaves Gaj with 4 and Borek unchanged' as a state, and 'the process Borek configured' as a precedent", () => {
    const AC = 17;
    expect(rulesAt(brief({ ac: "- A transfer of 6 to Borek leaves Gaj with 4 and Borek unchanged." }), AC)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Transfers between depots: the process Borek configured." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'the numbers we have are out of date' as data, and 'use the numbers we have' as a list no one wrote down", () => {
    const line = (s: string) => `${s} Holders log in with MitID (the Danish national digital ID).`;
    expect(rulesAt(brief({ context: line("About 1 in 8 of the numbers we have are out of date.") }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: line("Send the reminder to the numbers we have.") }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 11: a list of quoted messages introduced once", () => {
  it("reads the second quoted item under 'The letter text is literal output' as literal, and the same items after 'Two applicants wrote to us last week.' as prose", () => {
    const items = '- Approved: "Din ansøgning om økort er godkendt."\n- Rejected: "Din ansøgning om økort er afvist, fordi din adresse ikke er på øen."';
    const literal = brief({ edge: `The letter text is literal output and must read exactly as below.\n\n${items}` });
    expect(rulesAt(literal, 15)).toEqual([]);
    expect(rulesAt(literal, 16)).toEqual([]);
    const pasted = brief({ edge: `Two applicants wrote to us last week.\n\n${items}` });
    expect(rulesAt(pasted, 16)).toEqual(["non-english"]);
  });
});

describe("session 11: more premises that stand in a place", () => {
  // Session 13: "Ribe" became a known place (lexicon/home-places.ts); an invented town's name keeps the test's point.
  it("reads 'our Viking museum in Vestholm' as a place, and 'the visits are stored in Vestholm' as a system", () => {
    expect(rulesAt(brief({ context: "Schools book guided visits at our Viking museum in Vestholm." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Schools book guided visits, and the visits are stored in Vestholm." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: absences and nouns that ask for nothing", () => {
  it("reads 'both plans for a couple.', 'do not retry it', 'nothing is attached' and 'It has no LINE group' as behaviour, not gaps", () => {
    expect(rulesAt(brief({ edge: "- Some insurers can be both plans for a couple. The gateway sends two requests." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: mark that message `failed` and do not retry it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reading outside the allowed range: `422 out_of_range`; nothing is attached." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Q: Should we alert for the online warehouse too? A: No. It has no LINE group." }), EDGE)).toEqual([]);
  });

  it("still reads 'a couple of times', 'retry it', 'the layout is attached' and 'post it in the LINE group' as gaps", () => {
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: retry a couple of times." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: mark that message `failed` and retry it." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Reading outside the allowed range: `422 out_of_range`; the layout is attached." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Q: Should we alert for the online warehouse too? A: Yes, the list is in the LINE group." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 11: a path segment is no host", () => {
  it("reads '/runs/{run_id}/internal.csv' as a path, and 'https://reports.internal/runs' as a private host", () => {
    expect(rulesAt(brief({ api: "`GET /v1/billing/runs/{run_id}/internal.csv` returns the file for the finance office." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "`GET https://reports.internal/runs` returns the file for the finance office." }), 9)).toEqual(["private-link"]);
  });
});

describe("session 11: a change measured by what it names", () => {
  const AC = 17;
  it("reads 'capped at the higher maximum' and 'goes down by the quantity of each order' as measured, not 'capped at some maximum' or 'goes down'", () => {
    expect(rulesAt(brief({ api: "The higher maximum wins at one increment above the lower maximum (capped at the higher maximum)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "`expires_in_days` is capped at some maximum, with a default when the field is omitted." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- `seats_left` goes down by the quantity of each paid order." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- `seats_left` goes down after each paid order." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 11: 'must be exactly:' introduces literal text", () => {
  it("reads a Japanese quotation after 'The LINE message text must be exactly:' as literal, and after 'A customer wrote to us last week:' as prose", () => {
    expect(rulesAt(brief({ api: 'The LINE message text must be exactly: "お待たせしました！ご希望のレンズをご用意できます。"' }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: 'A customer wrote to us last week: "お待たせしました！ご希望のレンズをご用意できます。"' }), 9)).toEqual(["non-english"]);
  });
});

describe("session 11: a capitalised function word of another language inside a sentence is a name", () => {
  it("reads 'Upgrade (Lite → Standard, Lite → Pro)' as English, and 'Det er lite tid igjen før fristen' as Norwegian", () => {
    expect(rulesAt(brief({ edge: "- Upgrade (Lite → Standard, Lite → Pro, Standard → Pro): charge the difference now and switch the plan now." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Det er lite tid igjen før fristen, så vi må sende påminnelsen i dag." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 11: words of other languages that are no doubt", () => {
  it("reads 'au plus tard', 'sekecil mungkin' and 'かもしれません' as statements, and 'je ne sais pas encore' as doubt", () => {
    expect(rulesAt(brief({ context: "Le fichier doit être déposé au plus tard 2 heures avant le départ, puis mis à jour." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Sinyal internet lemah, jadi respons API harus sekecil mungkin." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "予約の変更は今回は対象外ですが、将来は必要になるかもしれません。" }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Ce qui se passe avec les recettes partagées, je ne sais pas encore." }), CONTEXT)).toEqual(["non-english", "open-question"]);
  });
});

describe("session 11: 'often' describing the world", () => {
  it("reads 'The van often has a bad connection', 'free text, often Japanese' and '(often in Malay)' as facts, and 'Run it often.' as a schedule to give", () => {
    expect(rulesAt(brief({ edge: "- The van often has a bad connection, so the endpoint accepts batches of up to 50 scans." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| `notes` | string | free text, often Japanese |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `note`: free text up to 200 characters (often in Malay)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Something needs to sweep expired holds. Run it often." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 11: the size of a program or a piece of work", () => {
  it("reads 'a small web portal', 'our small reader process' and 'a small addition' as no figure to give, and 'Large price changes' and 'a small batch' as sizes", () => {
    expect(rulesAt(brief({ context: "We want licensees to place orders themselves in a small web portal." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "`POST /v1/weights` is sent by our small reader process next to the scale." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Hi, a small addition we need before the fair in November." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Large price changes need my approval before they are pushed." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Run the backfill in a small batch at night." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 11: a minimum and a maximum named together", () => {
  it("reads 'returns the minimum, the maximum and every excursion' as values, and 'TTL has a minimum and maximum' as limits left out", () => {
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/report` returns the minimum, the maximum and every excursion, as JSON." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The listing price is between the bank's minimum and maximum (`min_price`, `max_price`)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- TTL has a minimum and maximum." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 11: a parenthesis after the term's noun explains it", () => {
  it("reads 'the Kasse app (our own ticket-desk app …)', 'a STAT order (pickup within 60 minutes …)' and 'NAD = Namibian dollars' as explained, not 'the Kasse app (see the endpoints below)' or 'a STAT order (optional)'", () => {
    expect(rulesAt(brief({ context: "Desk staff use the Kasse app (our own ticket-desk app on the Android tablets)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "A STAT order (pickup within 60 minutes of the request) costs 40 USD." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each row has the commission in NAD. NAD = Namibian dollars." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Desk staff use the Kasse app (see the endpoints below)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "A STAT order (optional) costs 40 USD." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: knowledge kept by a named person", () => {
  it("reads 'same as Bu Sari gives now', 'Okada-san can tell you the time', 'Agnieszka has them', 'the weight Pak Budi use' and 'as in the last audit' as shared context", () => {
    expect(rulesAt(brief({ context: "The discount is the same as Bu Sari gives now on WhatsApp." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The cutoff stays as it is today; Okada-san can tell you the time." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The compatibility data is in Excel files from the manufacturers, Agnieszka has them." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Portions are counted with the weight Pak Budi use in the kitchen." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Use the same threshold as in the last audit." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reads 'the weight the scale sends', 'as in the table below' and 'the importer reads them' as the brief's own", () => {
    expect(rulesAt(brief({ context: "Portions are counted with the weight the scale sends in grams." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Use the same threshold as in the table below." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The files come from the manufacturers, and the importer reads them." }), CONTEXT)).toEqual([]);
  });
});

describe("session 11: words that only look like gaps", () => {
  it("reads 'a QR code (quick response code)', 'returns all lots of a batch', 'ask Hiroshi if it is unclear' and 'has not confirmed by 20:00' as no gap", () => {
    expect(rulesAt(brief({ context: "Season passes carry a QR code (quick response code) with the pass id." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/lots` returns all lots of a batch, sorted by weighing time." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Credit limits are in the table below; ask Hiroshi in sales if it is unclear." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The guide has not confirmed by 20:00: no message goes out, and the office phones the participants." }), EDGE)).toEqual([]);
  });

  it("still reads 'a quick response', 'returns lots of rows', 'it is unclear whether' and 'legal has not confirmed' as gaps", () => {
    expect(rulesAt(brief({ context: "Season passes need a quick response from the scanner." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/lots` returns lots of rows, sorted by weighing time." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "It is unclear whether credit limits apply to new restaurants." }), CONTEXT)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Refunds after 30 days: legal has not confirmed yet." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 11: a level's name on a scale, and rules copied below", () => {
  it("reads '| 4 (high) or 5 (very high) |' as the names of levels, and 'if the danger is high' as a level left out", () => {
    expect(rulesAt(brief({ api: "| 4 (high) or 5 (very high) | `indoor` |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- If the danger is high, the course moves indoors." }), 9)).toEqual(["unquantified"]);
  });

  it("reads 'Bente wrote these rules in our planning doc; I copy them here as she wrote them:' as given below, and '…; follow them.' as a gap", () => {
    expect(rulesAt(brief({ context: "Bente wrote these two rules in our planning doc; I copy them here as she wrote them:" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Bente wrote these two rules in our planning doc; follow them." }), CONTEXT)).toContain("shared-context");
  });
});

describe("session 11: a private URL under Out of scope, and a quote from someone's e-mail", () => {
  it("reports a Slack link under 'Out of scope', not a tool named there", () => {
    const withOutOfScope = (item: string) => brief({}) + `\n## Out of scope\n\n${item}\n`;
    expect(rulesAt(withOutOfScope("Support thread: https://spiceway.slack.com/archives/C04PAY12/p1717000000"), 21)).toEqual(["private-link"]);
    expect(rulesAt(withOutOfScope("- Showing the status in the ops dashboard."), 21)).toEqual([]);
  });

  it("reads a Spanish block quote after 'From the federation's email:' as prose, and after 'The push text must be exactly:' as literal", () => {
    const quoted = (intro: string) => brief({ context: `The federation shows live results on its website. ${intro}\n\n> Necesitamos recibir el resultado en menos de un minuto desde que el delegado lo confirma.` });
    expect(rulesAt(quoted("From the federation's email:"), 7)).toEqual(["non-english"]);
    expect(rulesAt(quoted("The push text must be exactly:"), 7)).toEqual([]);
  });
});

describe("session 11: more of what a named person or team does", () => {
  it("reads 'like Pak Darto explain in the meeting', 'Hanne in the pro shop knows the rules' and 'the same lookup the ticket office uses' as shared context", () => {
    expect(rulesAt(brief({ context: "The commission rule is like Pak Darto explain in the meeting last Monday." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Hanne in the pro shop knows the rules for buggies." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- For the format in the e-mail, Jens in the gate office knows." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Cards are checked with the same lookup the ticket office uses." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reads 'like the table below shows', 'Hanne in the pro shop books the buggies' and 'the same lookup `GET /v1/cards` uses' as the brief's own", () => {
    expect(rulesAt(brief({ context: "The commission rule is like the table below shows." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Hanne in the pro shop books the buggies by phone." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Cards are checked with the same lookup `GET /v1/cards` uses." }), CONTEXT)).toEqual([]);
  });
});

describe("session 11: feelings and 'works well' that no figure anchors", () => {
  const AC = 17;
  it("reads 'Procurement is happy with the weekly report', 'without problems every night' and 'work well for all four clinics' as uncheckable", () => {
    expect(rulesAt(brief({ ac: "- Procurement is happy with the weekly report." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The import runs without problems every night." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The reminders work well for all four clinics." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Smart charging works correctly on all 14 sites." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("still reads 'works for 140 nurses' and 'all 4 students are satisfied' as anchored by their figures", () => {
    expect(rulesAt(brief({ ac: "- The roster works for 140 nurses on 3 wards." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- With 4 students choosing {A, B} and {C, D}, all 4 students are satisfied." }), AC)).toEqual([]);
  });
});

describe("session 11: a high similarity, a low confidence", () => {
  it("reads 'Flag theses with high similarity' and 'Reads with low confidence' as levels left out, not 'high similarity (above 40 %)'", () => {
    expect(rulesAt(brief({ edge: "- Flag theses with high similarity for the supervisor." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Reads with low confidence go to a separate list for a manual check." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Flag theses with high similarity (above 40 %) for the supervisor." }), EDGE)).toEqual([]);
  });
});

describe("session 12: 'in one trip', 'to one customer' pick what a limit applies to", () => {
  it("reads 'too many drops in one trip', 'too many messages to one customer' and 'too long for one trolley' as limits left out", () => {
    expect(rulesAt(brief({ edge: "- Do not give a driver too many drops in one trip." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Do not send too many messages to one customer." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A pick list must not be too long for one trolley." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'limited to one device', 'limit them to one transfer per entry' and 'up to one retry' as the limit given", () => {
    expect(rulesAt(brief({ edge: "- Too many logins: sessions are limited to one device per account." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Transfers of bibs: we limit them to one transfer per entry." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Too many failed pushes: up to one retry per message, then `failed`." }), EDGE)).toEqual([]);
  });
});

describe("session 12: asking a team to act is a step in the client's process", () => {
  it("reads 'the staff must ask the office to enter it' and 'members ask the front desk to pause it' as steps, not knowledge to fetch", () => {
    expect(rulesAt(brief({ edge: "- Reading older than 7 days: `422 too_old`; the staff must ask the office to enter it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- About 25 members a month ask the front desk to pause their membership." }), EDGE)).toEqual([]);
  });

  it("still reads 'ask the office' and 'ask the data team to send you the mapping' as knowledge held elsewhere", () => {
    expect(rulesAt(brief({ edge: "- For the opening hours, ask the office." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Product codes: ask the data team to send you the mapping." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 12: a value given, then 'same as now'", () => {
  it("reads 'Signature invalid: `401`, same as now' as the value written down", () => {
    expect(rulesAt(brief({ edge: "- Signature invalid: `401`, same as now." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- No row updated: return `409 deck_full`, the same error code as before." }), EDGE)).toEqual([]);
  });

  it("still reads 'same as now' with no value, and 'same as the old flow' after one, as knowledge held elsewhere", () => {
    expect(rulesAt(brief({ edge: "- Signature invalid: same as now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Paid: send the receipt to `email`, same as the old flow." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 12: today's practice in a chat group or a shared spreadsheet", () => {
  it("reads 'Now we post the price in a WhatsApp group' and 'Today claims live in a shared spreadsheet' as the practice the brief replaces", () => {
    expect(rulesAt(brief({ context: "Now we post the buying price in a WhatsApp group, but many members are not in the group." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today claims live in a shared spreadsheet and in e-mail." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Until now volunteers sign up for shifts by replying in a LINE group." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'the rules are in our WhatsApp group' and 'from the template in our shared folder' as places the contractor must open", () => {
    expect(rulesAt(brief({ context: "Today the exact rules are in our WhatsApp group with the lawyer." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Now our admin makes the invoice from the template in our shared folder and emails it." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The buying price is posted in a WhatsApp group every morning." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 12: 'the best plan found so far' names what a ranking picks", () => {
  it("does not read 'return the best plan found so far' or 'A is best' as a vague quality outside acceptance criteria", () => {
    expect(rulesAt(brief({ edge: "- Time budget reached: stop and return the best plan found so far." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Grades run from A to E, where A is best." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'picks the best kitchen' in an acceptance criterion as uncheckable", () => {
    expect(rulesAt(brief({ ac: "- Routing picks the best kitchen in real traffic." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 12: a value that stays stable does not change", () => {
  it("reads 'the reading is not stable', 'the cursor must stay stable' and 'keep the column names stable' as facts to check", () => {
    expect(rulesAt(brief({ edge: "- If the reading is not stable (motion flag set), read again after 1 second." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- The cursor must stay stable when new posts arrive." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Other teams read these tables, so please keep the column names stable." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'the API must be stable' and 'the matcher is stable under load' as reliability left vague", () => {
    expect(rulesAt(brief({ api: "- The API must be stable for agent systems." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The matcher is stable under load." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 12: 'if possible' asks for the best the case allows", () => {
  it("does not read 'Need this live before Diwali if possible' or 'placed in consecutive rows where possible' as vague", () => {
    expect(rulesAt(brief({ context: "Need this live before Diwali if possible." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Sub-parties of one group are placed in consecutive rows where possible." }), EDGE)).toEqual([]);
  });

  it("still reads 'as needed' and 'if appropriate' as vague", () => {
    expect(rulesAt(brief({ edge: "- Resend the reminder as needed." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Notify the owner if appropriate." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 12: a change measured by what follows 'by'", () => {
  it("reads 'reduces the stock of beef by the issued quantity' as a checkable change", () => {
    expect(rulesAt(brief({ ac: "- Issuing the requisition reduces the stock of beef by the issued quantity." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- A session refunded after payout reduces the next payout by its earning." }), 17)).toEqual([]);
  });

  it("still reads 'reduces support calls' and 'reduces waiting by making the queue faster' as unmeasured", () => {
    expect(rulesAt(brief({ ac: "- The new flow reduces support calls." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The change reduces waiting by making the queue smarter." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 12: 'polished rice', 'a better price'", () => {
  it("reads 'polished diamonds' as a kind of stone and 'bigger orders get a better price' as a comparison the tiers settle", () => {
    expect(rulesAt(brief({ context: "Every polished diamond we grade gets a grading report with a 10-digit number." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our sales team wants volume tiers, so that bigger orders get a better price." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'Offer e-mails should look polished' as vague and 'Deliverability is better' as uncheckable", () => {
    expect(rulesAt(brief({ edge: "- Offer e-mails should look polished." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- Deliverability is better." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 12: a span of time written as a phrase in the context", () => {
  it("reads 'Tokens expire after a while', 'Receipts are sent shortly after …' and 'Entries are kept for some time' as durations left out", () => {
    expect(rulesAt(brief({ context: "Tokens expire after a while." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Receipts are sent shortly after the donation is confirmed." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Entries are kept for some time." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads 'many shops', 'a lot of them' and 'a delay certificate' in the context as the world described", () => {
    expect(rulesAt(brief({ context: "Many shops still order by fax." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "A lot of them keep their books on paper." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Kettles are cast in batches, so every product has a minimum order per line." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "A student with a delay certificate from the train company may start the exam up to 30 minutes late." }), CONTEXT)).toEqual([]);
  });
});

describe("session 12: recent records and large files in the context", () => {
  it("reads 'refund the recent outdoor tickets', 'The files can get large' and 'Big orders get extra discount' as limits left out", () => {
    expect(rulesAt(brief({ context: "When the bath reports a closure, refund the recent outdoor tickets automatically." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "The files can get large." }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Big orders get extra discount." }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads 'a big auction', 'Big spenders are fine' and 'a small REST API' in the context as the world described", () => {
    expect(rulesAt(brief({ context: "At peak there are 40 bids per second in the last minute of a big auction." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Big spenders are fine, but free players quit after 150 pulls." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The warehouse system has a small REST API on our office server." }), CONTEXT)).toEqual([]);
  });
});

describe("session 12: a wait with no length inside a long context paragraph", () => {
  const story = "Most collection points have no mobile signal, and on the islands there is often no signal the whole day while the buyers are out weighing seaweed.";
  it("reads 'Phones can be offline for a long time' and 'hold the spot for a while' as waits left open, even in a long paragraph", () => {
    expect(rulesAt(brief({ context: `${story} Phones can be offline for a long time, so the app keeps the weigh-ins.` }), CONTEXT)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: `${story} When a spot opens, hold it for the next family for a while, then move on.` }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads the paragraph's other quantity words ('often', 'many buyers') as the story", () => {
    expect(rulesAt(brief({ context: `${story} Many buyers pay in cash and often come back late.` }), CONTEXT)).toEqual([]);
  });
});

describe("session 12: 'long enough for the insurance', 'small enough to download'", () => {
  it("reads a size or a time judged enough for a purpose as the number left out", () => {
    expect(rulesAt(brief({ edge: "- Keep the records long enough for the insurance." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Remind them early enough to renew." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Keep packs small enough to download on mobile data." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'long enough: 90 days' as given and 'fast enough for the portal' as a vague quality", () => {
    expect(rulesAt(brief({ edge: "- Keep the records long enough: 90 days after the last visit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The response must be fast enough for the portal." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 12: a buffer, pagination, spam, the readings of one member", () => {
  it("reads 'Keep a buffer before each vessel', 'with pagination', 'don't spam the grower' and 'the recent readings of one member' as figures left out", () => {
    expect(rulesAt(brief({ edge: "- Keep a buffer before and after each vessel." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/orders?status=open` lists the buyer's open orders, with pagination." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Value flapping around the threshold: don't spam the grower with repeats." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/members/{id}/readings` returns the recent readings of one member, newest first." }), 9)).toEqual(["unquantified"]);
  });

  it("still reads 'a buffer of 15 minutes', 'a buffer change by the host', 'with pagination (50 per page)' and 'at most one alert per hour' as given", () => {
    expect(rulesAt(brief({ edge: "- Keep a buffer of 15 minutes before and after each vessel." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A buffer change by the host applies to searches made after the change." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "- `GET /v1/orders` lists open orders, with pagination (50 per page)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Don't spam the grower: at most one alert per plot per hour." }), EDGE)).toEqual([]);
  });
});

describe("session 12: 'etc.' before a status code or a code span", () => {
  it("reads 'missing columns etc.: return `422`' and 'visit type etc. into `notes`' as a list left open", () => {
    expect(rulesAt(brief({ edge: "- Wrong encoding, missing columns etc.: return `422`." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Copy the clinic name, provider name, visit type etc. into `notes` for the drivers." }), EDGE)).toEqual(["vague-term"]);
  });

  it("still reads 'character 1 by 18, character 2 by 17, and so on down to character 17 by 2' as a rule the list follows", () => {
    expect(rulesAt(brief({ edge: "- Multiply the value of character 1 by 18, character 2 by 17, and so on down to character 17 by 2." }), EDGE)).toEqual([]);
  });
});

describe("session 12: 'We use Zenziva as SMS gateway' says what it is", () => {
  it("reads a name used 'as' a role as defined where it is named", () => {
    expect(rulesAt(brief({ context: "We use Zenziva as SMS gateway." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Ok, use Qontak as provider for the login codes." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'We use Kanpai for everything', 'use Tanuki as Grebe does' and 'use Tanuki as well' as names left unexplained", () => {
    expect(rulesAt(brief({ context: "We use Kanpai for everything." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Then use Tanuki as Grebe does." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Then use Tanuki as well for the export." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 12: Croatian and Serbian lines", () => {
  it("reads a Croatian sentence as not English", () => {
    expect(rulesAt(brief({ edge: "- Ako gost ne završi online check-in do subote u 12 sati, dolazi u ured kao i do sada." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads an English line with a Croatian place name as English", () => {
    expect(rulesAt(brief({ edge: "- Guests who arrive at the Split marina after 20:00 check in at the office the next morning." }), EDGE)).toEqual([]);
  });
});

describe("session 12: 'Tanuki seaweed', 'the numbers we need', 'our website will call'", () => {
  it("does not read a noun ending in -eed or a meeting word used as a verb as someone's past word", () => {
    expect(rulesAt(brief({ context: "Farmers grow Tanuki seaweed on long lines in the sea." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Its columns are the ones we need." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today teachers phone the desk. The booking form on our website will call this API." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'the rules Tanuki agreed', 'the ones we decided' and 'as agreed on our call' as knowledge held elsewhere", () => {
    expect(rulesAt(brief({ edge: "- Follow the rules Tanuki agreed." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The limits are the ones we decided." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Refunds work as agreed on our call." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 12: a thing kept in a private place is the place's problem", () => {
  it("reports 'the ones we wrote down …, see the Notion page' and 'from the old system is in Confluence' as private-link alone", () => {
    expect(rulesAt(brief({ context: "The availability rules are the ones we wrote down with the instructors, see the Notion page \"Instructors 2025\"." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Sample .ics from the old system is in Confluence." }), EDGE)).toEqual(["private-link"]);
  });

  // Session 18: over all sets, writers labelled a conversation held in a WhatsApp group as shared context alone on
  // 7 of 7 lines ("Fix the import as discussed in the WhatsApp group yesterday" among them); a file or list kept in
  // the group is still the place's problem.
  it("reports 'as discussed in the WhatsApp group yesterday' as the conversation alone, and a list pinned in the group as a link", () => {
    expect(rulesAt(brief({ edge: "- Fix the import as discussed in the WhatsApp group yesterday." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The species code list is in the WhatsApp group of the board." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 12: 'MB WAY', 'JNE REG': the capitals after a known acronym", () => {
  it("reads the capitals right after a known acronym as the rest of a product's name", () => {
    expect(rulesAt(brief({ context: "Payment is by MB WAY or card through Stripe." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "If shipping is free, use JNE REG without asking." }), CONTEXT)).toEqual([]);
  });

  it("still asks for 'KSL' after a figure and its unit ('20 MB KSL files')", () => {
    expect(rulesAt(brief({ context: "Uploads are up to 20 MB KSL files from the scanners." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 12: a record not finalised yet, an estimate of today", () => {
  it("reads 'Invoice not finalised yet: render on the fly' and 'We lose money on maybe 15 pallets a month' as no open question", () => {
    expect(rulesAt(brief({ edge: "- Invoice not finalised yet: render it on the fly, as today." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A case claimed at 10:00 and not decided is `open` again at 12:00." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Today we do not pass the surcharge on, and we lose money on maybe 15 pallets a month." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'The refund rule is not decided yet' and 'keep maybe 30 days? I am not sure' as open", () => {
    expect(rulesAt(brief({ edge: "- The refund rule for partial returns is not decided yet." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "Delivery logs: keep maybe 30 days? I am not sure." }), CONTEXT)).toEqual(["open-question"]);
  });
});

describe("session 12: the writer's diagnosis of today's fault", () => {
  it("reads 'I think the import job drops the comma' in the context as a diagnosis, not an open question", () => {
    expect(rulesAt(brief({ context: "Since 2 June the app shows 785 % instead of 7.85 %. I think the import job drops the comma." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'I think children of staff too, but I have to check' as open", () => {
    expect(rulesAt(brief({ context: "Siblings come first, and I think children of staff too, but I have to check." }), CONTEXT)).toEqual(["open-question"]);
  });
});

describe("session 12: '4G', '2FA', '3DS' are names, not figures", () => {
  it("reads 'Upload is fast on 4G' and 'seamless even on 2G/3G networks' as unmeasured", () => {
    expect(rulesAt(brief({ ac: "- Upload is fast on 4G." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ edge: "- Login should be seamless even on 2G/3G networks." }), EDGE)).toEqual(["vague-term"]);
  });

  it("still reads 'fast: under 2 s on 4G' as measured", () => {
    expect(rulesAt(brief({ ac: "- Upload is fast: under 2 s for a 5 MB photo on 4G." }), 17)).toEqual([]);
  });
});

describe("session 12: 'Parents like the new screen'", () => {
  it("reads what more kinds of people like as a feeling no test can check", () => {
    expect(rulesAt(brief({ ac: "- Parents like the new screen." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Foremen like the new report." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("still reads 'Parents see the bus position within 30 seconds' as checkable", () => {
    expect(rulesAt(brief({ ac: "- Parents see the bus position within 30 seconds of a scan." }), 17)).toEqual([]);
  });
});

describe("session 12: 'the Kvist board', 'the Tsubaki pool', 'the Kura tablet'", () => {
  it("reads a code name before a board, a pool, a tablet, a step or a view as an in-house artifact to explain", () => {
    expect(rulesAt(brief({ api: "- Bookings must also show up on the Zorblat board so the technicians see what comes in." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Leftover oil goes to the Zorblat pool." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Handlers record each batch on the Zorblat tablet." }), 9)).toEqual(["undefined-term"]);
  });

  it("still reads 'the shared pool' as no name and 'the Zorblat board (the whiteboard in the guide room)' as explained", () => {
    expect(rulesAt(brief({ api: "- Leftover oil goes back to the shared pool." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Suggested tours also go on the Zorblat board (the whiteboard in the guide room)." }), 9)).toEqual([]);
  });
});

describe("session 13: public vendors, agencies and registries by region (lexicon/vendors.ts)", () => {
  it("reads a regional payment, messaging or point-of-sale vendor as a public name", () => {
    expect(rulesAt(brief({ api: "- Phone numbers not on WhatsApp get an SMS sent through Zenziva." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Guests pay the deposit through Paymob and we refund through Paymob too." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Each stall prints receipts from Smaregi." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The gates are made by SKIDATA and report every scan." }), 9)).toEqual([]);
  });

  it("still asks for a public body's acronym and a code name made of an ordinary word", () => {
    expect(rulesAt(brief({ api: "- Contractors in Indonesia must put their NPWP on the invoice." }), 9)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "- Seat maps come from Falcon as JSON." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: an acronym after a vendor's name is that vendor's product, at every later use", () => {
  it("reads 'Adyen RTU' and then 'RTU tokens' as one product", () => {
    const text = brief({ context: "Card details are stored by Adyen RTU on our behalf.", api: "- RTU tokens expire after 90 days and are then renewed." });
    expect(check(text).findings.filter((f) => f.rule === "undefined-term")).toEqual([]);
  });

  it("still asks for the acronym after a job title ('Product Owner MES') at its use in the brief", () => {
    const text = brief({ context: "Owner MES told us the order release fails.", api: "- The MES calls the new service before release." });
    expect(check(text).findings.filter((f) => f.rule === "undefined-term").map((f) => f.excerpt)).toEqual(["MES"]);
  });
});

describe("session 13: 'kept for a period', 'stay closed for a period'", () => {
  it("asks how long something is kept, held or remembered 'for a period'", () => {
    expect(rulesAt(brief({ api: "- Notifications must be kept for a period after the call, for inspections." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Remember the verification on the customer account for a period, so repeat customers skip it." }), 9)).toEqual(["unquantified"]);
  });

  it("still reads a billing period ('an export for a period', 'usage for a period') as no wait", () => {
    expect(rulesAt(brief({ api: "- A second export for a period that was already exported returns `409`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Usage for a period is the difference between two meter readings." }), 9)).toEqual([]);
  });
});

describe("session 13: a row of X's for a value not given yet", () => {
  it("reads 'Our creditor number: XXXXXXXX' and 'EIN 36-XXXXXXX' in prose as placeholders, not acronyms", () => {
    expect(rulesAt(brief({ api: "- Our creditor number: XXXXXXXX (I will send it)." }), 9)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ api: "- EIN 36-XXXXXXX goes in the header." }), 9)).toEqual(["placeholder"]);
  });

  it("still reads `XXXXXXX` in a code span as a literal value and 'XXXXL' as no placeholder", () => {
    expect(rulesAt(brief({ api: "- Client without an Italian tax code: use recipient code `XXXXXXX` and the country code." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Shirts come in sizes S to XXXXL." }), 9)).not.toContain("placeholder");
  });
});

describe("session 13: 'Ask Chiara.' right after a question, 'for ledger format ask Rohit' after a comma", () => {
  it("reports the person the reader is sent to right after a question, beside the question itself", () => {
    expect(rulesAt(brief({ api: "- Do kids under 6 count toward capacity? Ask Chiara." }), 9).sort()).toEqual(["open-question", "shared-context"]);
  });

  it("reads a clause opening on its topic after a comma as telling the reader to ask", () => {
    expect(rulesAt(brief({ api: "- every credit writes a row in `wallet_ledger`, for ledger format ask Rohit" }), 9)).toEqual(["shared-context"]);
  });

  it("still leaves 'Not sure, I will ask sales' and 'users ask Rohit for refunds' alone", () => {
    expect(rulesAt(brief({ api: "- Should the customer get an email? I am not sure, I will ask Rohit." }), 9)).toEqual(["open-question"]);
    expect(rulesAt(brief({ api: "- Drivers often ask Rohit for a new route, and he assigns one." }), 9)).toEqual([]);
  });
});

describe("session 13: 'old' set against 'new' in one sentence", () => {
  it("reads 'old enrollments become `tobedeleted`, new ones are active' as the ones from before, not an age", () => {
    expect(rulesAt(brief({ edge: "- Student who moves schools: old enrollments become `tobedeleted`, new ones are active from the move date." }), EDGE)).toEqual([]);
  });

  it("still asks how old 'Old invoices should be archived' means", () => {
    expect(rulesAt(brief({ edge: "- Old invoices should be archived." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 13: 'every few minutes', 'for a long time' beside another figure", () => {
  it("asks for the length of a span that says it has none, whatever other figure the sentence holds", () => {
    expect(rulesAt(brief({ api: "- Poll the flight status every few minutes from 6 hours before the scheduled arrival." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- If a site has 0 W for a long time during daytime, create an alert." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'every few minutes (5)' and 'for a long time: 30 days' as given", () => {
    expect(rulesAt(brief({ api: "- Poll the flight status every few minutes (5) until the flight has landed." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A site with no reading for a long time: 30 days, then `status` is `unknown`." }), EDGE)).toEqual([]);
  });
});

describe("session 13: 'Delete old recordings', 'Ignore old events.'", () => {
  it("asks how old the records to remove are", () => {
    expect(rulesAt(brief({ edge: "- Delete old recordings of Standard plan learners." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Ignore old events." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Store every decision in `triage_log`, and archive old entries after a period." }), EDGE)).toEqual(["unquantified"]);
  });

  it("still reads 'delete the old run' as the one replaced and 'deletes older events' after a figure as compared with it", () => {
    expect(rulesAt(brief({ edge: "- To redo a month, first delete the old run with `DELETE /v1/runs/{id}`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Retention: 400 days. A daily job deletes older events." }), EDGE)).toEqual([]);
  });
});

describe("session 13: 'as I agreed with Lars', 'Not sure, ask Ren.'", () => {
  it("reads the writer's own agreement and an ask right after 'Not sure,' as knowledge outside the brief", () => {
    expect(rulesAt(brief({ api: "- The deposit rules are as I agreed with Lars on the phone." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Paused months: do we charge overage on those too? Not sure, ask Ren." }), 9).sort()).toEqual(["open-question", "shared-context"]);
  });

  it("still reads 'as I said above' as the brief's own text and 'Not sure, I will ask Ren' as the writer's step", () => {
    expect(rulesAt(brief({ api: "- The deposit rules are as I explained above: 20% of the rent." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Paused months: do we charge overage on those too? Not sure, I will ask Ren." }), 9)).toEqual(["open-question"]);
  });
});

describe("session 13: colour models and chemical formulas", () => {
  it("reads 'hex RGB' as a known technical term and 'CO₂' as a chemical formula", () => {
    expect(rulesAt(brief({ api: "- `color` is a hex RGB value, 6 characters, no `#`." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The response gives the CO₂ stored in one lot, in tonnes." }), 9)).toEqual([]);
  });

  it("still asks for an unknown acronym beside them ('the CXQ sensor')", () => {
    expect(rulesAt(brief({ api: "- The response gives the reading of the CXQ sensor, in ppm." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: a late fee the brief sets once", () => {
  it("reads later mentions of a late fee given a figure elsewhere ('Late fee: Rp 5,000 per day') as that fee", () => {
    const text = brief({ api: "- Late fee: Rp 5,000 per day after the due date.", edge: "- Late fee is added to the invoice by a daily job at 00:10 WIB (Western Indonesia Time)." });
    expect(rulesAt(text, EDGE)).toEqual([]);
  });

  it("still asks for the amount of a late fee no line gives, even beside another figure", () => {
    expect(rulesAt(brief({ edge: "- Invoice unpaid after 7 days: create a new invoice that includes a late fee." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 13: towns of the consultancy's home markets (lexicon/home-places.ts)", () => {
  it("reads a Danish island, a Danish town and a Javanese regency as places", () => {
    expect(rulesAt(brief({ api: "- Orders to Bornholm take 2 working days with both carriers." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The tannery in Ribe charges us 450 kroner per skin." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Parcels from Sleman go out with the 14:00 pickup." }), 9)).toEqual([]);
  });

  it("still asks what an unknown name in a system's place is ('Seat maps come from Zorblat')", () => {
    expect(rulesAt(brief({ api: "- Seat maps come from Zorblat as JSON." }), 9)).toEqual(["undefined-term"]);
  });
});

describe("session 13: a questionnaire in a table", () => {
  it("reads '| `q3` | Are you pregnant? | `true` |' as a question the product asks its users", () => {
    const rows = "| key | question | stops the booking when |\n| --- | --- | --- |\n| `q3` | Are you pregnant? | `true` |\n| `q4` | Do you have a chronic lung disease? | `true` |";
    expect(check(brief({ api: rows })).findings.filter((f) => f.rule === "open-question")).toEqual([]);
  });

  it("still reads the writer's own question in a table cell as open", () => {
    const rows = "| case | status | note |\n| --- | --- | --- |\n| correction after publication | `200` | should we keep the old numbers visible? |";
    expect(check(brief({ api: rows })).findings.filter((f) => f.rule === "open-question")).toHaveLength(1);
  });
});

describe("session 13: 'well' after a verb of functioning", () => {
  it("reads 'must scale well' as vague and 'converts well' in a criterion as uncheckable", () => {
    expect(rulesAt(brief({ api: "- The feed must be cached and scale well when planners start polling it." }), 9)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ ac: "- The offer converts well." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads 'who do not read Japanese well', 'a deep well' and 'Well IDs' as the world or a thing", () => {
    expect(rulesAt(brief({ context: "We pick up bulky waste for residents of Tokyo who do not read Japanese well." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our water comes from a spring and from one deep well with an electric pump." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Well IDs run from `A01` to `P24`; there are exactly 384 well lines." }), EDGE)).toEqual([]);
  });
});

describe("session 13: a dated decision stated after its colon", () => {
  it("reads 'Legal decided on 10 February 2025: personal data is anonymised after 12 months' as stated", () => {
    expect(rulesAt(brief({ context: "Legal decided on 10 February 2025: personal data of a delegate is anonymised 12 months after the congress." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'Legal decided it in the March meeting.' as held elsewhere", () => {
    expect(rulesAt(brief({ context: "The retention period: Legal decided it in the March meeting." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 13: how close to a start, an end, an expiry or a ceiling", () => {
  it("asks how close 'close to the start time', 'near the end of their shift' and 'close to expiry' are", () => {
    expect(rulesAt(brief({ edge: "- Cancelled close to the start time: partial refund." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Riders near the end of their shift get no new bookings." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- The job finds certificates that are close to expiry." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- A nightly job emails the account manager when an account gets close to its ceiling." }), 9)).toEqual(["unquantified"]);
  });

  it("still reads a place near something and a figure given for the closeness as no gap", () => {
    expect(rulesAt(brief({ api: "- Show the pharmacies near the patient's address, nearest first." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Cancelled close to the start time (less than 24 hours before): partial refund." }), EDGE)).toEqual([]);
  });
});

describe("session 14: a view someone holds does not answer a question", () => {
  it("keeps a question open when the next sentence reports what a person or a team thinks or wants", () => {
    expect(rulesAt(brief({ edge: "- Should the customer see the replay? Jonas thinks yes." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Do we hold back beds for late walkers? Kari thinks yes, the hosts say no." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Count repeats separately or as `exact`? Sales want separate, finance wants `exact`." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads an explicit answer, or a written source's word, as the answer", () => {
    expect(rulesAt(brief({ edge: "- Q: Should cars in a shop be left out? A: No. The planner wants to see them too, with `in_shop: true`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Do we refund the deposit? The contract says no: the deposit is kept and the booking is `forfeited`." }), EDGE)).toEqual([]);
  });
});

describe("session 14: a judgement of distance, threshold or limit is the vague word", () => {
  it("reports 'reasonable' before a distance, a threshold or a limit as vague-term, as the spec lists it", () => {
    expect(rulesAt(brief({ edge: "- No locksmith free: pick one on duty within a reasonable distance of the customer." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- New customer: the system proposes a reasonable limit from the first three orders." }), EDGE)).toEqual(["vague-term"]);
  });

  it("keeps a size, a delay or a period left open as unquantified", () => {
    expect(rulesAt(brief({ edge: "- Photos are compressed to a reasonable size before the reviewer sees them." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Credits are applied within a reasonable delay after shipping." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: 'no longer' before a state the test observes", () => {
  const AC = 17;
  it("reads 'no longer opens', 'is no longer in', 'can no longer be paid' as a checkable state", () => {
    expect(rulesAt(brief({ ac: "- After a new PIN is set, the old PIN no longer opens the locker." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- After cancelling, the invoice can no longer be paid in the sandbox." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- An unpublished job is no longer in the feed after the next export." }), AC)).toEqual([]);
  });

  it("still finds an outcome in people's heads uncheckable", () => {
    expect(rulesAt(brief({ ac: "- Customers are no longer confused about fees." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The wall chart is no longer needed." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: the fast of Ramadan", () => {
  it("reads 'the fast' at the end of a phrase as the noun", () => {
    expect(rulesAt(brief({ context: "In Ramadan the outlets order more for buka puasa (breaking the fast) at 17:30." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Factories replace lunch with a box for iftar, the meal that breaks the fast." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'fast' before a noun or as a predicate as the quality word", () => {
    expect(rulesAt(brief({ edge: "- Refunds need the fast lane, not the batch." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The export must be fast." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 14: 'no longer' before a participle", () => {
  it("reads 'is no longer counted' as a state of a record, 'is no longer needed' as a need", () => {
    expect(rulesAt(brief({ ac: "- A paid hold becomes a booking and is no longer counted as a hold." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- The wall chart is no longer needed." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: a person's team named without 'the'", () => {
  it("reads 'Marek from sales knows which ones' as knowledge in a head", () => {
    expect(rulesAt(brief({ context: "Some fleets have their own prices; Marek from sales knows which ones." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves a person from a team who acts in the product alone", () => {
    expect(rulesAt(brief({ edge: "- Marek from sales approves each quote in the admin screen." }), EDGE)).toEqual([]);
  });
});

describe("session 14: an earlier effort known by its year, an old thing after 'like for'", () => {
  it("reports 'like in the 2023 rollout' and 'like for the old Access database'", () => {
    expect(rulesAt(brief({ edge: "- Stage 1 only holds our test growers, like in the 2023 rollout." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Retention for closed referrals: like for the old Access database." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves a comparison with the brief's own table or its other endpoints alone", () => {
    expect(rulesAt(brief({ edge: "- Prices are shown like in the table below." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Like for the other endpoints, errors use `application/problem+json`." }), EDGE)).toEqual([]);
  });
});

describe("session 14: 'on time' outside acceptance criteria", () => {
  it("reads punctuality named in an edge case or the context as a state, not a deadline to give", () => {
    expect(rulesAt(brief({ edge: "- Ferry cancelled: no hold, the bus leaves on time." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Part of the gear returned on time, the rest late: only the late items' rates count." }), EDGE)).toEqual([]);
  });

  it("still asks for the time of 'in time', and finds 'on time' uncheckable in a criterion", () => {
    expect(rulesAt(brief({ edge: "- The hotel does not answer in time: the request expires." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- Reminders arrive on time." }), 17)).toEqual(["untestable-criterion"]);
  });
});

describe("session 14: 'in time' as a relation between two times", () => {
  it("reads 'overlaps in time' and 'the closest in time' as a relation, not a deadline", () => {
    expect(rulesAt(brief({ edge: "- A guide on another tour that overlaps in time is not returned." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Two sales of the same amount: match the closest in time to the deposit." }), EDGE)).toEqual([]);
  });

  it("still asks how long 'in time' is for an answer", () => {
    expect(rulesAt(brief({ edge: "- The guide does not accept in time: offer the tour to the next guide." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: 'go/no-go' is a phrase, not a short link", () => {
  it("reads 'the go/no-go decision' as words", () => {
    expect(rulesAt(brief({ context: "The pilot in command makes the go/no-go decision; the system only records it." }), CONTEXT)).toEqual([]);
  });

  it("still reports a company short link", () => {
    expect(rulesAt(brief({ context: "How support does it today: go/offcycle-runbook" }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 14: old records that persist", () => {
  it("reads 'Old prices are never deleted' and 'Old vouchers stay valid' as the records from before, not an age", () => {
    expect(rulesAt(brief({ edge: "- Old prices are never deleted; the table keeps all rows for audit." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old paper vouchers stay valid; the desk handles them by hand." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A rate changes after quotes were sent: old quotes keep their fee." }), EDGE)).toEqual([]);
  });

  it("still asks how old records must be before they are removed", () => {
    expect(rulesAt(brief({ edge: "- Old entries are deleted after a while." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Old reports are archived." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: small differences of form", () => {
  it("reads 'small differences in spelling' and 'robust against small layout changes' as vague, not a size to give", () => {
    expect(rulesAt(brief({ edge: "- The name matching must be tolerant enough for small differences in spelling." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The parser should be robust against small layout changes on the page." }), EDGE)).toEqual(["vague-term"]);
  });

  it("still asks how small a difference of an amount is", () => {
    expect(rulesAt(brief({ edge: "- Small differences in unit price should be ignored." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Small differences in weight are accepted automatically; bigger ones need a confirmation." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 14: the real time of an event", () => {
  it("reads 'the real time of passage' and 'keep real time' as the actual time, not a latency", () => {
    expect(rulesAt(brief({ edge: "- Bus early at a timing point: report the real time of passage." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Offline scans are sent later, so `at` is the real time of the scan." }), EDGE)).toEqual([]);
  });

  it("still asks how fast 'in real time' is", () => {
    // Session 20: vague-term, as writers label it (13 of 15 labelled lines).
    expect(rulesAt(brief({ edge: "- Alerts must reach the manager in real time." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 15: 'real-time' as an adjective", () => {
  it("reports 'must be real-time' and 'in near real-time' as a quality word to replace with a figure", () => {
    expect(rulesAt(brief({ edge: "- Counts must be real-time so guests can trust them." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The dashboard must show positions in near real-time." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads 'the real-time arrival' and 'it is not real-time' as a kind of data, with nothing to measure", () => {
    expect(rulesAt(brief({ edge: "- Our train is late: use the real-time arrival from the train positions, not the timetable." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Data is from the nightly export, so it is not real-time; `as_of` shows its time." }), EDGE)).toEqual([]);
  });

  it("still asks for the figure of 'in real time'", () => {
    // Session 20: as vague-term, the rule writers label it with (13 of 15 labelled lines).
    expect(rulesAt(brief({ edge: "- Alerts must reach the manager in real time." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 15: a retry the caller may make", () => {
  it("reads 'can be retried' as the caller's option, with no retry policy to count", () => {
    expect(rulesAt(brief({ edge: "- The refund call fails: the response is `502 refund_failed`, and the whole cancel can be retried." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Change ids are UUIDs made on the tablet, so a push can safely be retried without duplicates." }), EDGE)).toEqual([]);
  });

  it("still asks how often a job that must be retried is tried again", () => {
    expect(rulesAt(brief({ edge: "- The export fails: the job must be retried." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: one person's thing or way as the model", () => {
  it("reports 'the same tone as Yui's email templates' and 'the same way Sari numbers them' as knowledge in someone's head", () => {
    expect(rulesAt(brief({ api: "For any new status, use the same tone as Yui's email templates." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Slot capacity should work the same as Kenta's old calculation." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Invoice numbers continue the same way Sari numbers them now in Excel." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "List the guests in the same order Don Chuy uses in his notebook." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a comparison with the brief's own data alone", () => {
    expect(rulesAt(brief({ api: "The CSV has the same columns as the response above." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Rounding is the same as in the example below." }), API)).toEqual([]);
  });
});

describe("session 15: questions under a 'question' column", () => {
  const table = (row: string) => brief({ api: "The bot asks these questions in order:\n\n| step | question | stored as |\n| --- | --- | --- |\n" + row });

  it("reads a row of the bot's script as what the product asks, not an open question", () => {
    expect(rulesAt(table("| 3 | How many adults? | `adults` |"), 13)).toEqual([]);
    expect(rulesAt(table("| 1 | Which date do you want to snorkel? | `date` |"), 13)).toEqual([]);
  });

  it("still reports a question the writer asks in another column", () => {
    const md = brief({ api: "| step | note | stored as |\n| --- | --- | --- |\n| 3 | Do we also need the children's ages? | `adults` |" });
    expect(rulesAt(md, 11)).toEqual(["open-question"]);
  });
});

describe("session 15: old records kept in another system", () => {
  it("reads 'Old jobs from Smedjen' and 'Old photos are on the file server' as records to bring over, not an age", () => {
    expect(rulesAt(brief({ edge: "- Old jobs from Smedjen, our previous booking system, must be imported too." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old scores from the paper book should be imported too." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Old photos are in the `photos_v1` table; import them as well." }), EDGE)).toEqual([]);
  });

  it("still asks how old records must be before they are left out", () => {
    expect(rulesAt(brief({ edge: "- Old statements must not be imported." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: the fast boat", () => {
  it("reads 'the fast boat' as a kind of boat, as 'fast charger' is a kind of charger", () => {
    expect(rulesAt(brief({ edge: "- Not enough fast boat seats outbound or return: `409 fastboat_full`." }), EDGE)).toEqual([]);
  });

  it("still reports a boat transfer that must be fast", () => {
    expect(rulesAt(brief({ edge: "- The boat transfer must be fast." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 15: a pointer into the brief explains only its own sentence", () => {
  it("reports 'as discussed with Budi' after a sentence that points at the endpoint below", () => {
    expect(rulesAt(brief({ context: "The phones will call the endpoint below. Rules for re-entry are as discussed with Pak Budi on the call." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Capacity can fall below `booked`. Then do like we did in March with the Mae Taeng group." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads who asked us for the work as the reason for it, not knowledge in a head", () => {
    expect(rulesAt(brief({ context: "Partner ryokan in Kurokawa Onsen and Yufuin asked us to let guests reserve a slot online." }), CONTEXT)).toEqual([]);
  });

  it("still reads 'as discussed, the rules are listed below' as explained", () => {
    expect(rulesAt(brief({ context: "As discussed, the re-entry rules are listed below." }), CONTEXT)).toEqual([]);
  });
});

describe("session 15: a titled person's thing as the model", () => {
  it("reports 'same like Pak Dedi's SMS' as knowledge in someone's head", () => {
    expect(rulesAt(brief({ api: "Message format same like Pak Dedi's SMS." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a public body's document alone", () => {
    expect(rulesAt(brief({ api: "Message format follows the example below." }), API)).toEqual([]);
  });
});

describe("session 15: a remark in parentheses after an acronym", () => {
  const md = (api: string) => brief({ context: "Registration happens in GMS, and a player who is not registered is not covered.", api });

  it("does not read '(there is no public API for it)' as what GMS is", () => {
    expect(rulesAt(md("- The import takes the CSV the secretary downloads from GMS (there is no public API for it)."), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("still reads an expansion in parentheses as the definition", () => {
    expect(rulesAt(md("- The import takes the CSV the secretary downloads from GMS (the union's Game Management System)."), CONTEXT)).toEqual([]);
  });
});

describe("session 15: two X's where a figure goes", () => {
  it("reports 'XX months' and '₦XX,XXX' as a placeholder, not an acronym", () => {
    expect(rulesAt(brief({ edge: "- Voucher validity: XX months from the tour date." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- A rider whose balance is above ₦XX,XXX gets no new orders." }), EDGE)).toEqual(["placeholder"]);
  });

  it("leaves a country code 'XX' in a code span alone", () => {
    expect(rulesAt(brief({ edge: "- `country=XX` returns `422 invalid_country`." }), EDGE)).toEqual([]);
  });
});

describe("session 15: an acronym's expansion in its own language, in lower case", () => {
  it("reads 'RC (ricevuta di consegna, delivery receipt)' as the expansion, not prose in Italian", () => {
    expect(rulesAt(brief({ api: "| `delivered` | SDI receipt RC (ricevuta di consegna, delivery receipt) |" }), API)).not.toContain("non-english");
    expect(rulesAt(brief({ api: "- **IVA** (impuesto sobre las ventas): Colombian value added tax, 19% on the products that pay it." }), API)).toEqual([]);
  });

  it("still reports a longer remark in another language after an acronym", () => {
    expect(rulesAt(brief({ api: "- The PDF (wir brauchen das bitte bis Ende der Woche fertig, danke) goes to the client." }), API)).toEqual(["non-english"]);
  });
});

describe("session 15: a person's file held by a comparison", () => {
  it("reports 'same as in Pak Budi's spreadsheet' as the precedent, not as a link to open", () => {
    expect(rulesAt(brief({ api: "- Rounding of each share: same as in Pak Budi's spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Rounding happens per picker and day, same as in Paco's Excel." }), API)).toEqual(["shared-context"]);
  });

  it("still reports a person's file the contractor is sent to as a link", () => {
    expect(rulesAt(brief({ api: "- Use the list of rates in Rosa's Excel file." }), API)).toEqual(["private-link"]);
  });
});

describe("session 15: 'the same as how Dev does it', 'like I do'", () => {
  it("reports a person's or the writer's own way as knowledge in a head", () => {
    expect(rulesAt(brief({ api: "Route assignment is the same as how Dev does it on the whiteboard." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- For reschedule, offer the next 3 free slots, picked like I do in my spreadsheet." }), API)).toEqual(["shared-context"]);
  });

  it("leaves 'I would like' and a comparison with the brief alone", () => {
    expect(rulesAt(brief({ api: "- I would like the slots sorted by start time, the same as the table above." }), API)).toEqual([]);
  });
});

describe("session 15: 'the two' stands for things already named", () => {
  it("reports 'a robust sync service between the two' as vague", () => {
    expect(rulesAt(brief({ context: "We need a robust sync service between the two." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("still reads 'fast: under two seconds' as measured", () => {
    expect(rulesAt(brief({ edge: "- The sync must be fast: under two seconds at p95." }), EDGE)).toEqual([]);
  });
});

describe("session 15: the writer's own organisation as the owner of a folder", () => {
  it("reports 'the cooperative's Google Drive folder' as a place the contractor cannot open", () => {
    expect(rulesAt(brief({ context: "Prices per add-on are in the price list in the association's Google Drive folder." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Photos are in the cooperative's Google Drive folder." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("still reads a channel per customer as one the product writes to", () => {
    expect(rulesAt(brief({ context: "The invoice PDF is uploaded to the customer's Slack channel." }), CONTEXT)).toEqual([]);
  });
});

describe("session 15: whether a stock covers the request", () => {
  it("reads 'if the window still has enough places' as a check against the request's own size", () => {
    expect(rulesAt(brief({ edge: "- Late payment: if the window still has enough places, the reservation becomes `paid`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Choose one dye lot that has enough skeins for the whole order line." }), EDGE)).toEqual([]);
  });

  it("still asks how many 'enough guards' is when a shift must have them", () => {
    expect(rulesAt(brief({ edge: "- Each event must have enough guards at the side entrance." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 15: a document named before 'as we agreed'", () => {
  it("reports 'Records from the spreadsheet: import them as we agreed with Thiago'", () => {
    expect(rulesAt(brief({ edge: "- Records from the spreadsheet: import them as we agreed with Thiago." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads an agreement written down in a named sheet as settled there", () => {
    expect(rulesAt(brief({ edge: "- The mapping was agreed with the partners and is in the appendix sheet below." }), EDGE)).toEqual([]);
  });
});

describe("session 15: 'like Facu explained'", () => {
  it("reports what someone said as the model, never written down", () => {
    expect(rulesAt(brief({ api: "For the refund when a cold room breaks down, do it like Moussa explained at the office." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a public product named after 'like' alone", () => {
    expect(rulesAt(brief({ api: "Payment links work like Stripe Checkout sessions: one per order." }), API)).toEqual([]);
  });
});

describe("session 15: 'the same one Haruka applies'", () => {
  it("reports one person's rule named by 'the same one'", () => {
    expect(rulesAt(brief({ api: "The eligibility rule is the same one Haruka applies today when she checks the photos." }), API)).toEqual(["shared-context"]);
  });

  it("leaves 'the same one' for a record of the brief alone", () => {
    expect(rulesAt(brief({ api: "A second scan of a ticket returns the same one with `scanned: true`." }), API)).toEqual([]);
  });
});

describe("session 16: an acronym inside prose in another language", () => {
  it("reports an Indonesian line with 'DP' as non-english alone", () => {
    expect(rulesAt(brief({ context: "Kalau pelanggan belum bayar DP dalam 1 jam setelah pesan, booking otomatis batal." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Untuk siswa SMP dan SMA, kartu pelajar dari sekolah sudah cukup." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reports an acronym in the English sentence before the foreign one", () => {
    const md = brief({ context: "The ZRP ledger is exported nightly. Kalau pelanggan belum bayar dalam satu jam, booking otomatis batal dan lapangan dibuka lagi." });
    expect(rulesAt(md, CONTEXT)).toEqual(["non-english", "undefined-term"]);
  });
});

describe("session 16: 'Y/N' is two letters, not the Spanish 'y'", () => {
  it("reads a column list with '(Y/N)' flags as English", () => {
    expect(rulesAt(brief({ api: "Columns, in this order: `id`, `serious` (Y/N), `severity` (1–5, the grade), `amended` (Y/N)." }), API)).toEqual([]);
  });

  it("still reports a Spanish sentence joined by 'y'", () => {
    expect(rulesAt(brief({ api: "Los pedidos se cancelan y el cliente recibe un correo con el reembolso." }), API)).toEqual(["non-english"]);
  });
});

describe("session 16: a public page after a conversation", () => {
  it("reports 'As discussed with Mette' although the provider's public docs follow", () => {
    expect(rulesAt(brief({ api: "As discussed with Mette on Tuesday, the deposit goes through MobilePay (docs: https://developer.vippsmobilepay.com/docs/)." }), API)).toEqual(["shared-context"]);
  });

  it("still reads a format documented on a public page as written down", () => {
    expect(rulesAt(brief({ api: "Webhooks use the same format as our payment webhooks (public docs: https://docs.example.com/webhooks)." }), API)).toEqual([]);
  });
});

describe("session 16: handled like the other things of its kind, through a named system", () => {
  it("leaves 'goes through Ikada, like the other cancellations' to the system's name", () => {
    expect(rulesAt(brief({ edge: "- Stock release goes through Ikada, like the other cancellations." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("still reports 'stored like the other Cloudflare secrets', where the others' way is the gap", () => {
    expect(rulesAt(brief({ edge: "- Purge credentials: an API token stored like the other Cloudflare secrets." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'so you know' tells the reader now", () => {
  it("reads 'it is here only so you know what the sailmaker sees' as told in the brief", () => {
    expect(rulesAt(brief({ api: "The backend does not send this text; it is here only so you know what the sailmaker sees." }), API)).toEqual([]);
  });

  it("still reports 'you know the one'", () => {
    expect(rulesAt(brief({ api: "Use the same layout as the 2023 statements, you know the one." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'calls' as the verb of a relative clause", () => {
  it("reads 'an endpoint that the form on our website calls' as a call to the endpoint", () => {
    expect(rulesAt(brief({ context: "We want an endpoint that the form on our website calls, so the owner sees a price." }), CONTEXT)).toEqual([]);
  });

  it("still reports a decision from our calls", () => {
    expect(rulesAt(brief({ context: "The price rules were settled on our calls last week." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: a capitalised '-ed' word goes on with a name", () => {
  it("reads 'the Rijksdienst voor het Cultureel Erfgoed' as an organisation, not a person who 'erfgoed'", () => {
    expect(rulesAt(brief({ context: "Most towers are registered with the Rijksdienst voor het Cultureel Erfgoed (RCE, the Dutch heritage agency)." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name and its past-tense verb", () => {
    expect(rulesAt(brief({ context: "Keep the canary process that Ines documented for the gateway." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'per' beside another language's function words", () => {
  it("reads an Italian line with 'per' as Italian", () => {
    expect(rulesAt(brief({ edge: "- Il rimborso parziale per i corpi danneggiati lo decidiamo caso per caso." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads 'Payload per push: inn code, room type code, date' as English", () => {
    expect(rulesAt(brief({ api: "- Payload per push: inn code, room type code, date, free rooms (integer)." }), API)).toEqual([]);
  });
});

describe("session 16: a decision stated below, after an aside in parentheses", () => {
  it("reads 'Prices were agreed at the annual general meeting (AGM) in August:' and its list as written down", () => {
    const md = brief({ context: "Prices for 2024 were agreed at the annual general meeting (AGM) in August:\n\n- Member: 120 DKK\n- Guest: 150 DKK" });
    expect(rulesAt(md, CONTEXT)).toEqual([]);
  });

  it("still reports the meeting when nothing follows", () => {
    expect(rulesAt(brief({ context: "Prices for 2024 were agreed at the annual general meeting (AGM) in August." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: a device's own last sync", () => {
  it("reads 'since its last successful sync' as the device's last run", () => {
    expect(rulesAt(brief({ api: "The tablet sends all assessments created or changed since its last successful sync." }), API)).toEqual([]);
  });

  it("still reports a decision from the last sync meeting", () => {
    expect(rulesAt(brief({ api: "The payout rules were agreed in the last sync." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 16: compared with a thing the brief's own section describes", () => {
  const withDrawSection = (edge: string): string =>
    `# Lottery\n\n## Context\n\nWe sell pre-orders by lottery.\n\n## API\n\n### Draw\n\nThe draw picks applications in a random order until the stock is gone.\n\n## Edge cases\n\n${edge}\n\n## Acceptance criteria\n\n- A draw over 10 applications for 5 bottles marks 5 \`won\`.\n`;
  const lineOf = (md: string, text: string): number => md.split("\n").findIndex((l) => l.includes(text)) + 1;

  it("reads 'same rules as the main draw' as the '### Draw' section", () => {
    const md = withDrawSection("- Waitlist draw: same rules as the main draw, over the `lost` applications.");
    expect(rulesAt(md, lineOf(md, "Waitlist draw"))).toEqual([]);
  });

  it("still reports 'same rules as the main draw' in a brief without such a section", () => {
    expect(rulesAt(brief({ edge: "- Waitlist draw: same rules as the main draw, over the `lost` applications." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a comparison whose noun phrase goes on past the section's name", () => {
    const md = withDrawSection("- Layout: same as the draw sheet from Pak Budi.");
    expect(rulesAt(md, lineOf(md, "Layout:"))).toEqual(["shared-context"]);
  });
});

describe("session 16: well-known acronyms and a public payment network", () => {
  it("reads DPI, UV, PVC, UIDs and Interac as known", () => {
    expect(rulesAt(brief({ edge: "- PNG logo under 300 DPI at print size: `422 logo_resolution_too_low`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Each depot keeps caps, PVC seals and UV lamps; both card UIDs are stored." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Paid by Interac e-Transfer instead of card: no Stripe refund." }), EDGE)).toEqual([]);
  });

  it("still asks what an in-house acronym is", () => {
    expect(rulesAt(brief({ edge: "- Repeated alerts: send them to the PKR queue." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 16: who knows the answer", () => {
  it("reports 'the crew knows it', 'the kitchen admin knows the steps' and 'Pak Darto in finance knows it'", () => {
    expect(rulesAt(brief({ api: "Also show the stock count per barn, the crew knows it." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Set up the holiday period, the kitchen admin knows the steps." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "For the mutation format, Pak Darto in finance knows it." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Urgent cases: Dolores at the Mesa clinic knows which patients that means." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves what the product will tell someone, and the system's own state, alone", () => {
    expect(rulesAt(brief({ api: "Record each boarding, so the transport office knows who used the bus." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "After login the app knows which outlet the cashier works at." }), API)).toEqual([]);
  });
});

describe("session 16: a titled owner's file inside a comparison", () => {
  it("reports 'the same rule as Mr. Kato's spreadsheet' as the comparison, not the file as a link", () => {
    expect(rulesAt(brief({ api: "Quote price calculation follows the same rule as Mr. Kato's spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Amounts must be formatted the same way as in Bu Dewi's Excel." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a titled owner's file named without a comparison as a link", () => {
    expect(rulesAt(brief({ api: "The price list is in Bu Dewi's Excel." }), API)).toEqual(["private-link"]);
  });
});

describe("session 16: 'as we talked', 'as we showed you'", () => {
  it("reports talk that happened", () => {
    expect(rulesAt(brief({ api: "Assignment rules are as we talked in the office on Monday." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Zone borders on the sand are the same as we showed you at the site visit." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves a pointer into the brief, and 'as we talk to the provider' in the present, alone", () => {
    expect(rulesAt(brief({ api: "We sign every request, as the table below shows." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Retries are safe as we talk to the provider with an idempotency key." }), API)).toEqual([]);
  });
});

describe("session 16: 'like Pak Darto tells it now'", () => {
  it("reports what someone tells as the model", () => {
    expect(rulesAt(brief({ edge: "- The message text should be like Pak Darto tells it now." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves a provider's public docs as the model alone", () => {
    expect(rulesAt(brief({ edge: "- Verify signatures as the provider's public docs describe." }), EDGE)).toEqual([]);
  });
});

describe("session 16: someone's taste or an authority's decision as the criterion", () => {
  it("reports 'The office likes the proposal', 'Regulars like the new pass', 'The inspector approves the report'", () => {
    expect(rulesAt(brief({ ac: "- The office likes the proposal." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Regulars like the new pass." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The inspector approves the report." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("leaves a system that accepts a payload alone", () => {
    expect(rulesAt(brief({ ac: "- The API accepts the payload and returns `201`." }), 17)).toEqual([]);
  });
});

describe("session 16: a reminder's lead time, not another deadline's", () => {
  it("asks how long before the party when the brief's only figure times the cancellation", () => {
    const md = brief({ api: "Parents can cancel free of charge until 48 hours before the party.", edge: "- Send reminder emails to the parent before the party." });
    expect(rulesAt(md, EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'remind the evening before the new date' as timed", () => {
    expect(rulesAt(brief({ edge: "- Pickup moved because of a holiday: remind the evening before the new date." }), EDGE)).toEqual([]);
  });

  it("still reads the reminder's lead time given on another line", () => {
    const md = brief({ api: "Reminders go out 2 days before the party.", edge: "- Send reminder emails to the parent before the party." });
    expect(rulesAt(md, EDGE)).toEqual([]);
  });
});

describe("session 16: 'knows' closing its sentence", () => {
  it("reports 'the crew knows.' as it reports 'the crew knows it.'", () => {
    expect(rulesAt(brief({ api: "Also show the stock count per barn; the crew knows." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a product that knows its own state alone", () => {
    expect(rulesAt(brief({ api: "After login the app knows." }), API)).toEqual([]);
  });
});

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

describe("session 18: scripts written without spaces", () => {
  it("reports a Thai or Khmer sentence, which is one run of letters, as another language", () => {
    expect(rulesAt(brief({ edge: "- ราคาเด็กให้คิดตามตารางราคาของฝ่ายขายเหมือนเดิม" }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Staff policy from Human Resources: พนักงานห้ามทำงานติดต่อกันเกินหกวันโดยไม่มีวันหยุด" }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- ម៉ោងថែមលើសពីពីរម៉ោងក្នុងមួយថ្ងៃ ត្រូវមានការអនុញ្ញាតពីប្រធានផ្នែកជាមុន។" }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads a Thai label in a code span, or one Thai word among English ones, as English", () => {
    expect(rulesAt(brief({ edge: "- A full tour returns `409` and the app shows `ขออภัย รอบนี้เต็มแล้ว` in Thai." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The receipt header reads Reprint / พิมพ์ซ้ำ and the shop name, and the total stays the same." }), EDGE)).toEqual([]);
  });
});

describe("session 18: Spanish and Portuguese 'a', Nordic 'husk', Estonian and Finnish function words", () => {
  it("reads a sentence whose only English-looking word is the preposition 'a' as another language", () => {
    expect(rulesAt(brief({ context: "Queremos reducir ese gasto a la mitad antes de diciembre." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Atenção: a nota de devolução tem que referenciar a chave de acesso da nota original." }), EDGE)).toEqual(["non-english"]);
  });

  it("reads 'Husk at …', Estonian and Finnish sentences as another language", () => {
    expect(rulesAt(brief({ edge: "- Husk at akutte tider i weekenden kun kan bookes over telefon." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Eesti klientidele peab PDF olema ka eesti keeles." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Jos viitenumero on virheellinen, tallenna se silti viestikenttään." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads English lines with 'a', 'per', a language code '(ja)' or a borrowed word as English", () => {
    expect(rulesAt(brief({ edge: "- Each booking gets a reference number, printed on the label and stored with the order." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| state | title (en) | title (ja) |" }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Price is 250,000 rupiah per car, max 4 guests with boards per car." }), EDGE)).toEqual([]);
  });
});

describe("session 18: days, trades, standards, units and work orders are no gaps", () => {
  it("reads '(Youth Day observed, …)' and 'the treasurer Ibu Sari does not calculate by hand' as no precedent", () => {
    expect(rulesAt(brief({ edge: "- Booking on 2024-06-17 (Youth Day observed, present in `public_holidays`) returns `422 not_a_working_day`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a backend for this, so the treasurer Ibu Sari does not calculate by hand any more." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'the rules Bu Sari uses today' and a person who did something", () => {
    expect(rulesAt(brief({ edge: "- Rounding follows the rules Bu Sari uses today." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Keep the categories Marta documented." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'our partner dry cleaner', 'work orders', 'OIML R 76-1' and '±2 e' as what they name", () => {
    expect(rulesAt(brief({ context: "Every costume goes to dry cleaning at our partner dry cleaner." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ ac: "- `GET /v1/jobs?status=waiting_parts` returns only work orders in that status." }), 17)).toEqual([]);
    expect(rulesAt(brief({ context: "Use the errors of OIML R 76-1 (International Organization of Legal Metrology, Recommendation 76)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "| 500 e < m ≤ 2000 e | ±2 e |" }), EDGE)).toEqual([]);
  });

  it("still asks what 'the OIML' is and what 'make it cleaner' means, and reports an Italian sentence", () => {
    expect(rulesAt(brief({ context: "The scales are checked by the OIML every year." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Make the export cleaner." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Il totale deve essere arrotondato e mostrato con due decimali per il cliente." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 18: a name in the reference, how recent, verdicts about every future case, comparisons without an article", () => {
  it("reports 'same as we did for the Cargill feed' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- Event ids and ordering guarantees: same as we did for the Cargill feed." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Exemption bookings are confirmed by the office like we did for the council job in Cahersiveen." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a name standing alone on a line, or in a clause of its own after the reference", () => {
    expect(rulesAt(brief({ edge: "- Send the totals to Kargbo after each run." }), EDGE)).toEqual(["undefined-term"]);
    // Session 19: the writer labelled this very line undefined-term alone; the old system named as where the export
    // comes from is no reference (writers labelled none of 14 such bare mentions).
    expect(rulesAt(brief({ context: "The export from the old system will be made by Kraken and delivered as CSV files." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("asks how recent 'recently' is when the sentence counts something else, not when it gives a span or a date", () => {
    expect(rulesAt(brief({ edge: "- Don't send a reminder to a patient who already got one recently." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Buyers who paid late recently get half the default limit." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Skip patients who got a reminder recently (in the last 7 days)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Product without weaver (old products from before 2022): `weaver` is `null`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The job also backfills recent data if a day was missed." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'never cause problems', 'are never wrong' and 'audit-ready' as verdicts no test can give", () => {
    expect(rulesAt(brief({ ac: "- Double payments never cause problems." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Prices are never wrong." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The system is audit-ready." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A second payment for the same rental returns `409` and is never charged." }), 17)).toEqual([]);
  });

  it("reports 'same as Namba store does now' and 'same like Pak Budi excel' with the article or possessive left out", () => {
    expect(rulesAt(brief({ edge: "- Deposit rules should work same as Namba store does now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Format same like Pak Budi excel." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Deposit rules work the same as in the section above." }), EDGE)).toEqual([]);
  });
});

describe("session 18: a limit set by comparison, registrations, formats, absences, ranges and drawings", () => {
  it("reports 'Cache headers the same as we agreed …' and 'the cutoff like we did …' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- Cache headers the same as we agreed for the Japanese names last month." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Please calculate the cargo cutoff like we did for the Taipei shipments." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reports a vague quantity beside a reference, and a limit with no reference", () => {
    expect(rulesAt(brief({ edge: "- The hold should expire after a while, same like we did for the café table reservations." }), EDGE)).toEqual(["shared-context", "unquantified"]);
    expect(rulesAt(brief({ edge: "- Skips must respect the kitchen cutoff." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads aircraft registrations in a brief about aircraft, and 'HH:MM', as identifiers and formats", () => {
    const aircraft = brief({ context: "Our club flies 4 aircraft from one airfield.", edge: "- A row for ZK-FQB (not our aircraft) is reported `unmatched`." });
    expect(rulesAt(aircraft, EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| `start` | string | local time (HH:MM) |" }), API)).toEqual([]);
  });

  it("still asks what 'CK-MES' is in a brief about anything else", () => {
    expect(rulesAt(brief({ context: "Every evening the restaurants enter their forecast into CK-MES." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'Hospital has no email', 'small children', 'Mon–Fri' in a table and a French school's name in a byline as given", () => {
    expect(rulesAt(brief({ edge: "- Hospital has no email: send WhatsApp only." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The mountain gives free passes to small children, so return `422` with `free_for_child`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| office | Mon–Fri 08:00 | Mon–Fri 17:00 | front desk |" }), API)).toEqual([]);
    expect(rulesAt(briefWithPreamble("Geneviève Tremblay, chief pilot, École de pilotage de brousse Haute-Mauricie (Lac-à-la-Tortue, Quebec)"), 3)).toEqual([]);
  });

  it("still reports 'Hanne has the rules' and a French sentence", () => {
    expect(rulesAt(brief({ edge: "- For the discounts, Hanne has the rules." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Mon équipe veut que le total soit arrondi à deux décimales." }), EDGE)).toEqual(["non-english"]);
  });

  it("reads 'SkiStar's file is semicolon separated' and 'shows the sign at scale' as described, and reports 'Rosa's Excel file'", () => {
    expect(rulesAt(brief({ api: "SkiStar's file is semicolon separated, UTF-8, with a header row:" }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "The customer approves a proof: a PDF that shows the sign at scale, with colours and dimensions." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Prices come from Rosa's Excel file." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- The endpoint must work at scale." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reports 'the loading factor Bu Rina told you' and 'the 2023 flow that Pak Yudi build'", () => {
    expect(rulesAt(brief({ context: "Please use the loading factor Bu Rina told you in the call." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Registration must follow the flow that Pak Yudi build for the night run." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 18: nouns in table cells, stories after a colon, asides with dates, product names, no lead time, no retries", () => {
  it("reads '| scale |' in a table and 'the long vowel mark' as nouns, and still asks how the service must scale", () => {
    expect(rulesAt(brief({ api: "| net weight | scale | `412 g` |" }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The long vowel mark `ー` is allowed in names." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The label service must scale." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads a story after a colon and a decision dated in an aside before a colon as no precedent", () => {
    expect(rulesAt(brief({ context: "The webshop has its own stock numbers, and they drift: last week we sold 6 kg of langoustines we did not have." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The board's rule (decided at the general assembly in March 2025): each member gets a share proportional to sheep-days." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'like last year' after a colon", () => {
    expect(rulesAt(brief({ edge: "- Slots: like last year, but online." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'the Distance Matrix API stubbed to time out' as a test's setup, and still reports 'the Excel Pak Budi use'", () => {
    expect(rulesAt(brief({ edge: "- With the Distance Matrix API stubbed to time out, the response arrives within 4 seconds." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Discount for orders over 50 kg is calculated like the Excel Pak Budi use." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'right before each send' and 'nothing is retried' as given, and asks how much 'enough notice' is", () => {
    expect(rulesAt(brief({ edge: "- A queued reminder is dropped: the worker re-reads both flags right before each send." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Retries are switched off in our GoCardless settings, so nothing is retried." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Members can only change availability with enough notice." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A failed payment is retried." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 18: the writer's own understanding, sentence-opening parts, records picked out, habits, printed strings", () => {
  it("reads 'write to me if something is not clear' and 'not clear to us' as the writer's understanding", () => {
    expect(rulesAt(briefWithPreamble("Hi! Søren here, so write to me if something in this brief is not clear."), 3)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The error message must be clear." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads '- Backend computes the total' as the system's part, and 'that the family has not confirmed yet' as a record's state", () => {
    expect(rulesAt(brief({ edge: "- Backend computes the total from the `ticket_prices` table." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Include a row for each payment that the family has not confirmed yet." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The family has not confirmed yet whether the refund goes to the card." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports 'like the Excel from Kadek', 'retry like the SMS module' and 'same as we always declare'", () => {
    expect(rulesAt(brief({ edge: "- Make the statement like the Excel from Pak Kadek, same columns." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Meta API error: retry like the SMS module." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customs value per order: same as we always declare." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'capped at the end of the shift' and quoted printed strings in capitals as given", () => {
    expect(rulesAt(brief({ edge: "- Minutes are counted from `in` to `out`, capped at the end of the shift." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: '- The ticket prints "HARI LIBUR" for holidays and "HARI BIASA" for weekdays.' }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: '- The ticket prints "HARI LIBUR" on holidays; the PSP field holds the provider name.' }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 18: what a named person or the team does today, adopted standards, public apps, titled people", () => {
  it("reports 'same like Pak Agus writes it', 'same like we send to Pak Hendra' and 'the same rounding Karen uses'", () => {
    expect(rulesAt(brief({ edge: "- Date format in the message same like Pak Agus writes it by hand now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Format of the report same like we send to Pak Hendra every month." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same rounding Karen uses in her spreadsheet." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads 'the same rounding as in the table above' as given", () => {
    expect(rulesAt(brief({ edge: "- Use the same rounding as in the table above." }), EDGE)).toEqual([]);
  });

  it("reads 'BS EN 13242' as a standard and 'like in the Gojek app' as a public product", () => {
    expect(rulesAt(brief({ edge: "- Every product must meet BS EN 13242 for aggregates." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- We want a tracking link like in the Gojek app." }), EDGE)).toEqual([]);
  });

  it("still reports 'like in the Kirana app' (an in-house one) and an acronym with no number", () => {
    expect(rulesAt(brief({ edge: "- We want a tracking link like in the Kirana app." }), EDGE)).toEqual(["shared-context", "undefined-term"]);
    expect(rulesAt(brief({ edge: "- Every product must meet the BS rules for aggregates." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 18: requirements with their source, keywords, a format's letters, records not known yet", () => {
  it("reads 'as required for professional fees in Kenya' and 'the word DONATE' as given", () => {
    expect(rulesAt(brief({ context: "Withholding tax of 5% is deducted before payment, as required for professional fees in Kenya." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Radio adverts ask people to SMS the word DONATE and their ID number to our short code 31234." }), CONTEXT)).toEqual([]);
  });

  it("still asks what 'retried as required' means", () => {
    expect(rulesAt(brief({ edge: "- Failed uploads are handled as required." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads 'The export CSV has the columns …', 'in Türkiye time' and 'Outcome not known yet (…):' as given", () => {
    expect(rulesAt(brief({ api: "The export CSV has the columns `date` and `amount`, with `;` as separator." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The app shows `updated_at` in Türkiye time (UTC+3)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Outcome not known yet (baby not born yet): leave the live-birth column empty." }), EDGE)).toEqual([]);
  });

  it("still reports 'the export Mette has' and 'whether we refund is not known yet'", () => {
    expect(rulesAt(brief({ edge: "- Use the export Mette has on her laptop." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Whether the fee is refunded is not known yet." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 18: what may be large, even in a long paragraph", () => {
  it("asks how large 'Photos can be large' is inside a long context paragraph", () => {
    const paragraph = "Photos of the home (the child's room, the smoke detector, the bath) are attached to the report. Photos can be large, so upload them separately from the report text.";
    expect(rulesAt(brief({ context: paragraph }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads a big wedding or large families in a long paragraph as the story", () => {
    const paragraph = "We run a small catering business in Aarhus and cook for weddings and company parties; a big wedding can be large work for the kitchen, and large families often order twice.";
    expect(rulesAt(brief({ context: paragraph }), CONTEXT)).toEqual([]);
  });
});

describe("session 18: translated definitions, units, conditions tested, holidays last year", () => {
  it("reads 'WIB is Western Indonesia Time', 'NGOs', 'MWp cleaned' and 'Warning lifted before the event' as given", () => {
    expect(rulesAt(brief({ edge: "- Slots are in WIB. WIB is Western Indonesia Time, UTC+7." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The seed banks are funded by two NGOs." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Totals per source: total litres, total MWp cleaned, litres per MWp." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Warning lifted before the event: no email." }), EDGE)).toEqual([]);
  });

  it("reads 'If the agency has not confirmed the manifest by 18:00' as a condition tested, and 'has not confirmed yet whether' as open", () => {
    expect(rulesAt(brief({ edge: "- If the agency has not confirmed the manifest by 18:00, send it again." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The agency has not confirmed yet whether it takes the manifest by email." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports 'like last Christmas', 'as last Valentine's' and 'like we use on the whiteboard'", () => {
    expect(rulesAt(brief({ edge: "- Slots should work like last Christmas, but online." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same priority order as last Valentine's." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Event colours like we use on the whiteboard." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'Two times last Christmas we sold packs we did not have' as a story", () => {
    expect(rulesAt(brief({ context: "Two times last Christmas we sold packs on Amazon that we did not have." }), CONTEXT)).toEqual([]);
  });
});

describe("session 18: files followed as the model, titles of respect, habits between name and verb", () => {
  it("reports 'follow Pak Budi's Excel' and 'follow Bu Rina's spreadsheet' as shared context, not as a link", () => {
    expect(rulesAt(brief({ edge: "- The record format must follow Pak Rudi's Excel." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Status rules should follow Bu Rina's spreadsheet." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports 'the list in Rosa's Excel file' as a link", () => {
    expect(rulesAt(brief({ edge: "- Use the price list in Rosa's Excel file." }), EDGE)).toEqual(["private-link"]);
  });

  it("reports 'as Aunty Ngozi explained in the WhatsApp group' and 'like Lars always does it' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- A session counts only if the set passes inspection, as Aunty Ngozi explained in the WhatsApp group." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The price is indexed each year with the net price index, like Lars always does it." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 18: clothing sizes, a number defined by 'is the', 'bukan'", () => {
  it("reads 'sizes XS to XXL' and 'A CVR number is the company number …' as given, and 'bukan per orang' as Indonesian", () => {
    expect(rulesAt(brief({ api: "Item types: softboard, longboard, wetsuit (sizes XS to XXL)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "A CVR number is the company number from the Danish Central Business Register." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Mohon antrian dibuat per gondola, bukan per orang." }), EDGE)).toEqual(["non-english"]);
  });

  it("still asks what 'the CVR' is without a definition", () => {
    expect(rulesAt(brief({ context: "Every company invoice carries the CVR from the customer record." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 18: two function words of another language against shared English ones", () => {
  it("reports 'Husk at prisen skal vises inklusive moms …', 'Foreninger med under 25 medlemmer er fritaget for gebyret' and an Italian 'Se il cliente …'", () => {
    expect(rulesAt(brief({ edge: "- Husk at prisen skal vises inklusive moms for danske kunder." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Foreninger med under 25 medlemmer er fritaget for gebyret." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Se il cliente scrive in italiano ma sceglie inglese, rispondiamo comunque in inglese." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads rates, car pages and inns as English", () => {
    expect(rulesAt(brief({ edge: "- Price is 250,000 rupiah per car, max 4 guests with boards per car." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "Dining rooms per inn: Yumoto 8, Tonosawa 6. One stay uses one dining room for one seating per night." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "We show car loan quotes on car pages for every dealer." }), CONTEXT)).toEqual([]);
  });
});

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

describe("session 20: rounds 197-198, names read from their shape and their neighbours", () => {
  it("reads dotted initials before a name as the bearer's initials, and a dotted code between numbers as a law cited", () => {
    expect(rulesAt(brief({ context: "Crates go by air freight from O.R. Tambo International Airport to the client." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Route R1 runs through the H.C. Andersen quarter in 30 minutes." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A deadline on a federal holiday moves to the next business day (35 U.S.C. 21(b))." }), EDGE)).toEqual([]);
  });

  it("still reports dotted letters that name nothing after them", () => {
    expect(rulesAt(brief({ edge: "- The file goes to the K.B.S. for approval." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("reads 'BRT, Brasília time' and '(Handelsgesetzbuch, HGB)' as the letters explained", () => {
    expect(rulesAt(brief({ api: "Each CSV row has a timestamp in BRT, Brasília time, UTC−3." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Our liability is defined by the German Commercial Code (Handelsgesetzbuch, HGB)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Members train for the performance badge (Feuerwehrleistungsabzeichen, FLA) every year." }), CONTEXT)).toEqual([]);
  });

  it("still reports letters after a word they do not come from, or a place with no zone", () => {
    expect(rulesAt(brief({ context: "Our liability is defined by the German Commercial Code (Handelsgesetzbuch, KRV)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ api: "Each CSV row has a timestamp in BRT, Brasília office, UTC−3." }), API)).toEqual(["undefined-term"]);
  });

  it("reads two plain words in brackets after the acronym's noun as what it is, not '(read-only user)' or '(owner only)'", () => {
    expect(rulesAt(brief({ context: "Most payment is card with the bank's EDC machine (card terminal)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Work orders are read from the WOS database (read-only user)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "The designer uploads one file in PKN format (spec attached) per puzzle." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "The nightly job reads the KVS table (owner only) at 02:00." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads names listed before a plural feature, or before 'and the other towns', as what that plural names", () => {
    expect(rulesAt(brief({ context: "Inflow comes mostly through Saguling and Cirata reservoirs upstream." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The river rises in Pirapora and the other towns downstream within 6 hours." }), CONTEXT)).toEqual([]);
  });

  it("still reports a single name before a plural feature word, and one before 'and other tools'", () => {
    expect(rulesAt(brief({ context: "Inflow comes through Saguling reservoirs upstream." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Stock comes from Kumo and other tools every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 20: rounds 199-200, whose practice, and what is only compared with", () => {
  it("reports the practice of the writer or a named person, with a second name word or a role in brackets", () => {
    expect(rulesAt(brief({ edge: "- Message text must use same wording like I send manually now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Read the messages the same way Lina (admin) does it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The proforma number follows the same numbering as Botir uses now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- `try_total` is rounded like Ayşe Hanım does it in her Excel." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads a public standard, a record the system holds and the brief's own section as no precedent", () => {
    expect(rulesAt(brief({ context: "Each product has a JAN code, the 13-digit barcode used in Japan (same format as EAN-13)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A webhook with `updated_at` older than the one we have stored: ignore it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "A retake is paid again, as we agreed with the freelancers last year (the exact rules are under Edge cases)." }), CONTEXT)).toEqual([]);
  });

  it("still reports the same practice compared without a standard, a stored record or a pointer", () => {
    expect(rulesAt(brief({ context: "Each product has a JAN code in the same format as the old till." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- A webhook older than the one we used last year: ignore it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "A retake is paid again, as we agreed with the freelancers last year." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a customer's words in quotes as the problem stated, not the writer's reference", () => {
    expect(rulesAt(brief({ context: 'When a customer reorders a tenugui "in the same blue as last time", we must reproduce a dye lot from its recipe.' }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When a customer reorders a tenugui, dye it in the same blue as last time." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads a size word in what ', like' compares with as a kind, not a size", () => {
    expect(rulesAt(brief({ edge: "- The PDF documents must look professional and clean, like from a big trading company." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Should look professional, like the big event companies." }), EDGE)).not.toContain("unquantified");
    expect(rulesAt(brief({ edge: "- Uploads of big files must be accepted." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 20: rounds 201-202, places once read as places, limits compared with", () => {
  it("reads a name before a singular feature word as a place, and a name after a ship or truck 'to' as a destination", () => {
    expect(rulesAt(brief({ context: "Every Thursday we send the pressed bales from Tahuna harbour to the buyer." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our collectors buy cloves from farmers on Ambon island every week." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The yarn comes by ship to Waingapu and it takes 3 to 5 weeks." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name with no feature word or before a system noun", () => {
    expect(rulesAt(brief({ context: "Every Thursday the bales are checked in Tahuna before the buyer gets them." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Every Thursday we send the pressed bales through Tahuna queue to the buyer." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads later uses of a name already read as a place as that place", () => {
    expect(rulesAt(brief({ context: "Our warehouse in Kasoa ships every day. Delivery fee per kilometre from Kasoa is 2 cedi." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The office in Bornova opens at 08:00. The drive time from Bornova is in the table." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Crab leaves on the weekly container ship. It is checked by Tacoma first." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("does not read 'written back to Quayside' as a journey that makes the name a place", () => {
    expect(rulesAt(brief({ context: "Cases are held in Quayside. Releases must be written back to Quayside so stock figures stay right." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Technicians drive back to Thisted every evening." }), CONTEXT)).toEqual([]);
  });

  it("reads 'Washington, D.C.' as a place's name", () => {
    expect(rulesAt(brief({ context: "We deliver to about 35 restaurants in Baltimore and Washington, D.C., Tuesday to Saturday." }), CONTEXT)).toEqual([]);
  });

  it("reports a limit compared with before the colon of a case, not a label with its value", () => {
    expect(rulesAt(brief({ edge: "- Moisture above the limit: rejected." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Pairs over the sample limit: needs my approval before knitting." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Limit: 20 pairs per request." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Moisture above the limit: rejected.\n- The limit is 18 % moisture." }), EDGE)).toEqual([]);
  });
});

describe("session 20: rounds 203-204, alternatives named, artifacts kept, retries left open", () => {
  it("reads the brief's own section as settling a reference only when it comes after it", () => {
    expect(rulesAt(brief({ context: "The field list is in the table under API, with the two changes as per our call with the officer." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("reads an expansion that ends in lower-case words, and 'network name, or SSID', as the letters explained", () => {
    expect(rulesAt(brief({ api: "Accepted formats: JCAMP-DX (Joint Committee on Atomic and Molecular Physical Data exchange format, `.jdx`)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Every machine must be padlocked first: lockout/tagout, or LOTO for short." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name with words after it in brackets, and an acronym after 'or' in a list of names", () => {
    expect(rulesAt(brief({ edge: "- Body text: TBD (Yuka writes it)" }), EDGE)).toContain("placeholder");
    expect(rulesAt(brief({ context: "Payments come from Xendit, or KRT, every night." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows IMAPS, SSID, the CIE and DJI as public names", () => {
    expect(rulesAt(brief({ api: "The job reads the newest unread email over IMAPS and sends the Wi-Fi SSID with each reading." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "Pilots with a DJI video system fly in their own heat; colours are stored as CIE L*a*b* values." }), CONTEXT)).toEqual([]);
  });

  it("reports a numbering or scheme known by who keeps it", () => {
    expect(rulesAt(brief({ edge: "- Invoice numbering must follow the scheme Magda uses now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same memo numbering that Ruwan uses in his book." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Invoice numbers follow the scheme `INV-{year}-{seq}`." }), EDGE)).toEqual([]);
  });

  it("reports a retry after an arrow or 'just', and not one after a wait the header bounds", () => {
    expect(rulesAt(brief({ edge: "- Square refund fails -> retry, then email me at dave@example.com" }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- WhatsApp send fails: just retry." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Xero returns `429`: wait for the number of seconds in the `Retry-After` header, then retry." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Square refund fails -> retry 3 times, then email me." }), EDGE)).toEqual([]);
  });
});

describe("session 20: rounds 205-206, people compared, the writer's old version, an agreed lifetime", () => {
  it("reads 'the same as adults' as people treated alike, and still reports 'the same as reminders' of the client's", () => {
    expect(rulesAt(brief({ edge: "- Children count as guests, the same as adults." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Children count as guests, the same as vouchers." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reports 'the same priorities as my old sheet'", () => {
    expect(rulesAt(brief({ edge: "- The allocation must follow the same priorities as my old sheet." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The allocation must follow the same priorities as my colleague." }), EDGE)).toEqual([]);
  });

  it("reads 'Cache it like we agreed on the call' as the agreement's gap only", () => {
    expect(rulesAt(brief({ edge: "- Cache it like we agreed on the call." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Cache it, the call needs it." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 20: whole-corpus review, public names, 'in real time', a promise told as a story", () => {
  it("knows the FIDE, the DOJ, DSV, SGS, JISDOR, Eskom, Geofabrik and the Luhn check as public names", () => {
    expect(rulesAt(brief({ context: "Ratings come from FIDE; samples are tested by SGS and shipped with DSV." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "USD prices use the JISDOR rate; outages follow the Eskom schedule; maps come from Geofabrik." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A card number that fails the Luhn check: `422 invalid_card`." }), EDGE)).toEqual([]);
  });

  it("reads 'in real time' as vague as 'fast' is, and 'in near real time' as a missing figure", () => {
    expect(rulesAt(brief({ edge: "- Alerts reach the fleet manager's phone in real time." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Each event is sent to the customer's endpoint in near real time." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Alerts reach the fleet manager's phone within 5 seconds." }), EDGE)).toEqual([]);
    // The story of a long context paragraph tells how things are, as it does for a quantity word.
    const story = "The cooperative issues about 450 invoices a month for jobs done through the office. Hungarian law requires every invoice to be reported in real time to the tax authority.";
    expect(rulesAt(brief({ context: story }), CONTEXT)).toEqual([]);
  });

  it("reads 'we promised 40 trays we did not have' as the story of today's problem, not 'what we promised them'", () => {
    expect(rulesAt(brief({ context: "Last month we promised 40 trays of sunflower to a restaurant group that we did not have." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Twice last year we promised more pieces than one firing could hold." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want ordering per SKU, which is what we promised them in the kickoff call." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 21: rounds 213-214, a conversation in the perfect, names given by '=' and 'code name', numbers", () => {
  it("reports 'like we have talked about on the phone' as 'like we talked about' is", () => {
    expect(rulesAt(brief({ edge: "- Orders after the cut-off follow the rules like we have talked about on the phone with Lars." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Pricing follows the tiers as we've agreed." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Pricing follows the tiers as I had mentioned." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Orders after 14:00 are delivered the next day, as we have done since 2019 with 2 vans." }), EDGE)).toEqual([]);
  });

  it("reads '(BPN = National Land Agency)' as the acronym's name in English, and still reports a single word after '='", () => {
    expect(rulesAt(brief({ context: "The fee has two parts: the official BPN fee (BPN = National Land Agency) and our service fee." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The fee has two parts: the official BPN fee (BPN = Kantor) and our service fee." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads a Roman numeral as a number, and still reports other capitals", () => {
    expect(rulesAt(brief({ context: "The garden has 25 sections, numbered I to XXV; the 1st XV plays on Saturdays." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The garden has 25 sections, numbered in VXR." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows the pascal as a unit, and 'PA' still as an acronym", () => {
    expect(rulesAt(brief({ api: "- `pressure_points`: pairs of (pressure difference in Pa, airflow in m³/h), 5 to 10 pairs." }), API)).toEqual([]);
    // "PA" in capitals is an acronym, which a unit in the word lists would excuse (round 215 lost a label so).
    expect(rulesAt(brief({ context: "We want to see the stock per oil type and PA grade." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads ', code name HOLDFAST,' as the name of what was just described, and still reports the bare code name", () => {
    expect(rulesAt(brief({ context: "The scheduling optimiser, code name HOLDFAST, is being built by another contractor." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "HOLDFAST is being built by another contractor and reads the series." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 215-216, numbered system names, a title with its dot, public names", () => {
  it("reads a name with a generation number where a system stands, and not a public one", () => {
    expect(rulesAt(brief({ context: "We want the readings pushed into Mælir2 for billing every night." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Hosts log in with the same accounts as in Loppe2." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Payments go through Auth0, and listings sync to Qoo10 and Przelewy24." }), CONTEXT)).toEqual([]);
  });

  it("reads 'Mr. Sato' as a person, as 'Mr Sato' is", () => {
    expect(rulesAt(brief({ context: "Today Mr. Sato exports a CSV from our member database each Friday." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Sato exports a CSV from Kaikei each Friday." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("knows Lightspeed, Render, WebSocket, Messenger, Recruit, Verihubs and VIDA", () => {
    expect(rulesAt(brief({ context: "The POS is Lightspeed Retail; the backend runs on Render and pushes alerts on the WebSocket topic." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Coaches send me names on Messenger; bookings come from Hot Pepper Beauty, run by Recruit." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Identity checks: we compare Verihubs and VIDA." }), CONTEXT)).toEqual([]);
  });
});

describe("session 21: rounds 217-218, someone's way and wish, today's practice, documents sent before, example lists", () => {
  it("reports 'like Pak Made always do it' and 'like Anders wants it', not what customers want", () => {
    expect(rulesAt(brief({ edge: "- For the positioning flight, please calculate like Pak Made always do it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Stock below 0: show it in red in the daily stock mail, like Anders wants it." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Stock below 0: show it in red in the daily stock mail, like customers want it." }), EDGE)).toEqual([]);
  });

  it("reports 'like we decided' as 'as we decided' is", () => {
    expect(rulesAt(brief({ edge: "- Rounding of the interest is the same like we decided at the last Stammtisch." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reports 'the same deadline we use now', not 'the same format we have described below'", () => {
    expect(rulesAt(brief({ edge: "- Cancellation is free until the same deadline we use now for phone bookings." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Approval is same like the return approval we have now, please follow that." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same format we have described below." }), EDGE)).toEqual([]);
  });

  it("reports a document 'we sent you before', not a message the product sends", () => {
    expect(rulesAt(brief({ context: "The fee categories are the ones from the fee regulation we sent you before." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Account numbers: use the mapping our bookkeeper gave you in June." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The confirmation screen says that we sent you a code by SMS." }), EDGE)).toEqual([]);
  });

  it("reads every name of a list that 'such as' opens as an example, and not a list without it", () => {
    expect(rulesAt(brief({ context: "When a retailer such as AEON or Lawson reports a complaint, our staff must find the lot." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When Kaimon or Lawson reports a complaint, our staff must find the lot in Hoshi." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 219-220, how long a state lasts, public names", () => {
  it("reports 'for too long' and 'shortly before' even where another figure of the sentence measures the state", () => {
    expect(rulesAt(brief({ edge: "- When humidity stays below 70 % for too long, send an email to the keepers." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- If the temperature is under 22 °C for some time, send an SMS to the person on duty." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send an alert shortly before `valid_until`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- When humidity stays below 70 % for 10 minutes, send an email to the keepers." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send an alert 2 hours before `valid_until`." }), EDGE)).toEqual([]);
  });

  it("asks for a duration, not a count, when 'too long' is how long a state lasts", () => {
    const found = check(brief({ edge: "- When humidity stays below 70 % for too long, send an email to the keepers." })).findings.find((f) => f.line === EDGE);
    expect(found?.message).toContain("give a duration");
  });

  it("knows TOMRA, Envipco, NEXCO and a ministry", () => {
    expect(rulesAt(brief({ context: "Every machine is made by TOMRA or Envipco; NEXCO Central asks for the report, and the Ministry's system takes the fields." }), CONTEXT)).toEqual([]);
  });
});

describe("session 21: rounds 221-222, what the team gives now, a defined acronym's variants, lists of country codes", () => {
  it("reports 'the same like we give now by phone'", () => {
    expect(rulesAt(brief({ edge: "- Discount tiers are the same like we give now by phone." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'HLA-A, -B' after 'HLA (human leukocyte antigen)' as the defined acronym's variants, and still reports an undefined stem", () => {
    expect(rulesAt(brief({ context: "HLA (human leukocyte antigen) typing is stored for HLA-A, -B, -C and -DRB1." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Typing is stored for HLA-A, -B, -C and -DRB1." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads country codes listed together as countries, and a lone unknown code as an acronym", () => {
    expect(rulesAt(brief({ edge: "- Prices are in the currency of the country: EUR for DE, AT and NL." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The texts of the three emails (NL, FR, EN) are in the repository." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Prices are in the currency of the QX office." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 21: rounds 223-224, 'for a while', premises before a place, 3D formats, a reply of STOP", () => {
  it("reports 'for a while' after a figure of the state, as 'for too long'", () => {
    expect(rulesAt(brief({ edge: "- Send an alert if the truck has been above 4 °C for a while." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Send an alert if the truck has been above 4 °C for 20 minutes." }), EDGE)).toEqual([]);
  });

  it("reads a name after 'our slaughterhouse in', 'the hatchery in' as a place", () => {
    expect(rulesAt(brief({ context: "Members deliver live rabbits to our own small slaughterhouse in Ringkøbing every Tuesday." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our day-old chicks come from the breeder hatchery in Kanoya, twice a month." }), CONTEXT)).toEqual([]);
  });

  it("knows STL and OBJ as file formats, and 'a reply of STOP' as a keyword", () => {
    expect(rulesAt(brief({ context: "The scans arrive as 3D mesh files in STL or OBJ format." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "A reply of STOP, in any letter case, sets `sms_opt_out = true` on the member." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "A reply sets `sms_opt_out = true` through QRTX on the member." }), API)).toEqual(["undefined-term"]);
  });
});

describe("session 21: non-English lines a name-joining word and a missing language hid", () => {
  it("reads 'Senin di Instagram' as a preposition before a known product, not a word inside a name", () => {
    expect(rulesAt(brief({ edge: "- Pemenang diumumkan setiap hari Senin di Instagram." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "We report to the Junta de Freguesia de Arroios every month." }), CONTEXT)).toEqual([]);
  });

  it("knows Hungarian function words", () => {
    expect(rulesAt(brief({ edge: "- A számlán mindig szerepeljen a magyar adószámunk és a vevő adószáma is." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The delivery van is charged at 12 volt and the mint-condition items go first." }), EDGE)).toEqual([]);
  });
});

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

describe("session 23: rounds 243-244, 'clear' materials, crowdfunding and design tools, short spans, pending meetings", () => {
  it("reads 'a clear retainer' as a material and still flags 'a clear message'", () => {
    expect(rulesAt(brief({ context: "After treatment every patient wears a clear retainer at night." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our sites read around 21.6 on a clear moonless night." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Invalid postcode: show a clear message to the customer." }), EDGE)).toEqual(["vague-term"]);
  });

  it("knows Photoshop, Kickstarter and Scotch whisky, and still asks about an unknown tool", () => {
    expect(rulesAt(brief({ context: "Today our design staff make these images by hand in Photoshop." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our game was funded on Kickstarter in February with 4,812 backers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We resell the barrels to Scotch whisky makers and craft brewers." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today our design staff make these images by hand in Grafwerk." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("asks how often 'too often' is when the colon gives only the response", () => {
    expect(rulesAt(brief({ edge: "- Clinic polls too often: answer `429`." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Clinic polls more than 60 times a minute: answer `429`." }), EDGE)).toEqual([]);
  });

  it("asks how long 'in short time' is, written without its article", () => {
    expect(rulesAt(brief({ edge: "- Winners must pay the stall fee in short time, or the spot goes to the next vendor." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Winners must pay the stall fee within 48 hours, or the spot goes to the next vendor." }), EDGE)).toEqual([]);
  });

  it("reports 'ask Søren' after a condition that points below, and not a meeting still to come after TBD", () => {
    expect(rulesAt(brief({ context: "If a matching rule below is unclear, ask Søren, he made the first list by hand." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The matching rules are listed below; ask Søren about anything else." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Suspension length: TBD by the Board at its September meeting." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Suspension length: as agreed at the Board's September meeting." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 23: rounds 245-246, country codes in tables, CAD formats, 'no idea' in the story, the writer and a role agreeing", () => {
  it("reads a country code alone in a table cell as the country, and still asks about an unknown code there", () => {
    expect(rulesAt(brief({ api: "| business | NL | any | 21 % |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| business | QX | any | 21 % |" }), API)).toEqual(["undefined-term"]);
  });

  it("knows HQ, DXF, Vaisala and Matsumoto", () => {
    expect(rulesAt(brief({ context: "HQ cannot plan bulk orders from our supplier in Bangkok." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Customers upload a DXF file and get a price in the browser." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The sensors post a reading every 60 seconds through the Vaisala gateway." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The email goes out at 17:00 so visitors from Matsumoto do not start driving." }), CONTEXT)).toEqual([]);
  });

  it("reads an English title with 'inn' in it as English", () => {
    expect(rulesAt(brief({ context: "Package: inn night + stargazing seat + shuttle bus" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Vi skal have en ny rapport, og den skal sendes hver dag til kunderne." }), CONTEXT)).toEqual(["non-english"]);
  });

  it("reads 'we have no idea' in the context as the problem today, and still asks it elsewhere", () => {
    expect(rulesAt(brief({ context: "Right now we have no idea whose film it is until we open the mailer." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Film arrives without an order slip: no idea what to do with it." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports what the rangers and I agreed, and the same columns as my paper sheet", () => {
    expect(rulesAt(brief({ context: "The cancellation rules are the ones the rangers and I agreed over the summer." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The cancellation rules are the ones in the table below." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Use the same columns as my paper sheet." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same columns as the export above." }), EDGE)).toEqual([]);
  });
});

describe("session 23: rounds 247-248, a product's name in capitals, a name's bare-apostrophe possessive", () => {
  it("reads 'LINE WORKS' as a product, and still reports a shouted 'WORKS'", () => {
    expect(rulesAt(brief({ ac: "- The LINE WORKS message contains the plant id and the latest reading." }), 17)).toEqual([]);
    expect(rulesAt(brief({ ac: "- IT JUST WORKS." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("reads \"Jens' priority list\" as Jens's list, not 'Patients' numbers' or 'Veterans' Affairs'", () => {
    expect(rulesAt(brief({ edge: "- Dealers on Jens' priority list get their full order first." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Dealers on Jens's priority list get their full order first." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Parents' email addresses are already in `guardians.email`." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "- `dva_number` is the patient's Department of Veterans' Affairs file number." }), API)).toEqual([]);
  });
});

describe("session 23: rounds 249-250, 'in a secure way', 'XX °C', two things the same as another's, 'must be tolerant'", () => {
  it("reports a quality word as the manner 'in a … way', and not a plain way of doing it", () => {
    expect(rulesAt(brief({ edge: "- All payment data must be stored in a secure way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Bookings changed while the job runs must be handled in a clean way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Payment data is stored in the same way as card data: encrypted with the `payments` KMS key." }), EDGE)).toEqual([]);
  });

  it("reads 'XX °C' as a figure not written yet", () => {
    expect(rulesAt(brief({ edge: "- Slot temperature above XX °C: refuse the unlock with `409 slot_too_hot`." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Slot temperature above 45 °C: refuse the unlock with `409 slot_too_hot`." }), EDGE)).toEqual([]);
  });

  it("reports 'the same provider and template style as the invoice reminders'", () => {
    expect(rulesAt(brief({ edge: "- Send it with the same provider and template style as the invoice reminders." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Send it with Postmark, with the template in the Reminder text section below." }), EDGE)).toEqual([]);
  });

  it("asks what 'must be tolerant' allows, and not when the tolerance is given", () => {
    expect(rulesAt(brief({ edge: "- Heartbeat arrives late on a slow network: the detection must be tolerant." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Heartbeat arrives late on a slow network: a cabinet is offline only after 3 missed heartbeats." }), EDGE)).toEqual([]);
  });
});

describe("session 23: rounds 251-252, Dropbox Sign, a currency in its own cell, DNV, Reykjavík", () => {
  it("reads Dropbox Sign as the e-signature service, and still reports a Dropbox folder", () => {
    expect(rulesAt(brief({ edge: "- Signature request not completed after 14 days: cancel it in Dropbox Sign." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The signed PDFs are in our Dropbox folder." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads a currency code in the cell after the amount's, and still asks about an unknown code there", () => {
    expect(rulesAt(brief({ api: "| Nepal | 1,800 | NPR |" }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "| Nepal | 1,800 | QPW |" }), API)).toEqual(["undefined-term"]);
  });

  it("knows DNV, Reykjavík and Patagonia", () => {
    expect(rulesAt(brief({ context: "The surveyor from DNV or Lloyd's Register can ask for the temperature history." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "When we cancel at 07:00, the guests are often already driving from Reykjavík." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Tours in Patagonia start next year." }), CONTEXT)).toEqual([]);
  });
});

describe("session 23: rounds 253-254, one-word channels, 'running low', conditions mid-sentence, bracketed 'maybe'", () => {
  it("reports a one-word channel named as one, and not a hashtag", () => {
    expect(rulesAt(brief({ context: "Pricing is in the sheet linked in #leases on Slack." }), CONTEXT)).toEqual(["private-link"]);
    expect(rulesAt(brief({ context: "Guests tag their photos with #skiday and we repost the best ones." }), CONTEXT)).toEqual([]);
  });

  it("asks how low 'running low' is, and not when the level is given", () => {
    expect(rulesAt(brief({ edge: "- A warning to the shop manager when a component is running low." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A warning to the shop manager when a component is below 5 units." }), EDGE)).toEqual([]);
  });

  it("reads 'release it if Square hasn't confirmed' as a condition, and still asks 'Square hasn't confirmed'", () => {
    expect(rulesAt(brief({ edge: "- Hold the rink for 10 minutes while they pay, then release it if Square hasn't confirmed." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Refund rules: Square hasn't confirmed yet." }), EDGE)).toEqual(["open-question"]);
  });

  it("reads 'the (maybe edited) proposal' as what the proposal may be", () => {
    expect(rulesAt(brief({ api: "- `POST /v1/orders/{id}/allocation` with the (maybe edited) proposal returns `200`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- `POST /v1/orders/{id}/allocation` maybe returns the proposal too." }), API)).toEqual(["open-question"]);
  });
});

describe("session 23, after round 256: 'low stock' and 'low battery' leave the level out", () => {
  it("asks how low 'low stock' is, and not when a figure sets it or a label's meaning is glossed", () => {
    expect(rulesAt(brief({ api: "- `GET /v1/cages` returns the cages with low stock, so the driver only stops at those." }), API)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- `GET /v1/cages` returns the cages with fewer than 5 cylinders, so the driver only stops at those." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- Battery below 15 %, low battery alarms: send one SMS to the on-call technician." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The portal prints `Få på lager` (low stock, 1 to 4) next to the product." }), API)).toEqual([]);
  });
});

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

describe("session 25, rounds 271-272: counts of failures, the fast, a team's own practice, lists of fields", () => {
  it("asks how many failed scans or PINs block a ticket, whatever failed, and not how many failed in one upload", () => {
    expect(rulesAt(brief({ edge: "- Block the ticket after several failed scans with a wrong ID number." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Lock the card after multiple invalid PINs." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Several failed scans in one upload are reported together." }), EDGE)).toEqual([]);
  });

  it("judges 'find the prompt clear and not intrusive' as untestable, and not 'clear to go', a state the data decides", () => {
    expect(rulesAt(brief({ ac: "- Retailers find the prompt clear and not intrusive." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Donors find the report clear and professional." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ context: "We want a new endpoint that shows which animals in a pen are clear to go." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a new endpoint that shows which animals in a pen are clear to staff." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads 'the same cut-off we use for the dealers' as the team's own unwritten practice, not after its value or name", () => {
    expect(rulesAt(brief({ context: "Show a warning when the test is old; use the same cut-off we use for the dealers." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Each order is written to the ERP through the same import we use for the Durban branch." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- For `FLAMENCO` use the same margin we use in Cristóbal." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- A short profile: extend it to station 1,200 ft, the same seaward limit we use for every transect." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We generate references with ifthenpay (https://ifthenpay.com/docs/en/), the same gateway we use for MB WAY." }), CONTEXT)).toEqual([]);
  });

  it("does not read a possessive before 'approved' as a team's decision", () => {
    expect(rulesAt(brief({ edge: "- When the vet has marked the treatment as used outside the product's approved use, the minimum is 7 days." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A treatment used outside its label: product approved it last week." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'breaks the fast at sunset' as the time of fasting, and still judges 'the fast lookup'", () => {
    expect(rulesAt(brief({ context: "Every evening in Ramadan we serve iftar (the meal that breaks the fast at sunset) in the hall." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "It is for people who cannot replace the fast later, for example elderly people." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Guests want the fast lookup at the door." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads a lower-case '- whether …' item as one field of the list its lead-in opens, and '- Whether …' as a question", () => {
    const fields = (item: string): string => brief({ context: `For each lot we want to show:\n\n- the date of the last herd test,\n${item}` });
    expect(rulesAt(fields("- whether the seller's herd is certified under the assurance scheme."), 8)).toEqual([]);
    expect(rulesAt(fields("- Whether the seller's herd must be certified under the assurance scheme."), 8)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "Notes from the call.\n\n- whether the seller's herd must be certified under the assurance scheme" }), 7)).toEqual(["open-question"]);
  });

  it("does not ask for the size of a small API or integration, and knows the makers of sterilisers", () => {
    expect(rulesAt(brief({ context: "We want a small intake API that the kitchen tablet calls when a donation arrives." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our autoclaves (3 from Getinge, 2 from Belimed) print the cycle report as PDF; loads are tracked in STERIS SPM." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a small upload that the kitchen tablet sends when a donation arrives." }), CONTEXT)).toEqual(["unquantified"]);
  });
});

describe("session 25, rounds 273-274: agreements dated in the past, backoffs given their delays, wishes, people who retry", () => {
  it("reads 'the one agreed with the dealers' association last year' as an unwritten agreement, not when it is written below", () => {
    expect(rulesAt(brief({ context: "The subsidy amount is the one agreed with the dealers' association last year." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The sorting rules between red and rosé hoppers are the same as in 2023." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The column layout below was agreed with the contractor in January." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Approval rules (agreed with finance in March):" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The sorting rules between red and rosé hoppers are the same as in the table below." }), CONTEXT)).toEqual([]);
  });

  it("reads a backoff whose delays follow in its sentence as given, and still asks about a bare one", () => {
    expect(rulesAt(brief({ edge: "- Broker connection lost: reconnect with backoff, starting at 1 s and doubling up to 60 s." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Broker connection lost: reconnect with backoff, and log every attempt." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'would be nice' as the writer's wish and 'such a small sample' as the size just given", () => {
    expect(rulesAt(brief({ edge: "- Retirements are not imported. Would be nice for the reports, but not now." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reports must be nice for the auditors." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Survey with fewer than 100 households: `422`; the standard does not accept such a small sample." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Survey with too few households: `422`; the standard does not accept a small sample." }), EDGE)).toEqual(["unquantified"]);
  });

  it("does not ask how often a person retries by hand, and still asks how often a system does", () => {
    expect(rulesAt(brief({ edge: "- Aircraft type unknown: `422 unknown_type`; the dispatcher adds the type and retries." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- All recharges go through the gateway, which picks the operator connection and retries." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads capitals the brief writes as code as that value, and still asks about letters never written so", () => {
    expect(rulesAt(brief({ api: "- The file for `SK` and `2025-03` lists only SK sessions, sorted by `connected_at`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The file for each carrier lists only SK sessions, sorted by `connected_at`." }), API)).toEqual(["undefined-term"]);
  });

  it("knows PostGIS and Ecocert", () => {
    expect(rulesAt(brief({ context: "Organic grapes (certified by Ecocert) go into vats whose polygons are in the PostGIS table `vats`." }), CONTEXT)).toEqual([]);
  });
});

describe("session 25, rounds 275-276: sections of other things, sizes referred back to, the writer's small request", () => {
  it("reads 'bands in that section' as a contest's section, so 'like we did for the Spring Contest' is still reported", () => {
    expect(rulesAt(brief({ edge: "- Sets should be held back for bands in that section, like we did for the Spring Contest." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Sets are held back as the section on the music library explains, like we did for the spring contest." }), EDGE)).toEqual([]);
  });

  it("reads 'parts that small' after a figure as that size, and 'a small request' as the writer's ask", () => {
    expect(rulesAt(brief({ edge: "- Model volume below 0.1 cm³: `422`; we cannot depowder parts that small without losing them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- We cannot depowder parts that small without losing them." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Hi, a small request before the season starts please." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A very large request from a new distributor: hold it for my review." }), EDGE)).toEqual(["unquantified"]);
  });
});

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
