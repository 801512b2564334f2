import type { DeliverableRecord } from "../models/deliverables.js";
import type { Policy } from "./authorize.js";
import { briefPolicy } from "./brief.js";

export type DeliverableAction = "read" | "review";

/**
 * Deliverables are seen with their brief. `review` only says the actor may
 * attempt one; whether they are a reviewer is the workflow's decision (a
 * refusal is a 409 listing what is allowed), like every state move.
 */
export const deliverablePolicy: Policy<DeliverableRecord, DeliverableAction> = {
  entity: "deliverable",
  sees: (actor, d) => briefPolicy.sees(actor, d.brief),
  can(_actor, action) {
    switch (action) {
      case "read":
      case "review":
        return true;
    }
  },
};
