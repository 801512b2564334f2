import { z } from "zod";
import { BRIEF_STATES } from "../../core/workflow/index.js";

/** Largest brief text accepted: 512 KB of UTF-8. */
export const MAX_BRIEF_BYTES = 512 * 1024;
/** Route body limit for routes that carry a brief: the text plus room for the other fields. */
export const BRIEF_BODY_LIMIT = MAX_BRIEF_BYTES + 16 * 1024;

const markdown = z.string({ error: "Send the brief text as markdown." }).max(MAX_BRIEF_BYTES, "Keep the brief under 512 KB.");

/** Only http(s) links are kept: a deliverable's links are shown to reviewers as links. */
export const httpUrl = z
  .string({ error: "Give a link." })
  .trim()
  .max(2000, "Use links of at most 2000 characters.")
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
    } catch {
      return false;
    }
  }, "Use an http:// or https:// link (a pull request, a preview).");

/** Writing a new brief in an engagement. */
export const createBriefBody = z.object({
  /** Short title shown on the board. */
  title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(200, "Use at most 200 characters for the title."),
  /** The brief itself; starts from the template with the four required sections. */
  markdown,
});

/** Saving a new version; the version it was edited from goes in the If-Match header. */
export const updateBriefBody = z.object({
  /** The whole new text. */
  markdown,
});

/** Moving a brief. */
export const transitionBody = z.object({
  /** Target state: ready, in_progress (claim), cancelled or shipped; others come from deliverables and reviews. */
  to: z.enum(BRIEF_STATES, { error: `Use one of: ${BRIEF_STATES.join(", ")}.` }),
  /** Why: required to cancel, and for staff to mark ready over checker findings. */
  reason: z.string().trim().max(2000, "Use at most 2000 characters for the reason.").optional(),
  /** Shipping: the release (an http(s) URL or a tag such as v1.4.2). */
  releaseRef: z.string().trim().max(500, "Use at most 500 characters for the release reference.").optional(),
});

/** A contractor's question. */
export const questionBody = z.object({
  /** The question, in writing. */
  text: z.string({ error: "Write the question." }).trim().min(1, "Write the question.").max(5000, "Use at most 5000 characters."),
  /** The line of the current version it is about. */
  line: z.number({ error: "Give the line as a number." }).int("Give the line as a whole number.").min(1, "Lines start at 1.").nullable().optional(),
});

/** The client's answer, optionally folded into the brief. */
export const answerBody = z.object({
  /** The answer, in writing. */
  text: z.string({ error: "Write the answer." }).trim().min(1, "Write the answer.").max(5000, "Use at most 5000 characters."),
  /** Fold the answer into the brief: the amended text and the version it was edited from. */
  amend: z
    .object({
      /** The whole amended brief. */
      markdown,
      /** The version the amendment was made from (as If-Match for a save). */
      version: z.number({ error: "Give the version the amendment starts from." }).int().min(1),
    })
    .optional(),
});

/** A round of work for review. */
export const deliverableBody = z.object({
  /** Pull requests, previews: http(s) links only. */
  links: z.array(httpUrl).max(20, "Give at most 20 links.").default([]),
  /** What was done and how to look at it (Markdown). */
  notes: z.string().max(20_000, "Use at most 20,000 characters for the notes.").default(""),
  /** Evidence per acceptance criterion (ids from GET /api/v1/briefs/:id). */
  evidence: z
    .array(
      z.object({
        /** Criterion id, e.g. ac-1x2y3z4w. */
        criterionId: z.string({ error: "Give the criterion id." }).min(1).max(64),
        /** How the work meets it: a test name, a link, a screenshot description. */
        text: z.string({ error: "Write the evidence." }).trim().min(1, "Write the evidence for this criterion.").max(5000),
      }),
    )
    .max(200),
  /** The brief version the work was made against (optional). */
  briefVersion: z.number().int().min(1).optional(),
});

/** A review round's verdicts. */
export const reviewBody = z.object({
  /** One verdict per acceptance criterion. */
  criteria: z
    .array(
      z.object({
        /** Criterion id. */
        criterionId: z.string({ error: "Give the criterion id." }).min(1).max(64),
        /** accepted or changes. */
        verdict: z.enum(["accepted", "changes"], { error: 'Use "accepted" or "changes".' }),
        /** Required with "changes": what has to change. */
        comment: z.string().trim().max(5000).default(""),
      }),
    )
    .min(1, "Give a verdict on each acceptance criterion.")
    .max(200),
  /** Overall feedback. */
  summary: z.string().trim().max(20_000).default(""),
});

/** A comment on a brief. */
export const commentBody = z.object({
  /** Markdown; @name mentions people on the engagement. */
  markdown: z.string({ error: "Write the comment." }).trim().min(1, "Write the comment.").max(20_000, "Use at most 20,000 characters."),
});

/** `:id` and `:n` of a brief version. */
export const versionParams = z.object({
  /** Brief id. */
  id: z.string().min(1).max(64),
  /** Version number. */
  n: z.coerce.number().int().min(1).max(1_000_000),
});

export const briefResponse = z.object({
  id: z.string(),
  engagementId: z.string(),
  title: z.string(),
  state: z.enum(BRIEF_STATES),
  version: z.number(),
  markdown: z.string(),
  checker: z.object({ ready: z.boolean(), findings: z.array(z.unknown()) }),
  criteria: z.array(z.object({ id: z.string(), line: z.number(), text: z.string() })),
  questions: z.array(z.unknown()),
  deliverables: z.array(z.unknown()),
});
