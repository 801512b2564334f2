import type { FastifyInstance } from "fastify";
import { toActor } from "../models/users.js";
import { userForApiToken } from "../models/api-tokens.js";
import { userForSession } from "../models/sessions.js";

/** The session cookie gets the `__Host-` prefix (Secure, Path=/, no Domain) over https. */
export const sessionCookieName = (secure: boolean): string => (secure ? "__Host-handoff_session" : "handoff_session");

export function sessionCookieOptions(secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure, maxAge: 30 * 24 * 3600 };
}

/**
 * Resolves who is asking, once per request, before anything else runs:
 * `Authorization: Bearer <token>` first, then the session cookie.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("authVia", null);
  app.decorateRequest("sessionSecret", null);
  app.decorateRequest("authorized", false);
  app.addHook("onRequest", async (req) => {
    const { database, config, now } = app.handoff;
    if (req.url.startsWith("/assets/")) return;
    const header = req.headers.authorization;
    if (header?.startsWith("Bearer ")) {
      const user = await userForApiToken(database.db, header.slice(7).trim());
      if (user) {
        req.actor = toActor(user);
        req.authVia = "token";
      }
      return;
    }
    const secret = req.cookies[sessionCookieName(config.secureCookies)];
    if (secret) {
      const user = await userForSession(database.db, secret, now());
      if (user) {
        req.actor = toActor(user);
        req.authVia = "session";
        req.sessionSecret = secret;
      }
    }
  });
}
