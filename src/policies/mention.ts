import type { Mention } from "../models/mentions.js";
import type { Policy } from "./authorize.js";

export type MentionAction = "dismiss";

/**
 * A mention is an inbox item of the person mentioned and nobody else's: even
 * staff and the comment's author get a 404 for it (the comment itself is
 * visible on the brief to everyone who may read the brief).
 */
export const mentionPolicy: Policy<Mention, MentionAction> = {
  entity: "mention",
  sees: (actor, m) => actor.id === m.user_id,
  can: (actor, _action, m) => actor.id === m.user_id,
};
