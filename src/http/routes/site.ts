import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";
import { z } from "zod";
import { relatedArticles } from "../../content/articles.js";
import { AppError } from "../../core/errors.js";
import { defineRoute, registerRoute } from "../route.js";
import { page } from "../views/page.js";
import { articleListPage, articlePage } from "../views/site/articles.js";
import { homePage } from "../views/site/home.js";
import { registerContactRoutes } from "./contact.js";
import { registerLeadRoutes } from "./leads.js";
import { contentOf, installContent } from "./site-content.js";
import { registerSiteFeedRoutes } from "./site-feeds.js";
import { DEFAULT_VISITOR_HOURS, officeOverlaps, registerSiteOfficeRoutes } from "./site-offices.js";

/** Articles per page of /articles. */
export const ARTICLES_PER_PAGE = 10;

const routes = [
  defineRoute({
    method: "GET",
    url: "/",
    kind: "page",
    access: "public",
    summary: "Home page: the service, offerings, offices and latest articles",
    handler: (ctx) => {
      const { site, articles } = contentOf(ctx.req.server);
      // Without JavaScript the visitor's zone is unknown: office times show, overlap waits for the script.
      const offices = officeOverlaps(site.offices, { zone: "UTC", ...DEFAULT_VISITOR_HOURS }, ctx.now);
      return page(
        ctx,
        { title: site.name, description: site.tagline, canonical: `${ctx.services.config.publicUrl}/`, scripts: ["site-offices.js"] },
        homePage(site, offices, articles.slice(0, 3)),
      );
    },
  }),
  defineRoute({
    method: "GET",
    url: "/articles",
    kind: "page",
    access: "public",
    summary: "Articles, newest first, ten a page, optionally of one tag",
    query: z.object({
      /** Only articles with this tag. */
      tag: z.string().max(100).optional().catch(undefined),
      /** 1-based page number; anything else reads as the first page. */
      page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
    }),
    handler: (ctx) => {
      const { articles } = contentOf(ctx.req.server);
      const tag = ctx.query.tag?.trim() || undefined;
      const matching = tag ? articles.filter((a) => a.tags.includes(tag)) : articles;
      const pages = Math.max(1, Math.ceil(matching.length / ARTICLES_PER_PAGE));
      const n = ctx.query.page ?? 1;
      if (n > pages) throw new AppError(404, "not_found", `There is no page ${n}: the articles fill ${pages} page${pages === 1 ? "" : "s"}.`);
      if (tag && matching.length === 0) ctx.reply.code(404);
      const tags = [...new Set(articles.flatMap((a) => a.tags))].sort();
      const params = new URLSearchParams({ ...(tag ? { tag } : {}), ...(n > 1 ? { page: String(n) } : {}) }).toString();
      return page(
        ctx,
        {
          title: tag ? `Articles tagged ${tag}` : "Articles",
          description: "Notes on handing backend work to engineers outside your company: briefs, acceptance criteria, review and time zones.",
          canonical: `${ctx.services.config.publicUrl}/articles${params ? `?${params}` : ""}`,
          nav: "articles",
        },
        articleListPage({ articles: matching.slice((n - 1) * ARTICLES_PER_PAGE, n * ARTICLES_PER_PAGE), page: n, pages, tag, tags }),
      );
    },
  }),
  defineRoute({
    method: "GET",
    url: "/articles/:slug",
    kind: "page",
    access: "public",
    summary: "One article with four related ones; ETag and 304",
    params: z.object({ slug: z.string().max(200) }),
    handler: (ctx) => {
      const content = contentOf(ctx.req.server);
      const article = content.bySlug.get(ctx.params.slug);
      if (!article) throw new AppError(404, "not_found", "There is no article at this address. See the list of all articles.");
      // The page depends on the content (fixed while the server runs) and on who is
      // signed in (navigation); both are in the tag, so a 304 is never stale.
      const tag = createHash("sha1")
        .update(`${content.versions.get(article.slug)}|${[...content.versions.values()].join(",")}|${ctx.actor?.id ?? "anonymous"}|${content.site.name}`)
        .digest("base64url");
      const etag = `W/"${tag}"`;
      ctx.reply.header("etag", etag).header("cache-control", "no-cache");
      const given = ctx.req.headers["if-none-match"];
      if (given && given.split(",").some((t) => t.trim() === etag || t.trim() === `"${tag}"` || t.trim() === "*")) {
        return ctx.reply.code(304).send();
      }
      return page(
        ctx,
        { title: article.title, description: article.summary, canonical: `${ctx.services.config.publicUrl}/articles/${article.slug}`, nav: "articles" },
        articlePage(article, relatedArticles(content.articles, article.slug, 4)),
      );
    },
  }),
];

/**
 * The public site and everything it leads to: content is loaded (and
 * validated) here, once, when the server is built, so a broken article stops
 * `handoff serve` at start rather than failing one page later.
 */
export function registerSiteRoutes(app: FastifyInstance): void {
  installContent(app);
  for (const r of routes) registerRoute(app, r);
  registerSiteFeedRoutes(app);
  registerSiteOfficeRoutes(app);
  registerContactRoutes(app);
  registerLeadRoutes(app);
}
