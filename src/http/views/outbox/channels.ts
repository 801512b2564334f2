import { LINEAR_DEFAULT_STATE_NAMES, LINEAR_MAPPED_STATES, linearStateNames } from "../../../core/notice.js";
import { STATE_LABELS } from "../../../core/workflow/index.js";
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

/**
 * One text field per brief state for the Linear team's state name, prefilled
 * with `values` (the channel's names, or Linear's defaults on a new channel).
 * `prefix` keeps the ids of several forms on one page apart.
 */
function linearStateInputs(values: Record<string, string | undefined>, prefix: string, errors?: FieldErrors): SafeHtml {
  return html`<div class="linear-states">${LINEAR_MAPPED_STATES.map((s) => {
    const name = `state_${s}`;
    const id = `${prefix}-${name}`;
    const err = errors?.[name];
    return html`<div class="field${err ? " has-error" : ""}"><label for="${id}">${STATE_LABELS[s]} <span class="hint">(default ${LINEAR_DEFAULT_STATE_NAMES[s]})</span></label>${err ? html`<p class="error" id="${id}-error">${err}</p>` : ""}<input id="${id}" name="${name}" value="${values[name] ?? ""}" maxlength="100"${err ? html` aria-invalid="true" aria-describedby="${id}-error"` : ""}></div>`;
  })}</div>`;
}

/** The form on a Linear channel's card that renames the team's states it moves issues to. */
function linearStatesCardForm(c: Channel, csrf: string, back: "org" | "engagement"): SafeHtml {
  const names = linearStateNames(channelConfig(c).stateNames);
  const values = Object.fromEntries(LINEAR_MAPPED_STATES.map((s) => [`state_${s}`, names[s]]));
  return html`<details class="linear-state-names"><summary>Linear state names</summary>
  <form method="post" action="/channels/${c.id}/linear-states">${csrfField(csrf)}<input type="hidden" name="back" value="${back}">
    <p class="hint">The name of your team's workflow state for each brief state, as Linear shows it (case does not matter). Empty: Linear's default.</p>
    ${linearStateInputs(values, `c-${c.id}`)}
    <button type="submit" class="secondary">Save state names</button>
  </form></details>`;
}

/**
 * One channel's card with its actions (test, on/off, replay dead-letters,
 * remove). `back` says which settings page the actions return to.
 */
function channelCard(row: ChannelRow, csrf: string, engagements: EngagementOption[], back: "org" | "engagement"): SafeHtml {
  const c = row.channel;
  const post = (path: string, label: string, cls = "secondary") =>
    html`<form method="post" action="/channels/${c.id}/${path}" class="inline">${csrfField(csrf)}<input type="hidden" name="back" value="${back}"><button type="submit" class="${cls}">${label}</button></form>`;
  const scoped = c.engagement_id ? engagements.find((e) => e.id === c.engagement_id) : undefined;
  return html`<li class="card channel-card">
  <h3>${c.name} <span class="badge">${KIND_LABELS[c.kind]}</span></h3>
  <p>${channelStatus(c)}</p>
  <dl class="channel-facts">
    <dt>Sends to</dt><dd><code>${destinationOf(c)}</code></dd>
    <dt>Scope</dt><dd>${c.engagement_id ? html`only the engagement <a href="/engagements/${c.engagement_id}">${scoped?.title ?? c.engagement_id}</a>` : "every engagement of the organisation"}</dd>
    <dt>Events</dt><dd>${channelEvents(c).join(", ")}</dd>
    <dt>Messages</dt><dd>${row.counts.sent} sent · ${row.counts.pending + row.counts.sending} queued · ${row.counts.dead} dead-lettered</dd>
  </dl>
  ${c.kind === "linear" ? linearStatesCardForm(c, csrf, back) : ""}
  <p class="actions">
    ${post("test", "Send test")}
    ${c.enabled ? post("disable", "Turn off") : post("enable", "Turn on")}
    ${row.counts.dead ? post("replay", `Replay ${row.counts.dead} dead-lettered`) : ""}
    ${post("delete", "Remove", "link")}
  </p>
</li>`;
}

/** An engagement of the organisation, for the scope select and the cards. */
export interface EngagementOption {
  id: string;
  title: string;
  state: string;
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
  /** The organisation's engagements: the scope select offers them. */
  engagements: EngagementOption[];
  /** Set on one engagement's settings page: its channels are `rows`, new channels are scoped to it. */
  engagement?: EngagementOption;
  /** On an engagement's page: the organisation-wide channels that hear it too (read-only here). */
  orgWide?: Channel[];
  /** Staff reach the organisation's page under /staff; client owners do not. */
  staffView: boolean;
}

