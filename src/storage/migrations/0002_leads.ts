import type { Kysely } from "kysely";

/**
 * Leads from the public /contact form, their status history, and the per-IP
 * submission log the form's own rate limit counts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("leads")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("report_token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("report_expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("company", "varchar(200)", (c) => c.notNull())
    .addColumn("website", "varchar(300)")
    .addColumn("timezone", "varchar(64)", (c) => c.notNull())
    .addColumn("timezone_given", "varchar(200)")
    .addColumn("hours_start", "varchar(5)", (c) => c.notNull())
    .addColumn("hours_end", "varchar(5)", (c) => c.notNull())
    .addColumn("project", "text", (c) => c.notNull())
    .addColumn("finished", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("ticket", "text")
    .addColumn("score", "integer")
    .addColumn("level", "varchar(32)")
    .addColumn("report", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("leads_org_created").on("leads").columns(["org_id", "created_at"]).execute();

  await db.schema
    .createTable("lead_status_changes")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("lead_id", "varchar(36)", (c) => c.notNull().references("leads.id"))
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("from_status", "varchar(16)", (c) => c.notNull())
    .addColumn("to_status", "varchar(16)", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("lead_status_changes_lead").on("lead_status_changes").columns(["lead_id", "created_at"]).execute();

  await db.schema
    .createTable("contact_submissions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("ip_key", "varchar(64)", (c) => c.notNull())
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("contact_submissions_ip_at").on("contact_submissions").columns(["ip_key", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["contact_submissions", "lead_status_changes", "leads"]) await db.schema.dropTable(t).execute();
}
