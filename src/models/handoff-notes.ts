import type { Db, Tx } from "../storage/database.js";
import type { HandoffNoteTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type HandoffNote = HandoffNoteTable;

/** Notes on one brief (already authorized), latest first: the next person reads the newest first. */
export async function listHandoffNotes(db: Db | Tx, briefId: string): Promise<HandoffNote[]> {
  return db.selectFrom("handoff_notes").selectAll().where("brief_id", "=", briefId).orderBy("created_at", "desc").orderBy("id", "desc").execute();
}

export async function insertHandoffNote(
  tx: Tx | Db,
  input: { orgId: string; briefId: string; authorId: string; progress: string; openQuestions: string; blockers: string; briefState: string },
): Promise<HandoffNote> {
  const n: HandoffNote = {
    id: newId(),
    org_id: input.orgId,
    brief_id: input.briefId,
    author_id: input.authorId,
    progress: input.progress,
    open_questions: input.openQuestions,
    blockers: input.blockers,
    brief_state: input.briefState,
    created_at: iso(),
  };
  await tx.insertInto("handoff_notes").values(n).execute();
  return n;
}
