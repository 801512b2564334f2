/**
 * Block-level Markdown, line by line: front matter, fenced and indented code,
 * HTML comments, ATX and setext headings, list items, tables, block quotes.
 * Each line keeps its file line number; nothing is reflowed, so every finding
 * can point at a real line and column. One pass, no backtracking regexes.
 */
import { scanInline, type Span } from "./inline.js";

/** How a line takes part in the brief. */
export type LineKind =
  | "blank"
  | "text" // paragraph, list item or table row
  | "heading"
  | "code" // inside a fenced or indented code block
  | "fence" // an opening or closing fence line
  | "front" // YAML front matter
  | "comment" // only an HTML comment
  | "rule"; // thematic break, setext underline, table delimiter row

/** One line of the file after block parsing. */
export interface Line {
  /** 1-based line number in the file. */
  n: number;
  /** The line as written (BOM removed from line 1, no line ending). */
  raw: string;
  /** Where the line starts in the document text (the input without its BOM, see documentText). */
  start: number;
  kind: LineKind;
  /** 1..6 for headings. */
  level: number;
  /** Heading text without markers, for headings. */
  heading: string;
  /** Ranges of raw that are not prose: flat [start, end, kind] triples (see inline.ts). */
  masks: number[];
  code: Span[];
  urls: Span[];
  comments: Span[];
  /** True when this line starts a list item. */
  item: boolean;
  /** Column where the list item's text starts (after the marker), else content start. */
  contentStart: number;
  /** Indentation of the list marker (spaces, tabs as 4), -1 when not an item. */
  itemIndent: number;
  /** True for table rows (header and body). */
  table: boolean;
  /** True when the line has no markup characters at all (no masks, no brackets). */
  plain: boolean;
}

const EMPTY: Span[] = [];
const NO_MASKS: number[] = [];

// Result of measureIndent, kept in module variables to avoid an object per line.
let indentCols = 0;
let indentChars = 0;

/** Measures leading whitespace: columns (tabs to multiples of 4) and characters. */
function measureIndent(s: string): void {
  let cols = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) cols++;
    else if (c === 9) cols += 4 - (cols % 4);
    else break;
  }
  indentCols = cols;
  indentChars = i;
}

function isBlank(s: string): boolean {
  return isBlankFrom(s, 0);
}

function isBlankFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}

/** Fence opener: returns the fence char code and length, or null. */
function fenceOpen(s: string, at: number): { ch: number; len: number } | null {
  const ch = s.charCodeAt(at);
  if (ch !== 96 && ch !== 126) return null;
  let j = at;
  while (j < s.length && s.charCodeAt(j) === ch) j++;
  const len = j - at;
  if (len < 3) return null;
  if (ch === 96 && s.indexOf("`", j) >= 0) return null;
  return { ch, len };
}

function isFenceClose(s: string, at: number, ch: number, len: number): boolean {
  let j = at;
  while (j < s.length && s.charCodeAt(j) === ch) j++;
  if (j - at < len) return false;
  return isBlankFrom(s, j);
}

/** "***", "- - -", "___" … */
function isThematicBreak(s: string, at: number): boolean {
  const ch = s.charCodeAt(at);
  if (ch !== 45 && ch !== 42 && ch !== 95) return false;
  let count = 0;
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === ch) count++;
    else if (c !== 32 && c !== 9) return false;
  }
  return count >= 3;
}

/** Setext underline "===" or "---" (only that char, then spaces). */
function setextLevel(s: string, at: number): number {
  const ch = s.charCodeAt(at);
  if (ch !== 61 && ch !== 45) return 0;
  let i = at;
  while (i < s.length && s.charCodeAt(i) === ch) i++;
  if (!isBlankFrom(s, i)) return 0;
  return ch === 61 ? 1 : 2;
}

