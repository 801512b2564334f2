import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Actor } from "../../core/actor.js";
import { isClient } from "../../core/actor.js";
import { briefsInStates } from "../../models/briefs.js";
import { findEngagement, type EngagementRecord } from "../../models/engagements.js";
import { openQuestionsFor } from "../../models/questions.js";
import { openMentionsFor } from "../../models/mentions.js";
import { isReviewer } from "../../policies/engagement.js";
import type { Db } from "../../storage/database.js";
import { defineRoute, registerRoute, type RouteContext } from "../route.js";
import { dismissMention } from "../../commands/comments.js";
import type { Mention } from "../../models/mentions.js";
import { mentionPolicy } from "../../policies/mention.js";
import { mentionResource } from "../resources.js";
import { idParam } from "../schemas/common.js";
import { staffQueue, staffQueueResponse } from "./inbox-staff.js";
import { page } from "../views/page.js";
import { inboxView } from "../views/work/inbox.js";
import { withDueTimes, type DueItem } from "../../commands/clocks.js";
import { dueItemResponse } from "../schemas/clocks.js";

/** Kinds of things that wait on someone. */
export type InboxKind = "review" | "question" | "ship" | "claim" | "feedback" | "work" | "mention";

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
  /** Mentions: the inbox item to dismiss, and who wrote the comment. */
  mentionId?: string;
  by?: string;
  url: string;
  /** The due time of the clock the caller owes for it (views/time), when one runs. */
  due?: DueItem;
}

/** The first 200 characters of a comment, on one line. */
const excerpt = (markdown: string): string => {
  const line = markdown.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

/**
 * What waits on the actor, oldest first: reviews to do, questions to answer and
 * accepted briefs to ship (client people); briefs ready to claim, feedback to
 * address and claimed work (contractors); comments that mention them (anyone)
 * until they open the brief or dismiss the item.
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
  for (const m of await openMentionsFor(db, actor)) {
    items.push({
      kind: "mention",
      briefId: m.brief_id,
      briefTitle: m.brief_title,
      engagementId: m.engagement_id,
      engagementTitle: m.engagement_title,
      since: m.created_at,
      text: excerpt(m.markdown),
      mentionId: m.id,
      by: m.author_name,
      url: `/briefs/${m.brief_id}#comment-${m.comment_id}`,
    });
  }
  if (actor.role === "contractor") {
    for (const b of await briefsInStates(db, actor, ["ready"], { assignedAs: "contractor" })) push("claim", b);
    for (const b of await briefsInStates(db, actor, ["changes_requested"], { assignedAs: "contractor", claimedBy: actor.id })) push("feedback", b);
    for (const b of await briefsInStates(db, actor, ["in_progress"], { assignedAs: "contractor", claimedBy: actor.id })) push("work", b);
  }
  return items.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

const item = z.object({
  kind: z.enum(["review", "question", "ship", "claim", "feedback", "work", "mention"]),
  briefId: z.string(),
  briefTitle: z.string(),
  engagementId: z.string(),
  engagementTitle: z.string(),
  since: z.string(),
  text: z.string().optional(),
  questionId: z.string().optional(),
  /** Mentions: POST /api/v1/mentions/:id/dismiss with this id clears the item. */
  mentionId: z.string().optional(),
  /** Mentions: the comment's author. */
  by: z.string().optional(),
  url: z.string(),
  due: dueItemResponse.optional(),
});

/** POST …/mentions/:id/dismiss: only the person mentioned; a second dismiss changes nothing. */
const dismiss = (ctx: RouteContext<any, any, any>) => dismissMention(ctx.db, ctx.requireActor(), ctx.authorize(mentionPolicy, "dismiss", ctx.record as Mention));

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/me/inbox",
    kind: "api",
    access: "user",
    summary: "What waits on me, oldest first",
    tags: ["inbox"],
    response: z.object({ items: z.array(item), staff: staffQueueResponse.optional() }),
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      const items = await withDueTimes(ctx.db, actor, await inboxFor(ctx.db, actor), ctx.now);
      return { items, ...(actor.role === "staff" ? { staff: await staffQueue(ctx.db, ctx.now) } : {}) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/inbox",
    kind: "page",
    access: "user",
    summary: "What waits on me",
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      const items = await withDueTimes(ctx.db, actor, await inboxFor(ctx.db, actor), ctx.now);
      const staff = actor.role === "staff" ? await staffQueue(ctx.db, ctx.now) : undefined;
      return page(ctx, { title: "Inbox", nav: "inbox" }, inboxView(actor, items, ctx.now, ctx.csrfToken(), staff));
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/mentions/:id/dismiss",
    kind: "api",
    access: "user",
    summary: "Dismiss a mention from my inbox without opening the brief",
    tags: ["inbox"],
    params: idParam,
    resource: mentionResource,
    response: z.object({ dismissed: z.boolean() }),
    handler: async (ctx) => ({ dismissed: await dismiss(ctx) }),
  }),
  defineRoute({
    method: "POST",
    url: "/mentions/:id/dismiss",
    kind: "page",
    access: "user",
    summary: "Dismiss a mention from my inbox",
    params: idParam,
    resource: mentionResource,
    handler: async (ctx) => {
      await dismiss(ctx);
      return ctx.reply.redirect("/inbox", 303);
    },
  }),
];

export function registerInboxRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
