// @ts-expect-error: a plain .mjs script without type declarations
import { buildBrowserBundles } from "../../scripts/build.mjs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifactDir, newContext, seriousAxeViolations, signInAs, useBrowserApp } from "../helpers/chromium.js";
import { CLEAN_BRIEF, DRAFT_WITH_FINDINGS } from "./support.js";

/**
 * The whole loop in Chromium with three people in three zones: staff in
 * Copenhagen, the client in Tokyo, the contractor in New York. Screenshots of
 * every step go to test-results/work-loop/.
 */
describe("engagement loop in the browser", () => {
  // The pages load bundles from dist/public; rebuild them so this file also runs alone.
  const app = useBrowserApp(() => buildBrowserBundles());
  const dir = artifactDir("work-loop");
  let step = 0;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(dir, `${String(++step).padStart(2, "0")}-${name}.png`), fullPage: true });


  async function person(email: string, timezoneId: string, width = 1280): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await newContext(app.browser, { timezoneId, width });
    const page = await ctx.newPage();
    await signInAs(page, app.base, email);
    return { ctx, page };
  }

  it("runs from engagement to shipped across three timezones", async () => {
    const staff = await person("staff@cleansystems.example", "Europe/Copenhagen");
    const client = await person("yamada@sakura-payments.example", "Asia/Tokyo");
    const contractor = await person("sam@cleansystems.example", "America/New_York");
    try {
      // Staff open the engagement for Sakura Payments with Sam as contractor and Yamada as reviewer.
      let p = staff.page;
      await p.goto(`${app.base}/engagements`);
      await p.selectOption("#f-orgId", { label: "Sakura Payments K.K." });
      await p.fill("#f-title", "Checkout API");
      await p.fill("#f-scope", "Refunds and receipts for the checkout.");
      await p.check("fieldset#f-contractorIds label:has-text('Sam Carter') input");
      await p.check("fieldset#f-reviewerIds label:has-text('山田太郎') input");
      await p.click("form.engagement-form button[type=submit]");
      await p.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
      const board = p.url();
      await shot(p, "staff-opened-engagement");

      // The client writes a brief; the live checker lists findings; a click jumps to the line.
      p = client.page;
      await p.goto(board);
      await p.click("a:has-text('New brief')");
      await p.fill("#f-title", "Partial refunds");
      expect(await p.inputValue("#f-markdown")).toContain("## Acceptance criteria");
      await p.fill("#f-markdown", DRAFT_WITH_FINDINGS);
      await expect.poll(() => p.locator("#checker-findings li").count()).toBeGreaterThan(2);
      await p.locator("#checker-findings button.finding-jump").first().click();
      const selected = await p.evaluate(() => {
        const ta = document.getElementById("f-markdown") as HTMLTextAreaElement;
        return ta.value.slice(ta.selectionStart, ta.selectionEnd);
      });
      expect(selected.length).toBeGreaterThan(0);
      await shot(p, "client-sees-findings");
      await p.click("#save-brief");
      await p.waitForURL(/\/briefs\/[0-9a-f-]{36}$/);
      const briefUrl = p.url();
      await expect.poll(() => p.locator("#ready-blocked").isVisible()).toBe(true);
      await p.click("a[data-shortcut=edit]");
      await p.fill("#f-markdown", CLEAN_BRIEF);
      await expect.poll(() => p.textContent("#checker-status")).toContain("No findings");
      await p.click("#save-brief");
      await p.waitForURL(briefUrl);
      await p.click("#mark-ready");
      await expect.poll(() => p.locator(".brief-meta [data-state=ready]").count()).toBe(1);
      await shot(p, "client-marked-ready");

      // The contractor claims it from the keyboard and asks a question about line 9.
      p = contractor.page;
      await p.goto(`${app.base}/inbox`);
      await p.click(`.inbox-item[data-kind=claim] a[href="${new URL(briefUrl).pathname}"]`);
      await p.waitForURL(briefUrl);
      await p.keyboard.press("c");
      await expect.poll(() => p.locator(".brief-meta [data-state=in_progress]").count()).toBe(1);
      await p.keyboard.press("a");
      expect(await p.evaluate(() => document.activeElement?.id)).toBe("f-question");
      await p.keyboard.type("Does a full refund use this endpoint too?");
      await p.fill("#f-line", "9");
      await p.click("form.ask-form button[type=submit]");
      await expect.poll(() => p.locator(".question blockquote").count()).toBe(1);
      await shot(p, "contractor-claimed-and-asked");

      // The client answers and folds the answer into the brief at the question's line.
      p = client.page;
      await p.goto(`${app.base}/inbox`);
      await p.click(`.inbox-item[data-kind=question] a[href^="${new URL(briefUrl).pathname}#"]`);
      await p.click("a[data-answer]");
      await p.fill("#f-text", "Yes: a full refund is a refund of the whole refundable balance.");
      // The answer is pre-filled into the brief after the question's line (9).
      await expect.poll(async () => (await p.inputValue("#f-markdown")).split("\n")[10]).toBe("Yes: a full refund is a refund of the whole refundable balance.");
      const text = CLEAN_BRIEF;
      await p.fill("#f-markdown", text.replace("## API\n", "## API\n\nA full refund uses this endpoint with the whole refundable balance.\n"));
      await p.click("#save-brief");
      await p.waitForURL(/\/briefs\/[0-9a-f-]{36}(#.*)?$/);
      await expect.poll(() => p.locator(".answer a:has-text('Folded into version 3')").count()).toBe(1);
      await shot(p, "client-folded-answer");

      // The contractor sees what changed and submits evidence for every criterion.
      p = contractor.page;
      await p.goto(briefUrl);
      await expect.poll(() => p.locator("#changed-banner").isVisible()).toBe(true);
      const submitRound = async (n: number) => {
        await p.fill("#f-links", `https://github.com/acme/pay/pull/${n}`);
        for (const ta of await p.locator("textarea[name^='evidence.']").all()) await ta.fill(`Test case covers it (round ${n}).`);
        await p.click("#submit-deliverable");
        await expect.poll(() => p.locator(`#round-${n}`).count()).toBe(1);
      };
      await submitRound(1);
      await shot(p, "contractor-submitted-round-1");

      // The client requests changes on one criterion.
      p = client.page;
      await p.goto(briefUrl);
      const firstVerdict = p.locator("fieldset.verdict").first();
      await firstVerdict.locator("input[value=changes]").check();
      await firstVerdict.locator("textarea").fill("The 422 body must name the field amount.");
      await p.click("#submit-review");
      await expect.poll(() => p.locator(".brief-meta [data-state=changes_requested]").count()).toBe(1);
      await shot(p, "client-requested-changes");

      // The contractor resubmits.
      p = contractor.page;
      await p.goto(`${app.base}/inbox`);
      await p.click(`.inbox-item[data-kind=feedback] a[href="${new URL(briefUrl).pathname}"]`);
      await p.waitForURL(briefUrl);
      await submitRound(2);
      await shot(p, "contractor-resubmitted");

      // The client accepts and ships; the engagement ends.
      p = client.page;
      await p.goto(briefUrl);
      await p.click("#submit-review");
      await expect.poll(() => p.locator(".brief-meta [data-state=accepted]").count()).toBe(1);
      await p.fill("#f-releaseRef", "v2.3.0");
      await p.click("#ship");
      await expect.poll(() => p.locator("#release-ref").isVisible()).toBe(true);
      await shot(p, "client-shipped");
      await p.goto(board);
      await expect.poll(() => p.locator("#engagement-ended").isVisible()).toBe(true);
      await shot(p, "engagement-ended");

      // The audit export lists every step in order.
      const eid = board.split("/").pop();
      const audit = (await (await p.request.get(`${app.base}/api/v1/engagements/${eid}/audit`)).json()) as { events: { action: string }[] };
      expect(audit.events.map((e) => e.action)).toEqual([
        "engagement.created",
        "brief.created",
        "brief.edited",
        "brief.ready",
        "brief.claimed",
        "question.asked",
        "brief.edited",
        "question.answered",
        "deliverable.submitted",
        "brief.changes_requested",
        "deliverable.submitted",
        "brief.accepted",
        "brief.shipped",
        "engagement.ended",
      ]);
    } finally {
      for (const x of [staff, client, contractor]) await x.ctx.close();
    }
  });

  it.each([375, 1280])("keeps the board and brief pages accessible and within %i px", async (width) => {
    const { ctx, page } = await person("yamada@sakura-payments.example", "Asia/Tokyo", width);
    try {
      await page.goto(`${app.base}/engagements`);
      await page.click("a:has-text('Refunds API')");
      const urls = [page.url()];
      await page.click(".board-column a:has-text('Partial refunds endpoint')");
      urls.push(page.url(), `${page.url()}/edit`);
      for (const url of urls) {
        await page.goto(url);
        expect(await seriousAxeViolations(page), url).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${url} scrolls sideways at ${width} px`).toBeLessThanOrEqual(1);
        await page.screenshot({ path: join(dir, `layout-${width}-${urls.indexOf(url)}.png`), fullPage: true });
      }
      await page.goto(urls[1]);
      await page.keyboard.press("?");
      await expect.poll(() => page.locator("#shortcuts[open]").count()).toBe(1);
    } finally {
      await ctx.close();
    }
  });
});
