/** How rules report: line index, rule, [s, e) columns (0-based), texts. */
import type { RuleId } from "../types.js";

/** A finding before line numbers, sections and suppressions are applied. */
export interface RawFinding {
  /** Line index (0-based) into Doc.lines. */
  li: number;
  rule: RuleId;
  /** Start and end column, 0-based, end exclusive. */
  s: number;
  e: number;
  message: string;
  excerpt?: string;
  suggestion?: string;
}

/** Receives findings from a rule. */
export type Emit = (f: RawFinding) => void;
