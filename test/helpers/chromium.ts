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
