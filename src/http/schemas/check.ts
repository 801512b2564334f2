import { z } from "zod";

/** A brief to check, as Markdown. */
export const checkBody = z.object({
  /** The brief's Markdown text (UTF-8, at most 256 KB as a request). */
  markdown: z.string({ error: "Send the brief's Markdown text in the markdown field." }),
});

const section = z.enum(["context", "api", "edge-cases", "acceptance-criteria"]);

/** The checker's result, as `check()` returns it (see ../shared/spec-rules.md). */
export const checkResponse = z.object({
  ready: z.boolean(),
  findings: z.array(
    z.object({
      line: z.number().nullable(),
      column: z.number().nullable(),
      endColumn: z.number().optional(),
      rule: z.string(),
      section: section.optional(),
      message: z.string(),
      excerpt: z.string().optional(),
      suggestion: z.string().optional(),
    }),
  ),
  sections: z.record(z.string(), z.object({ line: z.number() }).nullable()),
  criteria: z.array(z.object({ id: z.string(), line: z.number(), text: z.string() })),
});
