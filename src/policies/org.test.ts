import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../core/actor.js";
import type { Org } from "../models/orgs.js";
import { allowed } from "./authorize.js";
import { invitableRoles, orgPolicy, type OrgAction } from "./org.js";

const consultancy: Org = { id: "c", slug: "c", name: "C", kind: "consultancy", created_at: "" };
const clientA: Org = { id: "a", slug: "a", name: "A", kind: "client", created_at: "" };
const clientB: Org = { id: "b", slug: "b", name: "B", kind: "client", created_at: "" };
const actor = (role: Role, orgId: string): Actor => ({ id: `${role}-${orgId}`, orgId, role, email: "", name: "", timezone: "UTC" });

/** role × action × tenant: what each person may do to client org A. "same" means the actor belongs to A. */
const TABLE: [Role, "same" | "other", OrgAction, boolean][] = [
  ["staff", "other", "read", true],
  ["staff", "other", "list-members", true],
  ["staff", "other", "invite", true],
  ["staff", "other", "update", true],
  ["client-owner", "same", "read", true],
  ["client-owner", "same", "list-members", true],
  ["client-owner", "same", "invite", true],
  ["client-owner", "same", "update", false],
  ["client-owner", "other", "read", false],
  ["client-owner", "other", "list-members", false],
  ["client-owner", "other", "invite", false],
  ["client-owner", "other", "update", false],
  ["client-member", "same", "read", true],
  ["client-member", "same", "list-members", true],
  ["client-member", "same", "invite", false],
  ["client-member", "same", "update", false],
  ["client-member", "other", "read", false],
  ["client-member", "other", "list-members", false],
  ["client-member", "other", "invite", false],
  ["client-member", "other", "update", false],
  ["contractor", "other", "read", false],
  ["contractor", "other", "list-members", false],
  ["contractor", "other", "invite", false],
  ["contractor", "other", "update", false],
];

describe("orgPolicy", () => {
  it.each(TABLE)("%s of %s org: %s → %s", (role, tenant, action, expected) => {
    const orgId = role === "staff" || role === "contractor" ? consultancy.id : tenant === "same" ? clientA.id : clientB.id;
    expect(allowed(orgPolicy, actor(role, orgId), action, clientA)).toBe(expected);
  });

  it("hides other organisations entirely (404, not 403)", () => {
    expect(orgPolicy.sees(actor("client-owner", "b"), clientA)).toBe(false);
    expect(orgPolicy.sees(actor("contractor", "c"), clientA)).toBe(false);
    expect(orgPolicy.sees(actor("staff", "c"), clientA)).toBe(true);
  });

  it("limits which roles each inviter may hand out", () => {
    expect(invitableRoles(actor("staff", "c"), consultancy)).toEqual(["staff", "contractor"]);
    expect(invitableRoles(actor("staff", "c"), clientA)).toEqual(["client-owner", "client-member"]);
    expect(invitableRoles(actor("client-owner", "a"), clientA)).toEqual(["client-owner", "client-member"]);
    expect(invitableRoles(actor("client-owner", "b"), clientA)).toEqual([]);
    expect(invitableRoles(actor("client-member", "a"), clientA)).toEqual([]);
    expect(invitableRoles(actor("client-owner", "a"), consultancy)).toEqual([]);
  });
});
