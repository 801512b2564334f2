import type { FastifyInstance } from "fastify";
import { check } from "../../core/checker/index.js";
import { defineRoute, registerRoute } from "../route.js";
import { checkBody, checkResponse } from "../schemas/check.js";

/** 256 KB: a brief is text; anything larger is not one. */
export const CHECK_BODY_LIMIT = 256 * 1024;

const routes = [
  defineRoute({
    method: "POST",
    url: "/api/v1/check",
    kind: "api",
    access: "public",
    summary: "Check a brief: what would a contractor outside the company be missing? No sign-in needed.",
    tags: ["checker"],
    body: checkBody,
    response: checkResponse,
    bodyLimit: CHECK_BODY_LIMIT,
    rateLimit: { max: 60, timeWindow: 60_000 },
    // Changes nothing and acts for nobody, so a cross-site post gains nothing.
    csrf: false,
    handler: (ctx) => check(ctx.body.markdown),
  }),
];

export function registerCheckRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
