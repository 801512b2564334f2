import { describe, expect, it } from "vitest";
import { newContext, signInAs, useBrowserApp } from "../helpers/chromium.js";

const CLEAN = [
  "# Export refunds as CSV",
  "",
  "## Context",
  "Support staff reconcile refunds once a month from a spreadsheet export.",
  "",
  "## API",
  "`GET /refunds.csv?from=2027-01-01` returns one row per refund with columns id, amount_jpy, created_at (UTC).",
  "",
  "## Edge cases",
  "- More than 100,000 rows returns 413; narrow the date range.",
  "",
  "## Acceptance criteria",
  "- `GET /refunds.csv?from=2027-01-01` returns one row per refund created since 2027-01-01 00:00 UTC.",
  "",
].join("\n");

/**
 * The checker is bundled into the brief editor (src/client/brief-editor.ts):
 * typing a vague word shows its finding without asking the server anything.
 */
describe("brief checker in the browser", () => {
  const app = useBrowserApp();

  it("shows a vague word's finding as it is typed, with no request to the server", async () => {
    const db = app.t.database.db;
    const sakura = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    const draft = await db.selectFrom("briefs").select("id").where("org_id", "=", sakura.id).where("state", "=", "draft").executeTakeFirstOrThrow();
    const context = await newContext(app.browser, { timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    try {
      await signInAs(page, app.base, "yamada@sakura-payments.example");
      await page.goto(`${app.base}/briefs/${draft.id}/edit`);
      const editor = page.locator("textarea[data-brief-editor]");
      await editor.fill(CLEAN);
      await expect.poll(() => page.locator("#checker-findings li").count()).toBe(0);

      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      // Put the caret at the end of the Context line, then type like a person.
      await editor.evaluate((ta: HTMLTextAreaElement) => {
        const end = ta.value.indexOf("export.") + "export.".length;
        ta.focus();
        ta.setSelectionRange(end, end);
      });
      await page.keyboard.type(" It must be fast.");
      await expect.poll(() => page.locator('#checker-findings li[data-rule="vague-term"]').count()).toBe(1);
      expect(await page.locator('#checker-findings li[data-rule="vague-term"]').textContent()).toContain("'fast'");
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
