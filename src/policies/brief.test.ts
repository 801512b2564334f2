import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../core/actor.js";
import type { BriefRecord } from "../models/briefs.js";
import type { DeliverableRecord } from "../models/deliverables.js";
import type { EngagementRecord } from "../models/engagements.js";
import type { QuestionRecord } from "../models/questions.js";
import { allowed } from "./authorize.js";
import { briefPolicy, type BriefAction } from "./brief.js";
import { deliverablePolicy } from "./deliverable.js";
import { engagementPolicy, partiesFor, type EngagementAction } from "./engagement.js";
import { questionPolicy } from "./question.js";

/**
 * Who is who: "a" is the client organisation of the engagement, "b" another
 * client, "c" the consultancy. The contractor "assigned" is on the engagement,
 * "unassigned" is not; the reviewer is the one client person named on it.
 */
type Who = "staff" | "owner-a" | "member-a" | "reviewer-a" | "owner-b" | "assigned" | "unassigned";
const PEOPLE: Record<Who, [Role, string, string]> = {
  staff: ["staff", "c", "s1"],
  "owner-a": ["client-owner", "a", "oa"],
  "member-a": ["client-member", "a", "ma"],
  "reviewer-a": ["client-member", "a", "ra"],
  "owner-b": ["client-owner", "b", "ob"],
  assigned: ["contractor", "c", "k1"],
  unassigned: ["contractor", "c", "k2"],
};
const actor = (w: Who): Actor => ({ id: PEOPLE[w][2], orgId: PEOPLE[w][1], role: PEOPLE[w][0], email: "", name: w, timezone: "UTC" });

const engagement: EngagementRecord = {
  id: "e1", org_id: "a", title: "E", scope: "", state: "active", created_by: "s1", created_at: "", ended_at: null, summary: null,
  people: [
    { id: "p1", org_id: "a", engagement_id: "e1", user_id: "k1", role: "contractor", created_at: "" },
    { id: "p2", org_id: "a", engagement_id: "e1", user_id: "ra", role: "reviewer", created_at: "" },
  ],
};
const brief = (state: BriefRecord["state"], readyAt: string | null = "t"): BriefRecord => ({
  id: "b1", org_id: "a", engagement_id: "e1", title: "B", state, version: 1, created_by: "oa", created_at: "", state_changed_at: "",
  ready_at: readyAt, ready_override_reason: null, ready_override_by: null, claimed_by: null, claimed_version: null, claimed_at: null,
  release_ref: null, shipped_at: null, cancel_reason: null, cancelled_at: null, engagement,
});

const ENGAGEMENT_TABLE: [Who, EngagementAction, boolean | "hidden"][] = [
  ["staff", "read", true], ["staff", "create-brief", true], ["staff", "audit", true],
  ["owner-a", "read", true], ["owner-a", "create-brief", true], ["owner-a", "audit", true],
  ["member-a", "create-brief", true], ["reviewer-a", "create-brief", true],
  ["owner-b", "read", "hidden"], ["owner-b", "create-brief", "hidden"], ["owner-b", "audit", "hidden"],
  ["assigned", "read", true], ["assigned", "create-brief", false], ["assigned", "audit", true],
  ["unassigned", "read", "hidden"], ["unassigned", "create-brief", "hidden"],
];

const BRIEF_TABLE: [Who, BriefAction, boolean | "hidden"][] = [
  ["staff", "edit", true], ["staff", "override-ready", true], ["staff", "ask", false], ["staff", "transition", true],
  ["owner-a", "edit", true], ["owner-a", "override-ready", false], ["owner-a", "ask", false], ["owner-a", "comment", true],
  ["member-a", "edit", true], ["member-a", "override-ready", false],
  ["owner-b", "read", "hidden"], ["owner-b", "edit", "hidden"], ["owner-b", "transition", "hidden"],
  ["assigned", "read", true], ["assigned", "edit", false], ["assigned", "ask", true], ["assigned", "override-ready", false], ["assigned", "comment", true],
  ["unassigned", "read", "hidden"], ["unassigned", "ask", "hidden"],
];

const expectDecision = (sees: boolean, can: boolean, expected: boolean | "hidden") => {
  if (expected === "hidden") expect(sees).toBe(false);
  else {
    expect(sees).toBe(true);
    expect(can).toBe(expected);
  }
};

describe("engagementPolicy", () => {
  it.each(ENGAGEMENT_TABLE)("%s: %s → %s", (who, action, expected) => {
    const a = actor(who);
    expectDecision(engagementPolicy.sees(a, engagement), allowed(engagementPolicy, a, action, engagement), expected);
  });

  it("names the parts each person plays; reviewers are the named ones, or every client person when none is named", () => {
    expect(partiesFor(actor("staff"), engagement)).toEqual(["staff"]);
    expect(partiesFor(actor("owner-a"), engagement)).toEqual(["client"]);
    expect(partiesFor(actor("reviewer-a"), engagement)).toEqual(["client", "reviewer"]);
    expect(partiesFor(actor("assigned"), engagement)).toEqual(["contractor"]);
    expect(partiesFor(actor("owner-b"), engagement)).toEqual([]);
    const open = { ...engagement, people: engagement.people.filter((p) => p.role !== "reviewer") };
    expect(partiesFor(actor("member-a"), open)).toEqual(["client", "reviewer"]);
  });
});

describe("briefPolicy", () => {
  it.each(BRIEF_TABLE)("%s: %s → %s", (who, action, expected) => {
    const a = actor(who);
    const b = brief("in_progress");
    expectDecision(briefPolicy.sees(a, b), allowed(briefPolicy, a, action, b), expected);
  });

  it("hides drafts from contractors, even assigned ones, but not from the client or staff", () => {
    const draft = brief("draft", null);
    expect(briefPolicy.sees(actor("assigned"), draft)).toBe(false);
    expect(briefPolicy.sees(actor("member-a"), draft)).toBe(true);
    expect(briefPolicy.sees(actor("staff"), draft)).toBe(true);
    expect(briefPolicy.sees(actor("assigned"), brief("cancelled", "t"))).toBe(true);
    expect(briefPolicy.sees(actor("assigned"), brief("cancelled", null))).toBe(false);
  });
});

describe("questionPolicy and deliverablePolicy", () => {
  const b = brief("in_review");
  const q = { id: "q1", brief: b } as unknown as QuestionRecord;
  const d = { id: "d1", brief: b } as unknown as DeliverableRecord;
  it.each([
    ["staff", true], ["owner-a", true], ["member-a", true], ["assigned", false], ["owner-b", "hidden"], ["unassigned", "hidden"],
  ] as [Who, boolean | "hidden"][])("%s answers a question → %s", (who, expected) => {
    const a = actor(who);
    expectDecision(questionPolicy.sees(a, q), allowed(questionPolicy, a, "answer", q), expected);
  });
  it("shows deliverables with their brief only", () => {
    expect(deliverablePolicy.sees(actor("owner-b"), d)).toBe(false);
    expect(deliverablePolicy.sees(actor("unassigned"), d)).toBe(false);
    expect(deliverablePolicy.sees(actor("assigned"), d)).toBe(true);
    expect(deliverablePolicy.sees(actor("reviewer-a"), d)).toBe(true);
  });
});
