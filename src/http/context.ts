import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../core/actor.js";
import type { AppConfig } from "../storage/config.js";
import type { DatabaseHandle } from "../storage/database.js";

/** What every request carries after the auth step. */
declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was identified: bearer tokens are exempt from CSRF checks. */
    authVia: "session" | "token" | null;
    sessionSecret: string | null;
    /** Set by ctx.authorize(); routes on a record id must call it (checked on send). */
    authorized: boolean;
  }
  interface FastifyInstance {
    handoff: AppServices;
  }
}

/** Long-lived things a handler may use, created once per server. */
export interface AppServices {
  config: AppConfig;
  database: DatabaseHandle;
  /** Tests move the clock (link expiry, rate-limit windows). */
  now: () => number;
  /** Route definitions registered through registerRoute(), in order. */
  routes: import("./route.js").RouteDef[];
}

export type Req = FastifyRequest;
export type Reply = FastifyReply;
