import type { Office } from "../../content/site.js";
import { assess, fromFormAnswers, type FormAnswers, type ReadinessGap, type ReadinessLevel } from "../../core/readiness/index.js";
import type { Lead } from "../../models/leads.js";
import type { TicketChecker, TicketFinding } from "./contact-checker.js";
import { officeOverlaps, type SharedWindow } from "./site-offices.js";

/** The readiness answers as stored on the lead (form names, parsed values). */
export type StoredAnswers = FormAnswers;

/** What the brief checker said about the pasted ticket. */
export type TicketResult = { checked: false } | { checked: true; ready: boolean; findings: TicketFinding[] };

/** The report as the visitor saw it; stored on the lead so later weight changes do not rewrite it. */
export interface StoredReport {
  score: number;
  level: ReadinessLevel;
  /** Every gap, largest first; the page leads with the first three. */
  gaps: ReadinessGap[];
  blockers: string[];
  /** The zone overlap was computed in, and why it is UTC when it is. */
  zone: string;
  zoneNote: string | null;
  /** The visitor's working day, "09:00–17:00". */
  visitorHours: string;
  overlap: { office: string; zone: string; date: string; hoursPerDay: number; officeHours: string; windows: SharedWindow[] }[];
  /** null when no ticket was pasted. */
  ticket: TicketResult | null;
  assessedAt: string;
}

export const LEVEL_LABELS: Record<ReadinessLevel, string> = {
  ready: "Ready",
  "ready-with-gaps": "Ready with gaps",
  "fix-documentation-first": "Fix documentation first",
};

/** The answers `assess` reads, from what the form stored. */
export const readinessAnswers = fromFormAnswers;

/**
 * Scores a stored lead: overlap with each office's next working day after the
 * lead arrived (in the visitor's zone and hours), the checker's findings on the
 * pasted ticket, and the readiness assessment. Pure apart from the checker.
 */
export function buildReport(lead: Lead, offices: readonly Office[], checker: TicketChecker | null, zoneNote: string | null): StoredReport {
  const answers = JSON.parse(lead.answers) as StoredAnswers;
  const at = Date.parse(lead.created_at);
  const views = officeOverlaps(offices, { zone: lead.timezone, start: lead.hours_start, end: lead.hours_end }, at);
  let ticket: TicketResult | null = null;
  if (lead.ticket) {
    ticket = { checked: false };
    if (checker) {
      try {
        const r = checker(lead.ticket);
        ticket = { checked: true, ready: r.ready, findings: r.findings };
      } catch {
        // A checker failure leaves the ticket unchecked; the report says so and the score leaves it out.
      }
    }
  }
  const briefFindings = ticket?.checked ? ticket.findings.length : null;
  const r = assess(
    readinessAnswers(
      answers,
      views.map((v) => ({ office: v.name, hoursPerDay: v.overlapHours })),
      briefFindings,
    ),
  );
  return {
    score: r.score,
    level: r.level,
    gaps: r.gaps,
    blockers: r.blockers,
    zone: lead.timezone,
    zoneNote,
    visitorHours: `${lead.hours_start}–${lead.hours_end}`,
    overlap: views
      .map((v) => ({ office: v.name, zone: v.zone, date: v.date, hoursPerDay: v.overlapHours, officeHours: v.hours, windows: v.windows }))
      .sort((x, y) => y.hoursPerDay - x.hoursPerDay),
    ticket,
    assessedAt: lead.created_at,
  };
}

/** The note shown when the lead's zone was not recognised. */
export function zoneNoteOf(lead: Lead): string | null {
  return lead.timezone_given ? `We did not recognise the timezone “${lead.timezone_given.slice(0, 64)}”, so overlap is computed for UTC.` : null;
}
