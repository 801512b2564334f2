/**
 * Behaviours added in session 8 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

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