/** The delivery settings of one organisation, or of one engagement in it. */
export function channelSettings(v: SettingsView): SafeHtml {
  const val = v.values ?? {};
  const hasEmail = v.rows.some((r) => r.channel.kind === "email");
  const e = v.engagement;
  const title = e ? `Delivery: ${e.title}` : `Delivery: ${v.org.name}`;
  const back = e ? html`<a href="/engagements/${e.id}">← ${e.title}</a>` : v.staffView ? html`<a href="/staff/orgs/${v.org.id}">← ${v.org.name}</a>` : html`<a href="/engagements">← Engagements</a>`;
  const scopeOptions = [{ value: "", label: "Every engagement of the organisation" }, ...v.engagements.map((x) => ({ value: x.id, label: x.state === "ended" ? `${x.title} (ended)` : x.title }))];
  return html`<section>
  <p>${back}</p>
  <h1>${title}</h1>
  <p>${e
    ? html`Where updates about this engagement's briefs go. Channels added here hear only this engagement; <a href="/orgs/${v.org.id}/channels">${v.org.name}'s delivery settings</a> hold the channels that hear every engagement.`
    : "Where updates about briefs go: Slack, Linear, e-mail and signed webhooks."} Secrets are stored encrypted and never shown again.</p>
  ${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ""}
  ${v.signingSecret
    ? html`<div class="notice" role="status"><p>The webhook's signing secret (Standard Webhooks): give it to the receiver to verify <code>webhook-signature</code>.</p><p><input class="copy" readonly value="${v.signingSecret}" aria-label="Signing secret to copy"></p><p class="hint">Shown once: copy it now.</p></div>`
    : ""}
  ${hasEmail && !v.smtpConfigured ? html`<p class="notice" role="status">E-mail is not configured on this server (SMTP_URL): e-mail channels send nothing until it is.</p>` : ""}
  <h2>${e ? "Channels of this engagement" : "Channels"}</h2>
  ${v.rows.length ? html`<ul class="channel-list">${v.rows.map((r) => channelCard(r, v.csrf, v.engagements, e ? "engagement" : "org"))}</ul>` : html`<p>No channels yet.</p>`}
  ${v.orgWide
    ? html`<h2>Also hearing this engagement</h2>
  ${v.orgWide.length
    ? html`<ul class="org-wide">${v.orgWide.map((c) => html`<li>${c.name} <span class="badge">${KIND_LABELS[c.kind]}</span> ${c.enabled ? "" : html`<span class="badge bad">Off</span>`}</li>`)}</ul><p class="hint">Manage them in <a href="/orgs/${v.org.id}/channels">the organisation's delivery settings</a>.</p>`
    : html`<p class="hint">No organisation-wide channels.</p>`}`
    : ""}
  <h2>Add a channel</h2>
  ${errorSummary(v.errors)}
  <form method="post" action="${e ? `/engagements/${e.id}/channels` : `/orgs/${v.org.id}/channels`}" novalidate>
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
    <fieldset class="nested"><legend>State names in your Linear team</legend>
    <p class="hint">Each brief state moves the issue to the team's state of this name (case does not matter). Empty: Linear's default.</p>
    ${linearStateInputs(v.values ? val : Object.fromEntries(LINEAR_MAPPED_STATES.map((s) => [`state_${s}`, LINEAR_DEFAULT_STATE_NAMES[s]])), "new", v.errors)}
    </fieldset>
    </fieldset>
    <fieldset><legend>E-mail</legend>
    ${textarea({ name: "recipients", label: "Recipients", hint: "Addresses separated by commas.", value: val.recipients, errors: v.errors, rows: 2 })}
    </fieldset>
    ${field({ name: "events", label: "Events", hint: "Event types separated by commas, e.g. brief.ready, brief.*, or * for all. Empty: a sensible default for the kind.", value: val.events, errors: v.errors })}
    ${e
      ? html`<input type="hidden" name="engagementId" value="${e.id}"><p class="hint">Scope: only ${e.title}.</p>`
      : select({ name: "engagementId", label: "Scope", hint: "Which engagements' events this channel hears.", value: val.engagementId ?? "", errors: v.errors, options: scopeOptions })}
    <button type="submit">Add channel</button>
  </form>
</section>`;
}
