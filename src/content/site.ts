/**
 * Site configuration (content/site.json): name, contact address, offices with
 * their time zones and working hours, the regions contractors work from, and
 * the service with its offerings. Validated at load so a typo fails `npm test`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ContentError, fieldPath } from "./errors.js";

/** True when `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.string().refine(isTimeZone, { message: "not an IANA time zone this runtime knows (e.g. Europe/Copenhagen)" });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use 24-hour HH:MM");
const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/** Working hours of an office, in its own time zone. */
export const workingHoursSchema = z
  .object({
    /** Local start of the working day, HH:MM. */
    start: clock.default("09:00"),
    /** Local end of the working day, HH:MM, after start (no overnight shifts). */
    end: clock.default("17:00"),
    /** Working days; Monday to Friday unless configured. */
    days: z.array(weekday).min(1).default(["mon", "tue", "wed", "thu", "fri"]),
  })
  .refine((h) => h.start < h.end, { message: "end must be after start", path: ["end"] });

/** One office. */
export const officeSchema = z.object({
  /** Short name used across the site and in overlap reports, e.g. "Copenhagen". */
  name: z.string().min(1),
  /** Postal address as printed on the contact page. */
  address: z.object({
    /** Street and number. */
    street: z.string().min(1),
    /** Postal code. */
    postalCode: z.string().min(1),
    /** City as written locally. */
    city: z.string().min(1),
    /** Country in English. */
    country: z.string().min(1),
  }),
  /** IANA time zone of the office. */
  timezone: timeZone,
  /** Local working hours; 09:00–17:00, Monday to Friday, when omitted. */
  workingHours: workingHoursSchema.default({ start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] }),
});

/** A region contractors work from. */
export const contractorRegionSchema = z.object({
  /** Region code shown on briefs and filters. */
  id: z.enum(["US", "EU", "APAC"]),
  /** Human name of the region. */
  label: z.string().min(1),
  /** Representative IANA zones, used to suggest a zone on sign-up. */
  timezones: z.array(timeZone).min(1),
});

/** One thing the service offers. */
export const offeringSchema = z.object({
  /** Stable id, used as the anchor on the services page. */
  id: z.string().regex(/^[a-z0-9-]+$/, "lowercase letters, digits and hyphens only"),
  /** Heading. */
  title: z.string().min(1),
  /** Two or three concrete sentences. */
  copy: z.string().min(40),
});

/** The whole of content/site.json. */
export const siteSchema = z.object({
  /** Company name. */
  name: z.string().min(1),
  /** One line under the name on the home page. */
  tagline: z.string().min(1),
  /** Public contact address. */
  email: z.email(),
  /** Offices; names must be unique. */
  offices: z
    .array(officeSchema)
    .min(1)
    .refine((os) => new Set(os.map((o) => o.name)).size === os.length, { message: "office names must be unique" }),
  /** Regions contractors work from. */
  contractorRegions: z.array(contractorRegionSchema).min(1),
  /** The service and its offerings. */
  service: z.object({
    /** Service name, e.g. "Scale your backend". */
    name: z.string().min(1),
    /** A short paragraph describing the service. */
    summary: z.string().min(1),
    /** What the service covers; ids must be unique. */
    offerings: z
      .array(offeringSchema)
      .min(1)
      .refine((os) => new Set(os.map((o) => o.id)).size === os.length, { message: "offering ids must be unique" }),
  }),
});

/** Validated site configuration, defaults filled in. */
export type Site = z.infer<typeof siteSchema>;
/** One office, defaults filled in. */
export type Office = z.infer<typeof officeSchema>;

/** Validate parsed JSON; `file` only labels errors. Throws ContentError naming the first bad field. */
export function parseSite(data: unknown, file = "site.json"): Site {
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(file, fieldPath(issue.path), issue.message);
  }
  return result.data;
}

/** Read and validate `<dir>/site.json` (dir is the content directory). */
export function loadSite(dir: string): Site {
  const file = join(dir, "site.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ContentError(file, "", `cannot read: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ContentError(file, "", `not valid JSON: ${(err as Error).message}`);
  }
  return parseSite(data, file);
}
