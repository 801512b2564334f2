import type { Actor } from "../core/actor.js";
import type { Channel } from "../models/channels.js";
import type { EngagementRecord } from "../models/engagements.js";
import type { Org } from "../models/orgs.js";
import type { OutboxMessage } from "../models/outbox.js";
import type { Policy } from "./authorize.js";
import { engagementPolicy } from "./engagement.js";

export type ChannelAction = "read" | "manage";

/** Staff and the client owners of the channel's organisation may see and manage it. */
const mayManage = (actor: Actor, orgId: string): boolean => actor.role === "staff" || (actor.role === "client-owner" && actor.orgId === orgId);

/**
 * Delivery channels (Slack, Linear, e-mail, webhooks) of an organisation:
 * staff manage every organisation's, client owners their own. Members and
 * contractors do not see them at all (they hold secrets' hints and errors).
 */
export const channelPolicy: Policy<Channel, ChannelAction> = {
  entity: "channel",
  sees: (actor, c) => mayManage(actor, c.org_id),
  can: (actor, _action, c) => mayManage(actor, c.org_id),
};

/** Who may open an organisation's channel settings and add channels to it. */
export const orgChannelsPolicy: Policy<Org, "manage-channels"> = {
  entity: "organisation",
  sees: (actor, org) => actor.role === "staff" || actor.orgId === org.id,
  can: (actor, _action, org) => mayManage(actor, org.id),
};

/**
 * Who may open one engagement's delivery settings and add channels scoped to
 * it: whoever sees the engagement sees that the page exists; staff and the
 * client owners of its organisation manage it.
 */
export const engagementChannelsPolicy: Policy<EngagementRecord, "manage-channels"> = {
  entity: "engagement",
  sees: (actor, e) => engagementPolicy.sees(actor, e),
  can: (actor, _action, e) => mayManage(actor, e.org_id),
};

/** Outbox messages are staff business: their payloads can hold links and addresses of any organisation. */
export const deliveryPolicy: Policy<OutboxMessage, "read" | "replay"> = {
  entity: "message",
  sees: (actor) => actor.role === "staff",
  can: (actor) => actor.role === "staff",
};
