import type { Article } from "../../../content/articles.js";
import { html, raw, type SafeHtml } from "../../html.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-03-10" → "10 March 2026" (the date as written, no zone involved). */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** Title, date, summary and a "Read more" link whose name says where it goes. */
export function articleCard(a: Article, headingLevel: 2 | 3 = 3): SafeHtml {
  const title = html`<a href="/articles/${a.slug}">${a.title}</a>`;
  return html`<article class="card article-card">
  ${headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
  <p class="meta"><time datetime="${a.date}">${longDate(a.date)}</time> · ${a.author}</p>
  <p>${a.summary}</p>
  <p><a href="/articles/${a.slug}" class="read-more">Read more<span class="visually-hidden">: ${a.title}</span></a></p>
</article>`;
}

/** `/articles`: one page of articles, newest first, optionally of one tag. */
export function articleListPage(o: { articles: Article[]; page: number; pages: number; tag?: string; tags: string[] }): SafeHtml {
  const q = (page: number) => `/articles?${new URLSearchParams({ ...(o.tag ? { tag: o.tag } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return html`<section>
  <h1>${o.tag ? html`Articles tagged “${o.tag}”` : "Articles"}</h1>
  <nav aria-label="Tags" class="tags"><ul>
    <li><a href="/articles"${o.tag ? "" : html` aria-current="page"`}>All</a></li>
    ${o.tags.map((t) => html`<li><a href="/articles?tag=${encodeURIComponent(t)}"${t === o.tag ? html` aria-current="page"` : ""}>${t}</a></li>`)}
  </ul></nav>
  ${o.articles.length ? html`<div class="article-list">${o.articles.map((a) => articleCard(a, 2))}</div>` : html`<p>No articles are tagged “${o.tag ?? ""}”. <a href="/articles">See all articles</a>.</p>`}
  ${o.pages > 1
    ? html`<nav aria-label="Pages" class="pager"><ul>
    ${o.page > 1 ? html`<li><a href="${q(o.page - 1)}" rel="prev">Newer articles</a></li>` : ""}
    <li>Page ${o.page} of ${o.pages}</li>
    ${o.page < o.pages ? html`<li><a href="${q(o.page + 1)}" rel="next">Older articles</a></li>` : ""}
  </ul></nav>`
    : ""}
</section>`;
}

/**
 * Each h2–h4 gets a visible link to itself. The ids come from the Markdown
 * renderer's slugify (a–z, 0–9, hyphens), so the added markup carries no
 * user text.
 */
export function withHeadingAnchors(articleHtml: string): string {
  return articleHtml.replace(/<(h[2-4]) id="([a-z0-9-]+)">([\s\S]*?)<\/\1>/g, (_m, tag: string, id: string, inner: string) =>
    `<${tag} id="${id}">${inner} <a class="heading-anchor" href="#${id}"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a></${tag}>`,
  );
}

/** `/articles/:slug`: the article and four others ranked by shared tags, then recency. */
export function articlePage(a: Article, related: Article[]): SafeHtml {
  const toc = a.headings.filter((h) => h.level === 2);
  return html`<article class="prose article">
  <p class="breadcrumb"><a href="/articles">Articles</a></p>
  <h1>${a.title}</h1>
  <p class="meta">By <strong>${a.author}</strong>, ${a.authorRole} · <time datetime="${a.date}">${longDate(a.date)}</time> · ${a.readingMinutes} min read</p>
  <ul class="tag-list" aria-label="Tags">${a.tags.map((t) => html`<li><a href="/articles?tag=${encodeURIComponent(t)}">${t}</a></li>`)}</ul>
  ${toc.length > 2
    ? html`<nav aria-label="On this page" class="toc"><h2 class="toc-title">On this page</h2><ul>${toc.map((h) => html`<li><a href="#${h.id}">${h.text}</a></li>`)}</ul></nav>`
    : ""}
  <div class="article-body">${raw(withHeadingAnchors(a.html))}</div>
</article>
${related.length
  ? html`<section class="related" aria-labelledby="related-title">
  <h2 id="related-title">More articles</h2>
  <div class="grid">${related.map((r) => articleCard(r))}</div>
</section>`
  : ""}
<section class="cta narrow">
  <p><a class="button" href="/contact">Tell us about your project</a></p>
</section>`;
}
