import { randomBytes } from "node:crypto";
import type { Actor } from "../core/actor.js";
import { validationError } from "../core/errors.js";
import { linearStateNames } from "../core/notice.js";
import { channelConfig, deleteChannel, insertChannel, sealSecret, setChannelConfig, setChannelEnabled, type Channel, type ChannelConfig, type ChannelKind } from "../models/channels.js";
import { recordEvent } from "../models/events.js";
import { enqueueTest, replayDead } from "../models/outbox.js";
import type { Org } from "../models/orgs.js";
import { findEngagement } from "../models/engagements.js";
import { authorize } from "../policies/authorize.js";
import { channelPolicy, orgChannelsPolicy } from "../policies/channel.js";
import type { Db } from "../storage/database.js";

/** What each kind hears when the form leaves "events" empty. */
export const DEFAULT_EVENTS: Record<ChannelKind, string[]> = {
  webhook: ["*"],
  slack: ["brief.*", "question.*", "deliverable.*", "comment.mentioned"],
  linear: ["brief.*", "question.*"],
  email: ["brief.ready", "brief.accepted", "brief.changes_requested", "question.*"],
};

export interface NewChannelInput {
  kind: ChannelKind;
  name: string;
  engagementId: string | null;
  url?: string;
  slackUrl?: string;
  apiKey?: string;
  teamId?: string;
  recipients?: string;
  events?: string[];
  /** linear: the team's state name per brief state; unnamed states use Linear's defaults. */
  stateNames?: Record<string, string>;
}

/** A Standard Webhooks signing secret: "whsec_" + base64 of 24 random bytes. */
const newSigningSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

/** "https://hooks.slack.com/services/T0/B1/abcd…wxyz" → "…/T0/B1/…wxyz": enough to recognise, not to use. */
const hintOf = (secret: string): string => {
  const tail = secret.slice(-4);
  try {
    const parts = new URL(secret).pathname.split("/").filter(Boolean);
    return `${new URL(secret).host}/…/${parts.slice(-3, -1).join("/")}/…${tail}`;
  } catch {
    return `…${tail}`;
  }
};

/**
 * Adds a channel. Secrets are sealed with AES-256-GCM before they are stored;
 * a webhook's signing secret is generated here and returned once to show.
 * The caller has already refused private URLs (outbox/destinations).
 */
export async function createChannel(db: Db, actor: Actor, org: Org, input: NewChannelInput, key: Buffer): Promise<{ channel: Channel; signingSecret: string | null }> {
  authorize(orgChannelsPolicy, actor, "manage-channels", org);
  if (input.engagementId) {
    const eng = await findEngagement(db, input.engagementId);
    if (!eng || eng.org_id !== org.id) throw validationError({ engagementId: "Choose one of this organisation's engagements, or every engagement." });
  }
  let config: ChannelConfig = {};
  let secret: string | null = null;
  switch (input.kind) {
    case "webhook":
      config = { url: input.url };
      secret = newSigningSecret();
      break;
    case "slack":
      secret = input.slackUrl!;
      config = { secretHint: hintOf(secret) };
      break;
    case "linear":
      secret = input.apiKey!;
      config = { teamId: input.teamId, secretHint: `…${secret.slice(-4)}`, stateNames: linearStateNames(input.stateNames) };
      break;
    case "email":
      config = { recipients: [...new Set((input.recipients ?? "").split(/[\s,;]+/).filter(Boolean))] };
      break;
  }
  return db.transaction().execute(async (tx) => {
    const channel = await insertChannel(tx, {
      orgId: org.id,
      engagementId: input.engagementId,
      kind: input.kind,
      name: input.name,
      config,
      secretEnc: secret ? sealSecret(key, secret) : null,
      events: input.events?.length ? input.events : DEFAULT_EVENTS[input.kind],
      createdBy: actor.id,
    });
    await recordEvent(tx, { orgId: org.id, actorId: actor.id, action: "channel.created", entityType: "channel", entityId: channel.id, summary: `${actor.name} added the ${input.kind} channel ${input.name}` });
    return { channel, signingSecret: input.kind === "webhook" ? secret : null };
  });
}

/** Renames the Linear workflow states a Linear channel moves issues to (empty names fall back to Linear's defaults). */
export async function setLinearStateNames(db: Db, actor: Actor, channel: Channel, names: Record<string, string>): Promise<Record<string, string>> {
  authorize(channelPolicy, actor, "manage", channel);
  if (channel.kind !== "linear") throw validationError({ kind: "Only Linear channels have workflow state names." });
  const stateNames = linearStateNames(names);
  await db.transaction().execute(async (tx) => {
    await setChannelConfig(tx, channel.id, { ...channelConfig(channel), stateNames });
    await recordEvent(tx, { orgId: channel.org_id, actorId: actor.id, action: "channel.updated", entityType: "channel", entityId: channel.id, summary: `${actor.name} changed the Linear state names of ${channel.name}` });
  });
  return stateNames;
}

/** Turns a channel on (clearing the reason it was turned off) or off. */
export async function setEnabled(db: Db, actor: Actor, channel: Channel, enabled: boolean): Promise<void> {
  authorize(channelPolicy, actor, "manage", channel);
  await db.transaction().execute(async (tx) => {
    await setChannelEnabled(tx, channel.id, enabled, enabled ? null : `Turned off by ${actor.name}.`);
    await recordEvent(tx, { orgId: channel.org_id, actorId: actor.id, action: enabled ? "channel.enabled" : "channel.disabled", entityType: "channel", entityId: channel.id, summary: `${actor.name} turned ${enabled ? "on" : "off"} ${channel.name}` });
  });
}

/** Removes a channel; its queued messages are dead-lettered by the relay ("channel removed"). */
export async function removeChannel(db: Db, actor: Actor, channel: Channel): Promise<void> {
  authorize(channelPolicy, actor, "manage", channel);
  await db.transaction().execute(async (tx) => {
    await deleteChannel(tx, channel.id);
    await recordEvent(tx, { orgId: channel.org_id, actorId: actor.id, action: "channel.removed", entityType: "channel", entityId: channel.id, summary: `${actor.name} removed ${channel.name}` });
  });
}

/** "Send test": one test message through the outbox, like any other. */
export async function sendTest(db: Db, actor: Actor, channel: Channel, now = Date.now()): Promise<number> {
  authorize(channelPolicy, actor, "manage", channel);
  const rows = await db.transaction().execute((tx) => enqueueTest(tx, channel, actor.name, now));
  return rows.length;
}

/** Puts the channel's dead-lettered messages back in the queue. */
export async function replayChannel(db: Db, actor: Actor, channel: Channel, now = Date.now()): Promise<number> {
  authorize(channelPolicy, actor, "manage", channel);
  return replayDead(db, { channelId: channel.id }, now);
}
