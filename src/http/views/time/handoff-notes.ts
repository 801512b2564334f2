import type { HandoffNote } from "../../../models/handoff-notes.js";
import { formatLocal } from "../../../core/hours/index.js";
import { html, type SafeHtml } from "../../html.js";
import { csrfField, errorSummary, textarea, type FieldErrors } from "../forms.js";

/** Handoff notes on a brief, the latest first, and the form to leave one. */
export function handoffNotesSection(o: {
  briefId: string;
  notes: readonly HandoffNote[];
  authors: ReadonlyMap<string, { name: string }>;
  readerZone: string;
  csrfToken: string;
  canWrite: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
}): SafeHtml {
  const v = o.values ?? {};
  return html`<section class="handoff-notes" id="handoff-notes" aria-labelledby="handoff-notes-h">
  <h2 id="handoff-notes-h">Handoff notes</h2>
  ${o.notes.length
    ? html`<ol class="notes" reversed>${o.notes.map(
        (n, i) => html`<li class="note${i === 0 ? " latest" : ""}"><p class="meta">${i === 0 ? html`<strong>Latest</strong> · ` : ""}${o.authors.get(n.author_id)?.name ?? "Someone"} · <time datetime="${n.created_at}">${formatLocal(o.readerZone, Date.parse(n.created_at), { withDate: true })}</time></p>
        ${n.progress ? html`<h3>Progress</h3><p class="pre">${n.progress}</p>` : ""}
        ${n.open_questions ? html`<h3>Open questions</h3><p class="pre">${n.open_questions}</p>` : ""}
        ${n.blockers ? html`<h3>Blockers</h3><p class="pre blockers">${n.blockers}</p>` : ""}</li>`,
      )}</ol>`
    : html`<p class="hint">No notes yet.</p>`}
  ${o.canWrite
    ? html`<h3>Ending your session? Leave a note</h3>
  ${errorSummary(o.errors)}
  <form method="post" action="/briefs/${o.briefId}/handoff-notes" novalidate>
    ${csrfField(o.csrfToken)}
    ${textarea({ name: "progress", label: "Progress", hint: "What you got done in this session.", value: v.progress, errors: o.errors, rows: 4 })}
    ${textarea({ name: "openQuestions", label: "Open questions", value: v.openQuestions, errors: o.errors, rows: 3 })}
    ${textarea({ name: "blockers", label: "Blockers", hint: "What stops you, and who can unblock it.", value: v.blockers, errors: o.errors, rows: 3 })}
    <button type="submit">Save handoff note</button>
  </form>`
    : ""}
</section>`;
}
