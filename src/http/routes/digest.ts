import { z } from "zod";
import { waitingOn } from "../../commands/clocks.js";
import { digestContent, nextDigestAt } from "../../commands/digests.js";
import { formatLocal } from "../../core/hours/index.js";
import { digestStateOf, digestsOf, maxEventSeq, type DigestBody } from "../../models/digests.js";
import { findUserById } from "../../models/users.js";
import { userPolicy } from "../../policies/user.js";
import { html } from "../html.js";
import { defineRoute, type RouteContext } from "../route.js";
import { dueItemResponse } from "../schemas/clocks.js";
import { page } from "../views/page.js";
import { dueList } from "../views/time/due.js";

async function me(ctx: RouteContext<any, any, any>) {
  return ctx.authorize(userPolicy, "read", await findUserById(ctx.db, ctx.requireActor().id));
}

function bodyView(b: DigestBody) {
  return html`<h3>Waiting on you</h3>
  ${b.waiting.length ? html`<ul>${b.waiting.map((w) => html`<li class="due-${w.state}"><a href="/briefs/${w.briefId}">${w.briefTitle}</a>: ${w.due}</li>`)}</ul>` : html`<p class="hint">Nothing.</p>`}
  <h3>What moved</h3>
  ${b.moved.length ? html`<ul>${b.moved.map((m) => html`<li>${m.briefId ? html`<a href="/briefs/${m.briefId}">${m.summary}</a>` : m.summary}</li>`)}</ul>` : html`<p class="hint">Nothing.</p>`}`;
}

const digestResponse = z.object({
  nextAt: z.string().nullable(),
  latest: z.object({ slotAt: z.string(), body: z.unknown() }).nullable(),
  preview: z.unknown(),
});

/** The daily digest and "what waits on me", sorted by due time. */
export const digestRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/v1/me/waiting",
    kind: "api",
    access: "user",
    summary: "What waits on me, soonest due first, with due times in my zone and the other party's, and their state",
    tags: ["clocks"],
    response: z.object({ items: z.array(dueItemResponse) }),
    handler: async (ctx) => {
      await me(ctx);
      return { items: await waitingOn(ctx.db, ctx.requireActor(), ctx.now) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/me/digest",
    kind: "api",
    access: "user",
    summary: "My latest digest, when the next one goes out, and what it would say now",
    tags: ["clocks"],
    response: digestResponse,
    handler: async (ctx) => {
      const u = await me(ctx);
      const [latest] = await digestsOf(ctx.db, u.id, 1);
      const state = await digestStateOf(ctx.db, u.id);
      await waitingOn(ctx.db, ctx.requireActor(), ctx.now);
      const preview = await digestContent(ctx.db, ctx.requireActor(), ctx.now, Number(state?.last_event_seq ?? 0), await maxEventSeq(ctx.db));
      const next = nextDigestAt(u, ctx.now);
      return { nextAt: next === null ? null : new Date(next).toISOString(), latest: latest ? { slotAt: latest.slot_at, body: JSON.parse(latest.body) } : null, preview: preview.body };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/inbox/digest",
    kind: "page",
    access: "user",
    summary: "My daily digest",
    handler: async (ctx) => {
      const u = await me(ctx);
      const actor = ctx.requireActor();
      const waiting = await waitingOn(ctx.db, actor, ctx.now);
      const digests = await digestsOf(ctx.db, u.id, 5);
      const next = nextDigestAt(u, ctx.now);
      return page(
        ctx,
        { title: "Digest", nav: "inbox" },
        html`<section>
  <p><a href="/inbox">← Inbox</a></p>
  <h1>Your digest</h1>
  <p class="hint">Sent at 08:30 your time on each of your working days, when something changed.${next ? ` Next: ${formatLocal(actor.timezone, next, { withDate: true })}.` : ""}</p>
  <h2>Waiting on you now</h2>
  ${dueList(waiting)}
  <h2>Recent digests</h2>
  ${digests.length
    ? digests.map((d) => html`<article class="digest"><h3>${formatLocal(actor.timezone, Date.parse(d.slot_at), { withDate: true })}</h3>${bodyView(JSON.parse(d.body) as DigestBody)}</article>`)
    : html`<p class="hint">No digest yet.</p>`}
</section>`,
      );
    },
  }),
];
