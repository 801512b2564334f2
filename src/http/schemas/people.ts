import { z } from "zod";
import { isCivilDate, isHolidayCountry, personProblems, type Person } from "../../core/hours/index.js";
import { isValidTimeZone } from "../../core/timezones.js";
import { engineHours, type TimeProfile } from "../../models/people.js";
import type { WeeklyHours } from "../../models/users.js";
import { timeZone } from "./common.js";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Use HH:MM, 24-hour (e.g. 09:00).");
const day = z.string().refine(isCivilDate, "Use a date as YYYY-MM-DD (e.g. 2027-04-29).");

/** A holiday country code, upper-cased; empty → none. */
const holidayCountry = z
  .string()
  .trim()
  .max(16)
  .transform((s) => s.toUpperCase())
  .refine((s) => s === "" || isHolidayCountry(s), "Use a country code we have holidays for, such as JP, ID, DK or US (or US-NY for a state); leave it empty for none.");

/** Inclusive date range. */
const range = z
  .object({
    /** First day, YYYY-MM-DD. */
    from: day,
    /** Last day (inclusive), YYYY-MM-DD. */
    to: day,
  })
  .refine((r) => r.to >= r.from, { message: "The last day must not be before the first.", path: ["to"] });

/** PUT /api/v1/me/profile: the time fields of the signed-in person's profile. */
export const timeProfileBody = z.object({
  /** IANA zone, e.g. Asia/Tokyo. */
  timezone: timeZone,
  /** Working hours per weekday (mon…sun), each [start, end] "HH:MM"; an end before the start crosses midnight; null = not set (Mon–Fri 09:00–17:00 assumed). */
  workingHours: z.partialRecord(z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "Use weekday keys mon…sun."), z.array(z.tuple([hhmm, hhmm])).max(4)).nullable().default(null),
  /** ISO 3166 country (optionally -REGION) whose public holidays pause your clocks; null or "" = none. */
  holidayCountry: holidayCountry.nullable().default(null),
  /** Days off (leave), inclusive date ranges in your local calendar. */
  timeOff: z.array(range).max(100).default([]),
  /** Working your usual hours in another zone for a while; clocks you own keep their remaining time. */
  travel: z
    .array(
      z.object({
        from: day,
        to: day,
        /** IANA zone you work in on those dates. */
        zone: z.string().trim().refine(isValidTimeZone, "Choose a timezone (an IANA name such as Europe/Copenhagen)."),
      }),
    )
    .max(50)
    .default([]),
});

export type TimeProfileBody = z.infer<typeof timeProfileBody>;

/** The parsed body as a stored profile, or field errors from the engine's own checks (overlapping hours …). */
export function toTimeProfile(b: TimeProfileBody): { profile: TimeProfile } | { fields: Record<string, string> } {
  const wh = b.workingHours && Object.values(b.workingHours).some((r) => r && r.length) ? (b.workingHours as WeeklyHours) : null;
  const profile: TimeProfile = {
    timezone: b.timezone,
    workingHours: wh,
    holidayCountry: b.holidayCountry || null,
    timeOff: b.timeOff,
    travel: b.travel,
  };
  const person: Person = { zone: profile.timezone, hours: engineHours(wh), timeOff: profile.timeOff, travel: profile.travel };
  const problems = personProblems(person);
  if (!problems.length) return { profile };
  const fields: Record<string, string> = {};
  for (const p of problems) {
    const key = p.startsWith("hours:") ? "workingHours" : p.startsWith("travel") ? "travel" : p.startsWith("timeOff") ? "timeOff" : "timezone";
    fields[key] ??= `${p.replace(/^[^:]+:\s*/, "")}: fix it and save again.`;
  }
  return { fields };
}

/** Account form: holiday country, time off and travel as text, one range per line. */
export const timeFieldsForm = z.object({
  /** Country code, e.g. JP. */
  holiday_country: holidayCountry.default(""),
  /** "2027-04-29 to 2027-05-05" per line (a single date is one day). */
  time_off: z.string().max(5000).default(""),
  /** "2027-05-10 to 2027-05-20 Europe/Copenhagen" per line. */
  travel: z.string().max(5000).default(""),
});

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:to|–|-|→)\s*(\d{4}-\d{2}-\d{2}))?(?:\s+(\S+))?$/;

/** Parses the account form's text fields; errors name the field and the line. */
export function parseTimeFields(v: z.infer<typeof timeFieldsForm>): { value: Pick<TimeProfile, "holidayCountry" | "timeOff" | "travel"> } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const timeOff: TimeProfile["timeOff"] = [];
  lines(v.time_off).forEach((l, i) => {
    const m = LINE.exec(l);
    const from = m?.[1], to = m?.[2] ?? m?.[1];
    if (!m || m[3] || !isCivilDate(from!) || !isCivilDate(to!) || to! < from!) {
      fields.time_off ??= `Line ${i + 1} ("${l}"): write a day as 2027-04-29, or a range as 2027-04-29 to 2027-05-05.`;
    } else timeOff.push({ from: from!, to: to! });
  });
  const travel: TimeProfile["travel"] = [];
  lines(v.travel).forEach((l, i) => {
    const m = LINE.exec(l);
    const from = m?.[1], to = m?.[2] ?? m?.[1], zone = m?.[3];
    if (!m || !zone || !isCivilDate(from!) || !isCivilDate(to!) || to! < from!) {
      fields.travel ??= `Line ${i + 1} ("${l}"): write dates and a timezone, as 2027-05-10 to 2027-05-20 Europe/Copenhagen.`;
    } else if (!isValidTimeZone(zone)) {
      fields.travel ??= `Line ${i + 1}: "${zone}" is not a timezone; use an IANA name such as Europe/Copenhagen.`;
    } else travel.push({ from: from!, to: to!, zone });
  });
  if (Object.keys(fields).length) return { fields };
  return { value: { holidayCountry: v.holiday_country || null, timeOff, travel } };
}

/** The text-area form of stored ranges, for showing them back. */
export function timeFieldsText(t: Pick<TimeProfile, "holidayCountry" | "timeOff" | "travel">): { holiday_country: string; time_off: string; travel: string } {
  const r = (x: { from: string; to: string }) => (x.from === x.to ? x.from : `${x.from} to ${x.to}`);
  return {
    holiday_country: t.holidayCountry ?? "",
    time_off: t.timeOff.map(r).join("\n"),
    travel: t.travel.map((x) => `${r(x)} ${x.zone}`).join("\n"),
  };
}
