import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createClientOrg, invitePerson } from "../../commands/orgs.js";
import { findOrg, listOrgs, type Org } from "../../models/orgs.js";
import { listMembers, toPublicUser } from "../../models/users.js";
import { orgPolicy } from "../../policies/org.js";
import { orgResource } from "../resources.js";
import { defineRoute, registerRoute } from "../route.js";
import { idParam } from "../schemas/common.js";
import { createInvitationBody, createOrgBody, invitationResponse, memberResponse, orgResponse } from "../schemas/orgs.js";

export const presentOrg = (o: Org) => ({ id: o.id, slug: o.slug, name: o.name, kind: o.kind, createdAt: o.created_at });

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/me",
    kind: "api",
    access: "user",
    summary: "The signed-in person",
    tags: ["accounts"],
    response: z.object({ id: z.string(), orgId: z.string(), email: z.string(), name: z.string(), role: z.string(), timezone: z.string() }),
    handler: (ctx) => {
      const a = ctx.requireActor();
      return { id: a.id, orgId: a.orgId, email: a.email, name: a.name, role: a.role, timezone: a.timezone };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/orgs",
    kind: "api",
    access: "staff",
    summary: "Every organisation (staff)",
    tags: ["organisations"],
    response: z.object({ orgs: z.array(orgResponse) }),
    handler: async (ctx) => ({ orgs: (await listOrgs(ctx.db, ctx.requireActor())).map(presentOrg) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/orgs",
    kind: "api",
    access: "staff",
    summary: "Create a client organisation (staff)",
    tags: ["organisations"],
    body: createOrgBody,
    response: orgResponse,
    handler: async (ctx) => {
      const org = await createClientOrg(ctx.db, ctx.requireActor(), ctx.body);
      ctx.reply.code(201);
      return presentOrg(org);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/orgs/:id/members",
    kind: "api",
    access: "user",
    summary: "Members of an organisation",
    tags: ["organisations"],
    params: idParam,
    resource: orgResource,
    response: z.object({ members: z.array(memberResponse) }),
    handler: async (ctx) => {
      const org = ctx.authorize(orgPolicy, "list-members", ctx.record as Org);
      const members = await listMembers(ctx.db, org.id);
      return { members: members.map(toPublicUser).map(({ id, email, name, role, timezone }) => ({ id, email, name, role, timezone })) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/invitations",
    kind: "api",
    access: "user",
    summary: "Invite a person to an organisation; the link is returned once",
    tags: ["organisations"],
    body: createInvitationBody,
    response: invitationResponse,
    handler: async (ctx) => {
      const { invitation, token } = await invitePerson(ctx.db, ctx.requireActor(), ctx.body, ctx.now);
      ctx.req.authorized = true; // invitePerson authorizes against the org policy
      ctx.reply.code(201);
      return {
        id: invitation.id,
        orgId: invitation.org_id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expires_at,
        url: `${ctx.services.config.publicUrl}/invite/${token}`,
      };
    },
  }),
];

export function registerOrgApi(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
