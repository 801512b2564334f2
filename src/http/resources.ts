import { findLead } from "../models/leads.js";
import { findOrg } from "../models/orgs.js";
import { findUserById } from "../models/users.js";
import { leadPolicy } from "../policies/lead.js";
import { orgPolicy } from "../policies/org.js";
import { userPolicy } from "../policies/user.js";
import type { ResourceParam } from "./route.js";

/** `:id` of an organisation. */
export const orgResource: ResourceParam = { param: "id", table: "orgs", load: findOrg, policy: orgPolicy };
/** `:id` of a person. */
export const userResource: ResourceParam = { param: "id", table: "users", load: findUserById, policy: userPolicy };
/** `:id` of a lead from /contact (staff only). */
export const leadResource: ResourceParam = { param: "id", table: "leads", load: findLead, policy: leadPolicy };
