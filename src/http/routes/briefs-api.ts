import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { saveBrief, transitionBrief } from "../../commands/briefs.js";
import { submitDeliverable } from "../../commands/deliverables.js";
import { answerQuestion, askQuestion } from "../../commands/questions.js";
import { addComment } from "../../commands/comments.js";
import { reviewDeliverable } from "../../commands/reviews.js";
import { AppError } from "../../core/errors.js";
import { findBrief, type BriefRecord } from "../../models/briefs.js";
import type { DeliverableRecord } from "../../models/deliverables.js";
import type { QuestionRecord } from "../../models/questions.js";
import { briefPolicy } from "../../policies/brief.js";
import { deliverablePolicy } from "../../policies/deliverable.js";
import { questionPolicy } from "../../policies/question.js";
import type { RouteContext } from "../route.js";
import { briefResource, deliverableResource, questionResource } from "../resources.js";
import { defineRoute, registerRoute } from "../route.js";
import { idParam } from "../schemas/common.js";
import { BRIEF_BODY_LIMIT, answerBody, briefResponse, commentBody, deliverableBody, questionBody, reviewBody, transitionBody, updateBriefBody } from "../schemas/briefs.js";
import { briefDetail, presentBrief, presentQuestion } from "./briefs-present.js";
import { assertBriefSize } from "./engagements-api.js";

/** Reads If-Match: `3`, `"3"` or `W/"3"` → 3. */
export function ifMatchVersion(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) throw new AppError(428, "precondition_required", "Send the version you edited in an If-Match header (e.g. If-Match: 3), so a stale save cannot overwrite newer text.");
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (!m) throw new AppError(400, "validation_error", "If-Match must be a version number such as 3.", { "If-Match": "Use the version number from GET /api/v1/briefs/:id." });
  return Number(m[1]);
}

async function fresh(ctx: RouteContext<any, any, any>, id: string) {
  const b = (await findBrief(ctx.db, id))!;
  ctx.reply.header("etag", `"${b.version}"`);
  return presentBrief(await briefDetail(ctx.db, b));
}

const tags = ["briefs"];

const routes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/briefs/:id",
    kind: "api",
    access: "user",
    summary: "A brief: state, version, text, checker result, criteria, questions, deliverables",
    tags,
    params: idParam,
    resource: briefResource,
    response: briefResponse,
    handler: async (ctx) => fresh(ctx, ctx.authorize(briefPolicy, "read", ctx.record as BriefRecord).id),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/v1/briefs/:id",
    kind: "api",
    access: "user",
    summary: "Save a new version (If-Match: the version edited; stale → 409 with the current text)",
    tags,
    params: idParam,
    resource: briefResource,
    body: updateBriefBody,
    bodyLimit: BRIEF_BODY_LIMIT,
    response: briefResponse,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "edit", ctx.record as BriefRecord);
      assertBriefSize(ctx.body.markdown);
      const expected = ifMatchVersion(ctx.req.headers["if-match"]);
      await saveBrief(ctx.db, ctx.requireActor(), brief, { markdown: ctx.body.markdown, expectedVersion: expected });
      return fresh(ctx, brief.id);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/briefs/:id/transitions",
    kind: "api",
    access: "user",
    summary: "Move a brief: ready, in_progress (claim), cancelled (reason), shipped (releaseRef)",
    tags,
    params: idParam,
    resource: briefResource,
    body: transitionBody,
    response: briefResponse,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "transition", ctx.record as BriefRecord);
      await transitionBrief(ctx.db, ctx.requireActor(), brief, ctx.body);
      return fresh(ctx, brief.id);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/briefs/:id/questions",
    kind: "api",
    access: "user",
    summary: "Ask a question about a brief (assigned contractor)",
    tags,
    params: idParam,
    resource: briefResource,
    body: questionBody,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "ask", ctx.record as BriefRecord);
      const q = await askQuestion(ctx.db, ctx.requireActor(), brief, ctx.body);
      ctx.reply.code(201);
      return presentQuestion(q);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/questions/:id/answer",
    kind: "api",
    access: "user",
    summary: "Answer a question; with amend, fold the answer into the brief as a new version",
    tags,
    params: idParam,
    resource: questionResource,
    body: answerBody,
    bodyLimit: BRIEF_BODY_LIMIT,
    handler: async (ctx) => {
      const q = ctx.authorize(questionPolicy, "answer", ctx.record as QuestionRecord);
      if (ctx.body.amend) assertBriefSize(ctx.body.amend.markdown);
      const out = await answerQuestion(ctx.db, ctx.requireActor(), q, ctx.body);
      return { question: presentQuestion(out.question), briefVersion: out.version };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/briefs/:id/deliverables",
    kind: "api",
    access: "user",
    summary: "Submit a round: links, notes, evidence per acceptance criterion → in_review",
    tags,
    params: idParam,
    resource: briefResource,
    body: deliverableBody,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "transition", ctx.record as BriefRecord);
      const d = await submitDeliverable(ctx.db, ctx.requireActor(), brief, ctx.body);
      ctx.reply.code(201);
      return { id: d.id, round: d.round, briefVersion: d.brief_version, state: d.state, brief: await fresh(ctx, brief.id) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/deliverables/:id/review",
    kind: "api",
    access: "user",
    summary: "Review a round: a verdict per criterion; any changes → changes_requested, all accepted → accepted",
    tags,
    params: idParam,
    resource: deliverableResource,
    body: reviewBody,
    handler: async (ctx) => {
      const d = ctx.authorize(deliverablePolicy, "review", ctx.record as DeliverableRecord);
      const review = await reviewDeliverable(ctx.db, ctx.requireActor(), d, ctx.body);
      return { id: review.id, outcome: review.outcome, brief: await fresh(ctx, d.brief_id) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/briefs/:id/comments",
    kind: "api",
    access: "user",
    summary: "Comment on a brief (Markdown, @mentions)",
    tags,
    params: idParam,
    resource: briefResource,
    body: commentBody,
    response: z.object({ id: z.string(), mentions: z.array(z.string()) }),
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "comment", ctx.record as BriefRecord);
      const c = await addComment(ctx.db, ctx.requireActor(), brief, ctx.body.markdown);
      ctx.reply.code(201);
      return { id: c.id, mentions: JSON.parse(c.mentions) as string[] };
    },
  }),
];

export function registerBriefApi(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
