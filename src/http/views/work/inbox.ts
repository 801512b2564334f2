import type { Actor } from "../../../core/actor.js";
import { formatLocal } from "../../../core/hours/format.js";
import { html, type SafeHtml } from "../../html.js";
import type { InboxItem } from "../../routes/inbox.js";
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

/** The inbox: what waits on the reader, oldest first, with times in the reader's zone. */
export function inboxView(actor: Actor, items: InboxItem[], _now: number, csrf: string): SafeHtml {
  return html`<section>
  <h1>Inbox</h1>
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
