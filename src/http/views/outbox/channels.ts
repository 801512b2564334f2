import { channelConfig, channelEvents, type Channel } from "../../../models/channels.js";
import type { Org } from "../../../models/orgs.js";
import type { OutboxState } from "../../../storage/schema.js";
import { html, type SafeHtml } from "../../html.js";
import { csrfField, errorSummary, field, select, textarea, type FieldErrors } from "../forms.js";

export const KIND_LABELS: Record<Channel["kind"], string> = { webhook: "Webhook", slack: "Slack", linear: "Linear", email: "E-mail" };

/** Where a channel sends, without its secret. */
export function destinationOf(c: Channel): string {
  const cfg = channelConfig(c);
  switch (c.kind) {
    case "webhook":
      return cfg.url ?? "";
    case "slack":
      return cfg.secretHint ?? "incoming webhook";
    case "linear":
      return `team ${cfg.teamId ?? "?"} (key ${cfg.secretHint ?? "stored"})`;
    case "email":
      return (cfg.recipients ?? []).join(", ");
  }
}

/** The state of a channel as a badge: on, off (with why), or failing (with the last error). */
export function channelStatus(c: Channel): SafeHtml {
  if (!c.enabled) return html`<span class="badge bad">Off</span> <span class="hint">${c.disabled_reason ?? ""}</span>`;
  if (c.last_error) return html`<span class="badge warn">Failing</span> <span class="hint">Last error ${c.last_error_at ?? ""}: ${c.last_error}</span>`;
  return html`<span class="badge ok">On</span>${c.last_success_at ? html` <span class="hint">last delivered ${c.last_success_at}</span>` : ""}`;
}

export interface ChannelRow {
  channel: Channel;
  counts: Record<OutboxState, number>;
}

/** One channel's card with its actions (test, on/off, replay dead-letters, remove). */
function channelCard(row: ChannelRow, csrf: string): SafeHtml {
  const c = row.channel;
  const post = (path: string, label: string, cls = "secondary") =>
    html`<form method="post" action="/channels/${c.id}/${path}" class="inline">${csrfField(csrf)}<button type="submit" class="${cls}">${label}</button></form>`;
  return html`<li class="card channel-card">
  <h3>${c.name} <span class="badge">${KIND_LABELS[c.kind]}</span></h3>
  <p>${channelStatus(c)}</p>
  <dl class="channel-facts">
    <dt>Sends to</dt><dd><code>${destinationOf(c)}</code></dd>
    <dt>Scope</dt><dd>${c.engagement_id ? html`engagement <code>${c.engagement_id}</code>` : "every engagement of the organisation"}</dd>
    <dt>Events</dt><dd>${channelEvents(c).join(", ")}</dd>
    <dt>Messages</dt><dd>${row.counts.sent} sent · ${row.counts.pending + row.counts.sending} queued · ${row.counts.dead} dead-lettered</dd>
  </dl>
  <p class="actions">
    ${post("test", "Send test")}
    ${c.enabled ? post("disable", "Turn off") : post("enable", "Turn on")}
    ${row.counts.dead ? post("replay", `Replay ${row.counts.dead} dead-lettered`) : ""}
    ${post("delete", "Remove", "link")}
  </p>
</li>`;
}

export interface SettingsView {
  org: Org;
  rows: ChannelRow[];
  csrf: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string;
  /** A webhook's signing secret, shown once after it was created. */
  signingSecret?: string | null;
  smtpConfigured: boolean;
}

/** The delivery settings of one organisation. */
export function channelSettings(v: SettingsView): SafeHtml {
  const val = v.values ?? {};
  const hasEmail = v.rows.some((r) => r.channel.kind === "email");
  return html`<section>
  <p><a href="/staff/orgs/${v.org.id}">← ${v.org.name}</a></p>
  <h1>Delivery: ${v.org.name}</h1>
  <p>Where updates about briefs go: Slack, Linear, e-mail and signed webhooks. Secrets are stored encrypted and never shown again.</p>
  ${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ""}
  ${v.signingSecret
    ? html`<div class="notice" role="status"><p>The webhook's signing secret (Standard Webhooks): give it to the receiver to verify <code>webhook-signature</code>.</p><p><input class="copy" readonly value="${v.signingSecret}" aria-label="Signing secret to copy"></p><p class="hint">Shown once: copy it now.</p></div>`
    : ""}
  ${hasEmail && !v.smtpConfigured ? html`<p class="notice" role="status">E-mail is not configured on this server (SMTP_URL): e-mail channels send nothing until it is.</p>` : ""}
  <h2>Channels</h2>
  ${v.rows.length ? html`<ul class="channel-list">${v.rows.map((r) => channelCard(r, v.csrf))}</ul>` : html`<p>No channels yet.</p>`}
  <h2>Add a channel</h2>
  ${errorSummary(v.errors)}
  <form method="post" action="/orgs/${v.org.id}/channels" novalidate>
    ${csrfField(v.csrf)}
    ${select({ name: "kind", label: "Kind", value: val.kind ?? "webhook", errors: v.errors, required: true, options: (Object.keys(KIND_LABELS) as Channel["kind"][]).map((k) => ({ value: k, label: KIND_LABELS[k] })) })}
    ${field({ name: "name", label: "Name", hint: "How people will recognise it, e.g. #payments-eng.", value: val.name, errors: v.errors, required: true })}
    <fieldset><legend>Webhook</legend>
    ${field({ name: "url", label: "Receiver URL", type: "url", hint: "A public https:// address; private and local addresses are refused.", value: val.url, errors: v.errors })}
    </fieldset>
    <fieldset><legend>Slack</legend>
    ${field({ name: "slackUrl", label: "Incoming-webhook URL", hint: "From Slack: Apps → Incoming Webhooks. Stored encrypted, not shown again.", value: "", errors: v.errors, autocomplete: "off" })}
    </fieldset>
    <fieldset><legend>Linear</legend>
    ${field({ name: "apiKey", label: "API key", type: "password", hint: "Settings → API → Personal API keys. Stored encrypted, not shown again.", errors: v.errors, autocomplete: "off" })}
    ${field({ name: "teamId", label: "Team id", hint: "Each brief gets one issue in this team when it becomes ready.", value: val.teamId, errors: v.errors })}
    </fieldset>
    <fieldset><legend>E-mail</legend>
    ${textarea({ name: "recipients", label: "Recipients", hint: "Addresses separated by commas.", value: val.recipients, errors: v.errors, rows: 2 })}
    </fieldset>
    ${field({ name: "events", label: "Events", hint: "Event types separated by commas, e.g. brief.ready, brief.*, or * for all. Empty: a sensible default for the kind.", value: val.events, errors: v.errors })}
    ${field({ name: "engagementId", label: "Only this engagement", hint: "An engagement id; empty for every engagement of the organisation.", value: val.engagementId, errors: v.errors })}
    <button type="submit">Add channel</button>
  </form>
</section>`;
}
