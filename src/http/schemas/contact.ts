import { z } from "zod";
import {
  ACCEPTANCE_CRITERIA_OPTIONS,
  API_DOCS_OPTIONS,
  CODE_REVIEW_OPTIONS,
  SCOPE_OPTIONS,
  TESTS_IN_CI_OPTIONS,
  TRACKER_OPTIONS,
} from "../../core/readiness/index.js";
import { email, personName } from "./common.js";

/** Field length limits of the /contact form; the form shows them as maxlength too. */
export const CONTACT_LIMITS = {
  name: 200,
  email: 320,
  company: 200,
  website: 300,
  timezone: 100,
  project: 5000,
  finished: 3000,
  person: 200,
  ticket: 20000,
} as const;

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A required free-text answer of at most `max` characters, any script. */
const text = (what: string, max: number) =>
  z
    .string({ error: `Describe ${what}.` })
    .trim()
    .min(1, `Describe ${what}.`)
    .max(max, `Keep ${what} under ${max} characters.`);

/** A named person, or empty when nobody does it (which the report counts as a gap). */
const who = (what: string) =>
  z
    .string({ error: `Name who ${what}, or leave it empty.` })
    .trim()
    .max(CONTACT_LIMITS.person, `Name who ${what} in at most ${CONTACT_LIMITS.person} characters.`)
    .default("");

/** A choice from a fixed list; a missing or unknown value asks to choose. */
const choice = <T extends readonly [string, ...string[]]>(options: T, message: string) => z.enum(options, { error: message });

