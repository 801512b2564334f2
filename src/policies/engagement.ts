import { isClient, type Actor } from "../core/actor.js";
import type { Party } from "../core/workflow/index.js";
import type { EngagementRecord } from "../models/engagements.js";
import type { Policy } from "./authorize.js";

export type EngagementAction = "read" | "create-brief" | "audit" | "comment";

/** True when the actor is a contractor assigned to the engagement. */
export const isAssignedContractor = (actor: Actor, e: EngagementRecord): boolean =>
  actor.role === "contractor" && e.people.some((p) => p.user_id === actor.id && p.role === "contractor");

/** True when the actor is a client person of the engagement's organisation. */
export const isEngagementClient = (actor: Actor, e: EngagementRecord): boolean => isClient(actor) && actor.orgId === e.org_id;

/**
 * Reviewers are the client people named on the engagement; when none are
 * named, every client person of the organisation may review.
 */
export function isReviewer(actor: Actor, e: EngagementRecord): boolean {
  if (!isEngagementClient(actor, e)) return false;
  const named = e.people.filter((p) => p.role === "reviewer");
  return named.length === 0 || named.some((p) => p.user_id === actor.id);
}

/** The parts the actor plays on this engagement, as the workflow table names them. */
export function partiesFor(actor: Actor, e: EngagementRecord): Party[] {
  const parts: Party[] = [];
  if (actor.role === "staff") parts.push("staff");
  if (isEngagementClient(actor, e)) parts.push("client");
  if (isReviewer(actor, e)) parts.push("reviewer");
  if (isAssignedContractor(actor, e)) parts.push("contractor");
  return parts;
}

/**
 * Staff see every engagement; client people see their organisation's;
 * contractors see only those they are assigned to (anyone else: 404).
 * Briefs are written by the client and by staff; everyone on it may comment
 * and read the audit.
 */
export const engagementPolicy: Policy<EngagementRecord, EngagementAction> = {
  entity: "engagement",
  sees: (actor, e) => actor.role === "staff" || isEngagementClient(actor, e) || isAssignedContractor(actor, e),
  can(actor, action, e) {
    switch (action) {
      case "read":
      case "audit":
      case "comment":
        return true;
      case "create-brief":
        return actor.role === "staff" || isEngagementClient(actor, e);
    }
  },
};
