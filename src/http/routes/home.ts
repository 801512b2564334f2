import type { FastifyInstance } from "fastify";
import { html } from "../html.js";
import { defineRoute, registerRoute } from "../route.js";
import { page } from "../views/page.js";

/** Signed-in people land on their inbox; the inbox lists what waits on them. */
const routes = [
  defineRoute({
    method: "GET",
    url: "/",
    kind: "page",
    access: "public",
    summary: "Home page",
    handler: (ctx) =>
      page(
        ctx,
        { title: "Handoff", description: "Async, documentation-first backend contracting." },
        html`<section><h1>Async backend work that stands on its own</h1><p><a href="/contact">Tell us about your project</a></p></section>`,
      ),
  }),
  defineRoute({
    method: "GET",
    url: "/inbox",
    kind: "page",
    access: "user",
    summary: "What waits on me",
    handler: (ctx) =>
      page(
        ctx,
        { title: "Inbox", nav: "inbox" },
        html`<section><h1>Inbox</h1><p>Nothing waits on you right now.</p></section>`,
      ),
  }),
];

export function registerHomeRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
