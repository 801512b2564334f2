import { z } from "zod";

const id = z.string().min(1).max(64);

/** Opening an engagement (staff). */
export const createEngagementBody = z.object({
  /** The client organisation the work is for. */
  orgId: z.string({ error: "Choose a client organisation." }).min(1, "Choose a client organisation.").max(64),
  /** Short name of the engagement, e.g. "Refunds API". */
  title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(200, "Use at most 200 characters for the title."),
  /** What the engagement covers, in a few sentences (Markdown). */
  scope: z.string({ error: "Describe the scope." }).trim().min(1, "Describe the scope in a sentence or two.").max(20_000, "Use at most 20,000 characters for the scope."),
  /** Ids of contractors assigned to the engagement. */
  contractorIds: z.array(id, { error: "List contractor ids (may be empty)." }).max(50).default([]),
  /** Ids of client people who review deliverables; empty means every client person may review. */
  reviewerIds: z.array(id, { error: "List reviewer ids (may be empty)." }).max(50).default([]),
});
export type CreateEngagementBody = z.infer<typeof createEngagementBody>;

/** The audit export format. */
export const auditQuery = z.object({
  /** json (default) or csv. */
  format: z.enum(["json", "csv"], { error: "Use format=json or format=csv." }).default("json"),
});

const person = z.object({ id: z.string(), name: z.string(), role: z.string(), timezone: z.string(), parts: z.array(z.string()) });

export const engagementResponse = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  scope: z.string(),
  state: z.enum(["active", "ended"]),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  summary: z.unknown().nullable(),
  people: z.array(person).optional(),
  briefs: z.array(z.object({ id: z.string(), title: z.string(), state: z.string(), version: z.number() })).optional(),
});

export const auditResponse = z.object({
  events: z.array(z.object({ seq: z.number(), at: z.string(), actorId: z.string().nullable(), action: z.string(), entityType: z.string(), entityId: z.string(), summary: z.string() })),
});
