import type { Article } from "../../../content/articles.js";
import type { Site } from "../../../content/site.js";
import { html, type SafeHtml } from "../../html.js";
import type { OfficeView } from "../../routes/site-offices.js";
import { articleCard } from "./articles.js";

/** One office: address, the local time now (refreshed by site-offices.js) and a slot for the visitor's overlap. */
function officeCard(site: Site, view: OfficeView): SafeHtml {
  const office = site.offices.find((o) => o.name === view.name)!;
  const a = office.address;
  return html`<article class="card office" data-office="${office.name}">
  <h3>${office.name}</h3>
  <address>${a.street}<br>${a.postalCode} ${a.city}<br>${a.country}</address>
  <p>Local time: <strong><time class="office-time" data-zone="${office.timezone}">${view.localTime}</time></strong></p>
  <p>Working hours: ${view.hours} local time, ${office.workingHours.days.length === 5 ? "Monday to Friday" : office.workingHours.days.join(", ")}.</p>
  <p class="office-overlap" data-overlap-for="${office.name}" aria-live="polite"></p>
</article>`;
}

/** `/`: the service, its offerings, the call to action, offices and the latest articles. */
export function homePage(site: Site, offices: OfficeView[], latest: Article[]): SafeHtml {
  return html`<section class="hero">
  <h1>${site.service.name}</h1>
  <p class="lead">${site.tagline}</p>
  <p>${site.service.summary}</p>
  <p><a class="button" href="/contact">Tell us about your project</a></p>
</section>
<section aria-labelledby="offerings-title">
  <h2 id="offerings-title">What we do</h2>
  <div class="grid">
    ${site.service.offerings.map((o) => html`<article class="card" id="${o.id}"><h3>${o.title}</h3><p>${o.copy}</p></article>`)}
  </div>
</section>
<section class="cta" aria-labelledby="cta-title">
  <h2 id="cta-title">Can your team hand work off?</h2>
  <p>Answer a few questions about how your team writes, reviews and decides. You get a readiness report straight away: a score, the three gaps that would cost an outside engineer the most time, and what to do about each.</p>
  <p><a class="button" href="/contact">Get your readiness report</a></p>
</section>
<section aria-labelledby="offices-title">
  <h2 id="offices-title">Our offices</h2>
  <p class="hint" id="overlap-note" data-overlap-note>Contractors also work from ${site.contractorRegions.map((r) => r.label).join(", ")}.</p>
  <div class="grid offices">${offices.map((o) => officeCard(site, o))}</div>
</section>
${latest.length
  ? html`<section aria-labelledby="latest-title">
  <h2 id="latest-title">Latest articles</h2>
  <div class="grid">${latest.map((a) => articleCard(a))}</div>
  <p><a href="/articles">All articles</a></p>
</section>`
  : ""}`;
}
