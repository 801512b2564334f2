import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { changePassword } from "../../commands/accounts.js";
import { findUserById, toPublicUser, updateProfile, type WeeklyHours } from "../../models/users.js";
import { userPolicy } from "../../policies/user.js";
import { html } from "../html.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { passwordForm, profileForm, WEEKDAYS } from "../schemas/account.js";
import { csrfField, errorSummary, field, type FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { timezoneField } from "../views/timezone-field.js";
import { changeTimeProfile } from "../../commands/clocks.js";
import { timeProfileOf } from "../../models/people.js";
import { parseTimeFields, timeFieldsForm, timeFieldsText } from "../schemas/people.js";
import { timeAwayFields } from "../views/time/profile-fields.js";

const DAY_NAMES: Record<string, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

/** Form values → stored hours; a weekday with both fields empty is a day off. */
export function hoursFromForm(v: Record<string, string>): WeeklyHours | null {
  const out: WeeklyHours = {};
  let any = false;
  for (const d of WEEKDAYS) {
    const s = v[`${d}_start`], e = v[`${d}_end`];
    if (s && e) {
      out[d] = [[s, e]];
      any = true;
    }
  }
  return any ? out : null;
}

function formFromHours(hours: WeeklyHours | null): Record<string, string> {
  const v: Record<string, string> = {};
  for (const d of WEEKDAYS) {
    const r = hours?.[d]?.[0];
    v[`${d}_start`] = r?.[0] ?? "";
    v[`${d}_end`] = r?.[1] ?? "";
  }
  return v;
}

function accountPage(ctx: RouteContext<any, any, any>, values: Record<string, string>, errors?: FieldErrors, notice?: string, pwErrors?: FieldErrors) {
  const noHours = WEEKDAYS.every((d) => !values[`${d}_start`]);
  return page(
    ctx,
    { title: "Account", nav: "account" },
    html`<section class="narrow">
  <h1>Your account</h1>
  ${notice ? html`<p class="notice" role="status">${notice}</p>` : ""}
  ${errorSummary(errors)}
  <form method="post" action="/account" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "name", label: "Name", value: values.name, errors, required: true, autocomplete: "name" })}
    ${timezoneField(values.timezone, errors)}
    <fieldset>
      <legend>Working hours, in your timezone</legend>
      <p class="hint">Due times count only inside these hours. Leave a day empty when you do not work it.${noHours ? " Until you set them, Monday to Friday 09:00–17:00 is assumed." : ""}</p>
      <div class="hours-grid">
      ${WEEKDAYS.map(
        (d) => html`<div class="hours-row"><span class="day" id="day-${d}">${DAY_NAMES[d]}</span>
        ${field({ name: `${d}_start`, label: `${DAY_NAMES[d]} start`, type: "time", value: values[`${d}_start`], errors, noOptionalMark: true })}
        ${field({ name: `${d}_end`, label: `${DAY_NAMES[d]} end`, type: "time", value: values[`${d}_end`], errors, noOptionalMark: true })}</div>`,
      )}
      </div>
    </fieldset>
    ${timeAwayFields(values, errors)}
    <button type="submit">Save</button>
  </form>
  <h2>Change password</h2>
  ${errorSummary(pwErrors)}
  <form method="post" action="/account/password" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "current", label: "Current password", type: "password", errors: pwErrors, required: true, autocomplete: "current-password" })}
    ${field({ name: "password", label: "New password", type: "password", hint: "At least 10 characters. Your other sessions will be signed out.", errors: pwErrors, required: true, autocomplete: "new-password" })}
    <button type="submit">Change password</button>
  </form>
</section>`,
  );
}

async function currentValues(ctx: RouteContext<any, any, any>) {
  const me = ctx.authorize(userPolicy, "update", await findUserById(ctx.db, ctx.requireActor().id));
  const pub = toPublicUser(me);
  return { name: pub.name, timezone: pub.timezone === "UTC" && !me.working_hours ? "" : pub.timezone, ...formFromHours(pub.workingHours), ...timeFieldsText(timeProfileOf(me)) };
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/account",
    kind: "page",
    access: "user",
    summary: "Profile: name, timezone and working hours",
    query: z.object({ welcome: z.string().optional(), saved: z.string().optional() }),
    handler: async (ctx) =>
      accountPage(ctx, await currentValues(ctx), undefined, ctx.query.welcome ? "Welcome! Check your timezone and set your working hours." : ctx.query.saved ? "Saved." : undefined),
  }),
  defineRoute({
    method: "POST",
    url: "/account",
    kind: "page",
    access: "user",
    summary: "Save profile",
    handler: async (ctx) => {
      ctx.authorize(userPolicy, "update", await findUserById(ctx.db, ctx.requireActor().id));
      const parsed = profileForm.safeParse(ctx.body);
      // Holiday country, time off and travel: parsed apart, errors shown together.
      const away = timeFieldsForm.safeParse(ctx.body);
      const time = away.success ? parseTimeFields(away.data) : { fields: zodFields(away.error) };
      if (!parsed.success || "fields" in time) {
        ctx.reply.code(400);
        return accountPage(ctx, ctx.body as Record<string, string>, { ...(parsed.success ? {} : zodFields(parsed.error)), ...("fields" in time ? time.fields : {}) });
      }
      const v = parsed.data as Record<string, string>;
      // Time fields first, through the clock command: it compares the old record with the new so clocks this person owes keep their remaining time.
      await changeTimeProfile(ctx.db, ctx.requireActor(), { timezone: v.timezone, workingHours: hoursFromForm(v), ...time.value }, ctx.now);
      await updateProfile(ctx.db, ctx.requireActor().id, { name: v.name, timezone: v.timezone, workingHours: hoursFromForm(v) });
      return ctx.reply.redirect("/account?saved=1", 303);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/account/password",
    kind: "page",
    access: "user",
    summary: "Change password (ends other sessions)",
    handler: async (ctx) => {
      const me = ctx.authorize(userPolicy, "update", await findUserById(ctx.db, ctx.requireActor().id));
      const parsed = passwordForm.safeParse(ctx.body);
      let errors: FieldErrors | undefined;
      if (!parsed.success) errors = zodFields(parsed.error);
      else {
        try {
          await changePassword(ctx.db, me.id, parsed.data.current, parsed.data.password, ctx.req.sessionSecret ?? undefined);
          return accountPage(ctx, await currentValues(ctx), undefined, "Password changed. Your other sessions were signed out.");
        } catch (err) {
          const fields = (err as { fields?: FieldErrors }).fields;
          if (!fields) throw err;
          errors = fields;
        }
      }
      ctx.reply.code(400);
      return accountPage(ctx, await currentValues(ctx), undefined, undefined, errors);
    },
  }),
];

export function registerAccountRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
