import type { BriefRecord } from "../models/briefs.js";
import type { Policy } from "./authorize.js";
import { engagementPolicy, isAssignedContractor, isEngagementClient } from "./engagement.js";

export type BriefAction = "read" | "edit" | "override-ready" | "ask" | "comment" | "transition";

/**
 * A brief is visible to whoever sees its engagement, except that contractors
 * never see drafts (a brief reaches them when it first becomes ready). Client
 * people and staff edit; only staff override the ready gate; assigned
 * contractors ask questions. Which state moves each person may make is the
 * workflow table narrowed by partiesFor(); `transition` only says the actor
 * may attempt one (a refusal is then a 409 listing what is allowed).
 */
export const briefPolicy: Policy<BriefRecord, BriefAction> = {
  entity: "brief",
  sees: (actor, b) => engagementPolicy.sees(actor, b.engagement) && (actor.role !== "contractor" || b.ready_at !== null),
  can(actor, action, b) {
    const staff = actor.role === "staff";
    switch (action) {
      case "read":
      case "comment":
      case "transition":
        return true;
      case "edit":
        return staff || isEngagementClient(actor, b.engagement);
      case "override-ready":
        return staff;
      case "ask":
        return isAssignedContractor(actor, b.engagement);
    }
  },
};
