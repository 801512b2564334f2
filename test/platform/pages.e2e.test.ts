import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { artifactDir, newContext, seriousAxeViolations, useBrowserApp } from "../helpers/chromium.js";

describe("platform pages in Chromium", () => {
  const app = useBrowserApp();

  it.each([375, 1280])("signs in, shows the account and staff pages accessibly at %i px", async (width) => {
    const context = await newContext(app.browser, { width, timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    const dir = artifactDir("platform");
    try {
      await page.goto(`${app.base}/login`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // A wrong password shows the error summary and keeps the e-mail.
      await page.fill("#f-email", "staff@cleansystems.example");
      await page.fill("#f-password", "wrong-password");
      await page.click("button[type=submit]");
      await expect.poll(() => page.locator(".error-summary").isVisible()).toBe(true);
      expect(await page.inputValue("#f-email")).toBe("staff@cleansystems.example");
      await page.fill("#f-password", "handoff-demo-2026");
      await page.click("button[type=submit]");
      await page.waitForURL(/\/inbox$/);
      for (const path of ["/account", "/staff/orgs"]) {
        await page.goto(`${app.base}${path}`);
        expect(await seriousAxeViolations(page), path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(1);
        await page.screenshot({ path: join(dir, `${path.replace(/\//g, "_")}-${width}.png`), fullPage: true });
      }
      // Navigation by role: staff see Organisations.
      await expect.poll(() => page.locator("nav >> text=Organisations").count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("prefills an empty timezone from the browser on the invitation page", async () => {
    const inv = await app.t.app.inject({ method: "GET", url: "/login" });
    expect(inv.statusCode).toBe(200);
    const { createInvitation } = await import("../../src/models/links.js");
    const org = await app.t.database.db.selectFrom("orgs").select("id").where("slug", "=", "nordlys-health").executeTakeFirstOrThrow();
    const staff = await app.t.database.db.selectFrom("users").select("id").where("role", "=", "staff").executeTakeFirstOrThrow();
    const { token } = await createInvitation(app.t.database.db, { orgId: org.id, email: "new@nordlys.example", role: "client-member", invitedBy: staff.id });
    const context = await newContext(app.browser, { timezoneId: "America/New_York" });
    const page = await context.newPage();
    try {
      await page.goto(`${app.base}/invite/${token}`);
      await expect.poll(() => page.inputValue("#f-timezone")).toBe("America/New_York");
      // Only navigation from the page itself: the script ran under CSP without inline code.
    } finally {
      await context.close();
    }
  });
});
