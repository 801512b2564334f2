import type { Lead } from "../models/leads.js";
import type { Policy } from "./authorize.js";

export type LeadAction = "read" | "update-status" | "export";

/**
 * Leads are prospects' own words and contact details: only consultancy staff
 * see them, whichever organisation files them. Contractors belong to the
 * consultancy organisation but do not sell, so they are refused like clients
 * (404: they must not learn a lead exists).
 */
export const leadPolicy: Policy<Lead, LeadAction> = {
  entity: "lead",
  sees: (actor) => actor.role === "staff",
  can(actor, action) {
    switch (action) {
      case "read":
      case "update-status":
      case "export":
        return actor.role === "staff";
    }
  },
};
