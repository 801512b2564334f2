import type { Kysely } from "kysely";

/**
 * Mentions: one row per person named with @ in a comment. It is an inbox item
 * of that person until they open the brief or dismiss it (cleared_at).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mentions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("engagement_id", "varchar(36)", (c) => c.notNull().references("engagements.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("comment_id", "varchar(36)", (c) => c.notNull().references("comments.id"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("cleared_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("mentions_user_open").on("mentions").columns(["user_id", "cleared_at"]).execute();
  await db.schema.createIndex("mentions_brief").on("mentions").columns(["brief_id", "user_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mentions").execute();
}
