/**
 * The staff inbox on every engine: new leads, dead-lettered deliveries and
 * engagements with overdue clocks, each counted with a link to the page that
 * works it; nobody else gets the staff queue.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

describe.each(ENGINES)("staff inbox on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it("counts new leads and dead-lettered deliveries with links, and lists engagements once their clocks are overdue", async () => {
    const db = t.database.db;
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const newLeads = (await db.selectFrom("leads").select("id").where("status", "=", "new").execute()).length;
    expect(newLeads).toBeGreaterThan(0); // the demo seed has untriaged leads
    let q = (await staff.api("GET", "/api/v1/me/inbox")).json().staff;
    expect(q.newLeads).toEqual({ count: newLeads, url: "/staff/leads?status=new" });
    expect(q.deadDeliveries).toEqual({ count: 0, url: "/staff/deliveries?state=dead" });
    expect(q.overdueEngagements).toEqual([]);

    // One message gives up; two weeks pass without anyone answering or reviewing.
    const msg = await db.selectFrom("outbox").select("id").executeTakeFirstOrThrow();
    await db.updateTable("outbox").set({ state: "dead", last_error: "HTTP 500" }).where("id", "=", msg.id).execute();
    await staff.api("GET", "/api/v1/me/inbox"); // clocks start on the first look
    t.clock.now += 14 * 24 * 3600_000;
    q = (await staff.api("GET", "/api/v1/me/inbox")).json().staff;
    expect(q.deadDeliveries.count).toBe(1);
    const titles = q.overdueEngagements.map((e: { title: string }) => e.title).sort();
    expect(titles).toEqual(["Payments for bookings", "Refunds API"]);
    const refunds = q.overdueEngagements.find((e: { title: string }) => e.title === "Refunds API");
    expect(refunds).toMatchObject({ orgName: "Sakura Payments K.K.", url: expect.stringMatching(/^\/engagements\/[0-9a-f-]{36}$/) });
    expect(refunds.overdue).toBeGreaterThanOrEqual(1);

    const page = await staff.get("/inbox");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Waiting on the consultancy");
    expect(page.body).toContain(`href="/staff/leads?status=new">${newLeads} new lead`);
    expect(page.body).toContain(`href="/staff/deliveries?state=dead">1 dead-lettered delivery</a>`);
    expect(page.body).toContain(`href="${refunds.url}">Refunds API</a>`);
    // The links lead to working pages.
    expect((await staff.get("/staff/leads?status=new")).statusCode).toBe(200);
    expect((await staff.get("/staff/deliveries?state=dead")).body).toContain("HTTP 500");
  });

  it("gives nobody else the staff queue", async () => {
    for (const who of ["yamada@sakura-payments.example", "dewi@cleansystems.example"]) {
      const b = await signedIn(t.app, who);
      expect((await b.api("GET", "/api/v1/me/inbox")).json().staff, who).toBeUndefined();
      expect((await b.get("/inbox")).body).not.toContain("Waiting on the consultancy");
    }
  });
});
