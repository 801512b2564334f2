import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppError } from "../../core/errors.js";
import { html, type SafeHtml } from "../html.js";
import { layout } from "./layout.js";
import { siteNameOf } from "../site.js";

const TITLES: Record<number, string> = {
  400: "That request could not be used",
  403: "You may not do that",
  404: "Page not found",
  410: "This link can no longer be used",
  413: "That was too much to send at once",
  429: "Too many attempts",
  500: "Something went wrong",
};

/** The error page in the site layout: what happened and what to do next. */
export function renderErrorPage(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, err: AppError): SafeHtml {
  let csrfToken = "";
  try {
    // Only the signed-in layout has a form (Sign out) that needs a token.
    if (req.actor) csrfToken = reply.generateCsrf();
  } catch {
    // Error pages must render even when cookies are unusable.
  }
  const title = TITLES[err.status] ?? "Something went wrong";
  const body = html`<section class="narrow">
  <h1>${title}</h1>
  <p>${err.message}</p>
  <p><a href="/">Go to the home page</a>${req.actor ? "" : html` · <a href="/contact">Tell us about your project</a>`}</p>
</section>`;
  return layout({ actor: req.actor, csrfToken, siteName: siteNameOf(app) }, { title }, body);
}
