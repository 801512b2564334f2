import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "./errors.js";
import { loadSite, parseSite } from "./site.js";

const valid = () => ({
  name: "Clean Systems Consulting",
  tagline: "Backend engineers who work from written briefs.",
  email: "hello@example.com",
  offices: [
    {
      name: "Copenhagen",
      address: { street: "1 Carlsberg Gate", postalCode: "1260", city: "København", country: "Denmark" },
      timezone: "Europe/Copenhagen",
    },
  ],
  contractorRegions: [{ id: "EU", label: "Europe", timezones: ["Europe/Berlin"] }],
  service: {
    name: "Scale your backend",
    summary: "Engineers who join your team.",
    offerings: [{ id: "reliability", title: "Backend reliability", copy: "We find slow endpoints and fix them, with numbers before and after." }],
  },
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const siteDir = (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), "handoff-site-"));
  dirs.push(dir);
  writeFileSync(join(dir, "site.json"), text);
  return dir;
};

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error("expected a ContentError");
}

describe("site.json", () => {
  it("fills in default working hours (09:00–17:00, Monday to Friday)", () => {
    const site = parseSite(valid());
    expect(site.offices[0].workingHours).toEqual({ start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] });
  });

  it("keeps configured hours per office", () => {
    const data = valid();
    Object.assign(data.offices[0], { workingHours: { start: "08:00", end: "16:00" } });
    expect(parseSite(data).offices[0].workingHours).toMatchObject({ start: "08:00", end: "16:00" });
  });

  it("names the file and the field path of a bad time zone", () => {
    const data = valid();
    data.offices[0].timezone = "Europe/Copenhagn";
    const e = errorOf(() => loadSite(siteDir(JSON.stringify(data))));
    expect(e.field).toBe("offices.0.timezone");
    expect(e.message).toMatch(/site\.json: offices\.0\.timezone: /);
  });

  it("rejects hours that end before they start, a bad e-mail and a missing name", () => {
    const hours = valid();
    Object.assign(hours.offices[0], { workingHours: { start: "17:00", end: "09:00" } });
    expect(errorOf(() => parseSite(hours)).field).toBe("offices.0.workingHours.end");
    expect(errorOf(() => parseSite({ ...valid(), email: "not-an-address" })).field).toBe("email");
    const { name: _omit, ...noName } = valid();
    expect(errorOf(() => parseSite(noName)).field).toBe("name");
  });

  it("rejects duplicate office names", () => {
    const data = valid();
    data.offices.push({ ...data.offices[0] });
    expect(errorOf(() => parseSite(data)).field).toBe("offices");
  });

  it("reports unreadable and malformed files by name", () => {
    expect(errorOf(() => loadSite(siteDir("{ nope"))).message).toMatch(/site\.json: not valid JSON/);
    expect(errorOf(() => loadSite(join(tmpdir(), "handoff-does-not-exist"))).message).toMatch(/site\.json: cannot read/);
  });
});
