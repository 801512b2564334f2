import { sql } from "kysely";
import type { FastifyInstance } from "fastify";
import type { RouteDef } from "../../src/http/route.js";
import { routeTable } from "../../src/http/route.js";
import type { Db } from "../../src/storage/database.js";
import type { InjectBrowser } from "./browser.js";

/** Routes with a path parameter that require sign-in but declare no resource. */
export function undeclaredRoutes(app: FastifyInstance): string[] {
  return routeTable(app)
    .filter((r) => r.url.includes(":") && r.access !== "public" && !r.resource)
    .map((r) => `${r.method} ${r.url}`);
}

async function firstRowOf(db: Db, table: string, orgId: string): Promise<string | undefined> {
  const column = table === "orgs" ? "id" : "org_id";
  const row = await sql<{ id: string }>`select id from ${sql.table(table)} where ${sql.ref(column)} = ${orgId} limit 1`.execute(db);
  return row.rows[0]?.id;
}

/**
 * A record of the client organisation under test; for staff-only routes over
 * the consultancy's own records (leads, deliveries) a record of the
 * consultancy, which no outsider may see either.
 */
async function recordIdFor(db: Db, route: RouteDef, orgId: string): Promise<string> {
  const table = route.resource!.table;
  let id = await firstRowOf(db, table, orgId);
  if (!id && route.access === "staff") {
    const consultancy = await db.selectFrom("orgs").select("id").where("kind", "=", "consultancy").executeTakeFirst();
    if (consultancy) id = await firstRowOf(db, table, consultancy.id);
  }
  if (!id) throw new Error(`the demo seed has no row in "${table}" for org ${orgId}: extend src/commands/seed.ts so the isolation test can cover ${route.method} ${route.url}`);
  return id;
}

export function urlFor(route: RouteDef, id: string): string {
  return route.url.replace(`:${route.resource!.param}`, encodeURIComponent(id)).replace(/:(\w+)/g, "1");
}

/**
 * Requests a record of `ownerOrgId` on every resource route as each outsider
 * (expects 404) and anonymously (expects 401, a redirect to /login, or a CSRF
 * refusal for page posts). Returns one line per violation.
 */
export async function isolationFailures(
  app: FastifyInstance,
  db: Db,
  ownerOrgId: string,
  outsiders: Map<string, InjectBrowser>,
): Promise<{ failures: string[]; checked: number }> {
  const failures: string[] = [];
  let checked = 0;
  for (const route of routeTable(app).filter((r) => r.url.includes(":") && r.resource)) {
    const url = urlFor(route, await recordIdFor(db, route, ownerOrgId));
    for (const [email, browser] of outsiders) {
      const res = await browser.api(route.method, url, route.method === "GET" ? undefined : {});
      if (res.statusCode !== 404) failures.push(`${route.method} ${route.url} as ${email}: ${res.statusCode}`);
      checked++;
    }
    const anon = await app.inject({ method: route.method, url, ...(route.method === "GET" ? {} : { payload: {} }) });
    const wanted = route.kind === "api" ? anon.statusCode === 401 : anon.statusCode === 303 && String(anon.headers.location).startsWith("/login");
    const csrfRefusal = route.kind === "page" && route.method !== "GET" && anon.statusCode === 403;
    if (!wanted && !csrfRefusal) failures.push(`${route.method} ${route.url} anonymously: ${anon.statusCode}`);
  }
  return { failures, checked };
}
