import type { Actor } from "../../core/actor.js";
import { html, type SafeHtml } from "../html.js";

export interface PageMeta {
  title: string;
  /** Shown to search engines and link previews (OpenGraph). */
  description?: string;
  /** Absolute canonical URL of a public page. */
  canonical?: string;
  /** Extra browser scripts from /assets (bundled from src/client). */
  scripts?: string[];
  /** Highlights the current navigation item. */
  nav?: string;
}

export interface LayoutContext {
  actor: Actor | null;
  csrfToken: string;
  siteName: string;
}

interface NavItem {
  href: string;
  label: string;
  key: string;
}

/** Navigation differs by role: people see only what they can use. */
export function navFor(actor: Actor | null): NavItem[] {
  if (!actor) {
    return [
      { href: "/articles", label: "Articles", key: "articles" },
      { href: "/contact", label: "Tell us about your project", key: "contact" },
    ];
  }
  const items: NavItem[] = [
    { href: "/inbox", label: "Inbox", key: "inbox" },
    { href: "/engagements", label: "Engagements", key: "engagements" },
  ];
  if (actor.role === "staff") {
    items.push({ href: "/staff/orgs", label: "Organisations", key: "orgs" }, { href: "/staff/leads", label: "Leads", key: "leads" }, { href: "/staff/deliveries", label: "Deliveries", key: "deliveries" });
  }
  // Client owners manage where their organisation's updates go (Slack, Linear, e-mail, webhooks).
  if (actor.role === "client-owner") items.push({ href: `/orgs/${actor.orgId}/channels`, label: "Delivery settings", key: "delivery" });
  items.push({ href: "/account", label: "Account", key: "account" });
  return items;
}

/** The one page shell: skip link, header with navigation, main landmark, footer. */
export function layout(ctx: LayoutContext, meta: PageMeta, body: SafeHtml): SafeHtml {
  const nav = navFor(ctx.actor);
  const title = meta.title === ctx.siteName ? meta.title : `${meta.title} · ${ctx.siteName}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${meta.description ? html`<meta name="description" content="${meta.description}">` : ""}
<meta property="og:title" content="${meta.title}">
<meta property="og:site_name" content="${ctx.siteName}">
<meta property="og:type" content="website">
${meta.description ? html`<meta property="og:description" content="${meta.description}">` : ""}
${meta.canonical ? html`<link rel="canonical" href="${meta.canonical}"><meta property="og:url" content="${meta.canonical}">` : ""}
<link rel="stylesheet" href="/assets/app.css">
<link rel="alternate" type="application/atom+xml" title="${ctx.siteName} articles" href="/feed.xml">
<script type="module" src="/assets/shell.js"></script>
${(meta.scripts ?? []).map((s) => html`<script type="module" src="/assets/${s}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/">${ctx.siteName}</a>
  <nav aria-label="Main">
    <ul>
      ${nav.map((n) => html`<li><a href="${n.href}"${n.key === meta.nav ? html` aria-current="page"` : ""}>${n.label}</a></li>`)}
      ${ctx.actor
        ? html`<li><form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrfToken}"><button type="submit" class="link">Sign out</button></form></li>`
        : html`<li><a href="/login"${meta.nav === "login" ? html` aria-current="page"` : ""}>Sign in</a></li>`}
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer"><p>${ctx.siteName}</p></footer>
</body>
</html>`;
}
