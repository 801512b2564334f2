/**
 * Behaviours added in sessions 2 to 7 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

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
