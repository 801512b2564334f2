import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn, type InjectBrowser } from "../helpers/browser.js";
import { CLEAN_BRIEF, DRAFT_WITH_FINDINGS, orgId } from "./support.js";

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

/** The pages of the loop over app.inject with real forms and CSRF tokens, and XSS payloads everywhere. */
describe.each(ENGINES)("work pages on %s", (engine) => {
  let t: TestApp;
  let staff: InjectBrowser, client: InjectBrowser, contractor: InjectBrowser;
  let sakura: string, sam: string, yamada: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    staff = await signedIn(t.app, "staff@cleansystems.example");
    client = await signedIn(t.app, "yamada@sakura-payments.example");
    contractor = await signedIn(t.app, "sam@cleansystems.example");
    sakura = await orgId(t.database.db, "sakura-payments");
    const ids = await t.database.db.selectFrom("users").select(["id", "email"]).execute();
    sam = ids.find((u) => u.email === "sam@cleansystems.example")!.id;
    yamada = ids.find((u) => u.email === "yamada@sakura-payments.example")!.id;
  });
  afterAll(() => t.close());

  it("walks the loop through the forms, keeping every payload inert", async () => {
    await staff.get("/engagements");
    const bad = await staff.post("/engagements", { orgId: sakura, title: "", scope: "" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Enter a title.");
    const made = await staff.post("/engagements", { orgId: sakura, title: `Pages ${XSS}`, scope: "Scope", contractorIds: sam, reviewerIds: yamada });
    expect(made.statusCode).toBe(303);
    const eurl = made.headers.location as string;
    const board = await client.get(eurl);
    expect(board.statusCode).toBe(200);
    expect(board.body).not.toContain("<script>alert(1)");
    expect(board.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(board.body).toMatch(/Sam Carter.*(EST|EDT|GMT)/s);

    const newPage = await client.get(`${eurl}/briefs/new`);
    expect(newPage.body).toContain("## Acceptance criteria");
    expect(newPage.body).toContain("## Out of scope");
    expect(newPage.body).toContain("/assets/brief-editor.js");
    const created = await client.post(`${eurl}/briefs`, { title: `Brief ${XSS}`, markdown: DRAFT_WITH_FINDINGS + `\n${XSS}\n` });
    expect(created.statusCode).toBe(303);
    const burl = created.headers.location as string;
    const bid = burl.split("/").pop()!;
    let page = await client.get(burl);
    expect(page.body).not.toMatch(/<script>alert|<img src=x/);
    expect(page.body).toContain("finding(s)");
    expect(page.body).toContain("Fix the checker");
    expect((await client.post(`/briefs/${bid}/transition`, { to: "ready" })).statusCode).toBe(409);

    await client.get(`/briefs/${bid}/edit`);
    expect((await client.post(`/briefs/${bid}/edit`, { markdown: CLEAN_BRIEF, version: "1" })).statusCode).toBe(303);
    // A stale save never overwrites: both texts come back.
    const stale = await client.post(`/briefs/${bid}/edit`, { markdown: "my stale text", version: "1" });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain("while you were editing");
    expect(stale.body).toContain("my stale text");
    expect(stale.body).toContain("Partial refunds endpoint");
    await client.get(burl);
    expect((await client.post(`/briefs/${bid}/transition`, { to: "ready" })).statusCode).toBe(303);

    page = await contractor.get(burl);
    expect(page.body).toContain('data-shortcut="claim"');
    expect((await contractor.post(`/briefs/${bid}/transition`, { to: "in_progress" })).statusCode).toBe(303);
    await contractor.get(burl);
    expect((await contractor.post(`/briefs/${bid}/questions`, { text: `Which currency? ${XSS}`, line: "5" })).statusCode).toBe(303);

    page = await client.get(burl);
    const qid = /data-answer="([^"]+)"/.exec(page.body)![1];
    const fold = await client.get(`/briefs/${bid}/edit?question=${qid}`);
    expect(fold.body).toContain('data-focus-line="5"');
    const amended = CLEAN_BRIEF.replace("## API\n", "## API\n\nAmounts are in JPY only.\n");
    expect((await client.post(`/questions/${qid}/answer`, { text: "JPY only.", markdown: amended, version: "2" })).statusCode).toBe(303);

    page = await contractor.get(burl);
    expect(page.body).toContain("The brief changed since you claimed it");
    expect(page.body).toContain("Amounts are in JPY only.");
    const criteria = [...page.body.matchAll(/name="evidence\.(ac-[a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(criteria.length).toBe(3);
    const ev = Object.fromEntries(criteria.map((c) => [`evidence.${c}`, `Test passes ${XSS}`]));
    expect((await contractor.post(`/briefs/${bid}/deliverables`, { links: "javascript:alert(1)", notes: "", ...ev })).statusCode).toBe(400);
    await contractor.get(burl);
    expect((await contractor.post(`/briefs/${bid}/deliverables`, { links: "https://github.com/acme/pay/pull/9", notes: `Notes ${XSS}`, ...ev })).statusCode).toBe(303);

    page = await client.get(burl);
    const did = /action="\/deliverables\/([^/]+)\/review"/.exec(page.body)![1];
    const verdicts = Object.fromEntries(criteria.map((c, i) => [`verdict.${c}`, i === 0 ? "changes" : "accepted"]));
    const noComment = await client.post(`/deliverables/${did}/review`, verdicts);
    expect(noComment.statusCode).toBe(400);
    expect(noComment.body).toContain("changes requested always carry written feedback");
    await client.get(burl);
    expect((await client.post(`/deliverables/${did}/review`, { ...verdicts, [`comment.${criteria[0]}`]: `Name the field ${XSS}` })).statusCode).toBe(303);
    await client.get(burl);
    expect((await client.post(`/briefs/${bid}/comments`, { markdown: `Thanks @sam [x](javascript:alert(3)) ${XSS}` })).statusCode).toBe(303);

    page = await client.get(burl);
    expect(page.body).not.toMatch(/<script>alert|<img src=x|href="javascript:/);
    expect(page.body).toContain("Changes requested");
    const versions = await client.get(`/briefs/${bid}/versions/3`);
    expect(versions.statusCode).toBe(200);
    expect(versions.body).toContain('class="diff-line diff-add"');
    expect(versions.body).toContain("Amounts are in JPY only.");
    expect((await client.get(`/briefs/${bid}/versions/99`)).statusCode).toBe(404);

    const inbox = await contractor.get("/inbox");
    expect(inbox.body).toContain("Address review feedback");
  });

  it("shows the seeded engagement board with counts to its client, and hides it from other tenants", async () => {
    const list = await client.get("/engagements");
    const href = /href="(\/engagements\/[0-9a-f-]{36})">Refunds API/.exec(list.body)![1];
    const board = await client.get(href);
    expect(board.body).toMatch(/data-count="ready">1</);
    expect(board.body).toMatch(/data-count="in_review">1</);
    expect(board.body).toContain("question(s)");
    const freja = await signedIn(t.app, "freja@nordlys.example");
    expect((await freja.get(href)).statusCode).toBe(404);
    expect((await contractor.get(href)).statusCode).toBe(404);
    const inbox = await client.get("/inbox");
    expect(inbox.body).toContain("Review a deliverable");
    expect(inbox.body).toContain("Answer a question");
  });
});
