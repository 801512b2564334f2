import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../core/actor.js";
import type { User } from "../models/users.js";
import { allowed } from "./authorize.js";
import { userPolicy, type UserAction } from "./user.js";

const target: User = {
  id: "u1", org_id: "a", email: "t@a.example", email_key: "t@a.example", name: "T", role: "client-member",
  password_hash: null, timezone: "UTC", working_hours: null, created_at: "", password_changed_at: null,
};
const actor = (role: Role, orgId: string, id = `${role}-${orgId}`): Actor => ({ id, orgId, role, email: "", name: "", timezone: "UTC" });

/** role × relation × action for a client member of org A. */
const TABLE: [string, Actor, UserAction, boolean][] = [
  ["themself", actor("client-member", "a", "u1"), "read", true],
  ["themself", actor("client-member", "a", "u1"), "update", true],
  ["themself", actor("client-member", "a", "u1"), "reset-password", true],
  ["owner, same org", actor("client-owner", "a"), "read", true],
  ["owner, same org", actor("client-owner", "a"), "update", false],
  ["owner, same org", actor("client-owner", "a"), "reset-password", false],
  ["member, same org", actor("client-member", "a"), "read", true],
  ["member, same org", actor("client-member", "a"), "update", false],
  ["owner, other org", actor("client-owner", "b"), "read", false],
  ["owner, other org", actor("client-owner", "b"), "update", false],
  ["member, other org", actor("client-member", "b"), "read", false],
  ["contractor", actor("contractor", "c"), "read", false],
  ["contractor", actor("contractor", "c"), "reset-password", false],
  ["staff", actor("staff", "c"), "read", true],
  ["staff", actor("staff", "c"), "update", false],
  ["staff", actor("staff", "c"), "reset-password", true],
];

describe("userPolicy", () => {
  it.each(TABLE)("%s: %s → %s", (_who, a, action, expected) => {
    expect(allowed(userPolicy, a, action as UserAction, target)).toBe(expected);
  });
});
