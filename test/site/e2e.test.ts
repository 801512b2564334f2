import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifactDir, newContext, seriousAxeViolations, useBrowserApp } from "../helpers/chromium.js";

/**
 * A visitor from Tokyo reads the site, asks for a readiness report, and staff
 * find the lead: the whole public path in Chromium, with axe-core on each page
 * kind and screenshots at 375 px and 1280 px under test-results/site/.
 */
describe("public site and /contact in Chromium", () => {
  const app = useBrowserApp();
  const dir = artifactDir("site");

  /** axe on the page, then full-page screenshots at both widths. */
  async function check(page: Page, name: string): Promise<void> {
    expect(await seriousAxeViolations(page), name).toEqual([]);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
    }
  }

  /** Moves the server clock past the form's minimum fill time. */
  const letTimePass = () => {
    app.t.clock.now += 5000;
  };

  it("home → article → more articles → /contact (errors, then valid with a ticket) → report → staff inbox", { timeout: 240_000 }, async () => {
    const context = await newContext(app.browser, { timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    try {
      // Home: service, offices with local time, and the visitor's overlap from the browser zone.
      await page.goto(`${app.base}/`);
      expect(await page.textContent("h1")).toBe("Scale your backend");
      await expect.poll(() => page.textContent('[data-overlap-for="Copenhagen"]'), { timeout: 10_000 }).toMatch(/next working day/);
      expect(await page.textContent("[data-overlap-note]")).toContain("Asia/Tokyo");
      expect(await page.textContent('[data-office="Magelang"] time.office-time')).toMatch(/^\w{3} \d\d:\d\d WIB$/);
      await check(page, "home");

      // An article, then one of its "More articles".
      await page.click("#latest-title ~ .grid article:first-child h3 a");
      await page.waitForURL(/\/articles\/[a-z0-9-]+$/);
      const firstUrl = page.url();
      const firstTitle = await page.textContent("h1");
      expect(await page.textContent(".article .meta")).toMatch(/By .+ · \d+ \w+ 2026 · \d+ min read/);
      expect(await page.locator(".related article").count()).toBe(4);
      await check(page, "article");
      await page.click(".related article:first-child h3 a");
      await page.waitForURL((u) => /\/articles\/[a-z0-9-]+$/.test(u.pathname) && u.href !== firstUrl);
      expect(await page.textContent("h1")).not.toBe(firstTitle);

      // The form, from the navigation.
      await page.click('nav[aria-label="Main"] >> text=Tell us about your project');
      await page.waitForURL(/\/contact$/);
      await expect.poll(() => page.inputValue("#f-timezone")).toBe("Asia/Tokyo");
      await check(page, "contact");

      await page.fill("#f-name", "山田太郎");
      await page.fill("#f-email", "taro at sakura");
      await page.fill("#f-company", "さくら決済株式会社");
      await page.fill("#f-website", "sakura-payments.example");
      await page.fill("#f-hours_start", "09:00");
      await page.fill("#f-hours_end", "18:00");
      await page.fill("#f-project", "返金 API: partial refunds for card payments, with webhooks to merchants.");
      await page.fill("#f-finished", "Merchants can refund part of a payment through the API and get a webhook when it settles.");
      await page.selectOption("#f-scope", "finish-line");
      await page.fill("#f-spec_writer", "Aiko Tanaka, product lead");
      await page.fill("#f-review_turnaround_hours", "48");
      await page.fill("#f-scope_decider", "山田太郎");
      await page.selectOption("#f-tracker", "linear");
      await page.selectOption("#f-acceptance_criteria", "some");
      await page.selectOption("#f-api_docs", "partial");
      await page.selectOption("#f-tests_in_ci", "partly");
      await page.selectOption("#f-staging", "yes");
      await page.selectOption("#f-code_review", "always");
      await page.selectOption("#f-english_comfort", "3");
      await page.fill("#f-overlap_hours", "a few");
      letTimePass();
      await page.click("form.contact-form button[type=submit]");
      await expect.poll(() => page.locator(".error-summary li").count()).toBe(2);
      const summary = await page.textContent(".error-summary");
      expect(summary).toContain("Enter an e-mail address like name@example.com.");
      expect(summary).toContain("Enter the daily overlap you can offer");
      expect(await page.textContent("#f-email-error")).toContain("e-mail");
      expect(await page.textContent("#f-overlap_hours-error")).toContain("hours");
      expect(await page.inputValue("#f-name")).toBe("山田太郎");
      expect(await page.inputValue("#f-email")).toBe("taro at sakura");
      expect(await page.inputValue("#f-company")).toBe("さくら決済株式会社");
      expect(await page.inputValue("#f-project")).toContain("返金 API");
      expect(await page.inputValue("#f-tracker")).toBe("linear");

      // Fix both, paste a ticket, send.
      await page.fill("#f-email", "taro@sakura-payments.example");
      await page.fill("#f-overlap_hours", "2");
      await page.fill("#f-ticket", "# Refunds\n\nMake refunds work like the old system did, but faster.\n\n- should be robust\n");
      letTimePass();
      await page.click("form.contact-form button[type=submit]");
      await page.waitForURL(/\/contact\/report\/[\w-]{43}$/);
      expect(Number(await page.textContent(".score-value"))).toBeGreaterThanOrEqual(0);
      expect(await page.locator("li.gap").count()).toBe(3);
      expect(await page.textContent("#ticket-title + p")).toMatch(/The brief checker found \d+ place/);
      expect(await page.locator("#overlap-title ~ .table-wrap tbody tr").count()).toBe(2);
      await check(page, "report");
      expect(cspErrors).toEqual([]);
    } finally {
      await context.close();
    }

    // Staff sign in and find the lead at the top of the inbox.
    const staffContext = await newContext(app.browser, { timezoneId: "Europe/Copenhagen" });
    const staff = await staffContext.newPage();
    try {
      await staff.goto(`${app.base}/login`);
      await staff.fill("#f-email", "staff@cleansystems.example");
      await staff.fill("#f-password", "handoff-demo-2026");
      await staff.click("main button[type=submit]");
      await staff.waitForURL((u) => u.pathname !== "/login");
      await staff.goto(`${app.base}/staff/leads`);
      expect(await staff.textContent("table.leads tbody tr:first-child td:nth-child(2)")).toBe("さくら決済株式会社");
      await staff.click("table.leads tbody tr:first-child a");
      await staff.waitForURL(/\/staff\/leads\/[\w-]+$/);
      expect(await staff.textContent("h1")).toBe("さくら決済株式会社");
      expect(await seriousAxeViolations(staff)).toEqual([]);
    } finally {
      await staffContext.close();
    }
  });
});
