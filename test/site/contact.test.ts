import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCORING_WEIGHTS } from "../../src/core/readiness/index.js";
import { loadSite } from "../../src/content/site.js";
import { buildReport } from "../../src/http/routes/contact-report.js";
import { csvCell } from "../../src/http/routes/leads-csv.js";
import { contentDir } from "../../src/http/routes/site-content.js";
import { ticketFindings } from "../../src/http/views/site/report.js";
import { REPORT_TTL_MS } from "../../src/models/leads.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { InjectBrowser, signedIn } from "../helpers/browser.js";

/** A complete, valid submission; tests override what they need. */
export function validAnswers(over: Record<string, string> = {}): Record<string, string> {
  return {
    name: "山田太郎",
    email: "taro@sakura-payments.example",
    company: "さくら決済株式会社",
    website: "sakura-payments.example",
    timezone: "Asia/Tokyo",
    hours_start: "09:00",
    hours_end: "18:00",
    project: "返金 API: partial refunds for card payments, with webhooks to merchants.",
    finished: "Merchants can refund part of a payment through the API and get a webhook when it settles.",
    scope: "finish-line",
    spec_writer: "Aiko Tanaka, product lead",
    reviewer: "",
    review_turnaround_hours: "48",
    scope_decider: "山田太郎",
    access_granter: "",
    tracker: "linear",
    acceptance_criteria: "some",
    api_docs: "partial",
    tests_in_ci: "partly",
    staging: "yes",
    code_review: "always",
    english_comfort: "3",
    overlap_hours: "2",
    ticket: "",
    ...over,
  };
}

