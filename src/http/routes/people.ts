import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { changeTimeProfile } from "../../commands/clocks.js";
import { isWorkingNow, localTimeNow, usesDefaultHours } from "../../core/hours/index.js";
import { zoneOn } from "../../core/clocks/index.js";
import { engagementPeople, type EngagementRecord } from "../../models/engagements.js";
import { personFromUser, timeProfileOf } from "../../models/people.js";
import { findUserById } from "../../models/users.js";
import { engagementPolicy } from "../../policies/engagement.js";
import { userPolicy } from "../../policies/user.js";
import { validationError } from "../../core/errors.js";
import { engagementResource } from "../resources.js";
import { defineRoute, registerRoute } from "../route.js";
import { idParam } from "../schemas/common.js";
import { timeProfileBody, toTimeProfile } from "../schemas/people.js";
import { peopleNow } from "../views/time/people-panel.js";
import { clockPolicyRoutes } from "./clock-policy.js";
import { digestRoutes } from "./digest.js";
import { handoffNoteRoutes } from "./handoff-notes.js";

const profileResponse = z.object({
  timezone: z.string(),
  workingHours: z.unknown(),
  holidayCountry: z.string().nullable(),
  timeOff: z.array(z.object({ from: z.string(), to: z.string() })),
  travel: z.array(z.object({ from: z.string(), to: z.string(), zone: z.string() })),
  defaultHours: z.boolean(),
  localTime: z.string(),
  zoneNow: z.string(),
  workingNow: z.boolean(),
});

async function presentProfile(ctx: { db: import("../../storage/database.js").Db; now: number }, userId: string) {
  const u = (await findUserById(ctx.db, userId))!;
  const t = timeProfileOf(u);
  const p = personFromUser(u);
  const zone = zoneOn(p, ctx.now);
  return { ...t, defaultHours: usesDefaultHours(p), localTime: localTimeNow(zone, ctx.now).label, zoneNow: zone, workingNow: isWorkingNow(p, ctx.now) };
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/me/profile",
    kind: "api",
    access: "user",
    summary: "My zone, working hours, holiday country, time off and travel, with my local time now",
    tags: ["people"],
    response: profileResponse,
    handler: async (ctx) => {
      ctx.authorize(userPolicy, "read", await findUserById(ctx.db, ctx.requireActor().id));
      return presentProfile(ctx, ctx.requireActor().id);
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/v1/me/profile",
    kind: "api",
    access: "user",
    summary: "Set my zone, working hours, holiday country, time off and travel; clocks I owe keep their remaining time",
    tags: ["people"],
    body: timeProfileBody,
    response: profileResponse,
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      ctx.authorize(userPolicy, "update", await findUserById(ctx.db, actor.id));
      const parsed = toTimeProfile(ctx.body);
      if ("fields" in parsed) throw validationError(parsed.fields);
      await changeTimeProfile(ctx.db, actor, parsed.profile, ctx.now);
      return presentProfile(ctx, actor.id);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/engagements/:id/people",
    kind: "api",
    access: "user",
    summary: "People on an engagement: local time now, working now, and pairwise shared hours over the next 14 days",
    tags: ["people"],
    params: idParam,
    resource: engagementResource,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementPolicy, "read", ctx.record as EngagementRecord);
      return peopleNow(await engagementPeople(ctx.db, e), ctx.now);
    },
  }),
];

/** Profiles' time fields, engagement people, clock policy, handoff notes, due times and digests. */
export function registerPeopleRoutes(app: FastifyInstance): void {
  for (const r of [...routes, ...clockPolicyRoutes, ...handoffNoteRoutes, ...digestRoutes]) registerRoute(app, r);
}
