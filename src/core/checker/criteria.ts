/**
 * Acceptance-criteria items with stable ids. The review loop refers to items by
 * id, so an id depends only on the item's own text: "ac-" + 8 hex digits of
 * the FNV-1a hash of the text lower-cased with whitespace collapsed and a
 * trailing period dropped. Editing other items, reordering, or re-indenting
 * keeps an id; editing the item's words changes it. Identical items get
 * "-2", "-3"… in document order.
 */
import type { Doc } from "./doc.js";
import type { Line } from "./markdown.js";
import type { Criterion } from "./types.js";

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return hex8(h);
}

/** Character codes of the hex digits. */
const HEX = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** A 32-bit value as 8 lower-case hex digits (Number#toString(16) is a slow runtime call). */
function hex8(h: number): string {
  return String.fromCharCode(
    HEX[(h >>> 28) & 15],
    HEX[(h >>> 24) & 15],
    HEX[(h >>> 20) & 15],
    HEX[(h >>> 16) & 15],
    HEX[(h >>> 12) & 15],
    HEX[(h >>> 8) & 15],
    HEX[(h >>> 4) & 15],
    HEX[h & 15],
  );
}

/** The text an id is computed from. */
export function normaliseCriterion(text: string): string {
  // Lower-case, collapse whitespace, trim, drop trailing "." / ";" (and the spaces before them).
  const lower = text.toLowerCase();
  // Copies runs of non-space text whole (one slice per word, not one string per character).
  let out = "";
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      out += (out.length > 0 ? " " : "") + lower.slice(runStart, i);
      runStart = -1;
    }
  }
  let end = out.length;
  while (end > 0 && (out.charCodeAt(end - 1) === 46 || out.charCodeAt(end - 1) === 59 || out.charCodeAt(end - 1) === 32)) end--;
  return out.slice(0, end);
}

/**
 * Code units whose lower case is themselves, besides ASCII: symbols, dashes,
 * arrows, CJK. Other non-ASCII text takes the plain path (lower-casing it may
 * change its length).
 */
function caseless(c: number): boolean {
  return (c >= 0x80 && c <= 0xbf && c !== 0xa0) || (c >= 0x2000 && c <= 0x2125) || (c >= 0x2190 && c <= 0x24b5) || (c >= 0x3000 && c <= 0x9fff);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;

/**
 * fnv1a(normaliseCriterion(text)) without building the normalised string:
 * the id of every acceptance item is computed on each check. Trailing "." and
 * ";" (and the spaces between them) count only when more text follows, so
 * such a run is remembered by where it starts and hashed once text follows.
 */
export function criterionHash(text: string): string {
  let h = 0x811c9dc5 | 0;
  let started = false;
  let tail = -1; // start of the pending run of ".", ";" and spaces, or -1
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // One table read classifies an ASCII character (most of them).
    const k = c < 128 ? CLASS[c] : c === 0xa0 ? C_SPACE : caseless(c) ? 0 : -1;
    if (k === C_SPACE) {
      if (started && tail < 0) tail = i;
      continue;
    }
    if (k === C_UPPER) c |= 32;
    else if (k < 0) return fnv1a(normaliseCriterion(text));
    started = true;
    if (k === C_END) {
      if (tail < 0) tail = i;
      continue;
    }
    if (tail >= 0) {
      // The run is not trailing after all: one space per whitespace run, the rest as written.
      for (let k = tail; k < i; k++) {
        const d = text.charCodeAt(k);
        if (!isSpace(d)) h = Math.imul(h ^ d, 0x01000193);
        else if (!isSpace(text.charCodeAt(k - 1))) h = Math.imul(h ^ 32, 0x01000193);
      }
      tail = -1;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return hex8(h);
}

/** ASCII classes for criterionHash: whitespace, upper-case letter, "." or ";", anything else (0). */
const C_SPACE = 1;
const C_UPPER = 2;
const C_END = 3;
const CLASS = new Int8Array(128);
for (const c of [32, 9, 10, 13, 12, 11]) CLASS[c] = C_SPACE;
for (let c = 65; c <= 90; c++) CLASS[c] = C_UPPER;
CLASS[46] = C_END;
CLASS[59] = C_END;

function wasText(doc: Doc, i: number): boolean {
  return i > 0 && doc.lines[i - 1].kind === "text";
}

/**
 * "Thank you in advance for your kind cooperation.", "We would be grateful for your estimate of the work.", "Kind
 * regards,": the writer's closing courtesy, which briefs often put right under their last criterion. It states no
 * outcome (writers labelled none of 204 such lines in acceptance criteria untestable); anchored at the start of the
 * paragraph, so "- Thanks are sent within 1 hour" as an item is still read.
 */
const COURTESY = /^\s*(?:thanks?(?!-)\b|thank you\b|(?:with )?many thanks\b|with (?:best|kind|warm) (?:wishes|regards)\b|best wishes\b|cheers\b|(?:kind|best|warm|warmest) regards\b|regards\b|(?:we|i) (?:would|'d) be (?:very )?grateful\b|much appreciated\b|appreciate it\b)/i;

/**
 * Whether a paragraph (not a list item or table row) is a closing courtesy: under the criteria no criterion, elsewhere
 * no requirement ("Thanks, this one will make a lot of moms happy!"). "Thank-you email text" names a message.
 */
export function courtesyParagraph(line: Line): boolean {
  return !line.item && !line.table && COURTESY.test(line.raw.slice(line.contentStart));
}

/** Lists the items under the acceptance-criteria section(s). */
export function collectCriteria(doc: Doc): Criterion[] {
  const items: { line: number; text: string }[] = [];
  let current: { line: number; text: string; indent: number } | null = null;
  let closing = false;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (doc.section[i] !== "acceptance-criteria" || line.kind !== "text") {
      if (line.kind === "heading") current = null;
      continue;
    }
    const text = line.raw.slice(line.contentStart).trim();
    const header = line.table && doc.lines[i + 1]?.kind === "rule";
    if (header) continue;
    // The closing courtesy and the signature lines that run on from it are not criteria.
    if (courtesyParagraph(line) || (closing && wasText(doc, i))) {
      closing = true;
      current = null;
      continue;
    }
    closing = false;
    if (line.item && current && current.indent >= 0 && line.itemIndent > current.indent) {
      current.text += " " + text; // a nested item is part of its parent
    } else if (line.item || line.table || !current || !wasText(doc, i)) {
      current = { line: line.n, text, indent: line.item ? line.itemIndent : -1 };
      items.push(current);
    } else {
      current.text += " " + text; // continuation line
    }
  }
  const seen = new Map<string, number>();
  return items.map((it) => {
    const base = "ac-" + criterionHash(it.text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, line: it.line, text: it.text };
  });
}
