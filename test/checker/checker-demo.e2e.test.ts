import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = process.cwd();
const BUNDLE = join(ROOT, "dist", "public", "checker-demo.js");

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Brief checker</title></head>
<body>
  <label for="brief">Brief</label>
  <textarea id="brief" data-checker-demo rows="20" cols="80"></textarea>
  <p data-checker-status></p>
  <ol data-checker-findings></ol>
  <script type="module" src="/checker-demo.js"></script>
</body></html>`;

const CLEAN = [
  "# Export refunds as CSV",
  "",
  "## Context",
  "Support staff reconcile refunds once a month from a spreadsheet export.",
  "",
  "## API",
  "`GET /refunds.csv?from=2027-01-01` returns one row per refund.",
  "",
  "## Edge cases",
  "- More than 100,000 rows returns `413`.",
  "",
  "## Acceptance criteria",
  "- `GET /refunds.csv?from=2027-01-01` returns one row per refund created since 2027-01-01 00:00 UTC.",
].join("\n");

/**
 * The checker bundled for the browser (src/client/checker-demo.ts, built by
 * scripts/build.mjs to dist/public/checker-demo.js) runs entirely in the page:
 * typing a vague word shows its finding and sends nothing to the server.
 */
describe("checker demo in Chromium", () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let script: string;
  let tmp: string | null = null;

  beforeAll(async () => {
    // Serve the built bundle; build it into a temporary folder when dist/ has none.
    if (existsSync(BUNDLE)) script = readFileSync(BUNDLE, "utf8");
    else {
      tmp = mkdtempSync(join(tmpdir(), "handoff-demo-"));
      const out = join(tmp, "checker-demo.js");
      await build({ entryPoints: [join(ROOT, "src/client/checker-demo.ts")], bundle: true, format: "esm", platform: "browser", outfile: out, logLevel: "warning" });
      script = readFileSync(out, "utf8");
    }
    server = createServer((req, res) => {
      if (req.url === "/" || req.url === "/index.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      } else if (req.url === "/checker-demo.js") {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("shows a vague word's finding as it is typed, with no request to the server", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(base + "/");
      const editor = page.locator("textarea[data-checker-demo]");
      await editor.fill(CLEAN);
      await expect.poll(() => page.locator("[data-checker-status]").textContent()).toContain("Ready");
      expect(await page.locator("[data-checker-findings] li").count()).toBe(0);

      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await editor.evaluate((ta: HTMLTextAreaElement) => {
        const end = ta.value.indexOf("export.") + "export.".length;
        ta.focus();
        ta.setSelectionRange(end, end);
      });
      await page.keyboard.type(" The export must be fast.");

      const finding = page.locator('[data-checker-findings] li[data-rule="vague-term"]');
      await expect.poll(() => finding.count()).toBe(1);
      expect(await finding.getAttribute("data-line")).toBe("4");
      expect(await finding.textContent()).toContain("'fast' has no measurable meaning");
      expect(await page.locator("[data-checker-status]").textContent()).toBe("1 finding");
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
