import { findMentionSpans, type Mentionable } from "../../../core/workflow/mentions.js";
import { escapeHtml } from "../../html.js";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

// Mentions inside code, preformatted text or a link stay as written.
const SKIP = new Set(["code", "pre", "a"]);

/**
 * Wraps the mentions of `mentioned` people in already-sanitised comment HTML
 * (renderMarkdown's output) in `<span class="mention">`. Works on text between
 * tags only: each text run is decoded, matched with the same rule the command
 * used, and escaped again piece by piece, so nothing typed can become markup.
 * A `@name` of anyone not in `mentioned` (not on the engagement) stays plain.
 */
export function highlightMentions(safeHtml: string, people: readonly Mentionable[], mentioned: readonly string[]): string {
  const wanted = new Set(mentioned);
  const candidates = people.filter((p) => wanted.has(p.id));
  if (!candidates.length || !safeHtml.includes("@")) return safeHtml;
  let skipDepth = 0;
  return safeHtml
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
      if (tag) {
        if (SKIP.has(tag[2].toLowerCase())) skipDepth = Math.max(0, skipDepth + (tag[1] ? -1 : 1));
        return part;
      }
      if (skipDepth > 0 || !part.includes("@")) return part;
      const text = decode(part);
      // The people list holds everyone on the engagement (for first-name uniqueness); only the stored mentions light up.
      const spans = findMentionSpans(text, people).filter((s) => wanted.has(s.userId));
      if (!spans.length) return part;
      let out = "";
      let at = 0;
      for (const s of spans) {
        out += `${escapeHtml(text.slice(at, s.start))}<span class="mention" data-user="${escapeHtml(s.userId)}">${escapeHtml(text.slice(s.start, s.end))}</span>`;
        at = s.end;
      }
      return out + escapeHtml(text.slice(at));
    })
    .join("");
}
