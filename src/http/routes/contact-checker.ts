/**
 * The brief checker as the intake uses it. Kept behind one function so the
 * report can say "not checked" when no checker is wired, and so a checker
 * failure never costs the visitor their lead (the caller catches).
 */
export interface TicketFinding {
  line: number | null;
  rule: string;
  message: string;
  excerpt?: string;
  suggestion?: string;
}

export type TicketChecker = (markdown: string) => { ready: boolean; findings: TicketFinding[] };

/** The checker in use; null until src/core/checker exports `check`. */
export const checkTicket: TicketChecker | null = null;
