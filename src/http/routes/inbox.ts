import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Actor } from "../../core/actor.js";
import { isClient } from "../../core/actor.js";
import { briefsInStates } from "../../models/briefs.js";
import { findEngagement, type EngagementRecord } from "../../models/engagements.js";
import { openQuestionsFor } from "../../models/questions.js";
import { isReviewer } from "../../policies/engagement.js";
import type { Db } from "../../storage/database.js";
import { defineRoute, registerRoute } from "../route.js";
import { page } from "../views/page.js";
import { inboxView } from "../views/work/inbox.js";
import { withDueTimes, type DueItem } from "../../commands/clocks.js";
import { dueItemResponse } from "../schemas/clocks.js";

/** Kinds of things that wait on someone. */
export type InboxKind = "review" | "question" | "ship" | "claim" | "feedback" | "work";

/** One thing waiting on the caller. */
export interface InboxItem {
  kind: InboxKind;
  briefId: string;
  briefTitle: string;
  engagementId: string;
  engagementTitle: string;
  /** Since when it has waited (ISO). */
  since: string;
  /** Question text, for questions. */
  text?: string;
  questionId?: string;
  url: string;
  /** The due time of the clock the caller owes for it (views/time), when one runs. */
  due?: DueItem;
}

/**
 * What waits on the actor, oldest first: reviews to do, questions to answer and
 * accepted briefs to ship (client people); briefs ready to claim, feedback to
 * address and claimed work (contractors).
 */
export async function inboxFor(db: Db, actor: Actor): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  const engagements = new Map<string, EngagementRecord | undefined>();
  const engagement = async (id: string) => {
    if (!engagements.has(id)) engagements.set(id, await findEngagement(db, id));
    return engagements.get(id);
  };
  const push = (kind: InboxKind, b: { id: string; title: string; engagement_id: string; engagement_title: string; state_changed_at: string }) =>
    items.push({ kind, briefId: b.id, briefTitle: b.title, engagementId: b.engagement_id, engagementTitle: b.engagement_title, since: b.state_changed_at, url: `/briefs/${b.id}` });
  if (isClient(actor)) {
    for (const b of await briefsInStates(db, actor, ["in_review"])) {
      const e = await engagement(b.engagement_id);
      if (e && isReviewer(actor, e)) push("review", b);
    }
    for (const b of await briefsInStates(db, actor, ["accepted"])) push("ship", b);
    for (const q of await openQuestionsFor(db, actor)) {
      const e = await engagement(q.engagement_id);
      items.push({
        kind: "question",
        briefId: q.brief_id,
        briefTitle: q.brief_title,
        engagementId: q.engagement_id,
        engagementTitle: e?.title ?? "",
        since: q.created_at,
        text: q.text,
        questionId: q.id,
        url: `/briefs/${q.brief_id}#question-${q.id}`,
      });
    }
  }
  if (actor.role === "contractor") {
    for (const b of await briefsInStates(db, actor, ["ready"], { assignedAs: "contractor" })) push("claim", b);
    for (const b of await briefsInStates(db, actor, ["changes_requested"], { assignedAs: "contractor", claimedBy: actor.id })) push("feedback", b);
    for (const b of await briefsInStates(db, actor, ["in_progress"], { assignedAs: "contractor", claimedBy: actor.id })) push("work", b);
  }
  return items.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

const item = z.object({
  kind: z.enum(["review", "question", "ship", "claim", "feedback", "work"]),
  briefId: z.string(),
  briefTitle: z.string(),
  engagementId: z.string(),
  engagementTitle: z.string(),
  since: z.string(),
  text: z.string().optional(),
  questionId: z.string().optional(),
  url: z.string(),
  due: dueItemResponse.optional(),
});

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/me/inbox",
    kind: "api",
    access: "user",
    summary: "What waits on me, oldest first",
    tags: ["inbox"],
    response: z.object({ items: z.array(item) }),
    handler: async (ctx) => ({ items: await withDueTimes(ctx.db, ctx.requireActor(), await inboxFor(ctx.db, ctx.requireActor()), ctx.now) }),
  }),
  defineRoute({
    method: "GET",
    url: "/inbox",
    kind: "page",
    access: "user",
    summary: "What waits on me",
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      return page(ctx, { title: "Inbox", nav: "inbox" }, inboxView(actor, await withDueTimes(ctx.db, actor, await inboxFor(ctx.db, actor), ctx.now), ctx.now));
    },
  }),
];

export function registerInboxRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
