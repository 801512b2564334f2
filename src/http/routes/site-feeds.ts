import type { FastifyInstance } from "fastify";
import type { Article } from "../../content/articles.js";
import { defineRoute, registerRoute } from "../route.js";
import { contentOf } from "./site-content.js";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Escapes text for XML content and attributes, and drops characters XML 1.0 forbids. */
export const escapeXml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** An article's date as an Atom timestamp (articles carry a day; noon UTC keeps it on that day everywhere readers look). */
const atomTime = (date: string) => `${date}T12:00:00Z`;

/** The Atom feed (RFC 4287) of every article, newest first. */
export function atomFeed(o: { siteName: string; tagline: string; baseUrl: string; articles: Article[] }): string {
  const updated = o.articles[0] ? atomTime(o.articles[0].date) : "1970-01-01T00:00:00Z";
  const entries = o.articles.map((a) => {
    const url = `${o.baseUrl}/articles/${a.slug}`;
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${atomTime(a.date)}</published>
    <updated>${atomTime(a.date)}</updated>
    <author><name>${escapeXml(a.author)}</name></author>
${a.tags.map((t) => `    <category term="${escapeXml(t)}"/>`).join("\n")}
    <summary>${escapeXml(a.summary)}</summary>
    <content type="html">${escapeXml(a.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${o.baseUrl}/`)}</id>
  <title>${escapeXml(`${o.siteName}: articles`)}</title>
  <subtitle>${escapeXml(o.tagline)}</subtitle>
  <updated>${updated}</updated>
  <author><name>${escapeXml(o.siteName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${o.baseUrl}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${o.baseUrl}/articles`)}"/>
${entries.join("\n")}
</feed>
`;
}

/** Every public page: home, the article list, the contact form and each article. */
export function sitemap(baseUrl: string, articles: Article[]): string {
  const urls = [
    { loc: `${baseUrl}/`, lastmod: articles[0]?.date },
    { loc: `${baseUrl}/articles`, lastmod: articles[0]?.date },
    { loc: `${baseUrl}/contact` },
    ...articles.map((a) => ({ loc: `${baseUrl}/articles/${a.slug}`, lastmod: a.date })),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
}

/** Crawlers may read the public site; private pages and report links are not for indexes. */
export function robotsTxt(baseUrl: string): string {
  return [
    "User-agent: *",
    "Disallow: /staff/",
    "Disallow: /contact/report/",
    "Disallow: /account",
    "Disallow: /inbox",
    "Disallow: /login",
    "Disallow: /invite/",
    "Disallow: /reset/",
    "Disallow: /api/",
    "",
    `Sitemap: ${baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}

const routes = [
  defineRoute({
    method: "GET",
    url: "/feed.xml",
    kind: "page",
    access: "public",
    summary: "Atom feed of the articles",
    handler: (ctx) => {
      const { site, articles } = contentOf(ctx.req.server);
      const xml = atomFeed({ siteName: site.name, tagline: site.tagline, baseUrl: ctx.services.config.publicUrl, articles });
      return ctx.reply.type("application/atom+xml; charset=utf-8").header("cache-control", "public, max-age=300").send(xml);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/sitemap.xml",
    kind: "page",
    access: "public",
    summary: "Sitemap of the public pages",
    handler: (ctx) =>
      ctx.reply
        .type("application/xml; charset=utf-8")
        .header("cache-control", "public, max-age=300")
        .send(sitemap(ctx.services.config.publicUrl, contentOf(ctx.req.server).articles)),
  }),
  defineRoute({
    method: "GET",
    url: "/robots.txt",
    kind: "page",
    access: "public",
    summary: "Rules for crawlers",
    handler: (ctx) => ctx.reply.type("text/plain; charset=utf-8").send(robotsTxt(ctx.services.config.publicUrl)),
  }),
];

export function registerSiteFeedRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
