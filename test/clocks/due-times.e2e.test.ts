import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoBrief } from "../../src/commands/engagements-demo.js";
import { signedIn } from "../helpers/browser.js";
import { artifactDir, newContext, signInAs, useBrowserApp } from "../helpers/chromium.js";

/**
 * Acceptance: a client in Asia/Tokyo (山田太郎, 09:00–18:00) and a contractor
 * in America/New_York (Sam Carter) open the same brief in Chromium and each
 * sees the same due time in their own zone with the other's beside it. Data
 * is made through the API; the question's start is pinned to Mon 1 Mar 2027
 * 11:00 JST so the due time (1 working day of the reviewer = 9 h) is exact:
 * Tue 2 Mar 11:00 JST = Mon 1 Mar 21:00 EST.
 */
describe("due times in two zones, in Chromium", () => {
  let briefId: string;
  // A brief with a question asked at Mon 11:00 JST, before the app is served.
  const app = useBrowserApp(async (t) => {
    t.clock.now = Date.parse("2027-03-01T03:00:00Z"); // Mon 12:00 JST, Sun 22:00 EST
    const db = t.database.db;
    const id = async (email: string) => (await db.selectFrom("users").select("id").where("email_key", "=", email).executeTakeFirstOrThrow()).id;
    const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    await staff.get("/account");
    const e = await staff.api("POST", "/api/v1/engagements", {
      orgId: org.id,
      title: "Refund reporting",
      scope: "Reports on refunds for the finance team.",
      contractorIds: [await id("sam@cleansystems.example")],
      reviewerIds: [await id("yamada@sakura-payments.example")],
    });
    expect(e.statusCode).toBe(201);
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    await yamada.get("/account");
    const b = await yamada.api("POST", `/api/v1/engagements/${e.json().id}/briefs`, { title: "Refund report", markdown: demoBrief("Refund report", "report refunds") });
    expect(b.statusCode).toBe(201);
    briefId = b.json().id;
    expect((await yamada.api("POST", `/api/v1/briefs/${briefId}/transitions`, { to: "ready" })).statusCode).toBe(200);
    const sam = await signedIn(t.app, "sam@cleansystems.example");
    await sam.get("/account");
    expect((await sam.api("POST", `/api/v1/briefs/${briefId}/transitions`, { to: "in_progress" })).statusCode).toBe(200);
    expect((await sam.api("POST", `/api/v1/briefs/${briefId}/questions`, { text: "Should the report include partial refunds?" })).statusCode).toBe(201);
    await db.updateTable("questions").set({ created_at: "2027-03-01T02:00:00.000Z" }).where("brief_id", "=", briefId).execute();
  });

  async function dueTextAs(email: string, timezoneId: string): Promise<{ text: string; state: string }> {
    const context = await newContext(app.browser, { timezoneId });
    const page = await context.newPage();
    try {
      await signInAs(page, app.base, email);
      await page.goto(`${app.base}/briefs/${briefId}`);
      const badge = page.locator(".brief-clocks .due").first();
      await badge.waitFor();
      await page.screenshot({ path: join(artifactDir("clocks"), `brief-${timezoneId.replace("/", "_")}.png`), fullPage: true });
      return { text: (await badge.locator("time").innerText()).trim(), state: (await badge.getAttribute("data-state")) ?? "" };
    } finally {
      await context.close();
    }
  }

  it("the Tokyo client and the New York contractor each read the due time in their zone with the other's beside it", async () => {
    const client = await dueTextAs("yamada@sakura-payments.example", "Asia/Tokyo");
    const contractor = await dueTextAs("sam@cleansystems.example", "America/New_York");
    expect(client).toEqual({ text: "due Tue 11:00 JST · Mon 21:00 EST for Sam Carter", state: "on_track" });
    expect(contractor).toEqual({ text: "due Tue 11:00 JST · Mon 21:00 EST for you", state: "on_track" });
  });
});
