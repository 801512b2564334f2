import { z } from "zod";
import { briefClocks } from "../../commands/clocks.js";
import { writeHandoffNote } from "../../commands/handoff-notes.js";
import { AppError } from "../../core/errors.js";
import type { BriefRecord } from "../../models/briefs.js";
import { listHandoffNotes, type HandoffNote } from "../../models/handoff-notes.js";
import { usersByIds } from "../../models/people.js";
import { allowed } from "../../policies/authorize.js";
import { handoffNotePolicy } from "../../policies/handoff-note.js";
import { html } from "../html.js";
import { briefResource } from "../resources.js";
import { defineRoute, zodFields, type RouteContext } from "../route.js";
import { dueItemResponse, handoffNoteBody } from "../schemas/clocks.js";
import { idParam } from "../schemas/common.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";
import { dueList } from "../views/time/due.js";
import { handoffNotesSection } from "../views/time/handoff-notes.js";

const noteResponse = z.object({
  id: z.string(),
  briefId: z.string(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  progress: z.string(),
  openQuestions: z.string(),
  blockers: z.string(),
  briefState: z.string(),
  createdAt: z.string(),
});

function presentNote(n: HandoffNote, names: ReadonlyMap<string, { name: string }>) {
  return {
    id: n.id,
    briefId: n.brief_id,
    authorId: n.author_id,
    authorName: names.get(n.author_id)?.name ?? null,
    progress: n.progress,
    openQuestions: n.open_questions,
    blockers: n.blockers,
    briefState: n.brief_state,
    createdAt: n.created_at,
  };
}

/**
 * The handoff-notes section for the brief page (latest note first, and the
 * form when the reader may write one), with the brief's running due times.
 */
export async function briefTimeSection(ctx: RouteContext<any, any, any>, brief: BriefRecord, values?: Record<string, string>, errors?: FieldErrors) {
  const actor = ctx.requireActor();
  const notes = await listHandoffNotes(ctx.db, brief.id);
  const authors = await usersByIds(ctx.db, notes.map((n) => n.author_id));
  const clocks = await briefClocks(ctx.db, actor, brief, ctx.now);
  return html`<section class="brief-clocks" aria-labelledby="brief-clocks-h"><h2 id="brief-clocks-h">Waiting</h2>${dueList(clocks, { showBrief: false, empty: "Nothing waits on anyone here." })}</section>
${handoffNotesSection({ briefId: brief.id, notes, authors, readerZone: actor.timezone, csrfToken: ctx.csrfToken(), canWrite: allowed(handoffNotePolicy, actor, "write", brief), values, errors })}`;
}

/** Handoff notes on briefs, and the due times of a brief. */
export const handoffNoteRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/briefs/:id/handoff-notes",
    kind: "api",
    access: "user",
    summary: "Handoff notes on a brief, latest first",
    tags: ["briefs"],
    params: idParam,
    resource: briefResource,
    response: z.object({ notes: z.array(noteResponse) }),
    handler: async (ctx) => {
      const b = ctx.authorize(handoffNotePolicy, "read", ctx.record as BriefRecord);
      const notes = await listHandoffNotes(ctx.db, b.id);
      const names = await usersByIds(ctx.db, notes.map((n) => n.author_id));
      return { notes: notes.map((n) => presentNote(n, names)) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/v1/briefs/:id/handoff-notes",
    kind: "api",
    access: "user",
    summary: "Leave a handoff note on a brief (progress, open questions, blockers)",
    tags: ["briefs"],
    params: idParam,
    resource: briefResource,
    body: handoffNoteBody,
    response: noteResponse,
    handler: async (ctx) => {
      const b = ctx.authorize(handoffNotePolicy, "write", ctx.record as BriefRecord);
      const note = await writeHandoffNote(ctx.db, ctx.requireActor(), b, ctx.body);
      ctx.reply.code(201);
      return presentNote(note, new Map([[ctx.requireActor().id, { name: ctx.requireActor().name }]]));
    },
  }),
  defineRoute({
    method: "POST",
    url: "/briefs/:id/handoff-notes",
    kind: "page",
    access: "user",
    summary: "Leave a handoff note (form on the brief page)",
    params: idParam,
    resource: briefResource,
    handler: async (ctx) => {
      const b = ctx.authorize(handoffNotePolicy, "write", ctx.record as BriefRecord);
      const parsed = handoffNoteBody.safeParse(ctx.body);
      let errors: FieldErrors;
      if (parsed.success) {
        try {
          await writeHandoffNote(ctx.db, ctx.requireActor(), b, parsed.data);
          return ctx.reply.redirect(`/briefs/${b.id}#handoff-notes`, 303);
        } catch (err) {
          if (!(err instanceof AppError) || !err.fields) throw err;
          errors = err.fields;
        }
      } else errors = zodFields(parsed.error);
      ctx.reply.code(400);
      return page(ctx, { title: `Handoff note · ${b.title}` }, html`<section><p><a href="/briefs/${b.id}">← ${b.title}</a></p>${await briefTimeSection(ctx, b, ctx.body as Record<string, string>, errors)}</section>`);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/briefs/:id/clocks",
    kind: "api",
    access: "user",
    summary: "Running clocks on a brief: due times in my zone with the owner's, and their state",
    tags: ["clocks"],
    params: idParam,
    resource: briefResource,
    response: z.object({ items: z.array(dueItemResponse) }),
    handler: async (ctx) => {
      const b = ctx.authorize(handoffNotePolicy, "read", ctx.record as BriefRecord);
      return { items: await briefClocks(ctx.db, ctx.requireActor(), b, ctx.now) };
    },
  }),
];
