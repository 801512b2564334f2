import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../core/actor.js";
import type { Lead } from "../models/leads.js";
import { allowed, authorize } from "./authorize.js";
import { leadPolicy, type LeadAction } from "./lead.js";

const CONSULTANCY = "c";
const lead = { id: "l1", org_id: CONSULTANCY, status: "new" } as Lead;
const actor = (role: Role, orgId: string): Actor => ({ id: `${role}-${orgId}`, orgId, role, email: "", name: "", timezone: "UTC" });

const ACTIONS: LeadAction[] = ["read", "update-status", "export"];
/** role × tenant: "same" is the consultancy organisation that owns the lead. Only staff may do anything. */
const ACTORS: [Role, "same" | "other", boolean][] = [
  ["staff", "same", true],
  ["contractor", "same", false],
  ["client-owner", "other", false],
  ["client-member", "other", false],
];
const TABLE = ACTORS.flatMap(([role, tenant, ok]) => ACTIONS.map((action) => [role, tenant, action, ok] as const));

describe("leadPolicy", () => {
  it.each(TABLE)("%s of the %s org: %s → %s", (role, tenant, action, expected) => {
    expect(allowed(leadPolicy, actor(role, tenant === "same" ? CONSULTANCY : "a"), action, lead)).toBe(expected);
  });

  it("hides leads from everyone but staff (404, not 403)", () => {
    for (const [role, tenant] of ACTORS.filter(([r]) => r !== "staff")) {
      expect(() => authorize(leadPolicy, actor(role, tenant === "same" ? CONSULTANCY : "a"), "read", lead)).toThrow(
        expect.objectContaining({ status: 404 }),
      );
    }
    expect(leadPolicy.sees(actor("staff", CONSULTANCY), { ...lead, org_id: "a" })).toBe(true);
  });
});
