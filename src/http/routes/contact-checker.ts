/**
 * The brief checker as the intake uses it: one function over a pasted ticket.
 * Callers treat a failure as "not checked" so a checker bug never costs the
 * visitor their lead (the lead is stored before this runs).
 */
import { check } from "../../core/checker/index.js";

/** One finding as stored in the report. */
export interface TicketFinding {
  line: number | null;
  rule: string;
  message: string;
  excerpt?: string;
  suggestion?: string;
}

export type TicketChecker = (markdown: string) => { ready: boolean; findings: TicketFinding[] };

/** The checker in use: src/core/checker's `check`, reduced to what the report shows. */
export const checkTicket: TicketChecker | null = (markdown) => {
  const r = check(markdown);
  return {
    ready: r.ready,
    findings: r.findings.map((f) => ({ line: f.line, rule: f.rule, message: f.message, ...(f.excerpt ? { excerpt: f.excerpt } : {}), ...(f.suggestion ? { suggestion: f.suggestion } : {}) })),
  };
};
