import { describe, expect, it } from "vitest";
import { H, at, local } from "./test-support.js";
import { isValidZone, localParts, offsetAt, zoneAbbreviation } from "./zone.js";

describe("zones via Intl", () => {
  it("validates IANA zones", () => {
    expect(isValidZone("Asia/Tokyo")).toBe(true);
    expect(isValidZone("Asia/Tokio")).toBe(false);
    expect(isValidZone("")).toBe(false);
  });

  it("reads offsets, including half-hour and 45-minute zones", () => {
    expect(offsetAt("Asia/Tokyo", Date.UTC(2027, 0, 1))).toBe(9 * H);
    expect(offsetAt("Asia/Kolkata", Date.UTC(2027, 0, 1))).toBe(5.5 * H);
    expect(offsetAt("Asia/Kathmandu", Date.UTC(2027, 0, 1))).toBe(5.75 * H);
    expect(offsetAt("America/New_York", Date.UTC(2027, 6, 1))).toBe(-4 * H);
  });

  it("Tokyo and Jakarta keep one offset all of 2027", () => {
    for (let d = 0; d < 365; d += 3) {
      const t = Date.UTC(2027, 0, 1 + d, 12);
      expect(offsetAt("Asia/Tokyo", t)).toBe(9 * H);
      expect(offsetAt("Asia/Jakarta", t)).toBe(7 * H);
    }
  });

  it("Copenhagen springs forward 2027-03-28 and falls back 2027-10-31", () => {
    expect(at("Europe/Copenhagen", "2027-03-28 01:59")).toBe(Date.UTC(2027, 2, 28, 0, 59));
    expect(at("Europe/Copenhagen", "2027-03-28 03:00")).toBe(Date.UTC(2027, 2, 28, 1, 0));
    // 02:30 does not exist: it maps to the jump itself (03:00 CEST).
    expect(at("Europe/Copenhagen", "2027-03-28 02:30")).toBe(Date.UTC(2027, 2, 28, 1, 0));
    // 02:30 exists twice on 2027-10-31: the earlier (CEST) wins.
    expect(at("Europe/Copenhagen", "2027-10-31 02:30")).toBe(Date.UTC(2027, 9, 31, 0, 30));
    expect(at("Europe/Copenhagen", "2027-10-31 03:00")).toBe(Date.UTC(2027, 9, 31, 2, 0));
  });

  it("New York springs forward 2027-03-14 and falls back 2027-11-07", () => {
    expect(at("America/New_York", "2027-03-14 02:30")).toBe(Date.UTC(2027, 2, 14, 7, 0));
    expect(local("America/New_York", at("America/New_York", "2027-03-14 02:30"))).toBe("2027-03-14 03:00");
    expect(at("America/New_York", "2027-11-07 01:30")).toBe(Date.UTC(2027, 10, 7, 5, 30));
    expect(at("America/New_York", "2027-11-07 02:00")).toBe(Date.UTC(2027, 10, 7, 7, 0));
  });

  it("gives local date, minute and weekday", () => {
    const p = localParts("Asia/Tokyo", Date.UTC(2027, 2, 26, 15, 30));
    expect(p).toMatchObject({ date: "2027-03-27", minute: 30, weekday: 6 });
  });

  it("names zones with short abbreviations where one exists", () => {
    const winter = Date.UTC(2027, 0, 12);
    const summer = Date.UTC(2027, 6, 12);
    expect(zoneAbbreviation("Asia/Tokyo", winter)).toBe("JST");
    expect(zoneAbbreviation("Europe/Copenhagen", winter)).toBe("CET");
    expect(zoneAbbreviation("Europe/Copenhagen", summer)).toBe("CEST");
    expect(zoneAbbreviation("America/New_York", winter)).toBe("EST");
    expect(zoneAbbreviation("America/New_York", summer)).toBe("EDT");
    expect(zoneAbbreviation("Asia/Jakarta", winter)).toBe("WIB");
    expect(zoneAbbreviation("UTC", winter)).toBe("UTC");
  });
});
