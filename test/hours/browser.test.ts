/**
 * The hours engine is pure: bundled for the browser (no Node shims) it runs in
 * headless Chromium and gives the same answers as in Node, whatever zone the
 * browser itself is in.
 */
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as hours from "../../src/core/hours/index.js";
import { launchChromium, newContext } from "../helpers/chromium.js";

let close: () => Promise<void> = async () => {};
let bundle = "";
let browser: Awaited<ReturnType<typeof launchChromium>>["browser"];

beforeAll(async () => {
  const out = await build({
    entryPoints: ["src/core/hours/index.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "hours",
    write: false,
    logLevel: "silent",
  });
  bundle = out.outputFiles[0].text;
  ({ browser, close } = await launchChromium());
});
afterAll(() => close());

// Runs in the page and in Node: the same questions, plain data back.
function questions(h: typeof hours) {
  const tokyo = { zone: "Asia/Tokyo", hours: { fri: ["09:00-18:00"], mon: ["09:00-18:00"] } };
  const cph = { zone: "Europe/Copenhagen", hours: { fri: ["09:00-17:00"], mon: ["09:00-17:00"] } };
  const jp = { zone: "Asia/Tokyo", holidayCountry: "JP" };
  const id = { zone: "Asia/Jakarta", holidayCountry: "ID" };
  const gw = h.addWorkingTime(jp, Date.UTC(2027, 3, 28, 6), 16 * 3_600_000);
  return {
    before: h.overlap(tokyo, cph, "2027-03-26").intervals,
    after: h.overlap(tokyo, cph, "2027-03-29").intervals,
    goldenWeek: gw,
    goldenWeekText: h.formatDue(gw, "Europe/Copenhagen", "Asia/Tokyo"),
    magelang: h.addWorkingTime(id, Date.UTC(2027, 2, 5, 9), 2 * 3_600_000),
    newYorkGap: h.localToInstant("America/New_York", h.dayNumber("2027-03-14"), 150),
  };
}

describe("hours engine in a browser", () => {
  for (const timezoneId of ["Pacific/Honolulu", "Asia/Kathmandu"]) {
    it(`matches Node in a page whose own zone is ${timezoneId}`, async () => {
      const context = await newContext(browser, { timezoneId });
      const page = await context.newPage();
      await page.addScriptTag({ content: bundle });
      const inPage = await page.evaluate(`(${questions.toString()})(hours)`);
      await context.close();
      const inNode = questions(hours);
      expect(inPage).toEqual(inNode);
      expect(inNode.goldenWeekText).toBe("due Thu 15:00 JST · Thu 08:00 CEST for you");
    });
  }
});
