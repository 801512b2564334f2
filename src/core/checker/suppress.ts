/**
 * Inline suppression: `<!-- handoff-disable-next-line RULE … -->` silences the
 * listed rules (all rules when none is listed) on the next line;
 * `<!-- handoff-disable-line RULE … -->` does the same on its own line.
 */
import type { Doc } from "./doc.js";

/** Line index → rules silenced there ("*" for all). */
export function collectSuppressions(doc: Doc): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let i = 0; i < doc.lines.length; i++) {
    for (const c of doc.lines[i].comments) {
      const words = c.text.trim().split(/[\s,]+/).filter(Boolean);
      const directive = words[0];
      if (directive !== "handoff-disable-next-line" && directive !== "handoff-disable-line") continue;
      const target = directive === "handoff-disable-line" ? i : i + 1;
      const rules = words.slice(1);
      const set = out.get(target) ?? new Set<string>();
      if (rules.length === 0) set.add("*");
      for (const r of rules) set.add(r);
      out.set(target, set);
    }
  }
  return out;
}
