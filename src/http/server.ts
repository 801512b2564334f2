import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { randomUUID } from "node:crypto";
import { AppError } from "../core/errors.js";
import type { AppConfig } from "../storage/config.js";
import type { DatabaseHandle } from "../storage/database.js";
import { registerAuth } from "./auth.js";
import type { AppServices } from "./context.js";
import { registerAssets } from "./assets.js";
import { renderErrorPage } from "./views/error-page.js";
import { registerAllRoutes } from "./routes/index.js";

export interface ServerOptions {
  config: AppConfig;
  database: DatabaseHandle;
  /** Pino options or false; tests pass false. */
  logger?: boolean | Record<string, unknown>;
  now?: () => number;
}

/** Secret-bearing path segments are cut from logged URLs. */
const SECRET_PATHS = /^\/(invite|reset|contact\/report)\/[^/?]+/;
export const redactUrl = (url: string): string => url.replace(SECRET_PATHS, "/$1/[redacted]");

const ONE_MB = 1024 * 1024;

/**
 * Builds the HTTP server: security plugins, the auth step, assets, every route
 * and one error mapping. It does not listen; callers decide (serve, tests, bench).
 */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const logger =
    opts.logger === false
      ? false
      : {
          level: config.logLevel,
          redact: ["req.headers.authorization", "req.headers.cookie", "res.headers['set-cookie']"],
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: redactUrl(req.url), id: req.id }),
          },
          ...(typeof opts.logger === "object" ? opts.logger : {}),
        };
  const app = Fastify({
    logger,
    bodyLimit: ONE_MB,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: process.env.TRUST_PROXY === "1",
  });
  const services: AppServices = { config, database: opts.database, now: opts.now ?? Date.now, routes: [] };
  app.decorate("handoff", services);

  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: config.secureCookies ? "__Host-handoff_csrf" : "handoff_csrf",
    cookieOpts: { path: "/", sameSite: "lax", httpOnly: true, secure: config.secureCookies, signed: true },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError(429, "rate_limited", `Too many requests: try again in ${Math.ceil(ctx.ttl / 1000)} s.`, undefined, {
        retryAfter: Math.ceil(ctx.ttl / 1000),
      }),
  });

  registerAuth(app);

  // CSRF runs after the body is parsed (preValidation), for every state-changing
  // request made with a cookie. Bearer-token calls carry no ambient authority.
  app.addHook("preValidation", (req, reply, done) => {
    const method = req.method;
    const config = req.routeOptions.config as { csrf?: boolean; kind?: string; access?: string } | undefined;
    // An anonymous call to a signed-in API route acts for nobody: let the chain answer 401.
    const anonymousApi = !req.actor && config?.kind === "api" && config.access !== undefined && config.access !== "public";
    if (method === "GET" || method === "HEAD" || method === "OPTIONS" || config?.csrf === false || req.authVia === "token" || anonymousApi) {
      return done();
    }
    app.csrfProtection(req, reply, done);
  });

  registerAssets(app);
  registerAllRoutes(app);

  app.setNotFoundHandler((req, reply) => {
    const err = new AppError(404, "not_found", "There is nothing at this address.");
    return sendError(app, req, reply, err);
  });
  app.setErrorHandler((error: FastifyError, req, reply) => sendError(app, req, reply, toAppError(error, req)));

  return app;
}

/** Maps anything thrown to an AppError; unknown errors become a bare 500. */
export function toAppError(error: FastifyError | Error, req: import("fastify").FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { statusCode?: number };
  if (fe.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return new AppError(413, "payload_too_large", "The request body is too large: send less than the limit for this endpoint.");
  }
  if (fe.code === "FST_CSRF_MISSING_SECRET" || fe.code === "FST_CSRF_INVALID_TOKEN" || fe.code?.startsWith("FST_CSRF")) {
    return new AppError(403, "csrf_failed", "The form expired or was sent from another site: reload the page and try again.");
  }
  if (fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return new AppError(415, "unsupported_media_type", "Send JSON (application/json) or a form (application/x-www-form-urlencoded).");
  }
  if (fe.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || fe.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
    return new AppError(400, "invalid_json", "The request body is not valid JSON.");
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, "bad_request", "The request could not be read: check its format.");
  }
  req.log.error({ err: error }, "unhandled error");
  return new AppError(500, "internal_error", `Something went wrong on our side. Quote request id ${req.id} if you contact us.`);
}

function sendError(app: FastifyInstance, req: import("fastify").FastifyRequest, reply: import("fastify").FastifyReply, err: AppError) {
  if (err.status === 429 && err.extra?.retryAfter) reply.header("retry-after", String(err.extra.retryAfter));
  reply.code(err.status);
  const isApi = req.url.startsWith("/api/") || (req.headers.accept ?? "").startsWith("application/json");
  if (err.status === 401 && !isApi) {
    const next = encodeURIComponent(req.url);
    return reply.redirect(`/login?next=${next}`, 303);
  }
  if (isApi) {
    const body: Record<string, unknown> = { id: err.id, message: err.message };
    if (err.fields) body.fields = err.fields;
    if (err.extra) Object.assign(body, err.extra);
    return reply.type("application/json; charset=utf-8").send({ error: body });
  }
  return reply.type("text/html; charset=utf-8").send(renderErrorPage(app, req, reply, err).value);
}
