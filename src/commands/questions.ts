import type { Actor } from "../core/actor.js";
import { conflict, validationError } from "../core/errors.js";
import { findVersion, saveVersion } from "../models/briefs.js";
import { recordEvent } from "../models/events.js";
import { answerQuestion as storeAnswer, insertQuestion, type Question, type QuestionRecord } from "../models/questions.js";
import type { BriefRecord } from "../models/briefs.js";
import { authorize } from "../policies/authorize.js";
import { briefPolicy } from "../policies/brief.js";
import { questionPolicy } from "../policies/question.js";
import type { Db } from "../storage/database.js";
import { assertOpen, briefData, recordBriefEdit, returnToDraftIfFindings, staleVersion } from "./briefs.js";

/** An assigned contractor asks a question in writing, optionally about one line of the current version. */
export async function askQuestion(db: Db, actor: Actor, brief: BriefRecord, input: { text: string; line?: number | null }): Promise<Question> {
  authorize(briefPolicy, actor, "ask", brief);
  assertOpen(brief);
  return db.transaction().execute(async (tx) => {
    const v = await findVersion(tx, brief.id, brief.version);
    const lines = (v?.markdown ?? "").split("\n").length;
    if (input.line != null && input.line > lines) throw validationError({ line: `Version ${brief.version} has ${lines} lines: give a line between 1 and ${lines}, or none.` });
    const q = await insertQuestion(tx, { orgId: brief.org_id, briefId: brief.id, authorId: actor.id, text: input.text, line: input.line ?? null, briefVersion: brief.version });
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: "question.asked",
      entityType: "question",
      entityId: q.id,
      summary: `${actor.name} asked about "${brief.title}"${q.line ? ` (line ${q.line})` : ""}: ${input.text.slice(0, 200)}`,
      data: briefData(brief, { questionId: q.id, line: q.line }),
    });
    return q;
  });
}

/**
 * The client answers in writing; with `amend` the answer is folded into the
 * brief as a new version linked to the question, in the same transaction (a
 * stale amendment is a 409 with the current text, and nothing is saved).
 */
export async function answerQuestion(
  db: Db,
  actor: Actor,
  question: QuestionRecord,
  input: { text: string; amend?: { markdown: string; version: number } },
): Promise<{ question: Question; version: number | null }> {
  authorize(questionPolicy, actor, "answer", question);
  const brief = question.brief;
  assertOpen(brief);
  if (question.answered_at) throw conflict("already_answered", "This question already has an answer.");
  let stale = false;
  const out = await db.transaction().execute(async (tx) => {
    let versionN: number | null = null;
    if (input.amend) {
      const v = await saveVersion(tx, brief, input.amend.version, { markdown: input.amend.markdown, authorId: actor.id, questionId: question.id });
      if (!v) {
        stale = true;
        return null;
      }
      versionN = v.n;
      await recordBriefEdit(tx, actor, brief, v);
      await returnToDraftIfFindings(tx, brief, v, actor);
    }
    if (!(await storeAnswer(tx, question.id, { answer: input.text, answeredBy: actor.id, amendedVersion: versionN }))) {
      throw conflict("already_answered", "Someone answered this question first.");
    }
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: "question.answered",
      entityType: "question",
      entityId: question.id,
      summary: `${actor.name} answered a question on "${brief.title}"${versionN ? ` and folded it into version ${versionN}` : ""}`,
      data: briefData(brief, { questionId: question.id, amendedVersion: versionN }),
    });
    return versionN;
  });
  if (stale) throw await staleVersion(db, brief.id, input.amend!.markdown);
  return { question: { ...question, answer: input.text, answered_by: actor.id, amended_version: out }, version: out };
}
