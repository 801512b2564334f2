import type { Actor } from "../../../core/actor.js";
import { formatLocal } from "../../../core/hours/format.js";
import { html, type SafeHtml } from "../../html.js";
import type { InboxItem } from "../../routes/inbox.js";
import type { StaffQueue } from "../../routes/inbox-staff.js";
import { dueBadge } from "../time/due.js";
import { csrfField } from "../forms.js";

const LABELS: Record<InboxItem["kind"], string> = {
  review: "Review a deliverable",
  question: "Answer a question",
  ship: "Ship an accepted brief",
  claim: "Ready to claim",
  feedback: "Address review feedback",
  work: "In progress with you",
  mention: "Mentioned you",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Staff: what waits on the consultancy (leads, dead letters, overdue engagements), each with the page that works it. */
function staffQueueView(actor: Actor, q: StaffQueue): SafeHtml {
  return html`<section class="staff-queue" aria-labelledby="staff-queue-h">
  <h2 id="staff-queue-h">Waiting on the consultancy</h2>
  <ul class="staff-queue-counts">
    <li data-queue="leads"><a href="${q.newLeads.url}">${plural(q.newLeads.count, "new lead", "new leads")}</a>${q.newLeads.count ? "" : html` <span class="hint">(none to triage)</span>`}</li>
    <li data-queue="dead"><a href="${q.deadDeliveries.url}">${plural(q.deadDeliveries.count, "dead-lettered delivery", "dead-lettered deliveries")}</a>${q.deadDeliveries.count ? html` <span class="badge bad">needs a replay or a fix</span>` : ""}</li>
  </ul>
  <h3>Engagements with overdue clocks</h3>
  ${q.overdueEngagements.length
    ? html`<ul class="overdue-engagements">${q.overdueEngagements.map(
        (e) => html`<li class="is-overdue" data-engagement="${e.engagementId}"><a href="${e.url}">${e.title}</a> <span class="hint">· ${e.orgName} · ${plural(e.overdue, "overdue clock", "overdue clocks")} · oldest due <time datetime="${e.oldestDueAt}">${formatLocal(actor.timezone, Date.parse(e.oldestDueAt), { withDate: true })}</time></span></li>`,
      )}</ul>`
    : html`<p class="hint">No engagement has an overdue clock.</p>`}
</section>`;
}

/** The inbox: what waits on the reader, oldest first, with times in the reader's zone. */
export function inboxView(actor: Actor, items: InboxItem[], _now: number, csrf: string, staff?: StaffQueue): SafeHtml {
  return html`<section>
  <h1>Inbox</h1>
  ${staff ? staffQueueView(actor, staff) : ""}
  ${staff ? html`<h2>Briefs</h2>` : ""}
  ${items.length
    ? html`<ol class="inbox">${items.map(
        (i) => html`<li class="inbox-item${i.due?.state === "overdue" ? " is-overdue" : ""}" data-kind="${i.kind}">
  <span class="badge">${LABELS[i.kind]}</span>
  ${i.kind === "mention" ? html`${i.by ?? "Someone"} mentioned you on ` : ""}<a href="${i.url}">${i.briefTitle}</a>
  <span class="hint">· ${i.engagementTitle} · waiting since <time datetime="${i.since}">${formatLocal(actor.timezone, Date.parse(i.since), { withDate: true })}</time></span>
  ${i.due ? dueBadge(i.due) : ""}
  ${i.text ? html`<blockquote>${i.text}</blockquote>` : ""}
  ${i.mentionId
    ? html`<form method="post" action="/mentions/${i.mentionId}/dismiss" class="inline">${csrfField(csrf)}<button type="submit" class="link">Dismiss</button></form>`
    : ""}
</li>`,
      )}</ol>`
    : html`<p>Nothing waits on you right now.</p>`}
</section>`;
}
