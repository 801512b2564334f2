import { LEAD_TRANSITIONS } from "../../../commands/leads.js";
import { renderMarkdown } from "../../../content/markdown.js";
import { LEAD_STATUSES, type Lead, type LeadStatusChange } from "../../../models/leads.js";
import { html, raw, type SafeHtml } from "../../html.js";
import { LEVEL_LABELS, type StoredAnswers, type StoredReport } from "../../routes/contact-report.js";
import { CONTACT_LABELS } from "../../schemas/contact.js";
import { csrfField, errorSummary, select, textarea, type FieldErrors } from "../forms.js";
import { OPTION_LABELS } from "./contact.js";
import { ticketFindings } from "./report.js";

const LEVELS = ["ready", "ready-with-gaps", "fix-documentation-first"] as const;
const STATUS_CLASS: Record<string, string> = { new: "", contacted: "warn", won: "ok", lost: "bad" };

const level = (l: string | null) => (l ? (LEVEL_LABELS as Record<string, string>)[l] ?? l : "Not scored yet");
/** "2026-05-04T09:12:00.000Z" → "2026-05-04 09:12 UTC". */
export const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** `/staff/leads`: newest first, filtered by level and status. */
export function leadsListBody(leads: Lead[], filter: { level?: string; status?: string }): SafeHtml {
  const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  return html`<section>
  <h1>Leads</h1>
  <form method="get" action="/staff/leads" class="filters">
    ${select({ name: "level", label: "Level", value: filter.level ?? "", options: [{ value: "", label: "Any level" }, ...LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))] })}
    ${select({ name: "status", label: "Status", value: filter.status ?? "", options: [{ value: "", label: "Any status" }, ...LEAD_STATUSES.map((s) => ({ value: s, label: s }))] })}
    <button type="submit" class="secondary">Filter</button>
  </form>
  <p><a href="/staff/leads.csv${qs ? `?${qs}` : ""}" download>Download these leads as CSV</a></p>
  ${leads.length
    ? html`<div class="table-wrap"><table class="table leads">
    <thead><tr><th scope="col">Received</th><th scope="col">Company</th><th scope="col">Contact</th><th scope="col">Score</th><th scope="col">Level</th><th scope="col">Status</th></tr></thead>
    <tbody>${leads.map(
      (l) => html`<tr>
      <td><time datetime="${l.created_at}">${utc(l.created_at)}</time></td>
      <td><a href="/staff/leads/${l.id}">${l.company}</a></td>
      <td>${l.name}</td>
      <td>${l.score ?? "—"}</td>
      <td>${level(l.level)}</td>
      <td><span class="badge ${STATUS_CLASS[l.status]}">${l.status}</span></td>
    </tr>`,
    )}</tbody>
  </table></div>`
    : html`<p>No leads match these filters.</p>`}
</section>`;
}

function answersTable(a: StoredAnswers): SafeHtml {
  const rows = Object.entries(a).map(([k, v]) => {
    const shown = OPTION_LABELS[k]?.[String(v)] ?? (v === "" ? "(nobody named)" : String(v));
    return html`<tr><th scope="row">${CONTACT_LABELS[k] ?? k}</th><td>${shown}</td></tr>`;
  });
  return html`<div class="table-wrap"><table class="table"><tbody>${rows}</tbody></table></div>`;
}

/** `/staff/leads/:id`: everything the visitor sent, the report, the status history and the next move. */
export function leadDetailBody(o: {
  lead: Lead;
  report: StoredReport | null;
  history: (LeadStatusChange & { author_name: string | null })[];
  csrf: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}): SafeHtml {
  const { lead, report } = o;
  const next = LEAD_TRANSITIONS[lead.status];
  const answers = JSON.parse(lead.answers) as StoredAnswers;
  return html`<section>
  <p><a href="/staff/leads">← Leads</a></p>
  <h1>${lead.company}</h1>
  <p><span class="badge ${STATUS_CLASS[lead.status]}">${lead.status}</span> · received <time datetime="${lead.created_at}">${utc(lead.created_at)}</time></p>
  <dl class="facts">
    <dt>Contact</dt><dd>${lead.name} · <a href="mailto:${lead.email}">${lead.email}</a></dd>
    <dt>Website</dt><dd>${lead.website ?? "—"}</dd>
    <dt>Timezone</dt><dd>${lead.timezone}${lead.timezone_given ? ` (typed: ${lead.timezone_given})` : ""} · works ${lead.hours_start}–${lead.hours_end}</dd>
    <dt>Score</dt><dd>${lead.score !== null ? html`${lead.score} / 100 · ${level(lead.level)}` : "Not scored yet"}</dd>
  </dl>
  <h2>What needs building</h2>
  <p class="pre-wrap">${lead.project}</p>
  <h2>What “finished” means</h2>
  <p class="pre-wrap">${lead.finished}</p>
  <h2>Readiness answers</h2>
  ${answersTable(answers)}
  ${report
    ? html`<h2>Gaps</h2><ol>${report.gaps.map((g) => html`<li><strong>${g.title}</strong> (${g.weight} points): ${g.action}</li>`)}</ol>
  <h2>Overlap</h2><ul>${report.overlap.map((v) => html`<li>${v.office}: ${v.hoursPerDay} h on ${v.date}</li>`)}</ul>`
    : ""}
  <h2>Ticket</h2>
  ${lead.ticket ? html`${ticketFindings(report?.ticket ?? null)}<div class="ticket-body card">${raw(renderMarkdown(lead.ticket).html)}</div>` : html`<p>No ticket pasted.</p>`}
  <h2>Status history</h2>
  ${o.history.length
    ? html`<ol class="history">${o.history.map(
        (h) => html`<li><strong>${h.from_status} → ${h.to_status}</strong> by ${h.author_name ?? "someone"} at <time datetime="${h.created_at}">${utc(h.created_at)}</time><p class="pre-wrap">${h.note}</p></li>`,
      )}</ol>`
    : html`<p>No changes yet.</p>`}
  <h2>Status</h2>
  ${errorSummary(o.errors, { to: "New status", note: "Note" })}
  ${next.length
    ? html`<form method="post" action="/staff/leads/${lead.id}/status" novalidate>
    ${csrfField(o.csrf)}
    ${select({ name: "to", label: "New status", value: o.values?.to ?? next[0], errors: o.errors, required: true, options: next.map((s) => ({ value: s, label: s })) })}
    ${textarea({ name: "note", label: "Note", value: o.values?.note, errors: o.errors, required: true, rows: 4, hint: "What happened and what comes next. Kept in the history." })}
    <button type="submit">Change status</button>
  </form>`
    : html`<p>This lead is ${lead.status}: its status no longer changes.</p>`}
</section>`;
}
