import { describe, expect, it } from "vitest";
import { holidaysFromDates, isHolidayCountry, publicHolidayNames, publicHolidays } from "./holidays.js";

describe("public holidays from date-holidays", () => {
  it("has Japan's Golden Week 2027 and no bank days or observances", () => {
    const jp = publicHolidays("JP", 2027);
    for (const d of ["2027-04-29", "2027-05-03", "2027-05-04", "2027-05-05"]) expect(jp.has(d)).toBe(true);
    expect(jp.has("2027-04-30")).toBe(false);
    expect(jp.has("2027-01-02")).toBe(false); // bank holiday
    expect(jp.has("2027-12-25")).toBe(false); // observance
    expect(jp.has("2027-03-22")).toBe(true); // substitute day
  });

  it("has Danish Easter 2027 but not Grundlovsdag (an observance in the data)", () => {
    const dk = publicHolidays("DK", 2027);
    for (const d of ["2027-03-25", "2027-03-26", "2027-03-29"]) expect(dk.has(d)).toBe(true);
    expect(dk.has("2027-06-05")).toBe(false);
  });

  it("has Indonesian holidays (Nyepi, Idul Fitri, Independence Day)", () => {
    const id = publicHolidays("ID", 2027);
    for (const d of ["2027-03-08", "2027-03-09", "2027-03-10", "2027-08-17"]) expect(id.has(d)).toBe(true);
  });

  it("has US federal holidays with substitute days", () => {
    const us = publicHolidays("US", 2027);
    for (const d of ["2027-07-05", "2027-11-25", "2027-12-24"]) expect(us.has(d)).toBe(true);
    expect(us.has("2027-02-14")).toBe(false);
    expect(isHolidayCountry("US-CA")).toBe(true);
    expect(publicHolidays("US-CA", 2027).has("2027-03-31")).toBe(true);
  });

  it("knows which countries it has and names holidays", () => {
    expect(isHolidayCountry("JP")).toBe(true);
    expect(isHolidayCountry("XX")).toBe(false);
    expect(publicHolidays("XX", 2027).size).toBe(0);
    expect(publicHolidayNames("JP", "2027-04-29")).toEqual(["昭和の日"]);
  });

  it("builds providers from plain lists", () => {
    const p = holidaysFromDates({ JP: ["2027-04-29", "2028-01-01"] });
    expect([...p("JP", 2027)]).toEqual(["2027-04-29"]);
    expect(p("DK", 2027).size).toBe(0);
  });
});
