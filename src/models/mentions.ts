import type { Actor } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { MentionTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Mention = MentionTable;

/** A mention with what its inbox line shows. */
export interface OpenMention extends Mention {
  brief_title: string;
  engagement_title: string;
  author_name: string;
  markdown: string;
}

/** One row per mentioned person of a comment; call inside the comment's transaction. */
export async function insertMentions(
  tx: Tx | Db,
  input: { orgId: string; engagementId: string; briefId: string; commentId: string; authorId: string; userIds: string[] },
): Promise<Mention[]> {
  if (!input.userIds.length) return [];
  const at = iso();
  const rows: Mention[] = input.userIds.map((user_id) => ({
    id: newId(),
    org_id: input.orgId,
    engagement_id: input.engagementId,
    brief_id: input.briefId,
    comment_id: input.commentId,
    user_id,
    author_id: input.authorId,
    created_at: at,
    cleared_at: null,
  }));
  await tx.insertInto("mentions").values(rows).execute();
  return rows;
}

/** Loads one mention without a tenant filter: callers authorize() it (only the person mentioned sees it). */
export async function findMention(db: Db | Tx, id: string): Promise<Mention | undefined> {
  return db.selectFrom("mentions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The actor's mentions still waiting (not opened, not dismissed) on active engagements, oldest first. */
export async function openMentionsFor(db: Db | Tx, actor: Actor): Promise<OpenMention[]> {
  return db
    .selectFrom("mentions")
    .innerJoin("briefs", "briefs.id", "mentions.brief_id")
    .innerJoin("engagements", "engagements.id", "mentions.engagement_id")
    .innerJoin("comments", "comments.id", "mentions.comment_id")
    .innerJoin("users", "users.id", "mentions.author_id")
    .selectAll("mentions")
    .select(["briefs.title as brief_title", "engagements.title as engagement_title", "users.name as author_name", "comments.markdown as markdown"])
    .where("mentions.user_id", "=", actor.id)
    .where("mentions.cleared_at", "is", null)
    .where("engagements.state", "=", "active")
    .orderBy("mentions.created_at")
    .orderBy("mentions.id")
    .execute();
}

/** Clears the person's open mentions on a brief (they opened it); returns how many. */
export async function clearMentionsOnBrief(db: Db | Tx, userId: string, briefId: string, at: string = iso()): Promise<number> {
  const res = await db
    .updateTable("mentions")
    .set({ cleared_at: at })
    .where("user_id", "=", userId)
    .where("brief_id", "=", briefId)
    .where("cleared_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Clears one mention (dismissed); false when it was already cleared. */
export async function clearMention(db: Db | Tx, id: string, at: string = iso()): Promise<boolean> {
  const res = await db.updateTable("mentions").set({ cleared_at: at }).where("id", "=", id).where("cleared_at", "is", null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
