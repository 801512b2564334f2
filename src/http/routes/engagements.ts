import type { FastifyInstance } from "fastify";
import { registerBriefApi } from "./briefs-api.js";
import { registerEngagementApi } from "./engagements-api.js";
import { registerInboxRoutes } from "./inbox.js";

/** Engagements, briefs, questions, deliverables, reviews and the inbox: API and pages. */
export function registerWorkRoutes(app: FastifyInstance): void {
  registerEngagementApi(app);
  registerBriefApi(app);
  registerInboxRoutes(app);
}
