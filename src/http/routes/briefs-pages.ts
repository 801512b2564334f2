import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { briefParties, saveBrief } from "../../commands/briefs.js";
import { clearMentionsOnOpen } from "../../commands/comments.js";
import { AppError } from "../../core/errors.js";
import { findBrief, findVersion, type BriefRecord } from "../../models/briefs.js";
import { findQuestion } from "../../models/questions.js";
import { allowed } from "../../policies/authorize.js";
import { briefPolicy } from "../../policies/brief.js";
import { questionPolicy } from "../../policies/question.js";
import type { Db } from "../../storage/database.js";
import { html } from "../html.js";
import { briefResource } from "../resources.js";
import { defineRoute, registerRoute, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { updateBriefBody, versionParams } from "../schemas/briefs.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { briefView } from "../views/work/brief.js";
import { nameOf, when, type PeopleIndex } from "../views/work/common.js";
import { renderDiff } from "../views/work/diff.js";
import { editorView, type EditorData } from "../views/work/editor.js";
import { briefDetail } from "./briefs-present.js";
import { briefTimeSection } from "./handoff-notes.js";
import { assertBriefSize, auditRows } from "./engagements-api.js";

type Ctx = RouteContext<any, any, any>;

/** Names and zones of everyone a page mentions. */
export async function peopleIndex(db: Db, ids: (string | null | undefined)[]): Promise<PeopleIndex> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom("users").select(["id", "name", "timezone"]).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, timezone: r.timezone }]));
}

/** Renders the brief page for the reader, optionally with form errors or a notice. */
export async function briefPage(ctx: Ctx, briefId: string, extra: { errors?: FieldErrors; values?: Record<string, string>; notice?: string } = {}) {
  const actor = ctx.requireActor();
  const brief = ctx.authorize(briefPolicy, "read", await findBrief(ctx.db, briefId));
  // Opening the brief is what a mention asked for: it leaves the reader's inbox.
  await clearMentionsOnOpen(ctx.db, actor, brief.id);
  const detail = await briefDetail(ctx.db, brief);
  const people = await peopleIndex(ctx.db, [
    brief.claimed_by,
    brief.ready_override_by,
    ...detail.people.map((p) => p.id),
    ...detail.questions.flatMap((q) => [q.author_id, q.answered_by]),
    ...detail.deliverables.flatMap((d) => [d.author_id, d.review?.reviewer_id]),
    ...detail.comments.map((c) => c.author_id),
  ]);
  return page(
    ctx,
    { title: brief.title, nav: "engagements", scripts: ["work-shortcuts.js"] },
    briefView(actor, {
      detail,
      parties: briefParties(actor, brief, brief.engagement),
      canEdit: allowed(briefPolicy, actor, "edit", brief),
      canAnswer: actor.role === "staff" || (actor.orgId === brief.org_id && actor.role !== "contractor"),
      canAsk: allowed(briefPolicy, actor, "ask", brief),
      people,
      events: await auditRows(ctx.db, brief.engagement, brief.id),
      csrf: ctx.csrfToken(),
      timeSection: await briefTimeSection(ctx, brief),
      ...extra,
    }),
  );
}

/** The editor page for an existing brief (a save, a stale save, or folding in an answer). */
export async function editPage(ctx: Ctx, brief: BriefRecord, opts: Partial<EditorData> & { questionId?: string } = {}) {
  const current = await findVersion(ctx.db, brief.id, brief.version);
  let question: EditorData["question"];
  let action = `/briefs/${brief.id}/edit`;
  if (opts.questionId) {
    const q = ctx.authorize(questionPolicy, "answer", await findQuestion(ctx.db, opts.questionId));
    if (q.brief_id !== brief.id) throw new AppError(404, "not_found", "No question with that id on this brief.");
    question = opts.question ?? { id: q.id, text: q.text, line: q.line, answer: "" };
    action = `/questions/${q.id}/answer`;
  }
  return page(
    ctx,
    { title: `Edit ${brief.title}`, nav: "engagements", scripts: ["brief-editor.js"] },
    editorView({
      heading: question ? `Answer and fold into "${brief.title}"` : `Edit "${brief.title}"`,
      action,
      back: { href: `/briefs/${brief.id}`, label: brief.title },
      csrf: ctx.csrfToken(),
      markdown: current?.markdown ?? "",
      version: brief.version,
      submitLabel: question ? "Answer and save the brief" : `Save version ${brief.version + 1}`,
      ...opts,
      question,
    }),
  );
}

