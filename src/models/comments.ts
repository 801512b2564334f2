import type { Db, Tx } from "../storage/database.js";
import type { CommentTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Comment = CommentTable;

export async function listComments(db: Db | Tx, briefId: string): Promise<Comment[]> {
  return db.selectFrom("comments").selectAll().where("brief_id", "=", briefId).orderBy("created_at").orderBy("id").execute();
}

export async function insertComment(tx: Tx | Db, input: { orgId: string; briefId: string; authorId: string; markdown: string; mentions: string[] }): Promise<Comment> {
  const c: Comment = {
    id: newId(),
    org_id: input.orgId,
    brief_id: input.briefId,
    author_id: input.authorId,
    markdown: input.markdown,
    mentions: JSON.stringify(input.mentions),
    created_at: iso(),
  };
  await tx.insertInto("comments").values(c).execute();
  return c;
}
