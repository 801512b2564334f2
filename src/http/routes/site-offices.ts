import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { isValidZone, localTimeNow, overlapWithOffice, type Interval, type Person, type Weekday } from "../../core/hours/index.js";
import type { Office } from "../../content/site.js";
import { defineRoute, registerRoute } from "../route.js";
import { contentOf } from "./site-content.js";

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

/** A visitor: their zone and working day (Monday to Friday). */
export interface Visitor {
  zone: string;
  /** HH:MM local. */
  start: string;
  /** HH:MM local; before start means the day runs past midnight. */
  end: string;
  /** Working days; Monday to Friday unless given. */
  days?: readonly Weekday[];
}

/** Visitors we know nothing about are assumed to work 09:00–17:00, Monday to Friday. */
export const DEFAULT_VISITOR_HOURS = { start: "09:00", end: "17:00" } as const;

/** One shared window, written in both clocks. */
export interface SharedWindow {
  /** "Mon 09:00–10:00 CEST" */
  office: string;
  /** "Mon 16:00–17:00 JST" */
  visitor: string;
}

/** What the site shows for one office. */
export interface OfficeView {
  name: string;
  zone: string;
  /** "Mon 14:05 CEST", now. */
  localTime: string;
  /** "09:00–17:00" local. */
  hours: string;
  /** The office's next working day (its local date), YYYY-MM-DD. */
  date: string;
  /** Shared hours that day, one decimal. */
  overlapHours: number;
  windows: SharedWindow[];
}

/**
 * The visitor's zone: a name the runtime knows, or UTC with a note to show
 * (an unknown zone must not break the page or the report).
 */
export function resolveVisitorZone(given: string | undefined | null): { zone: string; note: string | null } {
  const tz = (given ?? "").trim();
  if (tz && tz.length <= 64 && isValidZone(tz)) return { zone: tz, note: null };
  return {
    zone: "UTC",
    note: tz ? `We did not recognise the timezone “${tz.slice(0, 64)}”, so times for you are shown in UTC.` : "We do not know your timezone, so times for you are shown in UTC.",
  };
}

export function officePerson(office: Office): Person {
  const range = `${office.workingHours.start}-${office.workingHours.end}`;
  return { zone: office.timezone, hours: Object.fromEntries(office.workingHours.days.map((d) => [d, [range]])) };
}

export function visitorPerson(v: Visitor): Person {
  return { zone: v.zone, hours: Object.fromEntries((v.days ?? WEEKDAYS).map((d) => [d, [`${v.start}-${v.end}`]])) };
}

function span(zone: string, iv: Interval): string {
  const a = localTimeNow(zone, iv.start);
  const b = localTimeNow(zone, iv.end);
  const end = b.weekday === a.weekday || b.time === "00:00" ? b.time : `${b.weekday} ${b.time}`;
  return `${a.weekday} ${a.time}–${end === "00:00" ? "24:00" : end} ${a.abbreviation}`;
}

/**
 * Each office's local time now and the visitor's shared working hours with
 * the office's next working day, in both clocks; DST of either zone applies
 * on that date because the engine lays out each day in its own offset.
 */
export function officeOverlaps(offices: readonly Office[], visitor: Visitor, now: number): OfficeView[] {
  const person = visitorPerson(visitor);
  return offices.map((office) => {
    const o = overlapWithOffice(person, officePerson(office), now);
    return {
      name: office.name,
      zone: office.timezone,
      localTime: localTimeNow(office.timezone, now).label,
      hours: `${office.workingHours.start}–${office.workingHours.end}`,
      date: o.date,
      overlapHours: Math.round((o.totalMs / 3_600_000) * 10) / 10,
      windows: o.intervals.map((iv) => ({ office: span(office.timezone, iv), visitor: span(visitor.zone, iv) })),
    };
  });
}

const officeResponse = z.object({
  /** The zone the figures are for (UTC when the one asked for is unknown). */
  zone: z.string(),
  /** Set when the zone asked for was not recognised. */
  note: z.string().nullable(),
  offices: z.array(
    z.object({
      name: z.string(),
      zone: z.string(),
      localTime: z.string(),
      hours: z.string(),
      date: z.string(),
      overlapHours: z.number(),
      windows: z.array(z.object({ office: z.string(), visitor: z.string() })),
    }),
  ),
});

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/site/offices",
    kind: "api",
    access: "public",
    summary: "Offices' local time and a visitor's overlap with each office's next working day",
    tags: ["site"],
    query: z.object({
      /** The visitor's IANA zone, from the browser. */
      tz: z.string().max(200).optional(),
    }),
    response: officeResponse,
    rateLimit: { max: 120, timeWindow: 60_000 },
    handler: (ctx) => {
      const { zone, note } = resolveVisitorZone(ctx.query.tz);
      const offices = officeOverlaps(contentOf(ctx.req.server).site.offices, { zone, ...DEFAULT_VISITOR_HOURS }, ctx.now);
      return { zone, note, offices };
    },
  }),
];

export function registerSiteOfficeRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
