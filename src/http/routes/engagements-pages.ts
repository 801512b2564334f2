import type { FastifyInstance } from "fastify";
import { BRIEF_TEMPLATE, createBrief } from "../../commands/briefs.js";
import { createEngagement } from "../../commands/engagements.js";
import { AppError } from "../../core/errors.js";
import { listBriefs } from "../../models/briefs.js";
import { engagementPeople, listEngagementsFor, type EngagementRecord } from "../../models/engagements.js";
import { questionCounts } from "../../models/questions.js";
import { allowed } from "../../policies/authorize.js";
import { engagementPolicy } from "../../policies/engagement.js";
import { engagementChannelsPolicy } from "../../policies/channel.js";
import type { Db } from "../../storage/database.js";
import { engagementResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { createBriefBody } from "../schemas/briefs.js";
import { createEngagementBody } from "../schemas/engagements.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { editorView } from "../views/work/editor.js";
import { boardView, engagementsView, type NewEngagementForm } from "../views/work/engagements.js";
import { assertBriefSize, auditRows } from "./engagements-api.js";
import { engagementDue } from "../../commands/clocks.js";
import { peoplePanel } from "../views/time/people-panel.js";

type Ctx = RouteContext<any, any, any>;
const SCRIPTS = ["work-shortcuts.js"];

async function newEngagementForm(db: Db, values: NewEngagementForm["values"], errors?: FieldErrors): Promise<NewEngagementForm> {
  const orgs = (await db.selectFrom("orgs").selectAll().where("kind", "=", "client").orderBy("name").execute());
  const contractors = await db.selectFrom("users").selectAll().where("role", "=", "contractor").orderBy("name").execute();
  const clients = await db.selectFrom("users").selectAll().where("role", "in", ["client-owner", "client-member"]).orderBy("name").execute();
  return { orgs, contractors, clients, values, errors };
}

async function listPage(ctx: Ctx, values: NewEngagementForm["values"] = {}, errors?: FieldErrors) {
  const actor = ctx.requireActor();
  const list = await listEngagementsFor(ctx.db, actor);
  // Names of the organisations of the listed engagements (contractors see their clients' names).
  const orgIds = [...new Set(list.map((e) => e.org_id))];
  const names = new Map(orgIds.length ? (await ctx.db.selectFrom("orgs").select(["id", "name"]).where("id", "in", orgIds).execute()).map((o) => [o.id, o.name]) : []);
  const form = actor.role === "staff" ? await newEngagementForm(ctx.db, values, errors) : undefined;
  return page(ctx, { title: "Engagements", nav: "engagements" }, engagementsView(actor, list, names, ctx.csrfToken(), form));
}

/** Form values as lists: one checkbox gives a string, several an array. */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : []);

function newBriefPage(ctx: Ctx, e: EngagementRecord, values: { title?: string; markdown?: string }, errors?: FieldErrors) {
  return page(
    ctx,
    { title: "New brief", nav: "engagements", scripts: ["brief-editor.js"] },
    editorView({
      heading: `New brief in ${e.title}`,
      action: `/engagements/${e.id}/briefs`,
      back: { href: `/engagements/${e.id}`, label: e.title },
      csrf: ctx.csrfToken(),
      title: values.title ?? "",
      markdown: values.markdown ?? BRIEF_TEMPLATE,
      errors,
      submitLabel: "Save draft",
    }),
  );
}

const routes = [
  defineRoute({ method: "GET", url: "/engagements", kind: "page", access: "user", summary: "Engagements I may see", handler: (ctx) => listPage(ctx) }),
  defineRoute({
    method: "POST",
    url: "/engagements",
    kind: "page",
    access: "staff",
    summary: "Open an engagement (staff)",
    handler: async (ctx) => {
      const body = ctx.body as Record<string, unknown>;
      const values = { orgId: String(body.orgId ?? ""), title: String(body.title ?? ""), scope: String(body.scope ?? ""), contractorIds: list(body.contractorIds), reviewerIds: list(body.reviewerIds) };
      const parsed = createEngagementBody.safeParse(values);
      if (!parsed.success) {
        ctx.reply.code(400);
        return listPage(ctx, values, zodFields(parsed.error));
      }
      try {
        const e = await createEngagement(ctx.db, ctx.requireActor(), parsed.data);
        return ctx.reply.redirect(`/engagements/${e.id}`, 303);
      } catch (err) {
        if (err instanceof AppError && err.fields) {
          ctx.reply.code(400);
          return listPage(ctx, values, err.fields);
        }
        throw err;
      }
    },
  }),
  defineRoute({
    method: "GET",
    url: "/engagements/:id",
    kind: "page",
    access: "user",
    summary: "An engagement: board, people, timeline",
    params: idParam,
    resource: engagementResource,
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      const e = ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord);
      const briefs = (await listBriefs(ctx.db, e.id)).filter((b) => actor.role !== "contractor" || b.ready_at !== null);
      const org = await ctx.db.selectFrom("orgs").select("name").where("id", "=", e.org_id).executeTakeFirst();
      return page(
        ctx,
        { title: e.title, nav: "engagements", scripts: SCRIPTS },
        boardView(actor, {
          engagement: e,
          orgName: org?.name ?? "",
          briefs,
          questionCounts: await questionCounts(ctx.db, briefs.map((b) => b.id)),
          people: await engagementPeople(ctx.db, e),
          events: await auditRows(ctx.db, e, undefined, actor),
          canWrite: allowed(engagementPolicy, actor, "create-brief", e),
          now: ctx.now,
          due: await engagementDue(ctx.db, actor, e, ctx.now),
          peoplePanel: peoplePanel(await engagementPeople(ctx.db, e), ctx.now, actor.role === "staff" ? e.id : undefined),
          canManageDelivery: allowed(engagementChannelsPolicy, actor, "manage-channels", e),
        }),
      );
    },
  }),
  defineRoute({
    method: "GET",
    url: "/engagements/:id/briefs/new",
    kind: "page",
    access: "user",
    summary: "Write a new brief (starts from the template)",
    params: idParam,
    resource: engagementResource,
    handler: (ctx) => newBriefPage(ctx, ctx.authorize(engagementPolicy, "create-brief", ctx.record as EngagementRecord), {}),
  }),
  defineRoute({
    method: "POST",
    url: "/engagements/:id/briefs",
    kind: "page",
    access: "user",
    summary: "Save a new brief as a draft",
    params: idParam,
    resource: engagementResource,
    bodyLimit: 600 * 1024,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "create-brief", ctx.record as EngagementRecord);
      const values = ctx.body as { title?: string; markdown?: string };
      const parsed = createBriefBody.safeParse(values);
      if (!parsed.success) {
        ctx.reply.code(400);
        return newBriefPage(ctx, e, values, zodFields(parsed.error));
      }
      assertBriefSize(parsed.data.markdown);
      const { brief } = await createBrief(ctx.db, ctx.requireActor(), e, parsed.data);
      return ctx.reply.redirect(`/briefs/${brief.id}`, 303);
    },
  }),
];

export function registerEngagementPages(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
