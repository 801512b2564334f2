import type { FastifyInstance } from "fastify";
import { openApiDocument } from "../openapi.js";
import { defineRoute, registerRoute, routeTable } from "../route.js";

const routes = [
  defineRoute({
    method: "GET",
    url: "/healthz",
    kind: "api",
    access: "public",
    summary: "Liveness: answers without touching the database (the benchmark's bare route)",
    handler: () => ({ ok: true }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/v1/openapi.json",
    kind: "api",
    access: "public",
    summary: "This API's OpenAPI 3.1 document",
    handler: (ctx) => openApiDocument(routeTable(ctx.req.server), `${ctx.services.config.publicUrl}`),
  }),
];

export function registerSystemRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
