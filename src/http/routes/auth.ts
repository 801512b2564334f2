import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "../../core/errors.js";
import { acceptInvitation, openInvitation, openPasswordReset, resetPassword } from "../../commands/accounts.js";
import { clearFailures, lockedFor, recordFailure } from "../../models/auth-failures.js";
import { findOrg } from "../../models/orgs.js";
import { verifyPassword } from "../../models/passwords.js";
import { createSession, deleteSession } from "../../models/sessions.js";
import { findUserByEmail } from "../../models/users.js";
import { emailKey } from "../../models/support.js";
import { sessionCookieName, sessionCookieOptions } from "../auth.js";
import { html } from "../html.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { acceptInvitationForm, loginForm, resetForm } from "../schemas/auth.js";
import { csrfField, errorSummary, field, type FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { timezoneField } from "../views/timezone-field.js";

const tokenParam = z.object({ token: z.string().min(1).max(200) });

/** Only local paths are followed after sign-in, never another site. */
export const safeNext = (next: string | undefined): string => (next && /^\/(?!\/)[^\\\s]*$/.test(next) ? next : "/inbox");

function setSessionCookie(ctx: RouteContext<any, any, any>, secret: string): void {
  const secure = ctx.services.config.secureCookies;
  ctx.reply.setCookie(sessionCookieName(secure), secret, sessionCookieOptions(secure));
}

function loginPage(ctx: RouteContext<any, any, any>, values: { email?: string; next?: string }, errors?: FieldErrors, notice?: string) {
  return page(
    ctx,
    { title: "Sign in", nav: "login" },
    html`<section class="narrow">
  <h1>Sign in</h1>
  ${notice ? html`<p class="notice" role="status">${notice}</p>` : ""}
  ${errorSummary(errors)}
  <form method="post" action="/login" novalidate>
    ${csrfField(ctx.csrfToken())}
    <input type="hidden" name="next" value="${values.next ?? ""}">
    ${field({ name: "email", label: "E-mail", type: "email", value: values.email, errors, required: true, autocomplete: "username" })}
    ${field({ name: "password", label: "Password", type: "password", errors, required: true, autocomplete: "current-password" })}
    <button type="submit">Sign in</button>
  </form>
  <p class="hint">Forgot your password? Ask your consultancy contact for a reset link.</p>
</section>`,
  );
}

/** Failures are counted per IP and per account so neither can be brute-forced. */
const failureKeys = (ip: string, email?: string) => [`ip:${ip}`, ...(email ? [`account:${emailKey(email)}`] : [])];

async function refuseIfLocked(ctx: RouteContext<any, any, any>, keys: string[]): Promise<void> {
  const seconds = await lockedFor(ctx.db, keys, ctx.now);
  if (seconds !== null) {
    throw new AppError(429, "too_many_attempts", `Too many failed attempts: wait ${Math.ceil(seconds / 60)} minutes and try again.`, undefined, {
      retryAfter: seconds,
    });
  }
}

export const loginRoutes = [
  defineRoute({
    method: "GET",
    url: "/login",
    kind: "page",
    access: "public",
    summary: "Sign-in form",
    query: z.object({ next: z.string().max(2000).optional() }),
    handler: (ctx) => (ctx.actor ? ctx.reply.redirect(safeNext(ctx.query.next), 303) : loginPage(ctx, { next: ctx.query.next })),
  }),
  defineRoute({
    method: "POST",
    url: "/login",
    kind: "page",
    access: "public",
    summary: "Sign in with e-mail and password",
    handler: async (ctx) => {
      const form = loginForm.parse(ctx.body);
      const keys = failureKeys(ctx.req.ip, form.email || undefined);
      try {
        await refuseIfLocked(ctx, keys);
      } catch (err) {
        ctx.reply.code(429).header("retry-after", String((err as AppError).extra?.retryAfter ?? 900));
        return loginPage(ctx, form, { email: (err as AppError).message });
      }
      const user = form.email ? await findUserByEmail(ctx.db, form.email) : undefined;
      const ok = await verifyPassword(user?.password_hash ?? null, form.password);
      if (!user || !ok) {
        await recordFailure(ctx.db, keys, ctx.now);
        ctx.reply.code(401);
        // One message whether or not the account exists.
        return loginPage(ctx, form, { email: "The e-mail or password is not right. Check both and try again." });
      }
      await clearFailures(ctx.db, `account:${emailKey(form.email)}`);
      setSessionCookie(ctx, await createSession(ctx.db, user.id, ctx.now));
      return ctx.reply.redirect(safeNext(form.next), 303);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/logout",
    kind: "page",
    access: "public",
    summary: "Sign out of this browser",
    handler: async (ctx) => {
      if (ctx.req.sessionSecret) await deleteSession(ctx.db, ctx.req.sessionSecret);
      ctx.reply.clearCookie(sessionCookieName(ctx.services.config.secureCookies), { path: "/" });
      return ctx.reply.redirect("/login", 303);
    },
  }),
];

function invitePage(ctx: RouteContext<any, any, any>, info: { email: string; orgName: string; role: string }, values: Record<string, string>, errors?: FieldErrors) {
  return page(
    ctx,
    { title: "Join" },
    html`<section class="narrow">
  <h1>Join ${info.orgName}</h1>
  <p>You were invited as <strong>${info.role}</strong> with <strong>${info.email}</strong>. Choose your name and a password.</p>
  ${errorSummary(errors)}
  <form method="post" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "name", label: "Your name", value: values.name, errors, required: true, autocomplete: "name" })}
    ${field({ name: "password", label: "Password", type: "password", hint: "At least 10 characters.", errors, required: true, autocomplete: "new-password" })}
    ${timezoneField(values.timezone, errors)}
    <button type="submit">Create my account</button>
  </form>
</section>`,
  );
}

const limited = { max: 30, timeWindow: 60_000 };

export const linkRoutes = [
  defineRoute({
    method: "GET",
    url: "/invite/:token",
    kind: "page",
    access: "public",
    summary: "Invitation: create an account",
    params: tokenParam,
    rateLimit: limited,
    handler: async (ctx) => {
      const inv = await openInvitation(ctx.db, ctx.params.token, ctx.now);
      const org = await findOrg(ctx.db, inv.org_id);
      return invitePage(ctx, { email: inv.email, orgName: org?.name ?? "", role: inv.role }, {});
    },
  }),
  defineRoute({
    method: "POST",
    url: "/invite/:token",
    kind: "page",
    access: "public",
    summary: "Accept an invitation",
    params: tokenParam,
    rateLimit: limited,
    handler: async (ctx) => {
      const keys = failureKeys(ctx.req.ip);
      await refuseIfLocked(ctx, keys);
      let inv;
      try {
        inv = await openInvitation(ctx.db, ctx.params.token, ctx.now);
      } catch (err) {
        await recordFailure(ctx.db, keys, ctx.now);
        throw err;
      }
      const parsed = acceptInvitationForm.safeParse(ctx.body);
      if (!parsed.success) {
        const org = await findOrg(ctx.db, inv.org_id);
        ctx.reply.code(400);
        return invitePage(ctx, { email: inv.email, orgName: org?.name ?? "", role: inv.role }, ctx.body as Record<string, string>, zodFields(parsed.error));
      }
      const { session } = await acceptInvitation(ctx.db, ctx.params.token, parsed.data, ctx.now);
      setSessionCookie(ctx, session);
      return ctx.reply.redirect("/account?welcome=1", 303);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/reset/:token",
    kind: "page",
    access: "public",
    summary: "Password reset form",
    params: tokenParam,
    rateLimit: limited,
    handler: async (ctx) => {
      await openPasswordReset(ctx.db, ctx.params.token, ctx.now);
      return resetPage(ctx);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/reset/:token",
    kind: "page",
    access: "public",
    summary: "Set a new password",
    params: tokenParam,
    rateLimit: limited,
    handler: async (ctx) => {
      const keys = failureKeys(ctx.req.ip);
      await refuseIfLocked(ctx, keys);
      const parsed = resetForm.safeParse(ctx.body);
      if (!parsed.success) {
        ctx.reply.code(400);
        return resetPage(ctx, zodFields(parsed.error));
      }
      try {
        await resetPassword(ctx.db, ctx.params.token, parsed.data.password, ctx.now);
      } catch (err) {
        await recordFailure(ctx.db, keys, ctx.now);
        throw err;
      }
      return loginPage(ctx, {}, undefined, "Your password was changed and every session was signed out. Sign in with the new password.");
    },
  }),
];

function resetPage(ctx: RouteContext<any, any, any>, errors?: FieldErrors) {
  return page(
    ctx,
    { title: "Choose a new password" },
    html`<section class="narrow">
  <h1>Choose a new password</h1>
  ${errorSummary(errors)}
  <form method="post" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "password", label: "New password", type: "password", hint: "At least 10 characters.", errors, required: true, autocomplete: "new-password" })}
    <button type="submit">Set password</button>
  </form>
</section>`,
  );
}

export function registerAuthRoutes(app: FastifyInstance): void {
  for (const r of [...loginRoutes, ...linkRoutes]) registerRoute(app, r);
}
