import { z } from "zod";
import { setClockPolicy } from "../../commands/clocks.js";
import { DEFAULT_POLICY, type ClockPolicy } from "../../core/clocks/index.js";
import { AppError } from "../../core/errors.js";
import { clockPolicyOf } from "../../models/clocks.js";
import type { EngagementRecord } from "../../models/engagements.js";
import { engagementPolicy } from "../../policies/engagement.js";
import { html } from "../html.js";
import { engagementResource } from "../resources.js";
import { defineRoute, zodFields, type RouteContext } from "../route.js";
import { clockPolicyBody, clockPolicyForm } from "../schemas/clocks.js";
import { idParam } from "../schemas/common.js";
import { csrfField, errorSummary, field, type FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";

const policyResponse = z.object({
  answerDays: z.number(),
  reviewDays: z.number(),
  changesDays: z.number(),
  startDays: z.number(),
  autoAcceptDays: z.number().nullable(),
  updatedAt: z.string().nullable(),
  defaults: z.object({ answerDays: z.number(), reviewDays: z.number(), changesDays: z.number(), startDays: z.number(), autoAcceptDays: z.null() }),
});

async function present(ctx: RouteContext<any, any, any>, e: EngagementRecord) {
  const p = await clockPolicyOf(ctx.db, e.id);
  return { answerDays: p.answerDays, reviewDays: p.reviewDays, changesDays: p.changesDays, startDays: p.startDays, autoAcceptDays: p.autoAcceptDays, updatedAt: p.updatedAt, defaults: DEFAULT_POLICY };
}

function requireStaff(ctx: RouteContext<any, any, any>): void {
  if (ctx.requireActor().role !== "staff") throw new AppError(403, "forbidden", "Only consultancy staff change an engagement's clock policy.");
}

function policyPage(ctx: RouteContext<any, any, any>, e: EngagementRecord, values: Record<string, string>, errors?: FieldErrors, notice?: string) {
  const f = (name: string, label: string, hint: string) => field({ name, label, hint, value: values[name], errors, required: name !== "autoAcceptDays", attrs: html` inputmode="decimal"` });
  return page(
    ctx,
    { title: `Clocks · ${e.title}`, nav: "engagements" },
    html`<section class="narrow">
  <p><a href="/engagements/${e.id}">← ${e.title}</a></p>
  <h1>Clock policy</h1>
  ${notice ? html`<p class="notice" role="status">${notice}</p>` : ""}
  <p class="hint">Each clock runs only inside the working hours of the person who owes the next move, and pauses on their nights, weekends, public holidays and time off. A working day is that person's own average working day (8 hours for Monday–Friday 09:00–17:00). Changes apply to clocks started from now on.</p>
  ${errorSummary(errors)}
  <form method="post" action="/engagements/${e.id}/clock-policy" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${f("answerDays", "Answer a question (working days of the client reviewer)", "Default 1.")}
    ${f("reviewDays", "Review a deliverable (working days of the reviewer)", "Default 2.")}
    ${f("changesDays", "Address requested changes (working days of the contractor)", "Default 2.")}
    ${f("startDays", "Start after claiming (working days of the contractor)", "Default 1.")}
    ${f("autoAcceptDays", "Auto-accept after reviewer silence (working days)", "Empty: off (the default). When set, the reviewer is reminded at 50 % and 90 %; rounds already in review count these days from when you turn it on or change it.")}
    <button type="submit">Save clock policy</button>
  </form>
</section>`,
  );
}

const asForm = (p: ClockPolicy): Record<string, string> => ({
  answerDays: String(p.answerDays),
  reviewDays: String(p.reviewDays),
  changesDays: String(p.changesDays),
  startDays: String(p.startDays),
  autoAcceptDays: p.autoAcceptDays === null ? "" : String(p.autoAcceptDays),
});

/** The clock policy of an engagement: everyone on it reads it; staff change it. */
export const clockPolicyRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/engagements/:id/clock-policy",
    kind: "api",
    access: "user",
    summary: "An engagement's clock policy (working days per kind of waiting item)",
    tags: ["clocks"],
    params: idParam,
    resource: engagementResource,
    response: policyResponse,
    handler: async (ctx) => present(ctx, ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord)),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/v1/engagements/:id/clock-policy",
    kind: "api",
    access: "user",
    summary: "Set an engagement's clock policy (staff)",
    tags: ["clocks"],
    params: idParam,
    resource: engagementResource,
    body: clockPolicyBody,
    response: policyResponse,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord);
      requireStaff(ctx);
      await setClockPolicy(ctx.db, ctx.requireActor(), e, ctx.body, ctx.now);
      return present(ctx, e);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/engagements/:id/clock-policy",
    kind: "page",
    access: "user",
    summary: "Clock policy form (staff)",
    params: idParam,
    resource: engagementResource,
    query: z.object({ saved: z.string().optional() }),
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord);
      requireStaff(ctx);
      return policyPage(ctx, e, asForm(await clockPolicyOf(ctx.db, e.id)), undefined, ctx.query.saved ? "Saved. New clocks use this policy." : undefined);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/engagements/:id/clock-policy",
    kind: "page",
    access: "user",
    summary: "Save the clock policy (staff)",
    params: idParam,
    resource: engagementResource,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord);
      requireStaff(ctx);
      const form = clockPolicyForm.safeParse(ctx.body);
      const values = form.success ? form.data : ({} as Record<string, string>);
      const parsed = clockPolicyBody.safeParse({ ...values, autoAcceptDays: values.autoAcceptDays ? values.autoAcceptDays : null });
      if (!form.success || !parsed.success) {
        ctx.reply.code(400);
        return policyPage(ctx, e, ctx.body as Record<string, string>, form.success ? zodFields(parsed.error!) : zodFields(form.error));
      }
      await setClockPolicy(ctx.db, ctx.requireActor(), e, parsed.data, ctx.now);
      return ctx.reply.redirect(`/engagements/${e.id}/clock-policy?saved=1`, 303);
    },
  }),
];
