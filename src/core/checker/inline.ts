/**
 * Inline Markdown for one line: finds code spans, links, URLs, HTML tags and
 * comments, and returns them with "masks": column ranges of the line that are
 * not brief prose (code spans and URLs become single tokens, markup is
 * skipped). The line itself is never copied, so every rule reports columns
 * of the original line and plain lines cost nothing.
 *
 * Linear in the line length: every search for a closing delimiter either
 * consumes what it scans or is cached, so pathological lines (100,000
 * backticks, "<b<b<b…") cannot make it quadratic.
 */

/** A piece of the line: [start, end) in UTF-16 units, and its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Mask kinds in InlineResult.masks. */
export const MASK_SKIP = 0;
export const MASK_CODE = 1;
export const MASK_URL = 2;

/** What the inline scan found on one line. */
export interface InlineResult {
  /** Flat [start, end, kind] triples, sorted and disjoint; kind is MASK_*. */
  masks: number[];
  /** Code spans (text without the backticks). */
  code: Span[];
  /** Link destinations, autolinks and bare URLs. */
  urls: Span[];
  /** Text inside HTML comments. */
  comments: Span[];
  /** True when an HTML comment is still open at the end of the line. */
  inComment: boolean;
  /** True when the line has no markup characters at all (`, <, [, ], \, URLs). */
  plain: boolean;
}


const HTML_TAGS = new Set(
  ("a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre " +
    "q s samp small span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var wbr").split(" "),
);

const URL_SCHEMES = ["https://", "http://", "ftp://", "mailto:", "ws://", "wss://", "file://"];

const isSpace = (c: number): boolean => c === 32 || c === 9;
const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function startsWithAt(s: string, sub: string, i: number): boolean {
  return s.startsWith(sub, i);
}

/** Index of the end of a bare URL starting at i (exclusive), trailing punctuation dropped. */
function urlEnd(s: string, i: number): number {
  let j = i;
  let parens = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c <= 32 || c === 60 /* < */ || c === 62 /* > */ || c === 34 /* " */ || c === 96 /* ` */) break;
    if (c === 40) parens++;
    else if (c === 41) {
      if (parens === 0) break;
      parens--;
    } else if (c >= 0x3000 && c <= 0x303f) break; // CJK punctuation ends a URL
    j++;
  }
  while (j > i) {
    const c = s.charCodeAt(j - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 42 || c === 95) j--;
    else break;
  }
  return j;
}

function schemeAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  if (c !== 104 && c !== 102 && c !== 109 && c !== 119) return false; // h f m w
  if (i > 0 && isAlnum(s.charCodeAt(i - 1))) return false;
  for (const scheme of URL_SCHEMES) if (startsWithAt(s, scheme, i)) return true;
  return startsWithAt(s, "www.", i) && i + 4 < s.length && isAlnum(s.charCodeAt(i + 4));
}

/** Characters that start inline markup; a line without them is all prose. */
const SPECIAL = /[`<\[\]\\]|:\/\/|www\.|mailto:/;
/**
 * The places schemeAt accepts: a scheme of URL_SCHEMES, or "www." before a
 * letter or digit, not right after a letter or digit.
 */
const URL_STARTS = /(?<![A-Za-z0-9])(?:https:\/\/|http:\/\/|ftp:\/\/|mailto:|ws:\/\/|wss:\/\/|file:\/\/|www\.(?=[A-Za-z0-9]))/g;

/** Text a URL needs: a line without it has no URL starts to collect (one search instead of three). */
const URL_HINT = /:\/\/|www\.|mailto:/;
/** Markup characters the scan stops at (URLs are found separately). */
const MARKUP = /[`<\[\]\\]/g;
/** Shared empty list of URL starts for the many lines without a URL (never added to). */
const NO_STARTS: number[] = [];
const NONE: Span[] = [];
const NO_MASKS: number[] = [];
/** The (shared, never modified) result for a line without markup. */
const PLAIN: InlineResult = { masks: NO_MASKS, code: NONE, urls: NONE, comments: NONE, inComment: false, plain: true };

/** Start of the first run of exactly `len` backticks at or after `from` (a non-backtick position), or -1. */
function closingRun(line: string, from: number, len: number): number {
  const n = line.length;
  // indexOf jumps to each next backtick natively; only the runs themselves are walked here.
  for (let k = line.indexOf("`", from); k >= 0; ) {
    let e = k;
    while (e < n && line.charCodeAt(e) === 96) e++;
    if (e - k === len) return k;
    k = line.indexOf("`", e);
  }
  return -1;
}

