import type { Actor } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { QuestionTable } from "../storage/schema.js";
import { findBrief, type BriefRecord } from "./briefs.js";
import { iso, newId } from "./support.js";

export type Question = QuestionTable;

/** A question with its brief (and engagement): what policies decide on. */
export interface QuestionRecord extends Question {
  brief: BriefRecord;
}

/** Loads a question with its brief, no tenant filter: callers authorize() it. */
export async function findQuestion(db: Db | Tx, id: string): Promise<QuestionRecord | undefined> {
  const q = await db.selectFrom("questions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!q) return undefined;
  const brief = await findBrief(db, q.brief_id);
  return brief ? { ...q, brief } : undefined;
}

export async function listQuestions(db: Db | Tx, briefId: string): Promise<Question[]> {
  return db.selectFrom("questions").selectAll().where("brief_id", "=", briefId).orderBy("created_at").orderBy("id").execute();
}

export async function insertQuestion(
  tx: Tx | Db,
  input: { orgId: string; briefId: string; authorId: string; text: string; line: number | null; briefVersion: number },
): Promise<Question> {
  const q: Question = {
    id: newId(),
    org_id: input.orgId,
    brief_id: input.briefId,
    author_id: input.authorId,
    text: input.text,
    line: input.line,
    brief_version: input.briefVersion,
    created_at: iso(),
    answer: null,
    answered_by: null,
    answered_at: null,
    amended_version: null,
  };
  await tx.insertInto("questions").values(q).execute();
  return q;
}

/** Records an answer once; false when someone answered first. */
export async function answerQuestion(tx: Tx | Db, id: string, input: { answer: string; answeredBy: string; amendedVersion: number | null }): Promise<boolean> {
  const res = await tx
    .updateTable("questions")
    .set({ answer: input.answer, answered_by: input.answeredBy, answered_at: iso(), amended_version: input.amendedVersion })
    .where("id", "=", id)
    .where("answered_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open questions on active engagements of the actor's organisation (clients), oldest first. */
export async function openQuestionsFor(db: Db | Tx, actor: Actor): Promise<(Question & { brief_title: string; engagement_id: string })[]> {
  let q = db
    .selectFrom("questions")
    .innerJoin("briefs", "briefs.id", "questions.brief_id")
    .innerJoin("engagements", "engagements.id", "briefs.engagement_id")
    .selectAll("questions")
    .select(["briefs.title as brief_title", "briefs.engagement_id as engagement_id"])
    .where("questions.answered_at", "is", null)
    .where("engagements.state", "=", "active")
    .where("briefs.state", "not in", ["shipped", "cancelled"])
    .orderBy("questions.created_at")
    .orderBy("questions.id");
  if (actor.role !== "staff") q = q.where("questions.org_id", "=", actor.orgId);
  return q.execute();
}

/** Questions per brief id, for board counts. */
export async function questionCounts(db: Db | Tx, briefIds: string[]): Promise<Map<string, { total: number; open: number }>> {
  const out = new Map<string, { total: number; open: number }>();
  if (!briefIds.length) return out;
  const rows = await db.selectFrom("questions").select(["brief_id", "answered_at"]).where("brief_id", "in", briefIds).execute();
  for (const r of rows) {
    const c = out.get(r.brief_id) ?? { total: 0, open: 0 };
    c.total++;
    if (!r.answered_at) c.open++;
    out.set(r.brief_id, c);
  }
  return out;
}