/** List marker at `at`: returns the column after marker and its space, or -1. */
function listMarkerEnd(s: string, at: number): number {
  const c = s.charCodeAt(at);
  let j = at;
  if (c === 45 || c === 42 || c === 43) j = at + 1;
  else if (c >= 48 && c <= 57) {
    while (j < s.length && j - at < 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    const d = s.charCodeAt(j);
    if (d !== 46 && d !== 41) return -1;
    j++;
  } else return -1;
  if (j === s.length) return j;
  const after = s.charCodeAt(j);
  if (after !== 32 && after !== 9) return -1;
  while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  // Task list box "[ ]" / "[x]".
  if (s.charCodeAt(j) === 91 && s.charCodeAt(j + 2) === 93 && (s.charCodeAt(j + 3) === 32 || j + 3 === s.length)) {
    const box = s.charCodeAt(j + 1) | 32;
    if (box === 32 || box === 120) j = Math.min(s.length, j + 4);
  }
  return j;
}

/** A GFM table delimiter row: | --- | :-: | */
function isTableDelimiter(s: string): boolean {
  let dash = false;
  let pipe = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c === 124) pipe = true;
    else if (c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash && (pipe || s.indexOf(":") >= 0);
}

/** The input without a leading BOM: the text that line offsets (Line.start) point into. */
export function documentText(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}

/** Splits the input into lines (\n, \r\n or \r), dropping a leading BOM. */
export function splitLines(input: string): string[] {
  return splitText(documentText(input), []);
}

/** Splits the text into lines and pushes where each starts onto `starts`. */
function splitText(text: string, starts: number[]): string[] {
  if (text.indexOf("\r") < 0) {
    // indexOf and slice per line: quicker than split("\n") and a second pass for the starts.
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      lines.push(text.slice(start, end));
      starts.push(start);
      start = end + 1;
    }
    lines.push(text.slice(start));
    starts.push(start);
    return lines;
  }
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      starts.push(start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  starts.push(start);
  return lines;
}

function makeLine(n: number, raw: string, start: number, kind: LineKind): Line {
  return {
    n,
    raw,
    start,
    kind,
    level: 0,
    heading: "",
    masks: NO_MASKS,
    code: EMPTY,
    urls: EMPTY,
    comments: EMPTY,
    item: false,
    contentStart: 0,
    itemIndent: -1,
    table: false,
    plain: false,
  };
}

/** Parses the brief into lines with their block-level role. */
export function parseBlocks(input: string): Line[] {
  const starts: number[] = [];
  const text = documentText(input);
  const raws = splitText(text, starts);
  const out: Line[] = new Array(raws.length);
  let i = 0;
  // The next "|" in the text at or after the line being read (past the end when none is left):
  // one search finds it for all the lines before it, instead of one search per line.
  let nextPipe = -1;

  // YAML front matter: "---" on line 1 up to the next "---" or "...".
  if (raws.length > 1 && raws[0].trimEnd() === "---") {
    let end = -1;
    for (let k = 1; k < raws.length; k++) {
      const t = raws[k].trimEnd();
      if (t === "---" || t === "...") {
        end = k;
        break;
      }
    }
    if (end > 0) {
      for (; i <= end; i++) out[i] = makeLine(i + 1, raws[i], starts[i], "front");
    }
  }

  let fence: { ch: number; len: number } | null = null;
  let inComment = false;
  let inList = false;
  let inTable = false;
  let prevBlank = true;

  for (; i < raws.length; i++) {
    const raw = raws[i];
    const line = makeLine(i + 1, raw, starts[i], "text");
    out[i] = line;
    measureIndent(raw);
    const cols = indentCols;
    const chars = indentChars;

    if (fence) {
      if (isFenceClose(raw, chars, fence.ch, fence.len)) {
        line.kind = "fence";
        fence = null;
      } else {
        line.kind = "code";
        line.code = [{ start: 0, end: raw.length, text: raw }];
      }
      prevBlank = false;
      continue;
    }
    if (isBlank(raw) && !inComment) {
      line.kind = "blank";
      prevBlank = true;
      inTable = false;
      continue;
    }
    if (!inComment) {
      const open = fenceOpen(raw, chars);
      if (open) {
        line.kind = "fence";
        fence = open;
        prevBlank = false;
        continue;
      }
      if (cols >= 4 && prevBlank && !inList) {
        line.kind = "code";
        line.code = [{ start: 0, end: raw.length, text: raw }];
        continue;
      }
    }

    // Block quote markers are masked; the rest is read as usual.
    let at = chars;
    while (raw.charCodeAt(at) === 62 /* > */ && !inComment) {
      at++;
      while (at < raw.length && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
    }
    const quoted = at > chars;

    if (!inComment && cols < 4 && !quoted) {
      // ATX heading.
      if (raw.charCodeAt(at) === 35) {
        let h = at;
        while (h < raw.length && raw.charCodeAt(h) === 35) h++;
        const level = h - at;
        const next = raw.charCodeAt(h);
        if (level <= 6 && (h === raw.length || next === 32 || next === 9)) {
          const inl = scanInline(raw, h, false);
          inComment = inl.inComment;
          line.kind = "heading";
          line.level = level;
          line.contentStart = h;
          line.masks = inl.masks;
          line.code = inl.code;
          line.urls = inl.urls;
          line.comments = inl.comments;
          line.plain = inl.plain;
          line.heading = headingText(raw, h, inl.masks);
          inList = false;
          inTable = false;
          prevBlank = false;
          continue;
        }
      }
      const prev = i > 0 ? out[i - 1] : undefined;
      const setext = setextLevel(raw, at);
      if (setext && prev && prev.kind === "text" && !prev.item && !prev.table && !inList && !prevBlank) {
        prev.kind = "heading";
        prev.level = setext;
        prev.heading = headingText(prev.raw, prev.contentStart, prev.masks);
        line.kind = "rule";
        prevBlank = false;
        continue;
      }
      if (isThematicBreak(raw, at)) {
        line.kind = "rule";
        inList = false;
        prevBlank = false;
        continue;
      }
    }

    let contentStart = at;
    if (!inComment) {
      const markerEnd = listMarkerEnd(raw, at);
      if (markerEnd >= 0) {
        line.item = true;
        line.itemIndent = cols;
        contentStart = markerEnd;
        inList = true;
      } else if (cols === 0 && prevBlank) {
        inList = false;
      }
      const lineStart = starts[i];
      if (nextPipe < lineStart) {
        nextPipe = text.indexOf("|", lineStart);
        if (nextPipe < 0) nextPipe = text.length;
      }
      const pipe = nextPipe < lineStart + raw.length;
      if (!inTable && pipe && i + 1 < raws.length && isTableDelimiter(raws[i + 1])) {
        inTable = true;
      }
      if (inTable) {
        if (!pipe) inTable = false;
        else if (isTableDelimiter(raw)) {
          line.kind = "rule";
          prevBlank = false;
          continue;
        } else line.table = true;
      }
    }

    const inl = scanInline(raw, contentStart, inComment);
    inComment = inl.inComment;
    line.masks = inl.masks;
    line.code = inl.code;
    line.urls = inl.urls;
    line.comments = inl.comments;
    line.contentStart = contentStart;
    line.plain = inl.plain;
    if (inl.code.length === 0 && inl.urls.length === 0 && proseBlank(raw, contentStart, inl.masks)) {
      line.kind = inl.comments.length ? "comment" : "blank";
      if (line.kind === "blank") prevBlank = true;
      continue;
    }
    prevBlank = false;
  }
  return out;
}

/** True when nothing but spaces stands outside the masks after `from`. */
function proseBlank(raw: string, from: number, masks: readonly number[]): boolean {
  let m = 0;
  for (let i = from; i < raw.length; i++) {
    while (m < masks.length && masks[m + 1] <= i) m += 3;
    if (m < masks.length && masks[m] <= i) {
      i = masks[m + 1] - 1;
      continue;
    }
    const c = raw.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}

/** The line after `from` with masked ranges blanked (code spans and URLs drop out). */
export function unmaskedText(raw: string, from: number, masks: readonly number[]): string {
  if (masks.length === 0) return raw.slice(from);
  let out = "";
  let at = from;
  for (let m = 0; m < masks.length; m += 3) {
    if (masks[m + 1] <= at) continue;
    if (masks[m] > at) out += raw.slice(at, masks[m]);
    out += " ".repeat(masks[m + 1] - Math.max(at, masks[m]));
    at = masks[m + 1];
  }
  return out + raw.slice(at);
}

/** Heading text after `from`: markup dropped, trailing "#"s dropped, spaces trimmed. */
function headingText(raw: string, from: number, masks: readonly number[]): string {
  let t = unmaskedText(raw, from, masks).trim();
  let e = t.length;
  while (e > 0 && t.charCodeAt(e - 1) === 35) e--;
  if (e < t.length && (e === 0 || t.charCodeAt(e - 1) === 32)) t = t.slice(0, e);
  return t.trim();
}
