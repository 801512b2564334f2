import type { FastifyInstance } from "fastify";
import { allChannels } from "../../models/channels.js";
import { countByState, listMessages, replayDead, type OutboxMessage } from "../../models/outbox.js";
import { deliveryPolicy } from "../../policies/channel.js";
import { deliveryResource } from "../resources.js";
import { defineRoute, registerRoute, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { deliveriesQuery } from "../schemas/channels.js";
import { deliveriesPage } from "../views/outbox/deliveries.js";
import { page } from "../views/page.js";

const PAGE_SIZE = 100;

async function render(ctx: RouteContext<any, any, any>, q: { state?: OutboxMessage["state"]; kind?: OutboxMessage["kind"]; channel?: string; page?: number }, notice?: string) {
  const pageNo = q.page ?? 1;
  const rows = await listMessages(ctx.db, { state: q.state, kind: q.kind, channelId: q.channel || undefined, limit: PAGE_SIZE + 1, offset: (pageNo - 1) * PAGE_SIZE });
  const channels = await allChannels(ctx.db);
  const counts = await countByState(ctx.db, q.channel || undefined);
  return page(
    ctx,
    { title: "Deliveries", nav: "deliveries" },
    deliveriesPage({ messages: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE, channels, counts, filter: { state: q.state, kind: q.kind, channel: q.channel, page: pageNo }, csrf: ctx.csrfToken(), notice }),
  );
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/staff/deliveries",
    kind: "page",
    access: "staff",
    summary: "Every outgoing message: state, attempts, last status and error (staff)",
    tags: ["delivery"],
    query: deliveriesQuery,
    handler: (ctx) => render(ctx, ctx.query),
  }),
  defineRoute({
    method: "POST",
    url: "/staff/deliveries/:id/replay",
    kind: "page",
    access: "staff",
    summary: "Queue one dead-lettered message again (staff)",
    tags: ["delivery"],
    params: idParam,
    resource: deliveryResource,
    handler: async (ctx) => {
      const m = ctx.authorize(deliveryPolicy, "replay", ctx.record as OutboxMessage);
      const n = await replayDead(ctx.db, { id: m.id }, ctx.now);
      return render(ctx, { channel: m.channel_id ?? undefined }, n ? "The message is queued again." : "That message is not dead-lettered: nothing to replay.");
    },
  }),
];

export function registerDeliveryRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
