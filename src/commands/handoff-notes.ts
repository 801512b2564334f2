import type { Actor } from "../core/actor.js";
import { validationError } from "../core/errors.js";
import type { BriefRecord } from "../models/briefs.js";
import { recordEvent } from "../models/events.js";
import { insertHandoffNote, type HandoffNote } from "../models/handoff-notes.js";
import { authorize } from "../policies/authorize.js";
import { handoffNotePolicy } from "../policies/handoff-note.js";
import type { Db } from "../storage/database.js";
import { assertOpen, briefData } from "./briefs.js";

export interface HandoffNoteInput {
  progress: string;
  openQuestions: string;
  blockers: string;
}

/**
 * Someone ends a working session on a brief and leaves a note for whoever
 * picks it up next (often in another zone, hours later): what got done, what
 * is still open, what blocks. At least one of the three must say something.
 */
export async function writeHandoffNote(db: Db, actor: Actor, brief: BriefRecord, input: HandoffNoteInput): Promise<HandoffNote> {
  authorize(handoffNotePolicy, actor, "write", brief);
  assertOpen(brief);
  const v = { progress: input.progress.trim(), openQuestions: input.openQuestions.trim(), blockers: input.blockers.trim() };
  if (!v.progress && !v.openQuestions && !v.blockers) {
    throw validationError({ progress: "Write what you got done, what is still open, or what blocks you: the next person starts from this note." });
  }
  return db.transaction().execute(async (tx) => {
    const note = await insertHandoffNote(tx, { orgId: brief.org_id, briefId: brief.id, authorId: actor.id, ...v, briefState: brief.state });
    const first = (v.progress || v.openQuestions || v.blockers).split("\n")[0].slice(0, 160);
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: "brief.handoff_note",
      entityType: "brief",
      entityId: brief.id,
      summary: `${actor.name} left a handoff note on "${brief.title}": ${first}${v.blockers ? " (blocked)" : ""}`,
      data: briefData(brief, { noteId: note.id, blocked: v.blockers !== "" }),
    });
    return note;
  });
}
