import type { Channel } from "../../../models/channels.js";
import type { OutboxMessage } from "../../../models/outbox.js";
import type { OutboxState } from "../../../storage/schema.js";
import { html, type SafeHtml } from "../../html.js";
import { csrfField } from "../forms.js";
import { KIND_LABELS } from "./channels.js";

const STATE_BADGE: Record<OutboxState, string> = { pending: "warn", sending: "warn", sent: "ok", dead: "bad" };

export interface DeliveriesView {
  messages: OutboxMessage[];
  channels: (Channel & { org_name: string })[];
  counts: Record<OutboxState, number>;
  filter: { state?: string; kind?: string; channel?: string; page: number };
  csrf: string;
  notice?: string;
  hasMore: boolean;
}

const option = (value: string, label: string, current?: string) => html`<option value="${value}"${value === (current ?? "") ? html` selected` : ""}>${label}</option>`;

/** Staff page: every message with its state, attempts, last status and error; filters and replay. */
export function deliveriesPage(v: DeliveriesView): SafeHtml {
  const byId = new Map(v.channels.map((c) => [c.id, c]));
  const off = v.channels.filter((c) => !c.enabled && c.disabled_reason);
  const selected = v.filter.channel ? byId.get(v.filter.channel) : undefined;
  const qs = (page: number) => new URLSearchParams({ ...(v.filter.state ? { state: v.filter.state } : {}), ...(v.filter.kind ? { kind: v.filter.kind } : {}), ...(v.filter.channel ? { channel: v.filter.channel } : {}), page: String(page) }).toString();
  return html`<section>
  <h1>Deliveries</h1>
  ${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ""}
  ${off.length
    ? html`<div class="notice" role="alert"><p><strong>Turned off channels</strong></p><ul>${off.map((c) => html`<li><a href="/orgs/${c.org_id}/channels">${c.org_name}: ${c.name}</a> — ${c.disabled_reason}</li>`)}</ul></div>`
    : ""}
  <p>${v.counts.pending + v.counts.sending} queued · ${v.counts.sent} sent · ${v.counts.dead} dead-lettered</p>
  <form method="get" action="/staff/deliveries" class="filters">
    <label for="f-state">State</label>
    <select id="f-state" name="state">${option("", "Any", v.filter.state)}${(["pending", "sending", "sent", "dead"] as const).map((s) => option(s, s, v.filter.state))}</select>
    <label for="f-kind">Kind</label>
    <select id="f-kind" name="kind">${option("", "Any", v.filter.kind)}${(Object.keys(KIND_LABELS) as Channel["kind"][]).map((k) => option(k, KIND_LABELS[k], v.filter.kind))}</select>
    <label for="f-channel">Channel</label>
    <select id="f-channel" name="channel">${option("", "Any", v.filter.channel)}${v.channels.map((c) => option(c.id, `${c.org_name}: ${c.name}`, v.filter.channel))}</select>
    <button type="submit" class="secondary">Filter</button>
  </form>
  ${selected && v.counts.dead
    ? html`<form method="post" action="/channels/${selected.id}/replay">${csrfField(v.csrf)}<button type="submit">Replay every dead-lettered message of ${selected.name}</button></form>`
    : ""}
  <div class="table-wrap"><table class="table deliveries">
    <thead><tr><th scope="col">Queued</th><th scope="col">Channel</th><th scope="col">State</th><th scope="col">Attempts</th><th scope="col">Last status</th><th scope="col">Next attempt / sent</th><th scope="col">Last error</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>${v.messages.map((m) => {
      const c = m.channel_id ? byId.get(m.channel_id) : undefined;
      return html`<tr>
      <td><time datetime="${m.created_at}">${m.created_at.replace("T", " ").slice(0, 19)}</time><br><code class="hint">${m.id}</code></td>
      <td>${c ? html`${c.org_name}: ${c.name}` : "transactional e-mail"} <span class="badge">${KIND_LABELS[m.kind]}</span><br><span class="hint">${m.destination}</span></td>
      <td><span class="badge ${STATE_BADGE[m.state]}">${m.state}</span></td>
      <td>${m.attempts}</td>
      <td>${m.last_status ?? ""}</td>
      <td>${m.state === "sent" ? m.sent_at : m.state === "dead" ? "" : m.next_attempt_at}</td>
      <td class="error-text">${m.last_error ?? ""}</td>
      <td>${m.state === "dead" ? html`<form method="post" action="/staff/deliveries/${m.id}/replay" class="inline">${csrfField(v.csrf)}<button type="submit" class="link">Replay</button></form>` : ""}</td>
    </tr>`;
    })}</tbody>
  </table></div>
  ${v.messages.length === 0 ? html`<p>No messages match.</p>` : ""}
  <p>${v.filter.page > 1 ? html`<a href="/staff/deliveries?${qs(v.filter.page - 1)}">← Newer</a> ` : ""}${v.hasMore ? html`<a href="/staff/deliveries?${qs(v.filter.page + 1)}">Older →</a>` : ""}</p>
</section>`;
}