/** After a stale save: the editor with both texts. */
export async function stalePage(ctx: Ctx, briefId: string, err: AppError, base: Partial<EditorData> & { questionId?: string } = {}) {
  const fresh = (await findBrief(ctx.db, briefId))!;
  const cur = err.extra?.current as { version: number; markdown: string; authorId?: string };
  const who = await peopleIndex(ctx.db, [cur.authorId]);
  ctx.reply.code(409);
  return editPage(ctx, fresh, { ...base, markdown: String(err.extra?.yours ?? ""), version: cur.version, stale: { version: cur.version, theirs: cur.markdown, by: nameOf(who, cur.authorId) } });
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/briefs/:id",
    kind: "page",
    access: "user",
    summary: "A brief: document, findings, questions, rounds, timeline",
    params: idParam,
    resource: briefResource,
    handler: (ctx) => briefPage(ctx, (ctx.record as BriefRecord).id),
  }),
  defineRoute({
    method: "GET",
    url: "/briefs/:id/edit",
    kind: "page",
    access: "user",
    summary: "Edit a brief (or fold an answer into it with ?question=)",
    params: idParam,
    query: z.object({ question: z.string().max(64).optional() }),
    resource: briefResource,
    handler: (ctx) => editPage(ctx, ctx.authorize(briefPolicy, "edit", ctx.record as BriefRecord), { questionId: ctx.query.question }),
  }),
  defineRoute({
    method: "POST",
    url: "/briefs/:id/edit",
    kind: "page",
    access: "user",
    summary: "Save a new version of a brief",
    params: idParam,
    resource: briefResource,
    bodyLimit: 600 * 1024,
    handler: async (ctx) => {
      const brief = ctx.authorize(briefPolicy, "edit", ctx.record as BriefRecord);
      const body = ctx.body as { markdown?: string; version?: string };
      const parsed = updateBriefBody.safeParse(body);
      const version = Number(body.version);
      if (!parsed.success || !Number.isInteger(version) || version < 1) {
        ctx.reply.code(400);
        return editPage(ctx, brief, { markdown: body.markdown ?? "", errors: parsed.success ? { markdown: "Reload the page: the form lost its version." } : { markdown: Object.values(parsed.error.issues)[0]?.message ?? "Check the text." } });
      }
      assertBriefSize(parsed.data.markdown);
      try {
        await saveBrief(ctx.db, ctx.requireActor(), brief, { markdown: parsed.data.markdown, expectedVersion: version });
      } catch (err) {
        if (err instanceof AppError && err.id === "stale_version") return stalePage(ctx, brief.id, err);
        throw err;
      }
      return ctx.reply.redirect(`/briefs/${brief.id}`, 303);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/briefs/:id/versions/:n",
    kind: "page",
    access: "user",
    summary: "One version of a brief with its diff against the previous one",
    params: versionParams,
    resource: briefResource,
    handler: async (ctx) => {
      const actor = ctx.requireActor();
      const brief = ctx.authorize(briefPolicy, "read", ctx.record as BriefRecord);
      const n = ctx.params.n as number;
      const v = await findVersion(ctx.db, brief.id, n);
      if (!v) throw new AppError(404, "not_found", `This brief has no version ${n}.`);
      const prev = n > 1 ? await findVersion(ctx.db, brief.id, n - 1) : undefined;
      const who = await peopleIndex(ctx.db, [v.author_id]);
      return page(
        ctx,
        { title: `${brief.title}, version ${n}`, nav: "engagements" },
        html`<article>
  <p><a href="/briefs/${brief.id}">← ${brief.title}</a></p>
  <h1>Version ${n} of "${brief.title}"</h1>
  <p class="hint">Saved by ${nameOf(who, v.author_id)} ${when(v.created_at, actor.timezone)}${v.question_id ? " folding in an answer" : ""}.</p>
  <nav aria-label="Versions" class="versions">${Array.from({ length: brief.version }, (_, i) => i + 1).map((k) => (k === n ? html`<strong aria-current="page">v${k}</strong> ` : html`<a href="/briefs/${brief.id}/versions/${k}">v${k}</a> `))}</nav>
  <h2>Changes from version ${n - 1 || "—"}</h2>
  ${prev ? renderDiff(prev.markdown, v.markdown, `Changes from version ${n - 1}`) : html`<p class="hint">The first version.</p>`}
  <h2>Text</h2>
  <pre class="source">${v.markdown}</pre>
</article>`,
      );
    },
  }),
];

export function registerBriefPages(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
