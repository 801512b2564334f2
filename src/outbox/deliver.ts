import type { EmailPayload, LinearOp, SlackPayload, WebhookPayload } from "../core/notice.js";
import { deliverEmail } from "../integrations/email.js";
import { deliverLinear, LINEAR_DEFAULT_URL } from "../integrations/linear.js";
import { deliverSlack } from "../integrations/slack.js";
import type { DeliveryResult } from "../integrations/types.js";
import { deliverWebhook } from "../integrations/webhook.js";
import { channelConfig, findChannel, findLinearIssue, openSecret, storeLinearIssue, type Channel } from "../models/channels.js";
import { reserveSlot, type OutboxMessage } from "../models/outbox.js";
import type { Db } from "../storage/database.js";

export interface DeliveryContext {
  db: Db;
  publicUrl: string;
  smtpUrl: string | null;
  linearUrl: string;
  secretKey: Buffer;
  /** Gap between two messages to one Slack webhook (1 s; tests shorten it). */
  slackIntervalMs: number;
  now: () => number;
  /** Channels loaded once per round (a batch shares a few channels). */
  channels?: Map<string, Channel | null>;
}

/** The result plus the channel it went through (for its last error and a 410). */
export interface Attempt {
  result: DeliveryResult;
  channel: Channel | null;
  /** The channel cannot carry the message at all (removed, disabled): dead-letter without counting. */
  undeliverable?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads what a message needs (channel, sealed secret, stored Linear issue) and hands it to its adapter. */
export async function deliver(ctx: DeliveryContext, m: OutboxMessage): Promise<Attempt> {
  const payload = JSON.parse(m.payload);
  if (m.kind === "email" && !m.channel_id) {
    if (!ctx.smtpUrl) return { result: { ok: false, error: "SMTP_URL is not set: e-mail cannot be sent", permanent: false }, channel: null };
    return { result: await deliverEmail(ctx.smtpUrl, payload as EmailPayload, m.idempotency_key, ctx.publicUrl), channel: null };
  }
  const channel = m.channel_id ? (ctx.channels?.has(m.channel_id) ? ctx.channels.get(m.channel_id)! : ((await findChannel(ctx.db, m.channel_id)) ?? null)) : null;
  if (!channel) return { result: { ok: false, error: "channel removed", permanent: true }, channel: null, undeliverable: "The channel was removed." };
  if (!channel.enabled) {
    return { result: { ok: false, error: "channel disabled", permanent: true }, channel, undeliverable: `The channel is disabled${channel.disabled_reason ? `: ${channel.disabled_reason}` : ""}.` };
  }
  let secret = "";
  if (channel.secret_enc) {
    try {
      secret = openSecret(ctx.secretKey, channel.secret_enc);
    } catch {
      return { result: { ok: false, error: "the stored secret cannot be opened: HANDOFF_SECRET_KEY changed; enter the secret again", permanent: true }, channel };
    }
  }
  const cfg = channelConfig(channel);
  switch (m.kind) {
    case "webhook":
      return { result: await deliverWebhook(cfg.url ?? "", secret, m.idempotency_key, (payload as WebhookPayload).body), channel };
    case "slack": {
      const slot = await reserveSlot(ctx.db, m.destination, ctx.slackIntervalMs, ctx.now());
      const wait = slot - ctx.now();
      if (wait > 0) await sleep(wait);
      return { result: await deliverSlack(secret, (payload as SlackPayload).notice, m.idempotency_key, ctx.publicUrl), channel };
    }
    case "email":
      if (!ctx.smtpUrl) return { result: { ok: false, error: "SMTP_URL is not set: e-mail cannot be sent", permanent: false }, channel };
      return { result: await deliverEmail(ctx.smtpUrl, payload as EmailPayload, m.idempotency_key, ctx.publicUrl), channel };
    case "linear": {
      const op = payload as LinearOp;
      const briefId = op.notice.briefId;
      const known = briefId ? await findLinearIssue(ctx.db, channel.id, briefId) : null;
      const result = await deliverLinear(
        { endpoint: ctx.linearUrl || LINEAR_DEFAULT_URL, apiKey: secret, teamId: cfg.teamId ?? "", channelId: channel.id, knownIssueId: known, publicUrl: ctx.publicUrl, stateNames: cfg.stateNames },
        op,
        m.idempotency_key,
      );
      if (result.ok && briefId && !known && result.info?.issueId) {
        await storeLinearIssue(ctx.db, { channelId: channel.id, briefId, linearId: result.info.issueId, identifier: result.info.identifier, url: result.info.url });
      }
      return { result, channel };
    }
  }
}
