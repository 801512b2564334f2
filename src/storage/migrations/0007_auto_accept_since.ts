import type { Kysely } from "kysely";

/**
 * When an engagement's auto-accept was turned on (or its N changed): a round
 * already waiting counts its N working days from then, so turning auto-accept
 * on never accepts a round at once without its reminders. Null = count from
 * the round's submission (rows saved before this column existed).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("clock_policies").addColumn("auto_accept_since", "varchar(32)").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("clock_policies").dropColumn("auto_accept_since").execute();
}
