import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { receiveLead, recordTrappedSubmission } from "../../commands/leads.js";
import { CONTACT_LIMIT, contactLockedFor, findLeadByToken, saveAssessment, type Lead } from "../../models/leads.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { contactForm, type ContactForm } from "../schemas/contact.js";
import { page } from "../views/page.js";
import { contactFormBody, contactThanksBody, reportNotFoundBody, type ContactFormState } from "../views/site/contact.js";
import { reportBody } from "../views/site/report.js";
import { checkTicket } from "./contact-checker.js";
import { buildReport, zoneNoteOf, type StoredAnswers, type StoredReport } from "./contact-report.js";
import { checkStamp, newStamp } from "./contact-stamp.js";
import { contentOf } from "./site-content.js";
import { resolveVisitorZone } from "./site-offices.js";

type Ctx = RouteContext<any, any, any>;

/** Form bodies as strings: a repeated field keeps its first value, anything else becomes text. */
export function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== "object") return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    out[k] = first === undefined || first === null ? "" : String(first);
  }
  return out;
}

function formPage(ctx: Ctx, state: Omit<ContactFormState, "stamp"> & { stamp?: string }) {
  const stamp = state.stamp ?? newStamp(ctx.services.config.sessionSecret, ctx.now);
  return page(
    ctx,
    {
      title: "Tell us about your project",
      description: "Tell us what needs building and get a readiness report: can your team hand backend work to engineers outside the company?",
      canonical: `${ctx.services.config.publicUrl}/contact`,
      nav: "contact",
    },
    contactFormBody({ ...state, stamp }),
  );
}

/** The parts of the form that go on the lead; an unknown zone is stored as UTC, with what was typed kept. */
function toLead(f: ContactForm) {
  const { zone, note } = resolveVisitorZone(f.timezone);
  const answers: StoredAnswers = {
    spec_writer: f.spec_writer,
    reviewer: f.reviewer,
    review_turnaround_hours: f.review_turnaround_hours,
    scope_decider: f.scope_decider,
    access_granter: f.access_granter,
    tracker: f.tracker,
    acceptance_criteria: f.acceptance_criteria,
    api_docs: f.api_docs,
    tests_in_ci: f.tests_in_ci,
    staging: f.staging,
    code_review: f.code_review,
    english_comfort: f.english_comfort,
    scope: f.scope,
    overlap_hours: f.overlap_hours,
  };
  return {
    name: f.name,
    email: f.email,
    company: f.company,
    website: f.website || null,
    timezone: zone,
    timezoneGiven: note ? f.timezone : null,
    hoursStart: f.hours_start,
    hoursEnd: f.hours_end,
    project: f.project,
    finished: f.finished,
    answers: answers as unknown as Record<string, unknown>,
    ticket: f.ticket || null,
  };
}

/**
 * The lead's report, computing and storing it when the submission could not
 * (the lead itself is stored before any scoring runs).
 */
async function reportFor(ctx: Ctx, lead: Lead): Promise<StoredReport> {
  if (lead.report) return JSON.parse(lead.report) as StoredReport;
  const report = buildReport(lead, contentOf(ctx.req.server).site.offices, checkTicket, zoneNoteOf(lead));
  await saveAssessment(ctx.db, lead.id, { score: report.score, level: report.level, report }, ctx.now);
  return report;
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/contact",
    kind: "page",
    access: "public",
    summary: "Tell us about your project: the intake and readiness questions",
    handler: (ctx) => formPage(ctx, { values: {} }),
  }),
  defineRoute({
    method: "POST",
    url: "/contact",
    kind: "page",
    access: "public",
    summary: "Send the intake; stores the lead, then shows its readiness report",
    // Public and acting for nobody: a forged post gains nothing, and a visitor
    // whose cookie expired must not lose what they typed to a CSRF refusal.
    csrf: false,
    // Floods are cut off early; the hourly limit per IP is counted below so its
    // 429 can show the form with what was typed.
    rateLimit: { max: 20, timeWindow: 60_000 },
    bodyLimit: 128 * 1024,
    handler: async (ctx) => {
      const values = formValues(ctx.body);
      const ip = ctx.req.ip;
      const secret = ctx.services.config.sessionSecret;
      const locked = await contactLockedFor(ctx.db, ip, ctx.now);
      if (locked !== null) {
        const minutes = Math.ceil(locked / 60);
        ctx.reply.code(429).header("retry-after", String(locked));
        return formPage(ctx, {
          values,
          notice: `We have already received ${CONTACT_LIMIT} projects from your network in the last hour. Your answers are kept below: send them again in ${minutes} minute${minutes === 1 ? "" : "s"}, or e-mail ${contentOf(ctx.req.server).site.email}.`,
        });
      }
      if (values.fax_only) {
        // A bot filled the hidden field: store nothing, but answer like a success.
        await recordTrappedSubmission(ctx.db, ip, ctx.now);
        return page(ctx, { title: "Thank you", canonical: `${ctx.services.config.publicUrl}/contact` }, contactThanksBody());
      }
      const stamp = checkStamp(values.started, secret, ctx.now);
      const parsed = contactForm.safeParse(values);
      if (!parsed.success || stamp.state !== "ok") {
        ctx.reply.code(400);
        return formPage(ctx, {
          values,
          errors: parsed.success ? undefined : zodFields(parsed.error),
          stamp: stamp.state === "too-fast" ? stamp.stamp : undefined,
          notice:
            stamp.state === "ok"
              ? undefined
              : stamp.state === "too-fast"
                ? "That was sent faster than a person can fill in the form. Check your answers below and send them again."
                : "The form had expired. Check your answers below and send them again.",
        });
      }
      const { lead, token } = await receiveLead(ctx.db, toLead(parsed.data), ip, ctx.now);
      // The lead is safe; scoring failures must not turn its arrival into an error.
      try {
        await reportFor(ctx, lead);
      } catch (err) {
        ctx.req.log.error({ err, lead: lead.id }, "readiness report failed; it is retried when the report is opened");
      }
      return ctx.reply.redirect(`/contact/report/${token}`, 303);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/contact/report/:token",
    kind: "page",
    access: "public",
    summary: "A visitor's readiness report (secret link, 90 days)",
    params: z.object({ token: z.string().max(200) }),
    rateLimit: { max: 60, timeWindow: 60_000 },
    handler: async (ctx) => {
      const found = await findLeadByToken(ctx.db, ctx.params.token, ctx.now);
      if (found.state !== "valid") {
        ctx.reply.code(404);
        return page(ctx, { title: "Report not found" }, reportNotFoundBody());
      }
      const report = await reportFor(ctx, found.lead);
      ctx.reply.header("x-robots-tag", "noindex").header("cache-control", "private, no-store");
      return page(
        ctx,
        {
          title: `Readiness report: ${found.lead.company}`,
          description: "A readiness report: score, gaps with next steps, and overlap with our offices.",
          canonical: `${ctx.services.config.publicUrl}/contact/report/${ctx.params.token}`,
        },
        reportBody(found.lead, report),
      );
    },
  }),
];

export function registerContactRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
