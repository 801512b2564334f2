import { z } from "zod";

const days = (what: string) =>
  z.coerce
    .number({ error: `Give the working days to ${what} as a number, e.g. 1 or 0.5.` })
    .min(0.125, `Give at least 0.125 working days (1 hour of an 8-hour day) to ${what}.`)
    .max(30, `Give at most 30 working days to ${what}.`);

/** PUT /api/v1/engagements/:id/clock-policy (staff). Working days are the owner's own average working day. */
export const clockPolicyBody = z.object({
  /** Working days of the client reviewer to answer a contractor's question (default 1). */
  answerDays: days("answer a question"),
  /** Working days of the reviewer to review a deliverable (default 2). */
  reviewDays: days("review a deliverable"),
  /** Working days of the contractor to address requested changes (default 2). */
  changesDays: days("address requested changes"),
  /** Working days of the contractor to start after claiming (default 1). */
  startDays: days("start after claiming"),
  /** Accept a deliverable after this many working days of reviewer silence (reminders at 50 % and 90 %); null = off (default). */
  autoAcceptDays: z.coerce.number({ error: "Give auto-accept as a number of working days, or leave it empty for off." }).min(0.5, "Auto-accept needs at least 0.5 working days.").max(60, "Auto-accept allows at most 60 working days.").nullable().default(null),
});

/** The staff form: same fields as text; auto-accept empty = off. */
export const clockPolicyForm = z.object({
  answerDays: z.string().trim().default(""),
  reviewDays: z.string().trim().default(""),
  changesDays: z.string().trim().default(""),
  startDays: z.string().trim().default(""),
  autoAcceptDays: z.string().trim().default(""),
});

/** POST /api/v1/briefs/:id/handoff-notes; at least one field must say something. */
export const handoffNoteBody = z.object({
  /** What got done in this working session (Markdown-free text). */
  progress: z.string().max(10_000, "Keep the progress to 10,000 characters.").default(""),
  /** Questions still open for the next person. */
  openQuestions: z.string().max(10_000, "Keep open questions to 10,000 characters.").default(""),
  /** What blocks the work, and on whom. */
  blockers: z.string().max(10_000, "Keep blockers to 10,000 characters.").default(""),
});

/** A due time as the API shows it to the caller. */
export const dueItemResponse = z.object({
  clockId: z.string(),
  kind: z.enum(["answer", "review", "changes", "start"]),
  label: z.string(),
  briefId: z.string(),
  briefTitle: z.string(),
  engagementId: z.string(),
  subjectId: z.string(),
  startedAt: z.string(),
  dueAt: z.string(),
  state: z.enum(["on_track", "due_soon", "overdue"]),
  stateLabel: z.string(),
  text: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  ownerZone: z.string(),
  ownerDefaultHours: z.boolean(),
});
