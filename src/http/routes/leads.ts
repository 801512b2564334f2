import type { FastifyInstance } from "fastify";
import { changeLeadStatus } from "../../commands/leads.js";
import { AppError } from "../../core/errors.js";
import { listLeads, listStatusChanges, type Lead } from "../../models/leads.js";
import { leadPolicy } from "../../policies/lead.js";
import { leadResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { leadStatusForm, leadsQuery } from "../schemas/contact.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { leadDetailBody, leadsListBody } from "../views/site/leads.js";
import type { StoredReport } from "./contact-report.js";
import { formValues } from "./contact.js";
import { leadsCsv } from "./leads-csv.js";

type Ctx = RouteContext<any, any, any>;

function filterOf(q: { level?: string; status?: string }) {
  return { level: q.level || undefined, status: (q.status || undefined) as Lead["status"] | undefined };
}

async function detailPage(ctx: Ctx, lead: Lead, form: { values?: Record<string, string>; errors?: FieldErrors } = {}) {
  const history = await listStatusChanges(ctx.db, lead);
  const report = lead.report ? (JSON.parse(lead.report) as StoredReport) : null;
  return page(ctx, { title: `Lead: ${lead.company}`, nav: "leads" }, leadDetailBody({ lead, report, history, csrf: ctx.csrfToken(), ...form }));
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/staff/leads",
    kind: "page",
    access: "staff",
    summary: "Leads from /contact, newest first (staff)",
    query: leadsQuery,
    handler: async (ctx) => {
      const filter = filterOf(ctx.query);
      const leads = await listLeads(ctx.db, ctx.requireActor(), filter);
      ctx.req.authorized = true; // listLeads returns only what the actor may see
      return page(ctx, { title: "Leads", nav: "leads" }, leadsListBody(leads, filter));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/staff/leads.csv",
    kind: "page",
    access: "staff",
    summary: "Leads as CSV, with the list's filters (staff)",
    query: leadsQuery,
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      const leads = await listLeads(ctx.db, actor, filterOf(ctx.query), 100_000);
      for (const l of leads) ctx.authorize(leadPolicy, "export", l);
      ctx.req.authorized = true;
      return ctx.reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="leads-${new Date(ctx.now).toISOString().slice(0, 10)}.csv"`)
        .header("cache-control", "private, no-store")
        .send(leadsCsv(leads));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/staff/leads/:id",
    kind: "page",
    access: "staff",
    summary: "One lead: answers, report, status history (staff)",
    params: idParam,
    resource: leadResource,
    handler: (ctx) => detailPage(ctx, ctx.authorize(leadPolicy, "read", ctx.record as Lead)),
  }),
  defineRoute({
    method: "POST",
    url: "/staff/leads/:id/status",
    kind: "page",
    access: "staff",
    summary: "Move a lead along new → contacted → won | lost, with a note (staff)",
    params: idParam,
    resource: leadResource,
    handler: async (ctx) => {
      const lead = ctx.authorize(leadPolicy, "update-status", ctx.record as Lead);
      const values = formValues(ctx.body);
      const parsed = leadStatusForm.safeParse(values);
      let errors: FieldErrors;
      if (!parsed.success) errors = zodFields(parsed.error);
      else {
        try {
          await changeLeadStatus(ctx.db, ctx.requireActor(), lead, parsed.data.to, parsed.data.note, ctx.now);
          return ctx.reply.redirect(`/staff/leads/${lead.id}`, 303);
        } catch (err) {
          if (!(err instanceof AppError) || !err.fields) throw err;
          errors = err.fields;
        }
      }
      ctx.reply.code(400);
      return detailPage(ctx, lead, { values, errors });
    },
  }),
];

export function registerLeadRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
