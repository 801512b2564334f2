import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../storage/database.js";
import type { AppConfig } from "../storage/config.js";
import type { ChannelTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Channel = ChannelTable;
export type ChannelKind = Channel["kind"];
export const CHANNEL_KINDS: ChannelKind[] = ["email", "slack", "linear", "webhook"];

/** Non-secret settings per kind, stored as JSON in channels.config. */
export interface ChannelConfig {
  /** webhook: where we POST (shown on the settings page). */
  url?: string;
  /** linear: the team whose issues mirror briefs. */
  teamId?: string;
  /** linear: the team's workflow state name per brief state (ready, in_progress, …); unnamed states use Linear's defaults. */
  stateNames?: Partial<Record<string, string>>;
  /** email: who gets notifications. */
  recipients?: string[];
  /** slack/linear: a recognisable hint of the stored secret, e.g. "…/T0/B1/…x9Qa". */
  secretHint?: string;
}

/** The 32-byte sealing key: SHA-256 of HANDOFF_SECRET_KEY (or of a key derived from the session secret). */
export function secretKeyOf(config: Pick<AppConfig, "secretKey" | "sessionSecret">): Buffer {
  return createHash("sha256").update(config.secretKey ?? `handoff-secret-key:${config.sessionSecret}`).digest();
}

/** Seals a secret with AES-256-GCM: "v1:" + base64(iv ‖ tag ‖ ciphertext). */
export function sealSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64")}`;
}

/** Opens a sealed secret; throws when the key is wrong or the text was altered. */
export function openSecret(key: Buffer, sealed: string): string {
  const raw = Buffer.from(sealed.replace(/^v1:/, ""), "base64");
  const d = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
}

export const channelConfig = (c: Channel): ChannelConfig => JSON.parse(c.config || "{}") as ChannelConfig;
export const channelEvents = (c: Channel): string[] => JSON.parse(c.events || "[]") as string[];

/** "*" matches everything, "brief.*" a prefix, anything else exactly. */
export function subscribed(patterns: string[], action: string): boolean {
  return patterns.some((p) => p === "*" || p === action || (p.endsWith(".*") && action.startsWith(p.slice(0, -1))));
}

/** Channels that hear about an event of this organisation (and engagement, when the event has one). */
export async function channelsFor(db: Db | Tx, orgId: string, engagementId: string | null): Promise<Channel[]> {
  let q = db.selectFrom("channels").selectAll().where("org_id", "=", orgId).where("enabled", "=", 1);
  q = engagementId
    ? q.where((eb) => eb.or([eb("engagement_id", "is", null), eb("engagement_id", "=", engagementId)]))
    : q.where("engagement_id", "is", null);
  return q.orderBy("created_at").execute();
}

/** Every channel of an organisation, for its settings page (the caller authorized the org). */
export async function listChannels(db: Db | Tx, orgId: string): Promise<Channel[]> {
  return db.selectFrom("channels").selectAll().where("org_id", "=", orgId).orderBy("created_at").execute();
}

/** The channels scoped to one engagement (the caller authorized it). */
export async function listEngagementChannels(db: Db | Tx, engagementId: string): Promise<Channel[]> {
  return db.selectFrom("channels").selectAll().where("engagement_id", "=", engagementId).orderBy("created_at").execute();
}

/** Loads one channel without a tenant filter: callers authorize() it. */
export async function findChannel(db: Db | Tx, id: string): Promise<Channel | undefined> {
  return db.selectFrom("channels").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every channel, with its organisation's name (staff deliveries page). */
export async function allChannels(db: Db | Tx): Promise<(Channel & { org_name: string })[]> {
  return db
    .selectFrom("channels")
    .innerJoin("orgs", "orgs.id", "channels.org_id")
    .selectAll("channels")
    .select("orgs.name as org_name")
    .orderBy("orgs.name")
    .orderBy("channels.created_at")
    .execute();
}

export interface NewChannel {
  orgId: string;
  engagementId: string | null;
  kind: ChannelKind;
  name: string;
  config: ChannelConfig;
  /** Already sealed. */
  secretEnc: string | null;
  events: string[];
  createdBy: string | null;
}

export async function insertChannel(db: Db | Tx, c: NewChannel): Promise<Channel> {
  const now = iso();
  const row: Channel = {
    id: newId(),
    org_id: c.orgId,
    engagement_id: c.engagementId,
    kind: c.kind,
    name: c.name,
    config: JSON.stringify(c.config),
    secret_enc: c.secretEnc,
    events: JSON.stringify(c.events),
    enabled: 1,
    disabled_reason: null,
    last_error: null,
    last_error_at: null,
    last_success_at: null,
    created_by: c.createdBy,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("channels").values(row).execute();
  return row;
}

/** Replaces a channel's non-secret settings. */
export async function setChannelConfig(db: Db | Tx, id: string, config: ChannelConfig): Promise<void> {
  await db.updateTable("channels").set({ config: JSON.stringify(config), updated_at: iso() }).where("id", "=", id).execute();
}

export async function setChannelEnabled(db: Db | Tx, id: string, enabled: boolean, reason: string | null): Promise<void> {
  await db
    .updateTable("channels")
    .set({ enabled: enabled ? 1 : 0, disabled_reason: enabled ? null : reason, updated_at: iso(), ...(enabled ? { last_error: null } : {}) })
    .where("id", "=", id)
    .execute();
}

export async function deleteChannel(db: Db | Tx, id: string): Promise<void> {
  await db.deleteFrom("linear_issues").where("channel_id", "=", id).execute();
  await db.deleteFrom("channels").where("id", "=", id).execute();
}

/** Records how the latest delivery went, for the settings page. */
export async function noteChannelResult(db: Db | Tx, id: string, error: string | null, now = Date.now()): Promise<void> {
  await db
    .updateTable("channels")
    .set(error ? { last_error: error.slice(0, 2000), last_error_at: iso(now) } : { last_success_at: iso(now), last_error: null })
    .where("id", "=", id)
    .execute();
}

/** The Linear issue stored for a brief in one Linear channel. */
export async function findLinearIssue(db: Db | Tx, channelId: string, briefId: string): Promise<string | null> {
  const r = await db.selectFrom("linear_issues").select("linear_id").where("channel_id", "=", channelId).where("brief_id", "=", briefId).executeTakeFirst();
  return r?.linear_id ?? null;
}

/** Stores the brief → Linear issue mapping once; a repeat is a no-op. */
export async function storeLinearIssue(db: Db | Tx, r: { channelId: string; briefId: string; linearId: string; identifier?: string; url?: string }): Promise<void> {
  await db
    .insertInto("linear_issues")
    .values({ channel_id: r.channelId, brief_id: r.briefId, linear_id: r.linearId, identifier: r.identifier ?? null, url: r.url ?? null, created_at: iso() })
    .onConflict((oc) => oc.columns(["channel_id", "brief_id"]).doNothing())
    .execute();
}
