import type { FastifyInstance } from "fastify";

/** The site's display name; the public-site content replaces the default. */
export function siteNameOf(app: FastifyInstance): string {
  return (app.handoff as { siteName?: string }).siteName ?? "Handoff";
}
