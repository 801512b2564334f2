/**
 * The checker's reading of a brief with no rule run: blocks, sections, inline
 * masks and the tokens of every prose line, exactly as check() makes them.
 * Only the benchmark uses it: its speed is the ceiling of any checker that
 * reads every word this way, whatever its rules cost.
 */
import { buildDoc } from "./doc.js";
import { tokenize } from "./tokenize.js";

/** Reads the brief as check() does and returns how many tokens its prose lines hold. */
export function readOnly(markdown: string): number {
  const doc = buildDoc(markdown, {});
  let tokens = 0;
  for (const line of doc.lines) {
    if (line.kind !== "text" && line.kind !== "heading") continue;
    tokens += tokenize(doc.text, line.start, line.start + line.raw.length, line.contentStart, line.masks).toks.length;
  }
  return tokens;
}
