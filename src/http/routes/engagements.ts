import type { FastifyInstance } from "fastify";
import { registerBriefApi } from "./briefs-api.js";
import { registerBriefForms } from "./briefs-forms.js";
import { registerBriefPages } from "./briefs-pages.js";
import { registerEngagementApi } from "./engagements-api.js";
import { registerEngagementPages } from "./engagements-pages.js";
import { registerInboxRoutes } from "./inbox.js";

/** Engagements, briefs, questions, deliverables, reviews and the inbox: API and pages. */
export function registerWorkRoutes(app: FastifyInstance): void {
  registerEngagementApi(app);
  registerBriefApi(app);
  registerInboxRoutes(app);
  registerEngagementPages(app);
  registerBriefPages(app);
  registerBriefForms(app);
}
