import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createTestApp, serveOnLoopback, type TestApp } from "./app.js";

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

/** The app on a loopback port and a Chromium to drive it, for one describe block. */
export interface BrowserApp {
  readonly t: TestApp;
  readonly base: string;
  readonly browser: Browser;
}

/**
 * Starts the app on SQLite (after `prepare`, which may seed it), serves it on
 * loopback and launches Chromium before the block's tests; closes both after.
 * Read the fields inside tests or hooks: they are set by beforeAll.
 */
export function useBrowserApp(prepare?: (t: TestApp) => Promise<void>): BrowserApp {
  let t: TestApp | undefined;
  let base = "";
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
    if (prepare) await prepare(t);
    base = await serveOnLoopback(t);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  });
  return {
    get t() {
      return t!;
    },
    get base() {
      return base;
    },
    get browser() {
      return chromium!.browser;
    },
  };
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
