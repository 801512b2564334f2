import { renderMarkdown } from "../../../content/markdown.js";
import { LEVEL_RULES, SCORING_WEIGHTS } from "../../../core/readiness/index.js";
import type { Lead } from "../../../models/leads.js";
import { html, raw, type SafeHtml } from "../../html.js";
import { LEVEL_LABELS, type StoredReport, type TicketResult } from "../../routes/contact-report.js";

const LEVEL_CLASS: Record<string, string> = { ready: "ok", "ready-with-gaps": "warn", "fix-documentation-first": "bad" };

const LEVEL_SUMMARY: Record<string, string> = {
  ready: "An engineer outside your company could pick up your work and finish it with little help.",
  "ready-with-gaps": "An outside engineer could start, but the gaps below would cost both sides time in the first weeks.",
  "fix-documentation-first": "An outside engineer would spend their time guessing. Fix the gaps below before handing work off.",
};

const hours = (h: number) => `${h} hour${h === 1 ? "" : "s"}`;

/** The brief checker's findings on the pasted ticket. */
export function ticketFindings(ticket: TicketResult | null): SafeHtml {
  if (!ticket) return html`<p>You did not paste a ticket, so this part of the score was left out and the rest counts for 100.</p>`;
  if (!ticket.checked) return html`<p>We kept your ticket but could not check it automatically this time; we will read it ourselves and include our findings in our reply.</p>`;
  if (ticket.findings.length === 0) return html`<p>The brief checker found nothing missing: an outside engineer could act on this ticket as written.</p>`;
  return html`<p>The brief checker found ${ticket.findings.length} place${ticket.findings.length === 1 ? "" : "s"} where an outside engineer would have to guess:</p>
<ul class="findings">${ticket.findings.map(
    (f) => html`<li><span class="badge">${f.rule}</span> ${f.line ? html`<span class="line">line ${f.line}:</span> ` : ""}${f.message}${f.suggestion ? html` <span class="hint">${f.suggestion}</span>` : ""}</li>`,
  )}</ul>`;
}

/** The readiness report: score, level, top three gaps, overlap per office, ticket findings, how we score. */
export function reportBody(lead: Lead, r: StoredReport): SafeHtml {
  const top = r.gaps.slice(0, 3);
  const rest = r.gaps.slice(3);
  return html`<article class="report">
  <p class="breadcrumb">Readiness report for ${lead.company}</p>
  <h1>Your readiness report</h1>
  <div class="score-card">
    <p class="score"><span class="score-value">${r.score}</span><span class="score-max"> / 100</span></p>
    <p><span class="badge ${LEVEL_CLASS[r.level]}">${LEVEL_LABELS[r.level]}</span></p>
    <p>${LEVEL_SUMMARY[r.level]}</p>
  </div>
  <p class="hint">Keep this link: the report stays here for 90 days. We will reply to ${lead.email} in writing.</p>

  <section aria-labelledby="gaps-title">
    <h2 id="gaps-title">${top.length ? `The ${top.length === 1 ? "gap" : `${top.length} gaps`} that cost the most` : "No gaps"}</h2>
    ${top.length
      ? html`<ol class="gaps">${top.map(
          (g) => html`<li class="gap"><h3>${g.title}</h3><p><strong>Next step:</strong> ${g.action}</p><p class="hint">Costs ${g.weight} of 100 points.</p></li>`,
        )}</ol>`
      : html`<p>Every factor earned full marks.</p>`}
    ${rest.length
      ? html`<details><summary>${rest.length} smaller gap${rest.length === 1 ? "" : "s"}</summary><ul>${rest.map((g) => html`<li><strong>${g.title}</strong> (${g.weight} points): ${g.action}</li>`)}</ul></details>`
      : ""}
  </section>

  <section aria-labelledby="overlap-title">
    <h2 id="overlap-title">Your overlap with our offices</h2>
    ${r.zoneNote ? html`<p class="notice" role="note">${r.zoneNote}</p>` : ""}
    <p>For a working day of ${r.visitorHours} in ${r.zone}, Monday to Friday, on each office's next working day:</p>
    <div class="table-wrap"><table class="table">
      <thead><tr><th scope="col">Office</th><th scope="col">Date</th><th scope="col">Shared hours</th><th scope="col">When (office time · your time)</th></tr></thead>
      <tbody>${r.overlap.map(
        (o) => html`<tr><th scope="row">${o.office}</th><td>${o.date}</td><td>${hours(o.hoursPerDay)}</td><td>${o.windows.length ? o.windows.map((w) => html`<div>${w.office} · ${w.visitor}</div>`) : "No shared working hours"}</td></tr>`,
      )}</tbody>
    </table></div>
  </section>

  <section aria-labelledby="ticket-title">
    <h2 id="ticket-title">Your ticket</h2>
    ${ticketFindings(r.ticket)}
    ${lead.ticket ? html`<details class="ticket"><summary>The ticket as you pasted it</summary><div class="ticket-body">${raw(renderMarkdown(lead.ticket).html)}</div></details>` : ""}
  </section>

  <section aria-labelledby="how-title">
    <h2 id="how-title">How we score</h2>
    <p>Each factor earns up to its weight; the weights add up to 100. A factor that does not apply (no ticket pasted) drops out and the others are scaled to 100.</p>
    <div class="table-wrap"><table class="table weights">
      <thead><tr><th scope="col">Factor</th><th scope="col">Weight</th><th scope="col">Full marks when</th></tr></thead>
      <tbody>${SCORING_WEIGHTS.map((w) => html`<tr><th scope="row">${w.factor}</th><td>${w.weight}</td><td>${w.fullMarks}</td></tr>`)}</tbody>
    </table></div>
    <h3>Levels</h3>
    <ul>${LEVEL_RULES.map((rule) => html`<li>${rule}</li>`)}</ul>
  </section>
  <p><a href="/articles">Read our articles on handing work off</a></p>
</article>`;
}
