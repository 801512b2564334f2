import type { Kysely } from "kysely";

/**
 * Clocks on waiting items: people's time-off, holiday country and travel;
 * each engagement's clock policy; one row per running or stopped clock (a
 * question, a review round, requested changes, a claim); handoff notes on
 * briefs; and the daily digest (what was sent, and where each person stands).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // JSON lists ([{from,to}] / [{from,to,zone}]) and an ISO 3166 code; null = none.
  await db.schema.alterTable("users").addColumn("holiday_country", "varchar(16)").execute();
  await db.schema.alterTable("users").addColumn("time_off", "text").execute();
  await db.schema.alterTable("users").addColumn("travel", "text").execute();

  await db.schema
    .createTable("clock_policies")
    .addColumn("engagement_id", "varchar(36)", (c) => c.primaryKey().references("engagements.id"))
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("answer_days", "real", (c) => c.notNull())
    .addColumn("review_days", "real", (c) => c.notNull())
    .addColumn("changes_days", "real", (c) => c.notNull())
    .addColumn("start_days", "real", (c) => c.notNull())
    .addColumn("auto_accept_days", "real")
    .addColumn("updated_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("clocks")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("engagement_id", "varchar(36)", (c) => c.notNull().references("engagements.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("subject_id", "varchar(100)", (c) => c.notNull())
    .addColumn("owner_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("waiter_id", "varchar(36)")
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("allowed_ms", "bigint", (c) => c.notNull())
    .addColumn("due_at", "varchar(32)", (c) => c.notNull())
    .addColumn("stopped_at", "varchar(32)")
    .addColumn("reminded", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  // One clock per waiting item and round: a new round has a new subject.
  await db.schema.createIndex("clocks_subject").on("clocks").columns(["kind", "subject_id"]).unique().execute();
  await db.schema.createIndex("clocks_owner").on("clocks").columns(["owner_id", "stopped_at"]).execute();
  await db.schema.createIndex("clocks_brief").on("clocks").column("brief_id").execute();

  await db.schema
    .createTable("handoff_notes")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("progress", "text", (c) => c.notNull())
    .addColumn("open_questions", "text", (c) => c.notNull())
    .addColumn("blockers", "text", (c) => c.notNull())
    .addColumn("brief_state", "varchar(24)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("handoff_notes_brief").on("handoff_notes").columns(["brief_id", "created_at"]).execute();

  await db.schema
    .createTable("digest_state")
    .addColumn("user_id", "varchar(36)", (c) => c.primaryKey().references("users.id"))
    .addColumn("last_slot_at", "varchar(32)")
    .addColumn("last_event_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("fingerprint", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("digests")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("slot_at", "varchar(32)", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("digests_user_slot").on("digests").columns(["user_id", "slot_at"]).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["digests", "digest_state", "handoff_notes", "clocks", "clock_policies"]) await db.schema.dropTable(t).execute();
  for (const c of ["travel", "time_off", "holiday_country"]) await db.schema.alterTable("users").dropColumn(c).execute();
}
