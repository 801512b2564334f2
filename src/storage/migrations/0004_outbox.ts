import type { Kysely } from "kysely";

/**
 * Delivery: configured channels (Slack, Linear, e-mail, webhooks), the outbox
 * written in the same transaction as each event, the Linear issue each brief
 * maps to, and per-destination send slots (Slack's one message per second).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("channels")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("engagement_id", "varchar(36)")
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("config", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("secret_enc", "text")
    .addColumn("events", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("disabled_reason", "text")
    .addColumn("last_error", "text")
    .addColumn("last_error_at", "varchar(32)")
    .addColumn("last_success_at", "varchar(32)")
    .addColumn("created_by", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("channels_org").on("channels").columns(["org_id", "engagement_id"]).execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("event_id", "varchar(36)")
    .addColumn("channel_id", "varchar(36)")
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("destination", "varchar(400)", (c) => c.notNull())
    .addColumn("brief_id", "varchar(36)")
    .addColumn("seq", "varchar(64)", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "varchar(200)", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "varchar(32)", (c) => c.notNull())
    .addColumn("lease_until", "varchar(32)")
    .addColumn("locked_by", "varchar(64)")
    .addColumn("last_error", "text")
    .addColumn("last_status", "integer")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["state", "next_attempt_at"]).execute();
  await db.schema.createIndex("outbox_order").on("outbox").columns(["destination", "brief_id", "seq"]).execute();
  await db.schema.createIndex("outbox_channel").on("outbox").columns(["channel_id", "state"]).execute();

  await db.schema
    .createTable("linear_issues")
    .addColumn("channel_id", "varchar(36)", (c) => c.notNull())
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull())
    .addColumn("linear_id", "varchar(64)", (c) => c.notNull())
    .addColumn("identifier", "varchar(64)")
    .addColumn("url", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("linear_issues_pk", ["channel_id", "brief_id"])
    .execute();

  await db.schema
    .createTable("outbox_throttle")
    .addColumn("destination", "varchar(400)", (c) => c.primaryKey())
    .addColumn("next_ms", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["outbox_throttle", "linear_issues", "outbox", "channels"]) await db.schema.dropTable(t).execute();
}
