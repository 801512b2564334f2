import type { Actor } from "../../../core/actor.js";
import { BRIEF_STATES, STATE_LABELS } from "../../../core/workflow/index.js";
import type { Brief } from "../../../models/briefs.js";
import type { Engagement, EngagementRecord, EngagementSummary } from "../../../models/engagements.js";
import type { Org } from "../../../models/orgs.js";
import type { User } from "../../../models/users.js";
import { html, type SafeHtml } from "../../html.js";
import type { AuditRow } from "../../routes/engagements-api.js";
import { csrfField, errorSummary, field, select, textarea, type FieldErrors } from "../forms.js";
import { localNow, shortcutsHelp, when } from "./common.js";
import { timeline } from "./timeline.js";
import type { DueItem } from "../../../commands/clocks.js";
import { dueBadge, sortByDue } from "../time/due.js";

export interface NewEngagementForm {
  orgs: Org[];
  contractors: User[];
  clients: User[];
  values: Record<string, string | string[]>;
  errors?: FieldErrors;
}

function checkboxes(name: string, legend: string, people: User[], chosen: string[], hint: string, errors?: FieldErrors): SafeHtml {
  return html`<fieldset id="f-${name}"${errors?.[name] ? html` class="has-error"` : ""}>
  <legend>${legend}</legend>
  <p class="hint">${hint}</p>
  ${errors?.[name] ? html`<p class="error">${errors[name]}</p>` : ""}
  ${people.map(
    (p) => html`<label class="check"><input type="checkbox" name="${name}" value="${p.id}"${chosen.includes(p.id) ? html` checked` : ""}> ${p.name} <span class="hint">(${p.timezone})</span></label>`,
  )}
</fieldset>`;
}

/** The engagement list; staff also get the form to open one. */
export function engagementsView(actor: Actor, list: Engagement[], orgNames: Map<string, string>, csrf: string, form?: NewEngagementForm): SafeHtml {
  const v = form?.values ?? {};
  const arr = (x: string | string[] | undefined) => (Array.isArray(x) ? x : x ? [x] : []);
  return html`<section>
  <h1>Engagements</h1>
  ${list.length
    ? html`<ul class="engagement-list">${list.map(
        (e) => html`<li><a href="/engagements/${e.id}">${e.title}</a> <span class="hint">· ${orgNames.get(e.org_id) ?? ""} · opened ${when(e.created_at, actor.timezone)}</span> ${e.state === "ended" ? html`<span class="badge ok">Ended</span>` : html`<span class="badge">Active</span>`}</li>`,
      )}</ul>`
    : html`<p>No engagements yet.</p>`}
  ${form
    ? html`<h2 id="new-engagement">Open an engagement</h2>
  ${errorSummary(form.errors)}
  <form method="post" action="/engagements" novalidate class="engagement-form">
    ${csrfField(csrf)}
    ${select({ name: "orgId", label: "Client organisation", value: String(v.orgId ?? ""), errors: form.errors, required: true, options: [{ value: "", label: "Choose…" }, ...form.orgs.map((o) => ({ value: o.id, label: o.name }))] })}
    ${field({ name: "title", label: "Title", value: String(v.title ?? ""), errors: form.errors, required: true })}
    ${textarea({ name: "scope", label: "Scope", value: String(v.scope ?? ""), errors: form.errors, required: true, rows: 3, hint: "What the engagement covers, in a sentence or two." })}
    ${checkboxes("contractorIds", "Contractors", form.contractors, arr(v.contractorIds), "Assigned contractors see the engagement and can claim its ready briefs.", form.errors)}
    ${checkboxes("reviewerIds", "Reviewers", form.clients, arr(v.reviewerIds), "Client people who review deliverables; none chosen means every client person may review.", form.errors)}
    <button type="submit">Open engagement</button>
  </form>`
    : ""}
</section>`;
}

export interface BoardData {
  engagement: EngagementRecord;
  orgName: string;
  briefs: Brief[];
  questionCounts: Map<string, { total: number; open: number }>;
  people: (User & { parts: string[] })[];
  events: AuditRow[];
  canWrite: boolean;
  now: number;
  /** Soonest running clock per brief (views/time): cards show it and sort by it. */
  due?: Map<string, DueItem>;
  /** The people panel (views/time/people-panel). */
  peoplePanel?: SafeHtml;
  /** Staff and the client owner: a link to the engagement's delivery settings. */
  canManageDelivery?: boolean;
}

/** The engagement page: briefs as a board by state with counts, people with local times, timeline. */
export function boardView(actor: Actor, d: BoardData): SafeHtml {
  const e = d.engagement;
  const summary = e.summary ? (JSON.parse(e.summary) as EngagementSummary) : null;
  const columns = BRIEF_STATES.map((s) => ({ state: s, briefs: sortByDue(d.briefs.filter((b) => b.state === s), d.due) }));
  return html`<section>
  <p><a href="/engagements">← Engagements</a></p>
  <h1>${e.title}</h1>
  <p class="hint">${d.orgName} · opened ${when(e.created_at, actor.timezone)}</p>
  ${summary
    ? html`<div class="notice ended" role="status" id="engagement-ended"><p><strong>This engagement ended</strong> ${when(e.ended_at, actor.timezone)} and is read-only.</p>
  <p>${summary.briefsShipped} brief(s) shipped, ${summary.briefsCancelled} cancelled, ${summary.questionsAsked} question(s) asked; review rounds: ${Object.values(summary.rounds).join(", ") || "none"}.</p></div>`
    : ""}
  <p class="scope">${e.scope}</p>
  ${d.canWrite && e.state === "active" ? html`<p><a class="button" href="/engagements/${e.id}/briefs/new" data-shortcut="new">New brief</a></p>` : ""}
  <h2>Briefs</h2>
  <div class="board" role="list">
    ${columns.map(
      (c) => html`<section class="board-column" role="listitem" aria-labelledby="col-${c.state}">
      <h3 id="col-${c.state}">${STATE_LABELS[c.state]} <span class="count" data-count="${c.state}">${c.briefs.length}</span></h3>
      <ul>${c.briefs.map((b) => {
        const q = d.questionCounts.get(b.id);
        const due = d.due?.get(b.id);
        return html`<li class="card brief-card${due?.state === "overdue" ? " is-overdue" : ""}"><a href="/briefs/${b.id}">${b.title}</a><span class="hint"> · v${b.version}${q ? ` · ${q.total} question(s), ${q.open} open` : ""}</span>${due ? html` ${dueBadge(due)}` : ""}</li>`;
      })}</ul>
    </section>`,
    )}
  </div>
  <h2>People</h2>
  <ul class="people">${d.people.map(
    (p) => html`<li><strong>${p.name}</strong> <span class="hint">${p.parts.join(", ") || p.role}</span> · <span class="local-time">${localNow(p.timezone, d.now)}</span> <span class="hint">(${p.timezone})</span></li>`,
  )}</ul>
  ${d.peoplePanel ?? ""}
  <p><a href="/api/v1/engagements/${e.id}/audit?format=csv">Download the audit (CSV)</a> · <a href="/api/v1/engagements/${e.id}/audit">JSON</a>${d.canManageDelivery ? html` · <a href="/engagements/${e.id}/channels" id="delivery-settings">Delivery settings</a>` : ""}</p>
  ${timeline(d.events, actor.timezone)}
  ${shortcutsHelp([["n", "New brief"], ["?", "Show these shortcuts"]])}
</section>`;
}
