import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A headless Chromium; Playwright gives every launch a fresh temporary profile. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return { browser, close: () => browser.close() };
}

/** A context that reports the given timezone and viewport, as a person there would have. */
export function newContext(browser: Browser, opts: { timezoneId?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({ timezoneId: opts.timezoneId, viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 } });
}

/** Where screenshots go: test-results/ (kept as CI artifacts). */
export function artifactDir(name: string): string {
  const dir = join(process.cwd(), "test-results", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

let axeSource: string | null = null;

/**
 * axe-core's serious and critical violations on the current page. The script is
 * evaluated through the DevTools protocol, so the page's CSP (no inline
 * scripts) stays as strict as in production.
 */
export async function seriousAxeViolations(page: import("playwright-core").Page): Promise<string[]> {
  const { readFileSync } = await import("node:fs");
  axeSource ??= readFileSync(join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ["violations"] }),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Signs a demo person in through the real /login form and waits for their inbox. */
export async function signInAs(page: import("playwright-core").Page, base: string, email: string, password = "handoff-demo-2026"): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill("#f-email", email);
  await page.fill("#f-password", password);
  await page.click("form[action='/login'] button[type=submit]");
  await page.waitForURL(/\/inbox$/);
}
