/**
 * Inline Markdown for one line: finds code spans, links, URLs, HTML tags and
 * comments, and returns a "prose" copy of the line of the same length in which
 * everything that is not brief prose is blanked out. Keeping the length lets
 * every rule report columns of the original line without a position map.
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

/** What the inline scan found on one line. */
export interface InlineResult {
  /** Same length as the line; masked parts are CODE_MARK / URL_MARK / spaces. */
  prose: string;
  /** Code spans (text without the backticks). */
  code: Span[];
  /** Link destinations, autolinks and bare URLs. */
  urls: Span[];
  /** Text inside HTML comments. */
  comments: Span[];
  /** True when an HTML comment is still open at the end of the line. */
  inComment: boolean;
}

/** Fills a masked code span in `prose`, so the tokenizer can see it as one unit. */
export const CODE_MARK = "\u0001";
/** Fills a masked URL in `prose`. */
export const URL_MARK = "\u0002";

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
/** Markup characters the scan stops at (URLs are found separately). */
const MARKUP = /[`<\[\]\\]/g;
const NONE: Span[] = [];

/**
 * Scans `line` from column `from` (list markers and the like before it are
 * already masked by the caller). `inComment` says whether an HTML comment from
 * an earlier line is still open.
 */
export function scanInline(line: string, from: number, inComment: boolean): InlineResult {
  // Most lines carry no inline markup: the line is its own prose (callers read from `from`).
  if (!inComment && !SPECIAL.test(line)) return { prose: line, code: NONE, urls: NONE, comments: NONE, inComment: false };
  const n = line.length;
  const out: string[] = [];
  const code: Span[] = [];
  const urls: Span[] = [];
  const comments: Span[] = [];
  let kept = 0; // prose copied up to here
  const mask = (a: number, b: number, ch: string): void => {
    if (a > kept) out.push(line.slice(kept, a));
    if (b > a) out.push(ch.repeat(b - a));
    kept = b;
  };
  if (from > 0) mask(0, from, " ");

  let i = from;
  if (inComment) {
    const close = line.indexOf("-->", i);
    const end = close < 0 ? n : close + 3;
    comments.push({ start: i, end: close < 0 ? n : close, text: line.slice(i, close < 0 ? n : close) });
    mask(i, end, " ");
    i = end;
    inComment = close < 0;
  }

  // Backtick runs by length, for a linear search of each code span's closer.
  let runs: Map<number, number[]> | null = null;
  const runPtr = new Map<number, number>();
  let nextGt = -2; // cached index of the next '>' (or -1 when none)

  // Where bare URLs may start; the scan jumps between these and markup characters.
  const urlStarts: number[] = [];
  if (line.indexOf("://") >= 0 || line.indexOf("www.") >= 0 || line.indexOf("mailto:") >= 0) {
    for (let k = i; k < n; k++) {
      const c = line.charCodeAt(k);
      if ((c === 104 || c === 102 || c === 109 || c === 119 || c === 72 || c === 87) && schemeAt(line, k)) urlStarts.push(k);
    }
  }
  let urlPtr = 0;
  const jump = (p: number): number => {
    MARKUP.lastIndex = p;
    const m = MARKUP.exec(line);
    let next = m === null ? n : m.index;
    while (urlPtr < urlStarts.length && urlStarts[urlPtr] < p) urlPtr++;
    if (urlPtr < urlStarts.length && urlStarts[urlPtr] < next) next = urlStarts[urlPtr];
    return next;
  };
  i = jump(i);

  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < n) {
      mask(i, i + 1, " ");
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let j = i;
      while (j < n && line.charCodeAt(j) === 96) j++;
      const len = j - i;
      if (runs === null) {
        runs = new Map();
        for (let k = i; k < n; ) {
          if (line.charCodeAt(k) === 96) {
            let e = k;
            while (e < n && line.charCodeAt(e) === 96) e++;
            const list = runs.get(e - k);
            if (list) list.push(k);
            else runs.set(e - k, [k]);
            k = e;
          } else k++;
        }
      }
      const list = runs.get(len) ?? [];
      let p = runPtr.get(len) ?? 0;
      while (p < list.length && list[p] <= i) p++;
      runPtr.set(len, p + 1);
      if (p < list.length) {
        const close = list[p];
        let a = j;
        let b = close;
        // One leading and trailing space are stripped when both are present.
        if (b - a >= 2 && line.charCodeAt(a) === 32 && line.charCodeAt(b - 1) === 32) {
          a++;
          b--;
        }
        code.push({ start: i, end: close + len, text: line.slice(a, b) });
        mask(i, close + len, CODE_MARK);
        i = close + len;
      } else {
        mask(i, j, " ");
        i = j;
      }
      continue;
    }
    if (c === 60 /* < */) {
      if (startsWithAt(line, "<!--", i)) {
        const close = line.indexOf("-->", i + 4);
        const end = close < 0 ? n : close + 3;
        comments.push({ start: i + 4, end: close < 0 ? n : close, text: line.slice(i + 4, close < 0 ? n : close) });
        mask(i, end, " ");
        i = end;
        if (close < 0) inComment = true;
        continue;
      }
      if (nextGt !== -1 && nextGt < i) nextGt = line.indexOf(">", i);
      if (nextGt > i && schemeAt(line, i + 1)) {
        const inner = line.slice(i + 1, nextGt);
        if (inner.indexOf(" ") < 0) {
          urls.push({ start: i + 1, end: nextGt, text: inner });
          mask(i, nextGt + 1, URL_MARK);
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
          mask(i, nextGt + 1, " ");
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
        const gt = line.indexOf(">", k);
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
        const qe = line.indexOf(String.fromCharCode(q), k + 1);
        if (qe > 0) k = qe + 1;
        while (k < n && isSpace(line.charCodeAt(k))) k++;
      }
      if (line.charCodeAt(k) === 41) {
        if (destEnd > destStart) urls.push({ start: destStart, end: destEnd, text: line.slice(destStart, destEnd) });
        mask(i, k + 1, URL_MARK);
        i = k + 1;
        continue;
      }
      mask(i, i + 1, " ");
      i++;
      continue;
    }
    if (c === 91 /* [ */ || c === 93 /* ] */) {
      if (c === 91 && i > 0 && line.charCodeAt(i - 1) === 33 /* ! */) mask(i - 1, i + 1, " ");
      else mask(i, i + 1, " ");
      i++;
      continue;
    }
    if ((c === 104 || c === 102 || c === 109 || c === 119 || c === 72 || c === 87) && schemeAt(line, i)) {
      const e = urlEnd(line, i);
      urls.push({ start: i, end: e, text: line.slice(i, e) });
      mask(i, e, URL_MARK);
      i = e;
      continue;
    }
    i = jump(i + 1);
  }
  if (kept < n) out.push(line.slice(kept));
  return { prose: out.join(""), code, urls, comments, inComment };
}