/** Starts of the backtick runs from `from` on, by run length. */
function indexRuns(line: string, from: number): Map<number, number[]> {
  const n = line.length;
  const runs = new Map<number, number[]>();
  for (let k = from; k < n; ) {
    if (line.charCodeAt(k) === 96) {
      let e = k;
      while (e < n && line.charCodeAt(e) === 96) e++;
      const list = runs.get(e - k);
      if (list) list.push(k);
      else runs.set(e - k, [k]);
      k = e;
    } else k++;
  }
  return runs;
}

/** Adds the mask [a, b) of `kind` when it is not empty. */
function mask(masks: number[], a: number, b: number, kind: number): void {
  if (b > a) masks.push(a, b, kind);
}

// State of the current scanInline call, kept at module level so that each
// line does not allocate closures over it (the scan is not re-entrant).
/**
 * Closing characters searched for repeatedly ('>', '"', "'"): cached so a line of
 * openers stays linear. Cleared lazily: most lines with markup only have code spans.
 */
const FOUND = new Map<number, number>();
let foundUsed = false;
/** Where bare URLs may start on the current line, and the next one to consider. */
let curStarts: number[] = NO_STARTS;
let urlPtr = 0;
/**
 * The next markup character found at or after markupFrom (n when none): a line of many URLs and no markup would
 * otherwise search to its end again after every URL.
 */
let markupFrom = -1;
let markupAt = -1;

function nextOf(line: string, ch: number, p: number): number {
  foundUsed = true;
  const cached = FOUND.get(ch);
  if (cached !== undefined && (cached >= p || cached === -1)) return cached;
  const r = line.indexOf(String.fromCharCode(ch), p);
  FOUND.set(ch, r);
  return r;
}

/** The next place at or after p where markup or a bare URL may start (n when none). */
function jump(line: string, n: number, p: number): number {
  if (!(markupFrom >= 0 && markupFrom <= p && p <= markupAt)) {
    MARKUP.lastIndex = p;
    const m = MARKUP.exec(line);
    markupFrom = p;
    markupAt = m === null ? n : m.index;
  }
  let next = markupAt;
  const starts = curStarts;
  while (urlPtr < starts.length && starts[urlPtr] < p) urlPtr++;
  if (urlPtr < starts.length && starts[urlPtr] < next) next = starts[urlPtr];
  return next;
}

/**
 * Scans `line` from column `from` (list markers and the like before it are
 * read by the caller). `inComment` says whether an HTML comment from
 * an earlier line is still open.
 */
