import type { RouteContext } from "../route.js";
import type { SafeHtml } from "../html.js";
import { siteNameOf } from "../site.js";
import { layout, type PageMeta } from "./layout.js";

/** Renders a page body in the site layout for the current request. */
export function page(ctx: RouteContext<any, any, any>, meta: PageMeta, body: SafeHtml): SafeHtml {
  // The layout needs a token only for the signed-in "Sign out" form; minting one
  // for every anonymous visitor would sign a cookie on each public page view.
  return layout({ actor: ctx.actor, csrfToken: ctx.actor ? ctx.csrfToken() : "", siteName: siteNameOf(ctx.req.server) }, meta, body);
}
