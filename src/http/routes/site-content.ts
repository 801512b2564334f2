import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadArticles, type Article } from "../../content/articles.js";
import { ContentError } from "../../content/errors.js";
import { loadSite, type Site } from "../../content/site.js";
import { ConfigError } from "../../storage/config.js";
import { projectRoot } from "../assets.js";

/** The public site's content, loaded and validated once when the server is built. */
export interface SiteContent {
  site: Site;
  /** Newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** Hash of an article's source, the base of its page's ETag. */
  versions: Map<string, string>;
}

declare module "../context.js" {
  interface AppServices {
    /** Shown in the layout (src/http/site.ts reads it). */
    siteName?: string;
    content?: SiteContent;
  }
}

/** content/ of the repository, or HANDOFF_CONTENT_DIR (tests, a deployment's own copy). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.HANDOFF_CONTENT_DIR || join(projectRoot(), "content");
}

/**
 * Loads content/site.json and every article. A broken file becomes a
 * ConfigError naming the file and the field, so `handoff serve` stops with
 * one line an editor can act on instead of serving a half-broken site.
 */
export function loadContent(dir: string): SiteContent {
  try {
    const site = loadSite(dir);
    const articles = loadArticles(dir);
    const versions = new Map(
      articles.map((a) => [a.slug, createHash("sha1").update(JSON.stringify([a.title, a.author, a.authorRole, a.date, a.summary, a.tags, a.body])).digest("base64url")]),
    );
    return { site, articles, bySlug: new Map(articles.map((a) => [a.slug, a])), versions };
  } catch (err) {
    if (err instanceof ContentError) throw new ConfigError(`content error in ${err.message}`);
    throw err;
  }
}

/** Loads the content into the server (once) and names the site after it. */
export function installContent(app: FastifyInstance): SiteContent {
  const content = (app.handoff.content ??= loadContent(contentDir()));
  app.handoff.siteName = content.site.name;
  return content;
}

/** The content loaded by installContent(). */
export function contentOf(app: FastifyInstance): SiteContent {
  const c = app.handoff.content;
  if (!c) throw new Error("site content is not loaded: registerSiteRoutes() must run first");
  return c;
}
