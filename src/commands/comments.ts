import type { Actor } from "../core/actor.js";
import { findMentions } from "../core/workflow/mentions.js";
import type { BriefRecord } from "../models/briefs.js";
import { insertComment, type Comment } from "../models/comments.js";
import { engagementPeople } from "../models/engagements.js";
import { recordEvent } from "../models/events.js";
import { clearMention, clearMentionsOnBrief, insertMentions, type Mention } from "../models/mentions.js";
import { authorize } from "../policies/authorize.js";
import { briefPolicy } from "../policies/brief.js";
import { mentionPolicy } from "../policies/mention.js";
import type { Db } from "../storage/database.js";
import { briefData } from "./briefs.js";
import { assertActive } from "./engagements.js";

/**
 * A written comment on a brief, in Markdown (rendered sanitised). `@name`
 * mentions of people on the engagement (display name, e-mail local part or an
 * unshared first name) are stored on the comment; each person mentioned other
 * than the author gets an inbox item and a `comment.mentioned` event, so
 * channels can deliver it. A mention of anyone else stays plain text.
 */
export async function addComment(db: Db, actor: Actor, brief: BriefRecord, markdown: string): Promise<Comment> {
  authorize(briefPolicy, actor, "comment", brief);
  assertActive(brief.engagement);
  const people = await engagementPeople(db, brief.engagement);
  const mentions = findMentions(markdown, people);
  const notify = mentions.filter((id) => id !== actor.id);
  return db.transaction().execute(async (tx) => {
    const c = await insertComment(tx, { orgId: brief.org_id, briefId: brief.id, authorId: actor.id, markdown, mentions });
    await recordEvent(tx, {
      orgId: brief.org_id,
      actorId: actor.id,
      action: "comment.created",
      entityType: "comment",
      entityId: c.id,
      summary: `${actor.name} commented on "${brief.title}"`,
      data: briefData(brief, { commentId: c.id, mentions }),
    });
    await insertMentions(tx, { orgId: brief.org_id, engagementId: brief.engagement_id, briefId: brief.id, commentId: c.id, authorId: actor.id, userIds: notify });
    for (const id of notify) {
      const who = people.find((p) => p.id === id)!;
      await recordEvent(tx, {
        orgId: brief.org_id,
        actorId: actor.id,
        action: "comment.mentioned",
        entityType: "comment",
        entityId: c.id,
        summary: `${actor.name} mentioned ${who.name} on "${brief.title}"`,
        data: briefData(brief, { commentId: c.id, mentionedId: who.id, mentionedName: who.name, body: markdown.slice(0, 1000) }),
      });
    }
    return c;
  });
}

/** The reader opened the brief: their mentions on it leave the inbox. */
export async function clearMentionsOnOpen(db: Db, actor: Actor, briefId: string): Promise<number> {
  return clearMentionsOnBrief(db, actor.id, briefId);
}

/** The person mentioned dismisses the inbox item without opening the brief. */
export async function dismissMention(db: Db, actor: Actor, mention: Mention): Promise<boolean> {
  authorize(mentionPolicy, actor, "dismiss", mention);
  return clearMention(db, mention.id);
}
