import type { Actor } from "../core/actor.js";
import type { Org } from "../models/orgs.js";
import type { Policy } from "./authorize.js";

export type OrgAction = "read" | "list-members" | "invite" | "update";

/**
 * Staff see and manage every organisation. Client owners manage their own
 * (invite members); client members read it. Contractors belong to the
 * consultancy organisation but only see engagements they are assigned to, so
 * they cannot browse organisations at all beyond their own.
 */
export const orgPolicy: Policy<Org, OrgAction> = {
  entity: "organisation",
  sees: (actor: Actor, org: Org) => actor.role === "staff" || actor.orgId === org.id,
  can(actor, action, org) {
    if (actor.role === "staff") return true;
    if (actor.orgId !== org.id) return false;
    switch (action) {
      case "read":
        return true;
      case "list-members":
        return actor.role !== "contractor";
      case "invite":
        return actor.role === "client-owner" && org.kind === "client";
      case "update":
        return false;
    }
  },
};

/** Roles a given inviter may hand out in an organisation of this kind. */
export function invitableRoles(actor: Actor, org: Org): Actor["role"][] {
  if (org.kind === "consultancy") return actor.role === "staff" ? ["staff", "contractor"] : [];
  if (actor.role === "staff") return ["client-owner", "client-member"];
  if (actor.role === "client-owner" && actor.orgId === org.id) return ["client-owner", "client-member"];
  return [];
}