export function scanInline(line: string, from: number, inComment: boolean): InlineResult {
  // Most lines carry no inline markup at all.
  if (!inComment && !SPECIAL.test(line)) return PLAIN;
  const n = line.length;
  const masks: number[] = [];
  const code: Span[] = [];
  const urls: Span[] = [];
  const comments: Span[] = [];
  if (foundUsed) {
    FOUND.clear();
    foundUsed = false;
  }

  let i = from;
  if (inComment) {
    const close = line.indexOf("-->", i);
    const end = close < 0 ? n : close + 3;
    comments.push({ start: i, end: close < 0 ? n : close, text: line.slice(i, close < 0 ? n : close) });
    mask(masks, i, end, MASK_SKIP);
    i = end;
    inComment = close < 0;
  }

  // Backtick runs by length, for a linear search of each code span's closer
  // once a plain forward search has failed (see closingRun).
  let runs: Map<number, number[]> | null = null;
  let runPtr: Map<number, number> | null = null;

  // Where bare URLs may start; the scan jumps between these and markup characters.
  let urlStarts = NO_STARTS;
  if (URL_HINT.test(line)) {
    urlStarts = [];
    // Every k >= i where schemeAt(line, k) holds, found by one native search (no two such starts overlap).
    URL_STARTS.lastIndex = i;
    for (let m = URL_STARTS.exec(line); m !== null; m = URL_STARTS.exec(line)) urlStarts.push(m.index);
  }
  curStarts = urlStarts;
  urlPtr = 0;
  markupFrom = -1;
  i = jump(line, n, i);

  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < n) {
      mask(masks, i, i + 1, MASK_SKIP);
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let j = i;
      while (j < n && line.charCodeAt(j) === 96) j++;
      const len = j - i;
      // The next run of exactly `len` backticks closes the span. A forward search
      // consumes what it scans when it finds one; after the first miss the runs
      // are indexed by length, so a line of unmatched openers stays linear.
      let close = -1;
      if (runs === null) close = closingRun(line, j, len);
      if (close < 0) {
        if (runs === null || runPtr === null) {
          runs = indexRuns(line, i);
          runPtr = new Map();
        }
        const list = runs.get(len) ?? [];
        let p = runPtr.get(len) ?? 0;
        while (p < list.length && list[p] <= i) p++;
        runPtr.set(len, p + 1);
        if (p < list.length) close = list[p];
      }
      if (close >= 0) {
        let a = j;
        let b = close;
        // One leading and trailing space are stripped when both are present.
        if (b - a >= 2 && line.charCodeAt(a) === 32 && line.charCodeAt(b - 1) === 32) {
          a++;
          b--;
        }
        code.push({ start: i, end: close + len, text: line.slice(a, b) });
        mask(masks, i, close + len, MASK_CODE);
        i = close + len;
      } else {
        mask(masks, i, j, MASK_SKIP);
        i = j;
      }
      continue;
    }
    if (c === 60 /* < */) {
      if (startsWithAt(line, "<!--", i)) {
        const close = line.indexOf("-->", i + 4);
        const end = close < 0 ? n : close + 3;
        comments.push({ start: i + 4, end: close < 0 ? n : close, text: line.slice(i + 4, close < 0 ? n : close) });
        mask(masks, i, end, MASK_SKIP);
        i = end;
        if (close < 0) inComment = true;
        continue;
      }
      const nextGt = nextOf(line, 62, i);
      if (nextGt > i && schemeAt(line, i + 1)) {
        const inner = line.slice(i + 1, nextGt);
        if (inner.indexOf(" ") < 0) {
          urls.push({ start: i + 1, end: nextGt, text: inner });
          mask(masks, i, nextGt + 1, MASK_URL);
          i = nextGt + 1;
          continue;
        }
      }
      if (nextGt > i) {
        let k = i + 1;
        if (line.charCodeAt(k) === 47 /* / */) k++;
        let e = k;
        while (e < n && isAlnum(line.charCodeAt(e))) e++;
        const tag = line.slice(k, e).toLowerCase();
        const after = line.charCodeAt(e);
        if (HTML_TAGS.has(tag) && (e === nextGt || isSpace(after) || after === 47)) {
          mask(masks, i, nextGt + 1, MASK_SKIP);
          i = nextGt + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 93 /* ] */ && line.charCodeAt(i + 1) === 40 /* ( */) {
      // Inline link destination: ](dest "title")
      let k = i + 2;
      while (k < n && isSpace(line.charCodeAt(k))) k++;
      let destStart = k;
      let destEnd = k;
      if (line.charCodeAt(k) === 60) {
        const gt = nextOf(line, 62, k);
        if (gt > 0) {
          destStart = k + 1;
          destEnd = gt;
          k = gt + 1;
        }
      } else {
        let parens = 0;
        while (k < n) {
          const d = line.charCodeAt(k);
          if (d <= 32) break;
          if (d === 40) parens++;
          else if (d === 41) {
            if (parens === 0) break;
            parens--;
          }
          k++;
        }
        destEnd = k;
      }
      // Optional title, then ')'.
      while (k < n && isSpace(line.charCodeAt(k))) k++;
      const q = line.charCodeAt(k);
      if (q === 34 || q === 39) {
        const qe = nextOf(line, q, k + 1);
        if (qe > 0) k = qe + 1;
        while (k < n && isSpace(line.charCodeAt(k))) k++;
      }
      if (line.charCodeAt(k) === 41) {
        if (destEnd > destStart) {
          urls.push({ start: destStart, end: destEnd, text: line.slice(destStart, destEnd) });
          mask(masks, i, k + 1, MASK_URL);
        } else mask(masks, i, k + 1, MASK_SKIP);
        i = k + 1;
        continue;
      }
      mask(masks, i, i + 1, MASK_SKIP);
      i++;
      continue;
    }
    if (c === 91 /* [ */ || c === 93 /* ] */) {
      // "![" of an image: the "!" goes with the bracket.
      if (c === 91 && i > 0 && line.charCodeAt(i - 1) === 33 && (masks.length === 0 || masks[masks.length - 2] <= i - 1)) mask(masks, i - 1, i + 1, MASK_SKIP);
      else mask(masks, i, i + 1, MASK_SKIP);
      i++;
      continue;
    }
    if ((c === 104 || c === 102 || c === 109 || c === 119 || c === 72 || c === 87) && schemeAt(line, i)) {
      const e = urlEnd(line, i);
      urls.push({ start: i, end: e, text: line.slice(i, e) });
      mask(masks, i, e, MASK_URL);
      i = e;
      continue;
    }
    i = jump(line, n, i + 1);
  }
  return { masks, code, urls, comments, inComment, plain: false };
}
