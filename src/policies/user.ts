import type { User } from "../models/users.js";
import type { Policy } from "./authorize.js";

export type UserAction = "read" | "update" | "reset-password";

/**
 * People see themselves, members of their own organisation (except contractors,
 * who see only people on their engagements — added with engagements), and staff
 * see everyone. Only the person themself updates their profile; staff may issue
 * a reset link.
 */
export const userPolicy: Policy<User, UserAction> = {
  entity: "user",
  sees: (actor, user) =>
    actor.role === "staff" || actor.id === user.id || (actor.role !== "contractor" && actor.orgId === user.org_id),
  can(actor, action, user) {
    switch (action) {
      case "read":
        return true;
      case "update":
        return actor.id === user.id;
      case "reset-password":
        return actor.role === "staff" || actor.id === user.id;
    }
  },
};
