import type { Kysely } from "kysely";

/**
 * Accounts, organisations and the event log. Written with Kysely's schema
 * builder so one migration serves SQLite and PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("orgs")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("slug", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("email_key", "varchar(320)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("role", "varchar(16)", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("timezone", "varchar(64)", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("working_hours", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("password_changed_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("users_org").on("users").column("org_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("role", "varchar(16)", (c) => c.notNull())
    .addColumn("invited_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("accepted_at", "varchar(32)")
    .execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("used_at", "varchar(32)")
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_used_at", "varchar(32)")
    .addColumn("revoked_at", "varchar(32)")
    .execute();

  await db.schema
    .createTable("auth_failures")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("key", "varchar(400)", (c) => c.notNull())
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_failures_key_at").on("auth_failures").columns(["key", "at"]).execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("actor_id", "varchar(36)")
    .addColumn("action", "varchar(64)", (c) => c.notNull())
    .addColumn("entity_type", "varchar(32)", (c) => c.notNull())
    .addColumn("entity_id", "varchar(36)", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_org_time").on("events").columns(["org_id", "created_at"]).execute();
  await db.schema.createIndex("events_entity").on("events").columns(["entity_type", "entity_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["events", "auth_failures", "api_tokens", "password_resets", "invitations", "sessions", "users", "orgs"]) {
    await db.schema.dropTable(t).execute();
  }
}
