import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Actor } from "../core/actor.js";
import { AppError, notFound, unauthenticated, validationError } from "../core/errors.js";
import { authorize as authorizePolicy, type Policy } from "../policies/authorize.js";
import type { Db, Tx } from "../storage/database.js";
import type { AppServices, Reply, Req } from "./context.js";
import { SafeHtml } from "./html.js";

/**
 * Who may call a route at all. Finer decisions are policies, called through
 * ctx.authorize() inside the handler.
 */
export type Access = "public" | "user" | "staff";

/**
 * A route on a tenant-owned record declares how to load it. The chain loads the
 * record and applies the policy's visibility check before the body is even
 * validated, so a record of another tenant is a 404 on every route, whatever
 * was sent. `table` (whose rows carry org_id) lets the isolation test find a
 * record of another organisation for any route without being edited.
 */
export interface ResourceParam<R = any> {
  param: string;
  table: string;
  load: (db: Db, id: string) => Promise<R | undefined>;
  policy: Policy<R, string>;
}

export interface RouteDef<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  /** "api" answers JSON and 401; "page" answers HTML and redirects to /login. */
  kind: "api" | "page";
  access: Access;
  /** One line for the OpenAPI document and the route table. */
  summary: string;
  tags?: string[];
  params?: P;
  query?: Q;
  /** API routes: a failed parse is a 400 naming the fields. Pages parse forms themselves to re-render. */
  body?: B;
  /** Response schema, documented in OpenAPI. */
  response?: z.ZodType;
  resource?: ResourceParam;
  rateLimit?: { max: number; timeWindow: number };
  bodyLimit?: number;
  /** Skips CSRF for endpoints that change nothing on anyone's behalf (e.g. the public checker). */
  csrf?: boolean;
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown> | unknown;
}

export interface RouteContext<P = unknown, Q = unknown, B = unknown> {
  req: Req;
  reply: Reply;
  services: AppServices;
  db: Db;
  actor: Actor | null;
  params: P;
  query: Q;
  body: B;
  now: number;
  /** The record named by the route's resource parameter, already checked visible to the actor. */
  record: any;
  /** Loads-then-checks: throws 404/403 from the policy and marks the request authorized. */
  authorize<R, A extends string>(policy: Policy<R, A>, action: A, record: R | undefined | null): R;
  /** The signed-in actor, or a 401 (API) / redirect (page) refusal. */
  requireActor(): Actor;
  /** Runs fn in one transaction; its event and outbox rows commit with the change. */
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  csrfToken(): string;
}

/** Identity helper that keeps the generic types of a route definition. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(def: RouteDef<P, Q, B>): RouteDef<P, Q, B> {
  return def;
}

/** Turns a zod failure into `{field: message}` using the first issue per path. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

function parseOrThrow<T extends z.ZodType>(schema: T | undefined, value: unknown): z.infer<T> {
  if (!schema) return value as z.infer<T>;
  const res = schema.safeParse(value ?? {});
  if (!res.success) throw validationError(zodFields(res.error));
  return res.data;
}

/** Every route registered on a server, for the OpenAPI document and the isolation test. */
export function routeTable(app: FastifyInstance): RouteDef[] {
  return app.handoff.routes;
}

/**
 * Registers a route with the fixed chain: rate limit → auth (actor resolved in
 * onRequest) → CSRF (preValidation) → validate (zod) → handler; transactions are
 * opened by the handler via ctx.tx so that reads stay outside them.
 */
export function registerRoute(app: FastifyInstance, def: RouteDef<any, any, any>): void {
  app.handoff.routes.push(def);
  app.route({
    method: def.method,
    url: def.url,
    bodyLimit: def.bodyLimit,
    config: {
      kind: def.kind,
      access: def.access,
      resource: def.resource,
      csrf: def.csrf ?? true,
      ...(def.rateLimit ? { rateLimit: def.rateLimit } : {}),
    },
    handler: async (req, reply) => {
      const services = app.handoff;
      const db = services.database.db;
      if (def.access !== "public" && !req.actor) throw unauthenticated();
      if (def.access === "staff" && req.actor?.role !== "staff") {
        // Non-staff must not learn staff-only records exist.
        throw new AppError(404, "not_found", "Not found.");
      }
      const params = parseOrThrow(def.params, req.params);
      let record: unknown;
      if (def.resource) {
        const actor = req.actor;
        if (!actor) throw unauthenticated();
        const id = String((params as Record<string, unknown>)[def.resource.param] ?? "");
        record = await def.resource.load(db, id);
        if (!record || !def.resource.policy.sees(actor, record)) throw notFound(def.resource.policy.entity);
        req.authorized = true;
      }
      let csrf: string | undefined;
      const ctx: RouteContext = {
        req,
        reply,
        services,
        db,
        actor: req.actor,
        params,
        record,
        query: parseOrThrow(def.query, req.query),
        body: def.kind === "api" ? parseOrThrow(def.body, req.body) : (req.body ?? {}),
        now: services.now(),
        authorize(policy, action, record) {
          if (!req.actor) throw unauthenticated();
          const r = authorizePolicy(policy, req.actor, action, record);
          req.authorized = true;
          return r;
        },
        requireActor() {
          if (!req.actor) throw unauthenticated();
          return req.actor;
        },
        tx: (fn) => db.transaction().execute(fn),
        // One token per response: each generateCsrf() call without a stored secret
        // would mint a new secret and the form's token would stop matching the cookie.
        csrfToken: () => (csrf ??= reply.generateCsrf()),
      };
      const result = await def.handler(ctx);
      if (result instanceof SafeHtml) return reply.type("text/html; charset=utf-8").send(result.value);
      return result;
    },
  });
}
