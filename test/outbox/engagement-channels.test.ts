/**
 * Delivery settings of one engagement, on every engine: staff and the client
 * owner open them from the engagement page, channels added there hear only
 * that engagement, the organisation's form scopes with a select, and client
 * owners find their organisation's settings in the navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChannels } from "../../src/models/channels.js";
import { createTestApp, ENGINES, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";
import { caller } from "../work/support.js";
import { orgId } from "./helpers.js";

describe.each(ENGINES)("engagement delivery settings on %s", (engine) => {
  let t: TestApp;
  let sakura: string, eid: string, nordlysEid: string;
  beforeAll(async () => {
    delete process.env.ALLOW_PRIVATE_WEBHOOKS;
    t = await createTestApp(engine);
    const db = t.database.db;
    sakura = await orgId(db);
    eid = (await db.selectFrom("engagements").select("id").where("org_id", "=", sakura).executeTakeFirstOrThrow()).id;
    nordlysEid = (await db.selectFrom("engagements").select("id").where("org_id", "=", await orgId(db, "nordlys-health")).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it("opens for staff and the client owner from the engagement page, and for nobody else", async () => {
    for (const who of ["staff@cleansystems.example", "yamada@sakura-payments.example"]) {
      const b = await signedIn(t.app, who);
      expect((await b.get(`/engagements/${eid}`)).body, who).toContain(`href="/engagements/${eid}/channels" id="delivery-settings"`);
      const res = await b.get(`/engagements/${eid}/channels`);
      expect(res.statusCode, who).toBe(200);
      expect(res.body).toContain("Delivery: Refunds API");
      // The organisation-wide demo hook hears this engagement too; it is listed, managed elsewhere.
      expect(res.body).toContain("Also hearing this engagement");
      expect(res.body).toContain("Sakura CI hook (demo)");
      expect(res.body).toContain(`action="/engagements/${eid}/channels"`);
      expect(res.body).not.toContain('name="engagementId" id=');
    }
    for (const who of ["aiko@sakura-payments.example", "dewi@cleansystems.example"]) {
      const b = await signedIn(t.app, who);
      expect((await b.get(`/engagements/${eid}`)).body, who).not.toContain("delivery-settings");
      expect((await b.get(`/engagements/${eid}/channels`)).statusCode, who).toBe(403);
    }
    for (const who of ["freja@nordlys.example", "sam@cleansystems.example"]) {
      expect((await (await signedIn(t.app, who)).get(`/engagements/${eid}/channels`)).statusCode, who).toBe(404);
    }
  });

  it("gives client owners a navigation link to their organisation's delivery settings", async () => {
    const owner = await (await signedIn(t.app, "yamada@sakura-payments.example")).get("/inbox");
    expect(owner.body).toContain(`<a href="/orgs/${sakura}/channels">Delivery settings</a>`);
    const member = await (await signedIn(t.app, "aiko@sakura-payments.example")).get("/inbox");
    expect(member.body).not.toContain("Delivery settings");
    const orgPage = await (await signedIn(t.app, "yamada@sakura-payments.example")).get(`/orgs/${sakura}/channels`);
    expect(orgPage.body).toContain('aria-current="page">Delivery settings');
    // The scope is a select of the organisation's engagements, not free text.
    expect(orgPage.body).toMatch(new RegExp(`<select id="f-engagementId" name="engagementId"[^>]*>[\\s\\S]*<option value="${eid}">Refunds API</option>`));
  });

  it("adds channels that hear only this engagement, and refuses another organisation's engagement as a scope", async () => {
    const db = t.database.db;
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const owner = await signedIn(t.app, "yamada@sakura-payments.example");
    await owner.get(`/engagements/${eid}/channels`);
    const bad = await owner.post(`/engagements/${eid}/channels`, { kind: "webhook", name: "Local", url: "http://127.0.0.1/x" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("private or local network address");
    // A posted engagementId cannot move the channel out of the page's engagement.
    const made = await owner.post(`/engagements/${eid}/channels`, { kind: "webhook", name: "Refunds hook", url: "https://hooks.example.com/refunds", engagementId: nordlysEid });
    expect(made.statusCode).toBe(200);
    expect(made.body).toContain("Added Refunds hook");
    const hook = (await listChannels(db, sakura)).find((c) => c.name === "Refunds hook")!;
    expect(hook.engagement_id).toBe(eid);
    const page = await owner.get(`/engagements/${eid}/channels`);
    expect(page.body).toContain("Channels of this engagement");
    expect(page.body).toContain("Refunds hook");
    expect(page.body).not.toMatch(/channel-card[\s\S]*Sakura CI hook \(demo\) <span class="badge">Webhook<\/span><\/h3>/);

    await staff.get(`/orgs/${sakura}/channels`);
    const other = await staff.post(`/orgs/${sakura}/channels`, { kind: "webhook", name: "Wrong scope", url: "https://hooks.example.com/x", engagementId: nordlysEid });
    expect(other.statusCode).toBe(400);
    expect(other.body).toContain("Choose one of this organisation&#39;s engagements");

    // Only events of this engagement reach the channel.
    const staffApi = await caller(t.app, db, "staff@cleansystems.example");
    const e2 = (await staffApi.call("POST", "/api/v1/engagements", { orgId: sakura, title: "Other work", scope: "x", contractorIds: [], reviewerIds: [] })).json().id as string;
    const yamada = await caller(t.app, db, "yamada@sakura-payments.example");
    const inside = (await yamada.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Inside", markdown: "# x" })).json().id as string;
    const outside = (await yamada.call("POST", `/api/v1/engagements/${e2}/briefs`, { title: "Outside", markdown: "# x" })).json().id as string;
    const rows = await db.selectFrom("outbox").select(["brief_id"]).where("channel_id", "=", hook.id).execute();
    expect(rows.some((r) => r.brief_id === inside)).toBe(true);
    expect(rows.some((r) => r.brief_id === outside)).toBe(false);

    // Actions on a card shown on the engagement page come back to it.
    const off = await owner.post(`/channels/${hook.id}/disable`, { back: "engagement" });
    expect(off.statusCode).toBe(200);
    expect(off.body).toContain("Refunds hook is off");
    expect(off.body).toContain("Delivery: Refunds API");
    const offFromOrg = await owner.post(`/channels/${hook.id}/enable`, {});
    expect(offFromOrg.body).toContain("Delivery: Sakura Payments K.K.");
  });
});
