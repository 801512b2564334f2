import type { BriefRecord } from "../models/briefs.js";
import type { Policy } from "./authorize.js";
import { briefPolicy } from "./brief.js";
import { isAssignedContractor, isEngagementClient } from "./engagement.js";

export type HandoffNoteAction = "read" | "write";

/**
 * Handoff notes are read with their brief. They are written by the people who
 * hand work to each other: the engagement's contractors and client people
 * (and staff, who step in when someone is away).
 */
export const handoffNotePolicy: Policy<BriefRecord, HandoffNoteAction> = {
  entity: "brief",
  sees: (actor, b) => briefPolicy.sees(actor, b),
  can(actor, action, b) {
    switch (action) {
      case "read":
        return true;
      case "write":
        return actor.role === "staff" || isEngagementClient(actor, b.engagement) || isAssignedContractor(actor, b.engagement);
    }
  },
};