/** A number typed into a text box, within [min, max]. */
const number = (what: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${what} as a number from ${min} to ${max}.` })
    .trim()
    .regex(/^\d+([.,]\d+)?$/, `Enter ${what} as a number from ${min} to ${max}.`)
    .transform((s) => Number(s.replace(",", ".")))
    .refine((n) => n >= min && n <= max, `Enter ${what} as a number from ${min} to ${max}.`);

/** A time of day, HH:MM. */
const clock = (what: string) => z.string({ error: `Enter ${what} as HH:MM, e.g. 09:00.` }).trim().regex(hhmm, `Enter ${what} as HH:MM, e.g. 09:00.`);

/** True for "example.com", "https://example.com/x": a host with a dot, over http(s). */
export function isWebsite(s: string): boolean {
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
    return (u.protocol === "https:" || u.protocol === "http:") && /\.[a-z]{2,}$/i.test(u.hostname);
  } catch {
    return false;
  }
}

/**
 * "Tell us about your project". The honeypot and the signed start time are
 * checked by the route before this schema; the timezone is only checked for
 * length here because an unknown zone is not an error: the report uses UTC
 * and says so.
 */
export const contactForm = z
  .object({
    /** The visitor's name, any script (e.g. 山田太郎). */
    name: personName,
    /** A work e-mail address we answer to. */
    email: email.pipe(z.string().max(CONTACT_LIMITS.email)),
    /** Company name. */
    company: text("your company's name", CONTACT_LIMITS.company),
    /** Company website; optional, "example.com" or a full http(s) URL. */
    website: z
      .string()
      .trim()
      .max(CONTACT_LIMITS.website, `Keep the website under ${CONTACT_LIMITS.website} characters.`)
      .refine((s) => s === "" || isWebsite(s), "Enter the website as an address like example.com, or leave it empty.")
      .default(""),
    /** IANA zone, prefilled from the browser; unknown names fall back to UTC with a note. */
    timezone: z
      .string({ error: "Choose your timezone." })
      .trim()
      .min(1, "Choose your timezone from the list.")
      .max(CONTACT_LIMITS.timezone, "Choose your timezone from the list (an IANA name such as Asia/Tokyo)."),
    /** Start of the team's working day, HH:MM in their zone. */
    hours_start: clock("when your working day starts"),
    /** End of the team's working day, HH:MM; may be after midnight (an overnight day). */
    hours_end: clock("when your working day ends"),
    /** What needs building. */
    project: text("what needs building", CONTACT_LIMITS.project),
    /** What "finished" means for this work. */
    finished: text('what "finished" means', CONTACT_LIMITS.finished),
    /** Who writes specs (a named person), or empty. */
    spec_writer: who("writes specs"),
    /** Who reviews deliverables, or empty. */
    reviewer: who("reviews deliverables"),
    /** The reviewer's usual turnaround from submission to a written review, hours. */
    review_turnaround_hours: number("the usual review turnaround in hours", 0, 720),
    /** Who decides scope, or empty. */
    scope_decider: who("decides scope"),
    /** Who grants repository and environment access, or empty. */
    access_granter: who("grants repository and environment access"),
    /** Issue tracker in use. */
    tracker: choice(TRACKER_OPTIONS, "Choose the tracker you use, or “None”."),
    /** Share of tickets with written acceptance criteria. */
    acceptance_criteria: choice(ACCEPTANCE_CRITERIA_OPTIONS, "Choose how many tickets have written acceptance criteria."),
    /** State of the API documentation. */
    api_docs: choice(API_DOCS_OPTIONS, "Choose the state of your API documentation."),
    /** Whether automated tests run in CI. */
    tests_in_ci: choice(TESTS_IN_CI_OPTIONS, "Choose whether automated tests run in CI."),
    /** A staging or preview environment exists. */
    staging: choice(["yes", "no"] as const, "Choose whether you have a staging or preview environment."),
    /** Code review habit. */
    code_review: choice(CODE_REVIEW_OPTIONS, "Choose how often code is reviewed before it is merged."),
    /** Comfort writing English, 1 (very low) to 5 (native-level). */
    english_comfort: choice(["1", "2", "3", "4", "5"] as const, "Choose your team's comfort writing English, from 1 to 5."),
    /** A defined piece of work with a finish line, or ongoing support. */
    scope: choice(SCOPE_OPTIONS, "Choose whether the work has a finish line or is ongoing."),
    /** Hours a day the team can be reachable at the same time as a contractor. */
    overlap_hours: number("the daily overlap you can offer, in hours,", 0, 24),
    /** One real ticket pasted as Markdown; optional. */
    ticket: z
      .string()
      .max(CONTACT_LIMITS.ticket, `Paste at most ${CONTACT_LIMITS.ticket} characters of the ticket.`)
      .transform((s) => (s.trim() ? s : ""))
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.hours_start && v.hours_start === v.hours_end) {
      ctx.addIssue({ code: "custom", path: ["hours_end"], message: "The working day must end at a different time than it starts." });
    }
  });

export type ContactForm = z.infer<typeof contactForm>;

/** Field labels for the error summary, in form order. */
export const CONTACT_LABELS: Record<string, string> = {
  name: "Your name",
  email: "Work e-mail",
  company: "Company",
  website: "Website",
  timezone: "Timezone",
  hours_start: "Working day starts",
  hours_end: "Working day ends",
  project: "What needs building",
  finished: "What “finished” means",
  spec_writer: "Who writes specs",
  reviewer: "Who reviews deliverables",
  review_turnaround_hours: "Review turnaround",
  scope_decider: "Who decides scope",
  access_granter: "Who grants access",
  tracker: "Tracker",
  acceptance_criteria: "Acceptance criteria",
  api_docs: "API documentation",
  tests_in_ci: "Tests in CI",
  staging: "Staging or preview",
  code_review: "Code review",
  english_comfort: "Written English",
  scope: "Scope",
  overlap_hours: "Daily overlap",
  ticket: "A real ticket",
};

/** Staff moving a lead along the sales flow. */
export const leadStatusForm = z.object({
  /** The new status. */
  to: z.enum(["new", "contacted", "won", "lost"], { error: "Choose the new status." }),
  /** What happened and what comes next; required for every change. */
  note: z.string({ error: "Write a note." }).max(4000, "Keep the note under 4000 characters.").default(""),
});

/** Filters of the staff leads list (and its CSV export). */
export const leadsQuery = z.object({
  /** Only leads at this readiness level. */
  level: z.enum(["ready", "ready-with-gaps", "fix-documentation-first", ""]).optional().catch(undefined),
  /** Only leads with this status. */
  status: z.enum(["new", "contacted", "won", "lost", ""]).optional().catch(undefined),
});
