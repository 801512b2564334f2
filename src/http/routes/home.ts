import type { FastifyInstance } from "fastify";
import { registerSiteRoutes } from "./site.js";

/**
 * `/` is the public site's home page (routes/site.ts, with the articles,
 * /contact and the staff leads inbox); signed-in people land on their inbox
 * (routes/inbox.ts).
 */
export function registerHomeRoutes(app: FastifyInstance): void {
  registerSiteRoutes(app);
}
