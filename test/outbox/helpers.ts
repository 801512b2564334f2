import { insertChannel, sealSecret, secretKeyOf, type Channel, type ChannelConfig, type ChannelKind } from "../../src/models/channels.js";
import { recordEvent } from "../../src/models/events.js";
import type { AppConfig } from "../../src/storage/config.js";
import type { Db } from "../../src/storage/database.js";

/** The config a test relay and test channels share (sealing key, public URL, SMTP). */
export function outboxConfig(o: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    databaseUrl: null,
    dataDir: "/tmp",
    sessionSecret: "test-secret-test-secret-test-secret",
    publicUrl: "https://handoff.example",
    secureCookies: true,
    logLevel: "silent",
    secretKey: "outbox-test-key",
    smtpUrl: null,
    ...o,
  };
}

/** Adds a channel to an organisation with its secret sealed as the settings page would. */
export async function addChannel(
  db: Db,
  config: AppConfig,
  c: { orgId: string; kind: ChannelKind; config?: ChannelConfig; secret?: string; events?: string[]; engagementId?: string | null },
): Promise<Channel> {
  return insertChannel(db, {
    orgId: c.orgId,
    engagementId: c.engagementId ?? null,
    kind: c.kind,
    name: `${c.kind} test`,
    config: c.config ?? {},
    secretEnc: c.secret ? sealSecret(secretKeyOf(config), c.secret) : null,
    events: c.events ?? ["*"],
    createdBy: null,
  });
}

export async function orgId(db: Db, slug = "sakura-payments"): Promise<string> {
  return (await db.selectFrom("orgs").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

/** A brief's life as events, the way the briefs commands record them. */
export const BRIEF_STEPS: { action: string; to?: string; extra?: Record<string, unknown> }[] = [
  { action: "brief.ready", to: "ready" },
  { action: "brief.claimed", to: "in_progress" },
  { action: "question.asked", extra: { question: "Which currency rounding applies?" } },
  { action: "question.answered", extra: { answer: "Banker's rounding, per the ledger spec." } },
  { action: "deliverable.submitted", to: "in_review" },
  { action: "brief.changes_requested", to: "changes_requested", extra: { feedback: "Criterion 2 lacks evidence." } },
  { action: "deliverable.submitted", to: "in_review" },
  { action: "brief.accepted", to: "accepted" },
  { action: "brief.shipped", to: "shipped", extra: { releaseRef: "v1.4.2" } },
  { action: "comment.created", extra: { body: "Thanks, all good." } },
];

/** Records step `i` of a brief's life in its own transaction, as a command would. */
export async function briefEvent(db: Db, org: string, briefId: string, i: number, title = `Brief ${briefId.slice(0, 8)}`): Promise<void> {
  const s = BRIEF_STEPS[i % BRIEF_STEPS.length];
  await db.transaction().execute((tx) =>
    recordEvent(tx, {
      orgId: org,
      actorId: null,
      action: s.action,
      entityType: "brief",
      entityId: briefId,
      summary: `step ${i}: ${s.action}`,
      data: { engagementId: null, briefId, briefTitle: title, state: s.to ?? BRIEF_STEPS.slice(0, i).reverse().find((x) => x.to)?.to ?? "ready", step: i, ...s.extra },
    }),
  );
}