describe.each(ENGINES)("/contact and the leads inbox on %s", (engine) => {
  let t: TestApp;
  let ipSeq = 0;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  /** A visitor on their own IP who opened the form a few seconds ago. */
  async function visitor(): Promise<{ b: InjectBrowser; started: string }> {
    const b = new InjectBrowser(t.app, `10.20.${Math.floor(++ipSeq / 200)}.${ipSeq % 200}`);
    const res = await b.get("/contact");
    const started = /name="started" value="([^"]+)"/.exec(res.body)![1];
    return { b, started };
  }
  /** Opens the form, lets 4 s pass on the server clock and sends it. */
  async function submit(form: Record<string, string>, v?: { b: InjectBrowser; started: string }) {
    const { b, started } = v ?? (await visitor());
    t.clock.now += 4000;
    const res = await b.post("/contact", { started, ...form });
    return { b, res, started };
  }
  const leadCount = async () => Number((await t.database.db.selectFrom("leads").select((e) => e.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("shows the form with every question, a signed start time and a hidden trap field", async () => {
    const res = await t.app.inject({ method: "GET", url: "/contact" });
    expect(res.statusCode).toBe(200);
    for (const name of Object.keys(validAnswers())) expect(res.body, name).toContain(`name="${name}"`);
    expect(res.body).toMatch(/name="started" value="\d+\.[\w-]{32}"/);
    expect(res.body).toMatch(/<div class="hp" aria-hidden="true">[\s\S]*name="fax_only"[^>]*tabindex="-1"/);
    expect(res.body).toContain('data-tz-prefill="1"');
  });

  it("re-renders a rejected submission with what was typed and one message per field, linked from the summary", async () => {
    const before = await leadCount();
    const { res } = await submit(validAnswers({ email: "taro at sakura", project: "", tracker: "notion", review_turnaround_hours: "soon" }));
    expect(res.statusCode).toBe(400);
    expect(await leadCount()).toBe(before);
    expect(res.body).toContain("There are 4 problems");
    for (const f of ["email", "project", "tracker", "review_turnaround_hours"]) {
      expect(res.body).toContain(`href="#f-${f}"`);
      expect(res.body).toContain(`id="f-${f}-error"`);
    }
    expect(res.body).toContain("Enter an e-mail address like name@example.com.");
    expect(res.body).toContain('value="taro at sakura"');
    expect(res.body).toContain('value="さくら決済株式会社"');
    expect(res.body).toContain("Merchants can refund part of a payment through the API");
    expect(res.body).toContain('value="山田太郎"');
  });

  it("enforces field lengths", async () => {
    const { res } = await submit(validAnswers({ company: "x".repeat(201), ticket: "y".repeat(20001) }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Keep your company&#39;s name under 200 characters.");
    expect(res.body).toContain("Paste at most 20000 characters of the ticket.");
  });

  it("asks a too-fast submission to check and resend, and accepts the resend", async () => {
    const { b, started } = await visitor();
    const fast = await b.post("/contact", { started, ...validAnswers() });
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain("faster than a person can fill in the form");
    expect(fast.body).toContain('value="山田太郎"');
    expect(fast.body).toContain(`value="${started}"`);
    t.clock.now += 3000;
    const resend = await b.post("/contact", { started, ...validAnswers() });
    expect(resend.statusCode).toBe(303);
    const forged = await b.post("/contact", { started: `${t.clock.now - 60_000}.${"a".repeat(32)}`, ...validAnswers() });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain("The form had expired");
  });

  it("stores the lead with its event, then redirects to a report with score, level, three gaps, overlap and the weights", async () => {
    const before = await leadCount();
    const { res, b } = await submit(validAnswers({ ticket: "# Refunds\n\nMake refunds <script>alert(1)</script> work [like before](javascript:alert(1)).\n" }));
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/contact\/report\/[\w-]{43}$/);
    expect(await leadCount()).toBe(before + 1);
    const lead = await t.database.db.selectFrom("leads").selectAll().orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ name: "山田太郎", company: "さくら決済株式会社", status: "new", timezone: "Asia/Tokyo" });
    expect(lead.report_token_hash).not.toContain(location.split("/").pop());
    const consultancy = await t.database.db.selectFrom("orgs").select("id").where("kind", "=", "consultancy").executeTakeFirstOrThrow();
    expect(lead.org_id).toBe(consultancy.id);
    const events = await t.database.db.selectFrom("events").selectAll().where("entity_id", "=", lead.id).execute();
    expect(events.map((e) => [e.action, e.org_id])).toEqual([["lead.received", consultancy.id]]);

    const report = await b.get(location);
    expect(report.statusCode).toBe(200);
    expect(report.body).toMatch(/<span class="score-value">\d+<\/span>/);
    expect(report.body).toMatch(/class="badge (ok|warn|bad)">(Ready|Ready with gaps|Fix documentation first)</);
    expect(report.body.match(/<li class="gap">/g)).toHaveLength(3);
    expect(report.body.match(/<strong>Next step:<\/strong>/g)).toHaveLength(3);
    expect(report.body).toMatch(/<th scope="row">Copenhagen<\/th>/);
    expect(report.body).toMatch(/<th scope="row">Magelang<\/th>/);
    expect(report.body).toContain("How we score");
    for (const w of SCORING_WEIGHTS) expect(report.body).toContain(`<td>${w.weight}</td>`);
    expect(report.body).toContain("さくら決済株式会社");
    // The ticket's brief-checker findings are part of the report.
    expect(report.body).toMatch(/The brief checker found \d+ places? where an outside engineer would have to guess/);
    expect(report.body).toContain('<span class="badge">missing-section</span>');
    const stored = JSON.parse((await t.database.db.selectFrom("leads").select("report").where("id", "=", lead.id).executeTakeFirstOrThrow()).report!);
    expect(stored.ticket.checked).toBe(true);
    expect(stored.ticket.findings.length).toBeGreaterThan(0);
    // The pasted ticket is shown, escaped: no script, no javascript: link.
    expect(report.body).toContain("&lt;script&gt;");
    expect(report.body).not.toMatch(/<script>alert|href="javascript:/i);
    expect(report.headers["x-robots-tag"]).toBe("noindex");
  });

  it("keeps the ticket and says it was not checked when the checker is missing or fails", async () => {
    const { res } = await submit(validAnswers({ company: "Unchecked KK", ticket: "Fix the thing." }));
    expect(res.statusCode).toBe(303);
    const lead = await t.database.db.selectFrom("leads").selectAll().where("company", "=", "Unchecked KK").executeTakeFirstOrThrow();
    expect(lead.ticket).toBe("Fix the thing.");
    const offices = loadSite(contentDir()).offices;
    for (const checker of [null, () => { throw new Error("checker bug"); }]) {
      const r = buildReport(lead, offices, checker, null);
      expect(r.ticket).toEqual({ checked: false });
      expect(ticketFindings(r.ticket).value).toContain("could not check it automatically");
    }
  });

  it("uses UTC with a visible note for a timezone it does not know", async () => {
    const { res, b } = await submit(validAnswers({ timezone: "Mars/Olympus_Mons" }));
    expect(res.statusCode).toBe(303);
    const report = await b.get(String(res.headers.location));
    expect(report.body).toContain("We did not recognise the timezone “Mars/Olympus_Mons”, so overlap is computed for UTC.");
    expect(report.body).toContain("in UTC");
  });

  it("answers unknown and expired report links with a 404 page that links back to /contact", async () => {
    const unknown = await t.app.inject({ method: "GET", url: "/contact/report/not-a-real-token" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('href="/contact"');
    const { res } = await submit(validAnswers());
    const url = String(res.headers.location);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(200);
    t.clock.now += REPORT_TTL_MS + 60_000;
    const expired = await t.app.inject({ method: "GET", url });
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain("Report not found");
    expect(expired.body).toContain('href="/contact"');
  });

  it("stores nothing when the hidden field is filled, and shows a normal confirmation", async () => {
    const before = await leadCount();
    const { res } = await submit(validAnswers({ fax_only: "call me" }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Thank you");
    expect(res.body).toContain("We have your answers");
    expect(await leadCount()).toBe(before);
  });

  it("answers the sixth submission from one IP within an hour with 429 and the typed text", async () => {
    const v = await visitor();
    for (let i = 1; i <= 5; i++) {
      const { res } = await submit(validAnswers({ company: `Company ${i}` }), v);
      expect(res.statusCode, `submission ${i}`).toBe(303);
    }
    const { res } = await submit(validAnswers({ company: "The sixth company", project: "六番目のプロジェクト" }), v);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.body).toContain('value="The sixth company"');
    expect(res.body).toContain("六番目のプロジェクト");
    expect(res.body).toContain("in the last hour");
    // Another IP is not affected, and after the hour this one may send again.
    expect((await submit(validAnswers())).res.statusCode).toBe(303);
    t.clock.now += 3600_000;
    expect((await submit(validAnswers(), v)).res.statusCode).toBe(303);
  });

  it("lists leads newest first for staff, filters them, and hides them from everyone else", async () => {
    const { res } = await submit(validAnswers({ company: "Newest Lead KK" }));
    expect(res.statusCode).toBe(303);
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const list = await staff.get("/staff/leads");
    expect(list.statusCode).toBe(200);
    const companies = [...list.body.matchAll(/<a href="\/staff\/leads\/[\w-]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(companies[0]).toBe("Newest Lead KK");
    expect(companies).toContain("Sakura Payments K.K.");
    const won = await staff.get("/staff/leads?status=won");
    expect([...won.body.matchAll(/<a href="\/staff\/leads\/[\w-]+">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual(["Sakura Payments K.K."]);
    const level = await staff.get("/staff/leads?level=ready");
    expect(level.body).not.toContain("Newest Lead KK");
    expect((await staff.get("/staff/leads?level=bogus&status=%3Cx%3E")).statusCode).toBe(200);

    const id = (await t.database.db.selectFrom("leads").select("id").where("company", "=", "Newest Lead KK").executeTakeFirstOrThrow()).id;
    for (const url of ["/staff/leads", "/staff/leads.csv", `/staff/leads/${id}`]) {
      const anon = await t.app.inject({ method: "GET", url });
      expect(anon.statusCode, url).toBe(303);
      expect(String(anon.headers.location)).toMatch(/^\/login/);
      for (const email of ["yamada@sakura-payments.example", "dewi@cleansystems.example"]) {
        const other = await signedIn(t.app, email);
        expect((await other.get(url)).statusCode, `${url} as ${email}`).toBe(404);
      }
    }
    const client = await signedIn(t.app, "freja@nordlys.example");
    await client.get("/account");
    expect((await client.post(`/staff/leads/${id}/status`, { to: "contacted", note: "hi" })).statusCode).toBe(404);
  });

  it("moves a lead new → contacted → won with a note each time and keeps the history", async () => {
    const { res } = await submit(validAnswers({ company: "Flow KK" }));
    expect(res.statusCode).toBe(303);
    const id = (await t.database.db.selectFrom("leads").select("id").where("company", "=", "Flow KK").executeTakeFirstOrThrow()).id;
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const detail = await staff.get(`/staff/leads/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain("返金 API");
    expect(detail.body).toContain("No changes yet.");

    const noNote = await staff.post(`/staff/leads/${id}/status`, { to: "contacted", note: "  " });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain("Write a note");
    const skip = await staff.post(`/staff/leads/${id}/status`, { to: "won", note: "Straight to won" });
    expect(skip.statusCode).toBe(400);
    expect(skip.body).toContain("A new lead can move to contacted only.");
    expect(skip.body).toContain("Straight to won");

    expect((await staff.post(`/staff/leads/${id}/status`, { to: "contacted", note: "Wrote to 山田さん about scope." })).statusCode).toBe(303);
    await staff.get(`/staff/leads/${id}`);
    expect((await staff.post(`/staff/leads/${id}/status`, { to: "won", note: "Signed: refunds API." })).statusCode).toBe(303);
    const done = await staff.get(`/staff/leads/${id}`);
    expect(done.body).toMatch(/new → contacted[\s\S]*Wrote to 山田さん about scope\.[\s\S]*contacted → won[\s\S]*Signed: refunds API\./);
    expect(done.body).toContain("its status no longer changes");
    const history = await t.database.db.selectFrom("lead_status_changes").selectAll().where("lead_id", "=", id).execute();
    expect(history.map((h) => `${h.from_status}→${h.to_status}`).sort()).toEqual(["contacted→won", "new→contacted"]);
    const events = await t.database.db.selectFrom("events").select("action").where("entity_id", "=", id).execute();
    expect(events.map((e) => e.action).sort()).toEqual(["lead.received", "lead.status_changed", "lead.status_changed"]);
    const again = await staff.post(`/staff/leads/${id}/status`, { to: "lost", note: "Too late" });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("A won lead is closed");
  });

  it("exports CSV with proper escaping and formula injection neutralised", async () => {
    const { res } = await submit(
      validAnswers({ company: "=HYPERLINK(\"http://evil.example\",\"x\")", name: "Doe, \"JD\"\nJunior", project: "+1 line\r\nsecond", finished: "@SUM(A1)" }),
    );
    expect(res.statusCode).toBe(303);
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const csv = await staff.get("/staff/leads.csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(String(csv.headers["content-disposition"])).toMatch(/^attachment; filename="leads-\d{4}-\d\d-\d\d\.csv"$/);
    const rows = parseCsv(csv.body.replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(["id", "received_at", "status", "company", "name", "email", "website", "timezone", "score", "level", "project", "finished"]);
    const row = rows.find((r) => r[3].includes("HYPERLINK"))!;
    expect(row[3]).toBe("'=HYPERLINK(\"http://evil.example\",\"x\")");
    expect(row[4]).toBe('Doe, "JD"\nJunior');
    expect(row[10]).toBe("'+1 line\r\nsecond");
    expect(row[11]).toBe("'@SUM(A1)");
    expect(rows.some((r) => r[4] === "山田太郎")).toBe(true);
    expect(rows.slice(1).every((r) => r.length === 12)).toBe(true);
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell(42)).toBe("42");
  });
});

/** RFC 4180 parser for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
