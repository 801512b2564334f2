import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "../../core/errors.js";
import { createClientOrg, invitePerson, issuePasswordReset } from "../../commands/orgs.js";
import { findOrg, listOrgs } from "../../models/orgs.js";
import { findUserById, listMembers } from "../../models/users.js";
import { invitableRoles, orgPolicy } from "../../policies/org.js";
import { userPolicy } from "../../policies/user.js";
import { html } from "../html.js";
import { orgResource, userResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { createInvitationBody, createOrgBody } from "../schemas/orgs.js";
import { csrfField, errorSummary, field, select, type FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";

async function orgsPage(ctx: RouteContext<any, any, any>, values: Record<string, string> = {}, errors?: FieldErrors) {
  const orgs = await listOrgs(ctx.db, ctx.requireActor());
  return page(
    ctx,
    { title: "Organisations", nav: "orgs" },
    html`<section>
  <h1>Organisations</h1>
  <table class="table">
    <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Slug</th></tr></thead>
    <tbody>${orgs.map((o) => html`<tr><td><a href="/staff/orgs/${o.id}">${o.name}</a></td><td>${o.kind}</td><td>${o.slug}</td></tr>`)}</tbody>
  </table>
  <h2>New client organisation</h2>
  ${errorSummary(errors)}
  <form method="post" action="/staff/orgs" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "name", label: "Name", value: values.name, errors, required: true })}
    ${field({ name: "slug", label: "Short name", hint: "Lower-case letters, digits and dashes; made from the name when empty.", value: values.slug, errors })}
    <button type="submit">Create organisation</button>
  </form>
</section>`,
  );
}

async function orgPage(ctx: RouteContext<any, any, any>, orgId: string, extra: { values?: Record<string, string>; errors?: FieldErrors; link?: { label: string; url: string } } = {}) {
  const org = ctx.authorize(orgPolicy, "list-members", await findOrg(ctx.db, orgId));
  const members = await listMembers(ctx.db, org.id);
  const roles = invitableRoles(ctx.requireActor(), org);
  const v = extra.values ?? {};
  return page(
    ctx,
    { title: org.name, nav: "orgs" },
    html`<section>
  <p><a href="/staff/orgs">← Organisations</a></p>
  <h1>${org.name}</h1>
  <p><a href="/orgs/${org.id}/channels">Delivery settings (Slack, Linear, e-mail, webhooks)</a></p>
  ${extra.link
    ? html`<div class="notice" role="status"><p>${extra.link.label}</p><p><input class="copy" readonly value="${extra.link.url}" aria-label="Link to copy"></p><p class="hint">Shown once: copy it now and send it to the person.</p></div>`
    : ""}
  <h2>People</h2>
  <table class="table">
    <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Timezone</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>${members.map(
      (m) => html`<tr><td>${m.name}</td><td>${m.email}</td><td>${m.role}</td><td>${m.timezone}</td>
      <td><form method="post" action="/staff/users/${m.id}/reset-link" class="inline">${csrfField(ctx.csrfToken())}<button type="submit" class="link">Create reset link</button></form></td></tr>`,
    )}</tbody>
  </table>
  ${roles.length
    ? html`<h2>Invite someone</h2>
  ${errorSummary(extra.errors)}
  <form method="post" action="/staff/orgs/${org.id}/invitations" novalidate>
    ${csrfField(ctx.csrfToken())}
    ${field({ name: "email", label: "E-mail", type: "email", value: v.email, errors: extra.errors, required: true })}
    ${select({ name: "role", label: "Role", value: v.role ?? roles[0], errors: extra.errors, required: true, options: roles.map((r) => ({ value: r, label: r })) })}
    <button type="submit">Create invitation link</button>
  </form>`
    : ""}
</section>`,
  );
}

const routes = [
  defineRoute({ method: "GET", url: "/staff/orgs", kind: "page", access: "staff", summary: "Organisations (staff)", handler: (ctx) => orgsPage(ctx) }),
  defineRoute({
    method: "POST",
    url: "/staff/orgs",
    kind: "page",
    access: "staff",
    summary: "Create a client organisation",
    handler: async (ctx) => {
      const parsed = createOrgBody.safeParse({ ...(ctx.body as object), slug: (ctx.body as { slug?: string }).slug || undefined });
      if (!parsed.success) {
        ctx.reply.code(400);
        return orgsPage(ctx, ctx.body as Record<string, string>, zodFields(parsed.error));
      }
      try {
        const org = await createClientOrg(ctx.db, ctx.requireActor(), parsed.data);
        return ctx.reply.redirect(`/staff/orgs/${org.id}`, 303);
      } catch (err) {
        if (err instanceof AppError && err.fields) {
          ctx.reply.code(400);
          return orgsPage(ctx, ctx.body as Record<string, string>, err.fields);
        }
        throw err;
      }
    },
  }),
  defineRoute({
    method: "GET",
    url: "/staff/orgs/:id",
    kind: "page",
    access: "staff",
    summary: "One organisation: people and invitations",
    params: z.object({ id: z.string().max(64) }),
    resource: orgResource,
    handler: (ctx) => orgPage(ctx, ctx.params.id),
  }),
  defineRoute({
    method: "POST",
    url: "/staff/orgs/:id/invitations",
    kind: "page",
    access: "staff",
    summary: "Create an invitation link",
    params: z.object({ id: z.string().max(64) }),
    resource: orgResource,
    handler: async (ctx) => {
      ctx.authorize(orgPolicy, "invite", await findOrg(ctx.db, ctx.params.id));
      const values = ctx.body as Record<string, string>;
      const parsed = createInvitationBody.safeParse({ ...values, orgId: ctx.params.id });
      if (!parsed.success) {
        ctx.reply.code(400);
        return orgPage(ctx, ctx.params.id, { values, errors: zodFields(parsed.error) });
      }
      try {
        const { token, invitation } = await invitePerson(ctx.db, ctx.requireActor(), parsed.data, ctx.now);
        return orgPage(ctx, ctx.params.id, {
          link: { label: `Invitation for ${invitation.email} (${invitation.role}), valid for 7 days:`, url: `${ctx.services.config.publicUrl}/invite/${token}` },
        });
      } catch (err) {
        if (err instanceof AppError && err.fields) {
          ctx.reply.code(400);
          return orgPage(ctx, ctx.params.id, { values, errors: err.fields });
        }
        throw err;
      }
    },
  }),
  defineRoute({
    method: "POST",
    url: "/staff/users/:id/reset-link",
    kind: "page",
    access: "staff",
    summary: "Create a password reset link for a person",
    params: z.object({ id: z.string().max(64) }),
    resource: userResource,
    handler: async (ctx) => {
      const user = ctx.authorize(userPolicy, "reset-password", await findUserById(ctx.db, ctx.params.id));
      const token = await issuePasswordReset(ctx.db, ctx.requireActor(), user, ctx.now);
      return orgPage(ctx, user.org_id, { link: { label: `Password reset link for ${user.email}, valid for 1 hour:`, url: `${ctx.services.config.publicUrl}/reset/${token}` } });
    },
  }),
];

export function registerStaffOrgRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
