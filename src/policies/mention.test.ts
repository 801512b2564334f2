import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../core/actor.js";
import type { Mention } from "../models/mentions.js";
import { AppError } from "../core/errors.js";
import { authorize } from "./authorize.js";
import { mentionPolicy } from "./mention.js";

const actor = (id: string, role: Role, orgId: string): Actor => ({ id, orgId, role, email: "", name: "", timezone: "UTC" });
const mention: Mention = { id: "m", org_id: "a", engagement_id: "e", brief_id: "b", comment_id: "c", user_id: "dewi", author_id: "owner-a", created_at: "", cleared_at: null };

/** who × dismiss: only the person mentioned; everyone else (author, staff, same org) gets a 404. */
const TABLE: [string, Actor, number | "ok"][] = [
  ["the person mentioned", actor("dewi", "contractor", "c"), "ok"],
  ["the comment's author", actor("owner-a", "client-owner", "a"), 404],
  ["a member of the same organisation", actor("member-a", "client-member", "a"), 404],
  ["staff", actor("staff", "staff", "c"), 404],
  ["another organisation's owner", actor("owner-b", "client-owner", "b"), 404],
];

describe("mentionPolicy", () => {
  it.each(TABLE)("%s", (_who, a, want) => {
    try {
      authorize(mentionPolicy, a, "dismiss", mention);
      expect(want).toBe("ok");
    } catch (err) {
      expect((err as AppError).status).toBe(want);
    }
  });
});
