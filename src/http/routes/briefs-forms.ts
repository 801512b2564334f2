import type { FastifyInstance } from "fastify";
import { transitionBrief } from "../../commands/briefs.js";
import { submitDeliverable } from "../../commands/deliverables.js";
import { answerQuestion, askQuestion } from "../../commands/questions.js";
import { addComment } from "../../commands/comments.js";
import { reviewDeliverable } from "../../commands/reviews.js";
import { AppError } from "../../core/errors.js";
import type { BriefRecord } from "../../models/briefs.js";
import type { DeliverableRecord } from "../../models/deliverables.js";
import type { QuestionRecord } from "../../models/questions.js";
import { briefPolicy } from "../../policies/brief.js";
import { deliverablePolicy } from "../../policies/deliverable.js";
import { questionPolicy } from "../../policies/question.js";
import { briefResource, deliverableResource, questionResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { answerBody, commentBody, deliverableBody, questionBody, reviewBody, transitionBody } from "../schemas/briefs.js";
import { briefPage, editPage, stalePage } from "./briefs-pages.js";
import { assertBriefSize } from "./engagements-api.js";

type Ctx = RouteContext<any, any, any>;
type Form = Record<string, string | undefined>;

/**
 * Runs a form's command; on success redirects to the brief (post/redirect/get),
 * on a refusal re-renders the brief page with the message and the typed values.
 */
async function run(ctx: Ctx, briefId: string, values: Form, fn: () => Promise<unknown>, anchor = "") {
  try {
    await fn();
    return ctx.reply.redirect(`/briefs/${briefId}${anchor}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.status >= 500) throw err;
    ctx.reply.code(err.status);
    return briefPage(ctx, briefId, { errors: err.fields ?? { _: err.message }, values: values as Record<string, string> });
  }
}

const invalid = async (ctx: Ctx, briefId: string, values: Form, error: import("zod").ZodError) => {
  ctx.reply.code(400);
  return briefPage(ctx, briefId, { errors: zodFields(error), values: values as Record<string, string> });
};

/** Fields named "prefix.<id>" → [{id, value}]. */
const keyed = (form: Form, prefix: string) =>
  Object.entries(form)
    .filter(([k]) => k.startsWith(`${prefix}.`))
    .map(([k, v]) => ({ id: k.slice(prefix.length + 1), value: String(v ?? "") }));

const routes = [
  defineRoute({
    method: "POST",
    url: "/briefs/:id/transition",
    kind: "page",
    access: "user",
    summary: "Move a brief (form)",
    params: idParam,
    resource: briefResource,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "transition", ctx.record as BriefRecord);
      const f = ctx.body as Form;
      const parsed = transitionBody.safeParse({ to: f.to, reason: f.reason || undefined, releaseRef: f.releaseRef || undefined });
      if (!parsed.success) return invalid(ctx, brief.id, f, parsed.error);
      return run(ctx, brief.id, f, () => transitionBrief(ctx.db, ctx.requireActor(), brief, parsed.data));
    },
  }),
  defineRoute({
    method: "POST",
    url: "/briefs/:id/questions",
    kind: "page",
    access: "user",
    summary: "Ask a question (form)",
    params: idParam,
    resource: briefResource,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "ask", ctx.record as BriefRecord);
      const f = ctx.body as Form;
      const parsed = questionBody.safeParse({ text: f.text, line: f.line ? Number(f.line) : null });
      if (!parsed.success) return invalid(ctx, brief.id, f, parsed.error);
      return run(ctx, brief.id, f, () => askQuestion(ctx.db, ctx.requireActor(), brief, parsed.data), "#questions-h");
    },
  }),
  defineRoute({
    method: "POST",
    url: "/questions/:id/answer",
    kind: "page",
    access: "user",
    summary: "Answer a question, optionally folding it into the brief (form)",
    params: idParam,
    resource: questionResource,
    bodyLimit: 600 * 1024,
    handler: async (ctx) => {
      const q = ctx.authorize(questionPolicy, "answer", ctx.record as QuestionRecord);
      const f = ctx.body as Form;
      const amend = f.markdown !== undefined ? { markdown: f.markdown, version: Number(f.version) } : undefined;
      const parsed = answerBody.safeParse({ text: f.text, amend });
      if (!parsed.success) {
        if (!amend) return invalid(ctx, q.brief_id, f, parsed.error);
        ctx.reply.code(400);
        return editPage(ctx, q.brief, { questionId: q.id, markdown: f.markdown, question: { id: q.id, text: q.text, line: q.line, answer: f.text ?? "" }, errors: zodFields(parsed.error) });
      }
      if (parsed.data.amend) assertBriefSize(parsed.data.amend.markdown);
      try {
        await answerQuestion(ctx.db, ctx.requireActor(), q, parsed.data);
      } catch (err) {
        if (err instanceof AppError && err.id === "stale_version") {
          return stalePage(ctx, q.brief_id, err, { questionId: q.id, question: { id: q.id, text: q.text, line: q.line, answer: f.text ?? "" } });
        }
        if (err instanceof AppError && err.status < 500) {
          ctx.reply.code(err.status);
          return briefPage(ctx, q.brief_id, { errors: err.fields ?? { _: err.message } });
        }
        throw err;
      }
      return ctx.reply.redirect(`/briefs/${q.brief_id}#question-${q.id}`, 303);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/briefs/:id/deliverables",
    kind: "page",
    access: "user",
    summary: "Submit a deliverable (form)",
    params: idParam,
    resource: briefResource,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "transition", ctx.record as BriefRecord);
      const f = ctx.body as Form;
      const parsed = deliverableBody.safeParse({
        links: (f.links ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
        notes: f.notes ?? "",
        evidence: keyed(f, "evidence").map((e) => ({ criterionId: e.id, text: e.value })),
      });
      if (!parsed.success) return invalid(ctx, brief.id, f, parsed.error);
      return run(ctx, brief.id, f, () => submitDeliverable(ctx.db, ctx.requireActor(), brief, parsed.data), "#rounds-h");
    },
  }),
  defineRoute({
    method: "POST",
    url: "/deliverables/:id/review",
    kind: "page",
    access: "user",
    summary: "Review a round (form)",
    params: idParam,
    resource: deliverableResource,
    handler: async (ctx) => {
      const d = ctx.authorize(deliverablePolicy, "review", ctx.record as DeliverableRecord);
      const f = ctx.body as Form;
      const parsed = reviewBody.safeParse({
        criteria: keyed(f, "verdict").map((v) => ({ criterionId: v.id, verdict: v.value, comment: f[`comment.${v.id}`] ?? "" })),
        summary: f.summary ?? "",
      });
      if (!parsed.success) return invalid(ctx, d.brief_id, f, parsed.error);
      return run(ctx, d.brief_id, f, () => reviewDeliverable(ctx.db, ctx.requireActor(), d, parsed.data), "#rounds-h");
    },
  }),
  defineRoute({
    method: "POST",
    url: "/briefs/:id/comments",
    kind: "page",
    access: "user",
    summary: "Comment on a brief (form)",
    params: idParam,
    resource: briefResource,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "comment", ctx.record as BriefRecord);
      const f = ctx.body as Form;
      const parsed = commentBody.safeParse({ markdown: f.markdown });
      if (!parsed.success) return invalid(ctx, brief.id, f, parsed.error);
      return run(ctx, brief.id, f, () => addComment(ctx.db, ctx.requireActor(), brief, parsed.data.markdown), "#comments-h");
    },
  }),
];

export function registerBriefForms(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
