/**
 * placeholder: text not written yet. Applies to everything, code included
 * (a "# TODO" in a config sample is still unwritten), so it scans the raw line
 * by hand: marker words (TBD, TODO, FIXME, XXX…), runs of question marks,
 * bracketed fill-ins ("[fill in]", "<insert …>"), "to be decided" and a bare
 * "…" or "?" where a value should be.
 */
import type { Doc } from "../doc.js";
import { PLACEHOLDER_WORDS, TO_BE_WORDS } from "../lexicon/cues.js";
import { WORD } from "../tokenize.js";
import type { Emit } from "./emit.js";

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Markers matched case-insensitively / only in upper case. */
const MARKERS_ANY_CASE = new Set(["tbd", "tbc", "tba", "fixme"]);
const MARKERS_UPPER = new Set(["TODO", "XXX", "TBD", "TBC", "TBA", "FIXME"]);

interface Hit {
  s: number;
  e: number;
}

/** Scans one string (a whole line) for placeholder markers. */
export function findPlaceholder(raw: string): Hit | null {
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    // Words: TODO, TBD, FIXME, XXX …
    if (isWordChar(c) && (i === 0 || !isWordChar(raw.charCodeAt(i - 1)))) {
      let j = i;
      while (j < n && isWordChar(raw.charCodeAt(j))) j++;
      const len = j - i;
      if (len >= 3 && len <= 5) {
        const word = raw.slice(i, j);
        if (MARKERS_UPPER.has(word) || MARKERS_ANY_CASE.has(word.toLowerCase())) return { s: i, e: j };
        if (word.toLowerCase() === "todo" && raw.charCodeAt(j) === 58 /* todo: */) return { s: i, e: j };
      }
      i = j - 1;
      continue;
    }
    // ??? (or "??" standing alone as a value)
    if (c === 63 && raw.charCodeAt(i + 1) === 63) {
      let j = i;
      while (j < n && raw.charCodeAt(j) === 63) j++;
      const before = i === 0 ? 32 : raw.charCodeAt(i - 1);
      if (j - i >= 3 || !isWordChar(before)) return { s: i, e: j };
      i = j - 1;
      continue;
    }
    // [fill in], <insert retention period>
    if ((c === 91 || c === 60) && !(c === 91 && i > 0 && raw.charCodeAt(i - 1) === 33)) {
      // Bounded search: fill-ins are short, and a line of "[[[[" stays linear.
      const want = c === 91 ? 93 : 62;
      let close = -1;
      for (let k = i + 1; k < n && k <= i + 80; k++) {
        if (raw.charCodeAt(k) === want) {
          close = k;
          break;
        }
      }
      if (close > i + 1) {
        const inner = raw.slice(i + 1, close).trim();
        let k = 0;
        while (k < inner.length && (isWordChar(inner.charCodeAt(k)) || inner.charCodeAt(k) > 127)) k++;
        const first = inner.slice(0, k).toLowerCase();
        const after = raw.charCodeAt(close + 1);
        const isLink = c === 91 && (after === 40 || after === 91 || after === 58);
        if (!isLink && PLACEHOLDER_WORDS.has(first) && (c === 91 || inner.indexOf(" ") > 0 || inner.length === k)) {
          if (c === 91 || /^(insert|fill|add|enter|your|placeholder|tbd|todo|describe|specify)$/.test(first))
            return { s: i, e: close + 1 };
        }
      }
    }
  }
  return null;
}

/** "to be decided", "to be confirmed"… on the prose tokens. */
function toBe(doc: Doc, i: number): Hit | null {
  const toks = doc.toks[i];
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w === "to" && toks[k + 1].w === "be" && toks[k + 2].t === WORD && TO_BE_WORDS.has(toks[k + 2].w)) {
      return { s: toks[k].s, e: toks[k + 2].e };
    }
  }
  return null;
}

/** ": …" or ": ?" at the end of a prose line, where a value should be. */
function bareValue(prose: string): Hit | null {
  const t = prose.trimEnd();
  const end = t.length;
  for (const tail of ["...", "…", "?"]) {
    if (t.endsWith(tail)) {
      const before = t.slice(0, end - tail.length).trimEnd();
      if (before.endsWith(":") || before.length === 0 || /^[\s\-*+>|]*$/.test(before)) {
        return { s: end - tail.length, e: end };
      }
    }
  }
  return null;
}

/** Reports one placeholder per line. */
export function checkPlaceholder(doc: Doc, emit: Emit): void {
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (line.kind === "front" || line.kind === "blank") continue;
    let hit = findPlaceholder(line.raw);
    if (!hit && (line.kind === "text" || line.kind === "heading")) hit = toBe(doc, i) ?? bareValue(line.prose);
    if (!hit) continue;
    const text = line.raw.slice(hit.s, hit.e);
    emit({
      li: i,
      rule: "placeholder",
      s: hit.s,
      e: hit.e,
      excerpt: text,
      message: `'${text}' is a placeholder: write the actual value or decision before handing the brief off`,
      suggestion: "replace it with the real content, or move the open point to an Open questions section with an answer",
    });
  }
}
