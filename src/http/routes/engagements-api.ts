import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createBrief } from "../../commands/briefs.js";
import { createEngagement } from "../../commands/engagements.js";
import type { Actor } from "../../core/actor.js";
import { AppError } from "../../core/errors.js";
import { listBriefs } from "../../models/briefs.js";
import { engagementEvents, engagementPeople, findEngagement, listEngagementsFor, type EngagementRecord } from "../../models/engagements.js";
import type { Db } from "../../storage/database.js";
import { engagementPolicy } from "../../policies/engagement.js";
import { engagementResource } from "../resources.js";
import { defineRoute, registerRoute } from "../route.js";
import { idParam } from "../schemas/common.js";
import { BRIEF_BODY_LIMIT, MAX_BRIEF_BYTES, briefResponse, createBriefBody } from "../schemas/briefs.js";
import { auditQuery, auditResponse, createEngagementBody, engagementResponse } from "../schemas/engagements.js";
import { briefDetail, presentBrief, presentBriefRow, presentEngagement } from "./briefs-present.js";

/** Refuses brief text over the limit with 413, whatever its encoding did to the body size. */
export function assertBriefSize(markdown: string): void {
  if (Buffer.byteLength(markdown, "utf8") > MAX_BRIEF_BYTES) {
    throw new AppError(413, "payload_too_large", "The brief is larger than 512 KB: split it into several briefs.");
  }
}

async function engagementWithBriefs(db: Db, e: EngagementRecord) {
  const [people, briefs] = await Promise.all([engagementPeople(db, e), listBriefs(db, e.id)]);
  return {
    ...presentEngagement(e),
    people: people.map((p) => ({ id: p.id, name: p.name, role: p.role, timezone: p.timezone, parts: p.parts })),
    briefs: briefs.map(presentBriefRow),
  };
}

/** One audit row per event, in the engagement's total order. */
export interface AuditRow {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
}

/**
 * The engagement's audit rows; with `briefId`, only that brief's events (its
 * timeline). Contractors never see drafts, so for them the events of briefs
 * that were never ready are left out too.
 */
export async function auditRows(db: Db, e: EngagementRecord, briefId?: string, reader?: Actor): Promise<AuditRow[]> {
  const briefOf = (x: { data: string }) => (JSON.parse(x.data) as { briefId?: string }).briefId;
  let events = await engagementEvents(db, e);
  if (briefId) events = events.filter((x) => briefOf(x) === briefId);
  if (reader?.role === "contractor") {
    const hidden = new Set((await listBriefs(db, e.id)).filter((b) => b.ready_at === null).map((b) => b.id));
    events = events.filter((x) => !hidden.has(briefOf(x) ?? ""));
  }
  const actorIds = [...new Set(events.map((x) => x.actor_id).filter((x): x is string => !!x))];
  const names = new Map(
    actorIds.length ? (await db.selectFrom("users").select(["id", "name"]).where("id", "in", actorIds).execute()).map((u) => [u.id, u.name]) : [],
  );
  return events.map((x, i) => ({
    seq: i + 1,
    at: x.created_at,
    actorId: x.actor_id,
    actorName: x.actor_id ? (names.get(x.actor_id) ?? null) : null,
    action: x.action,
    entityType: x.entity_type,
    entityId: x.entity_id,
    summary: x.summary,
  }));
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function toCsv(rows: AuditRow[]): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = ["seq", "at", "actor_id", "actor", "action", "entity_type", "entity_id", "summary"];
  const lines = rows.map((r) => [r.seq, r.at, r.actorId, r.actorName, r.action, r.entityType, r.entityId, r.summary].map(cell).join(","));
  return [head.join(","), ...lines].join("\r\n") + "\r\n";
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/engagements",
    kind: "api",
    access: "user",
    summary: "Engagements I may see",
    tags: ["engagements"],
    response: z.object({ engagements: z.array(engagementResponse) }),
    handler: async (ctx) => {
      const list = await listEngagementsFor(ctx.db, ctx.requireActor());
      return { engagements: list.map((e) => presentEngagement({ ...e, people: [] })) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/engagements",
    kind: "api",
    access: "staff",
    summary: "Open an engagement for a client organisation (staff)",
    tags: ["engagements"],
    body: createEngagementBody,
    response: engagementResponse,
    handler: async (ctx) => {
      const e = await createEngagement(ctx.db, ctx.requireActor(), ctx.body);
      ctx.reply.code(201);
      return engagementWithBriefs(ctx.db, e);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/engagements/:id",
    kind: "api",
    access: "user",
    summary: "An engagement with its briefs and people",
    tags: ["engagements"],
    params: idParam,
    resource: engagementResource,
    response: engagementResponse,
    handler: async (ctx) => engagementWithBriefs(ctx.db, ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord)),
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/engagements/:id/briefs",
    kind: "api",
    access: "user",
    summary: "Write a brief: it starts in draft at version 1",
    tags: ["briefs"],
    params: idParam,
    resource: engagementResource,
    body: createBriefBody,
    bodyLimit: BRIEF_BODY_LIMIT,
    response: briefResponse,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "create-brief", ctx.record as EngagementRecord);
      assertBriefSize(ctx.body.markdown);
      const { brief } = await createBrief(ctx.db, ctx.requireActor(), e, ctx.body);
      ctx.reply.code(201);
      return presentBrief(await briefDetail(ctx.db, { ...brief, engagement: e }));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/engagements/:id/audit",
    kind: "api",
    access: "user",
    summary: "The engagement's events in order (?format=json|csv)",
    tags: ["engagements"],
    params: idParam,
    query: auditQuery,
    resource: engagementResource,
    response: auditResponse,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "audit", ctx.record as EngagementRecord);
      const rows = await auditRows(ctx.db, (await findEngagement(ctx.db, e.id))!, undefined, ctx.requireActor());
      if (ctx.query.format === "csv") {
        return ctx.reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="engagement-${e.id}-audit.csv"`)
          .send(toCsv(rows));
      }
      return { events: rows };
    },
  }),
];

export function registerEngagementApi(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
