import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import { findOrg } from "../../src/models/orgs.js";
import { defineRoute, registerRoute, routeTable } from "../../src/http/route.js";
import { buildServer } from "../../src/http/server.js";
import { ENGINES, createTestApp, testConfig, type TestApp } from "../helpers/app.js";
import { signedIn, type InjectBrowser } from "../helpers/browser.js";
import { isolationFailures, undeclaredRoutes, urlFor } from "../helpers/isolation.js";

/**
 * Generated from the server's own route table, not hand-listed: every route
 * with a path parameter that is not public must declare its `resource`, and for
 * each one a record of Sakura Payments is requested by people of other
 * organisations (a client owner and a client member of Nordlys Health, and a
 * contractor with no engagement there) → 404, and anonymously → 401 or a
 * redirect to /login. A route added later is covered without editing this file.
 *
 * Staff are the consultancy and see every client organisation by design, so
 * there is no "other organisation" for them to be refused from.
 */
const OUTSIDERS = ["freja@nordlys.example", "mads@nordlys.example", "sam@cleansystems.example"];

async function outsidersOf(app: FastifyInstance): Promise<Map<string, InjectBrowser>> {
  const map = new Map<string, InjectBrowser>();
  for (const email of OUTSIDERS) {
    const b = await signedIn(app, email);
    await b.get("/account"); // a page, for a CSRF token
    map.set(email, b);
  }
  return map;
}

describe.each(ENGINES)("tenant isolation on %s", (engine) => {
  let t: TestApp;
  let ownerOrgId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ownerOrgId = (await t.database.db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it("every non-public route with a path parameter declares the resource it points at", () => {
    expect(routeTable(t.app).filter((r) => r.url.includes(":")).length).toBeGreaterThan(0);
    expect(undeclaredRoutes(t.app)).toEqual([]);
  });

  it("answers 404 to people of other organisations and 401/redirect to anonymous callers, on every such route", async () => {
    const { failures, checked } = await isolationFailures(t.app, t.database.db, ownerOrgId, await outsidersOf(t.app));
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(OUTSIDERS.length);
  });

  it("answers the same 404 for an id that does not exist", async () => {
    const b = await signedIn(t.app, OUTSIDERS[0]);
    for (const route of routeTable(t.app).filter((r) => r.resource && r.method === "GET")) {
      const res = await b.api("GET", urlFor(route, "00000000-0000-0000-0000-000000000000"));
      expect(res.statusCode, route.url).toBe(404);
    }
  });
});

describe("the isolation check itself", () => {
  it("catches a route that skips the visibility check, and one that declares no resource", async () => {
    const t = await createTestApp("sqlite", { seed: true });
    try {
      // A second server on the same database with two deliberately broken routes.
      const app = await buildServer({ config: testConfig(), database: t.database, logger: false });
      registerRoute(
        app,
        defineRoute({
          method: "GET",
          url: "/api/v1/leaky/:id",
          kind: "api",
          access: "user",
          summary: "skips authorize",
          params: z.object({ id: z.string() }),
          resource: { param: "id", table: "orgs", load: findOrg, policy: { entity: "org", sees: () => true, can: () => true } },
          handler: (ctx) => ({ name: (ctx.record as { name: string }).name }),
        }),
      );
      registerRoute(
        app,
        defineRoute({
          method: "GET",
          url: "/api/v1/undeclared/:id",
          kind: "api",
          access: "user",
          summary: "no resource",
          params: z.object({ id: z.string() }),
          handler: () => ({}),
        }),
      );
      await app.ready();
      const sakura = (await t.database.db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow()).id;
      expect(undeclaredRoutes(app)).toEqual(["GET /api/v1/undeclared/:id"]);
      const { failures } = await isolationFailures(app, t.database.db, sakura, await outsidersOf(app));
      expect(failures.some((f) => f.startsWith("GET /api/v1/leaky/:id as freja@nordlys.example: 200"))).toBe(true);
      await app.close();
    } finally {
      await t.close();
    }
  });
});
