import type { FastifyInstance } from "fastify";
import { html } from "../html.js";
import { defineRoute, registerRoute } from "../route.js";
import { page } from "../views/page.js";
import { registerSiteRoutes } from "./site.js";

/** Signed-in people land on their inbox; the inbox lists what waits on them. */
const routes = [
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
  registerSiteRoutes(app);
  for (const r of routes) registerRoute(app, r);
}
