import { html, type SafeHtml } from "../../html.js";
import type { AuditRow } from "../../routes/engagements-api.js";
import { when } from "./common.js";

/** Events in their total order, newest last, times in the reader's zone. */
export function timeline(rows: AuditRow[], readerZone: string, title = "Timeline"): SafeHtml {
  return html`<section class="timeline" aria-labelledby="timeline-h">
  <h2 id="timeline-h">${title}</h2>
  ${rows.length
    ? html`<ol>${rows.map((r) => html`<li data-action="${r.action}">${when(r.at, readerZone)} · ${r.summary}</li>`)}</ol>`
    : html`<p class="hint">Nothing has happened yet.</p>`}
</section>`;
}
