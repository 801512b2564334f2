import type { Kysely } from "kysely";

/**
 * Engagements, briefs with versions, questions, deliverables, review rounds and
 * comments; and a `seq` on events so the audit has a total order even when two
 * events share a millisecond. Nothing here is ever deleted: briefs are
 * cancelled with a reason, engagements end.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("engagements")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ended_at", "varchar(32)")
    .addColumn("summary", "text")
    .execute();
  await db.schema.createIndex("engagements_org").on("engagements").column("org_id").execute();

  await db.schema
    .createTable("engagement_people")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("engagement_id", "varchar(36)", (c) => c.notNull().references("engagements.id"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("role", "varchar(16)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("engagement_people_unique").on("engagement_people").columns(["engagement_id", "user_id", "role"]).unique().execute();
  await db.schema.createIndex("engagement_people_user").on("engagement_people").column("user_id").execute();

  await db.schema
    .createTable("briefs")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("engagement_id", "varchar(36)", (c) => c.notNull().references("engagements.id"))
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("state", "varchar(24)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("state_changed_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ready_at", "varchar(32)")
    .addColumn("ready_override_reason", "text")
    .addColumn("ready_override_by", "varchar(36)")
    .addColumn("claimed_by", "varchar(36)")
    .addColumn("claimed_version", "integer")
    .addColumn("claimed_at", "varchar(32)")
    .addColumn("release_ref", "varchar(500)")
    .addColumn("shipped_at", "varchar(32)")
    .addColumn("cancel_reason", "text")
    .addColumn("cancelled_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("briefs_engagement").on("briefs").column("engagement_id").execute();
  await db.schema.createIndex("briefs_org_state").on("briefs").columns(["org_id", "state"]).execute();

  await db.schema
    .createTable("brief_versions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("n", "integer", (c) => c.notNull())
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("question_id", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("brief_versions_n").on("brief_versions").columns(["brief_id", "n"]).unique().execute();

  await db.schema
    .createTable("questions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("line", "integer")
    .addColumn("brief_version", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("answer", "text")
    .addColumn("answered_by", "varchar(36)")
    .addColumn("answered_at", "varchar(32)")
    .addColumn("amended_version", "integer")
    .execute();
  await db.schema.createIndex("questions_brief").on("questions").column("brief_id").execute();

  await db.schema
    .createTable("deliverables")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("links", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("brief_version", "integer", (c) => c.notNull())
    .addColumn("state", "varchar(24)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("deliverables_round").on("deliverables").columns(["brief_id", "round"]).unique().execute();

  await db.schema
    .createTable("reviews")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("deliverable_id", "varchar(36)", (c) => c.notNull().references("deliverables.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("reviewer_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("verdicts", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("outcome", "varchar(24)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  // One review per deliverable: a second reviewer racing the first gets a 409.
  await db.schema.createIndex("reviews_deliverable").on("reviews").column("deliverable_id").unique().execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("org_id", "varchar(36)", (c) => c.notNull().references("orgs.id"))
    .addColumn("brief_id", "varchar(36)", (c) => c.notNull().references("briefs.id"))
    .addColumn("author_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("mentions", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("comments_brief").on("comments").column("brief_id").execute();

  // Total order for the audit: created_at ties at millisecond resolution, ids are random.
  await db.schema.alterTable("events").addColumn("seq", "bigint").execute();
  const old = await db.selectFrom("events").select("id").orderBy("created_at").orderBy("id").execute();
  let n = 0;
  for (const e of old) await db.updateTable("events").set({ seq: ++n }).where("id", "=", e.id).execute();
  await db.schema.createIndex("events_seq").on("events").column("seq").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("events_seq").execute();
  await db.schema.alterTable("events").dropColumn("seq").execute();
  for (const t of ["comments", "reviews", "deliverables", "questions", "brief_versions", "briefs", "engagement_people", "engagements"]) {
    await db.schema.dropTable(t).execute();
  }
}
