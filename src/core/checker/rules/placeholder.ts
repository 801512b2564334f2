/**
 * placeholder: text not written yet. Applies to everything, code included
 * (a "# TODO" in a config sample is still unwritten), so it scans the raw line
 * by hand: marker words (TBD, TODO, FIXME, XXX…), runs of question marks,
 * bracketed fill-ins ("[fill in]", "<insert …>"), "to be decided" and a bare
 * "…" or "?" where a value should be.
 */
import type { Doc, LineCtx } from "../doc.js";
import { F_QUESTION, T_PLACEHOLDER, W_UNIT } from "../wordinfo.js";
import { PLACEHOLDER_WORDS, TO_BE_WORDS } from "../lexicon/cues.js";
import { NUM, WORD, type Tok } from "../tokenize.js";
import type { Span } from "../inline.js";
import type { Emit } from "./emit.js";

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Marker words; case is checked per match (TODO and XXX only in capitals, "todo:" with a colon). */
const MARKER = /\b(?:tb[dca]|fixme|todo|xxx)\b/gi;

interface Hit {
  s: number;
  e: number;
}

const NO_TERMS: ReadonlySet<string> = new Set();
const MARKER_TERMS = new WeakMap<Doc, ReadonlySet<string>>();
/** "**TBC**: total bacterial count", "TBC (total bacterial count)", "total bacterial count (TBC)". */
const MARKER_EXPANDED = /\b(TB[CDA])\b\**\s*(?:[:=(]|means\b|stands for\b)\s*\(?\s*([A-Za-z]+)[\s-]+([A-Za-z]+)[\s-]+([A-Za-z]+)|\b([A-Za-z]+)[\s-]+([A-Za-z]+)[\s-]+([A-Za-z]+)\s*\(\s*(TB[CDA])\s*\)/g;

/** Characters a MARKER_EXPANDED match can hold: letters, spaces, "-", "*", ":", "=" and brackets. */
function inMarkerDefinition(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 42 || c === 58 || c === 61 || c === 40 || c === 41 || c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
const SPACE = /\s/;
const MARKER_START = /TB[CDA]/g;

/**
 * Markers the brief defines as its own terms: a dairy's "TBC" is a total bacterial count, not
 * "to be confirmed". Read once per brief; every later use of the word is the term.
 *
 * The expression only runs over the stretches around a "TBC"/"TBD"/"TBA": every match holds one and
 * nothing but the characters of inMarkerDefinition, so the stretch of those characters around it (and
 * one character each side, for the word boundaries) holds every match the whole text would give. Run
 * over the whole brief it read every word of a long brief for the one "TBD" in it.
 */
function markerTerms(doc: Doc): ReadonlySet<string> {
  let terms = MARKER_TERMS.get(doc);
  if (terms !== undefined) return terms;
  let found: Set<string> | null = null;
  const text = doc.text;
  MARKER_START.lastIndex = 0;
  for (let at = MARKER_START.exec(text); at !== null; at = MARKER_START.exec(text)) {
    let from = at.index;
    while (from > 0 && inMarkerDefinition(text.charCodeAt(from - 1))) from--;
    let to = at.index + 3;
    while (to < text.length && inMarkerDefinition(text.charCodeAt(to))) to++;
    const lead = from > 0 ? 1 : 0;
    const stretch = text.slice(from - lead, Math.min(text.length, to + 1));
    MARKER_EXPANDED.lastIndex = lead;
    for (let m = MARKER_EXPANDED.exec(stretch); m !== null; m = MARKER_EXPANDED.exec(stretch)) {
      const acronym = (m[1] ?? m[8]).toLowerCase();
      const words = m[1] !== undefined ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
      // "TBD (the board decides in December)" spells t-b-d by chance: an article opens a clause, not an expansion.
      if (words.map((w) => w[0].toLowerCase()).join("") === acronym && !/^(?:the|a|an)$/i.test(words[0])) (found ??= new Set()).add(acronym);
    }
    MARKER_START.lastIndex = Math.max(MARKER_START.lastIndex, to);
  }
  terms = found ?? NO_TERMS;
  MARKER_TERMS.set(doc, terms);
  return terms;
}

/** The first marker word in `raw`; with the brief, a marker it defines as a term ("TBC (total bacterial count)") is passed over. */
function markerWord(raw: string, doc: Doc | null): Hit | null {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(raw); m !== null; m = MARKER.exec(raw)) {
    const word = m[0];
    const s = m.index;
    const e = s + word.length;
    // Not part of a longer identifier such as XXX_KEY or todo_list.
    if (raw.charCodeAt(e) === 95 || (s > 0 && raw.charCodeAt(s - 1) === 95)) continue;
    const lower = word.toLowerCase();
    if (doc !== null && lower.startsWith("tb") && markerTerms(doc).has(lower)) continue;
    if (lower === "xxx" && word !== "XXX") continue;
    if (lower === "todo" && word !== "TODO" && raw.charCodeAt(e) !== 58) continue;
    return { s, e };
  }
  return null;
}

/** "???" (or "??" standing alone as a value). */
function questionMarks(raw: string): Hit | null {
  for (let i = raw.indexOf("??"); i >= 0; i = raw.indexOf("??", i + 1)) {
    let j = i;
    while (j < raw.length && raw.charCodeAt(j) === 63) j++;
    const before = i === 0 ? 32 : raw.charCodeAt(i - 1);
    if (j - i >= 3 || !isWordChar(before)) return { s: i, e: j };
    i = j;
  }
  return null;
}

/** "[fill in]", "<insert retention period>". */
const PERSON_TO_DO = /^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)? (?:(?:to|will) (?:fill|send|add|write|provide|confirm|check|decide|supply|update|share|finalise|finalize|complete)\b|fill in\b)/u;

function bracketed(raw: string, open: number): Hit | null {
  const n = raw.length;
  const closeChar = open === 91 ? 93 : 62;
  for (let i = raw.indexOf(String.fromCharCode(open)); i >= 0; i = raw.indexOf(String.fromCharCode(open), i + 1)) {
    if (open === 91 && i > 0 && raw.charCodeAt(i - 1) === 33) continue; // image ![…]
    // Bounded search: fill-ins are short, and a line of "[[[[" stays linear.
    let close = -1;
    for (let k = i + 1; k < n && k <= i + 80; k++) {
      if (raw.charCodeAt(k) === closeChar) {
        close = k;
        break;
      }
    }
    if (close <= i + 1) continue;
    const inner = raw.slice(i + 1, close).trim();
    let k = 0;
    while (k < inner.length && (isWordChar(inner.charCodeAt(k)) || inner.charCodeAt(k) > 127)) k++;
    const first = inner.slice(0, k).toLowerCase();
    const after = raw.charCodeAt(close + 1);
    if (open === 91 && (after === 40 || after === 91 || after === 58)) continue; // a link
    // "emails[primary eq true].value", "items[0]": an index or filter on the name before it.
    if (open === 91 && i > 0 && (isWordChar(raw.charCodeAt(i - 1)) || raw.charCodeAt(i - 1) === 93)) continue;
    if (PLACEHOLDER_WORDS.has(first) && (open === 91 || /^(insert|fill|add|enter|your|placeholder|tbd|todo|describe|specify)$/.test(first))) {
      return { s: i, e: close + 1 };
    }
    // "[Shirin to fill in]", "[Rui to send the final layout]": a person who still has to write it.
    if (open === 91 && PERSON_TO_DO.test(inner)) return { s: i, e: close + 1 };
    // "t=<unix time>,v1=<hex HMAC>": a field of a format, named by what goes there.
    if (open === 60 && i > 0 && raw.charCodeAt(i - 1) === 61) continue;
    // "Authorization: Bearer <shop token>": a credential, which no brief writes out, named in an example.
    if (open === 60 && /\b(?:Bearer|Basic|Token|Digest) $/.test(raw.slice(Math.max(0, i - 8), i))) continue;
    // "Message format is `PINJAM <variety code> <kg>`", "in the form `NGB<accession number>-<harvest year>`": the slots of a
    // format the line describes, each named by what goes there (a fill-in says "insert", tested above).
    if (open === 60 && FORMAT_DESCRIBED.test(raw)) continue;
    // "`MM/<financial year>/<5-digit sequence>`": a slot between the slashes of a pattern, named by what goes there.
    if (open === 60 && (raw.charCodeAt(i - 1) === 47 || raw.charCodeAt(close + 1) === 47)) continue;
    // '"reason": "<one of the reasons below>"': the values are listed in the brief itself.
    if (/\b(?:below|above)\b/.test(inner)) continue;
    if (isDescriptionOfValue(inner, open) || (open === 60 && isWholeValue(raw, i, close) && IDENTIFIER.test(inner) && !HTML_TAGS.has(inner))) {
      return { s: i, e: close + 1 };
    }
  }
  return null;
}

/**
 * "[seeding rules go here]", "<supplier list>", "[ratio from ops]": a
 * bracket holding a short lower-case description of a value instead of the
 * value. Arrays, HTML tags, generics, e-mail and link brackets have quotes,
 * digits, "=", "@", capitals or a single word, so they do not qualify.
 */
function isDescriptionOfValue(inner: string, open: number): boolean {
  // Angle brackets may hold a described value with a comma ("<provider name, the bursar is comparing prices>");
  // square brackets with commas are lists ("[active, retired]").
  // "[à compléter]", "[à définir]": accented lower-case letters too, as French and Portuguese writers fill in.
  if (inner.length > 80 || !(open === 60 ? /^\p{Ll}[\p{Ll}' ,-]*\p{Ll}$/u : /^\p{Ll}[\p{Ll}' -]*\p{Ll}$/u).test(inner)) return false;
  const words = inner.split(/[ -]+/);
  if (words.length < 2 || inner.indexOf(" ") < 0) return false;
  // "[x for x in xs]" and friends in code samples.
  if (open === 91 && (words.includes("for") && words.includes("in"))) return false;
  return !(open === 60 && HTML_TAGS.has(words[0]));
}

const FORMAT_DESCRIBED = /\bformat\b|\bin the form\b|\bfor example\b|\be\.g\.|\bpattern\b/i;

/** A kebab, snake or lower-case name: "receipt-template-id". */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/;

/** Common HTML element names: "<em>" in prose or code is markup, not a fill-in. */
const HTML_TAGS = new Set(
  "a abbr b br code div em h1 h2 h3 i img input li mark ol p pre script small span strong style sub sup table td th tr u ul".split(" "),
);

/**
 * Whether the bracket is the whole value of its line or code span ("Receipt
 * template: `<receipt-template-id>`"), rather than a parameter inside a path
 * or a sentence ("GET /v1/items/<item-id>").
 */
function isWholeValue(raw: string, open: number, close: number): boolean {
  // "`<application_id>:<new_status>:<guardian_id>`": the last part of a format built from parts.
  if (raw.charCodeAt(open - 2) === 62 && raw.charCodeAt(open - 1) !== 32) return false;
  let b = open - 1;
  while (b >= 0 && (raw.charCodeAt(b) === 32 || raw.charCodeAt(b) === 96 || raw.charCodeAt(b) === 34)) b--;
  const before = b < 0 ? 58 : raw.charCodeAt(b);
  let a = close + 1;
  while (a < raw.length && (raw.charCodeAt(a) === 32 || raw.charCodeAt(a) === 96 || raw.charCodeAt(a) === 34)) a++;
  const after = a >= raw.length ? 46 : raw.charCodeAt(a);
  const beforeOk = before === 58 || before === 61 || before === 45 || before === 42 || before === 124; // : = - * |
  const afterOk = after === 46 || after === 44 || after === 124 || after === 59 || after === 125; // . , | ; }
  return beforeOk && afterOk;
}

/** A marker among prose tokens: TBD/TBC/TBA/FIXME in any case, TODO and XXX in capitals or "todo:". */
function markerToken(toks: readonly Tok[], doc: Doc): Hit | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== WORD || (t.info & T_PLACEHOLDER) === 0) continue;
    const w = t.w;
    // The brief's terms are read only once a TBD, TBC or TBA turns up.
    if (w === "tbd" || w === "tbc" || w === "tba") {
      if (markerTerms(doc).has(w)) continue;
      // "TBC Bank online payment gateway": the first word of an organisation's name.
      if (t.upper && toks[k + 1]?.t === WORD && toks[k + 1].cap && toks[k + 1].w === "bank") continue;
      return { s: t.s, e: t.e };
    }
    if (w === "fixme") return { s: t.s, e: t.e };
    if ((w === "todo" || w === "xxx") && t.upper) return { s: t.s, e: t.e };
    if (w === "todo" && toks[k + 1]?.w === ":" && toks[k + 1].s === t.e) return { s: t.s, e: t.e };
  }
  return null;
}

/**
 * "Our entity number: XXXXX.", "creditor number XXXXXXXX", "EIN 36-XXXXXXX": digits written as a row of
 * X's stand for a value not given yet. In prose only: in a code span, "XXXXXXX" can be the literal value
 * (Italy's recipient code for foreign clients); beside other letters ("XXXXL") the X's are a size.
 */
function crossedOut(toks: readonly Tok[], raw: string): Hit | null {
  // From each row of X's to the token holding it, both moving forward: linear in the line.
  let k = 0;
  for (let i = raw.indexOf("XXXX"); i >= 0; i = raw.indexOf("XXXX", i + 1)) {
    while (k < toks.length && toks[k].e <= i) k++;
    const t = toks[k];
    if (t === undefined) return null;
    if (t.s > i || (t.t !== WORD && t.t !== NUM)) continue;
    if (xRunAt(raw, t.s, t.e) >= 0) return { s: t.s, e: t.e };
    i = t.e;
  }
  return null;
}

/** "Voucher validity: XX months", "| farrier | XX weeks |", "above ₦XX,XXX": two X's standing for a figure. */
function shortCrossedOut(toks: readonly Tok[], raw: string): Hit | null {
  for (let k = 0; k < toks.length; k++) if (figureCrossedOut(toks, k, raw)) return { s: toks[k].s, e: toks[k].e };
  return null;
}

/** Whether token k is "XX" written where a figure goes: before a unit, a degree or percent sign, or after a currency sign. */
export function figureCrossedOut(toks: readonly Tok[], k: number, raw: string): boolean {
  const t = toks[k];
  if (t.t !== WORD || t.e - t.s !== 2 || raw.charCodeAt(t.s) !== 88 || raw.charCodeAt(t.s + 1) !== 88) return false;
  const next = toks[k + 1];
  if (next !== undefined && next.t === WORD && (next.info & W_UNIT) !== 0) return true;
  // "above XX °C", "XX % of the price": a degree or percent sign after it.
  let a = t.e;
  if (raw.charCodeAt(a) === 32) a++;
  if (raw[a] === "°" || raw[a] === "%") return true;
  return t.s > 0 && CURRENCY_SIGNS.indexOf(raw[t.s - 1]) >= 0;
}
const CURRENCY_SIGNS = "$€£¥₦₹₱₩₫฿";

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Start of a run of four or more capital X's between s and e that touches no other letter, or -1. */
export function xRunAt(raw: string, s: number, e: number): number {
  // Read within [s, e) only: a search past the token would make a line of many tokens quadratic.
  for (let i = s; i + 4 <= e; i++) {
    if (raw.charCodeAt(i) !== 88) continue;
    let j = i;
    while (j < e && raw.charCodeAt(j) === 88) j++;
    if (j - i >= 4 && (i === s || !isLetterCode(raw.charCodeAt(i - 1))) && (j === e || !isLetterCode(raw.charCodeAt(j)))) return i;
    i = j;
  }
  return -1;
}

/** Moves a hit inside a span's text to columns of the line. */
function within(span: Span, hit: Hit | null, raw: string): Hit | null {
  if (!hit) return null;
  const at = raw.indexOf(span.text, span.start);
  const base = at >= 0 ? at : span.start;
  return { s: base + hit.s, e: base + hit.e };
}

/** Scans one raw line for placeholder markers. */
export function findPlaceholder(raw: string, doc: Doc | null = null): Hit | null {
  return markerWord(raw, doc) ?? questionMarks(raw) ?? bracketed(raw, 91) ?? bracketed(raw, 60);
}

/** "to be decided", "to be confirmed"… on the prose tokens. */
function toBe(toks: readonly Tok[]): Hit | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].w === "to" && toks[k + 1].w === "be" && toks[k + 2].t === WORD && TO_BE_WORDS.has(toks[k + 2].w)) {
      // "takes up to 14 days to be confirmed as `succeeded`", "waits to be confirmed by the bank": a passive verb.
      const after = toks[k + 3];
      if (after !== undefined && after.t === WORD && (after.w === "as" || after.w === "by") && toks[k - 1]?.t === WORD && toks[k - 1].w !== "is" && toks[k - 1].w !== "are") continue;
      // "Holds have to be written to KURA", "needs to be confirmed by the guest": an obligation, not a gap.
      if (OBLIGATIONS.has(toks[k - 1]?.w ?? "")) continue;
      // "We want report cards to be filled in on the salon iPad": a form people fill in, and where.
      if (toks[k + 2].w === "filled" && after?.w === "in" && FILLED_WHERE.has(toks[k + 4]?.w ?? "") && toks[k - 1]?.w !== "[") continue;
      return { s: toks[k].s, e: toks[k + 2].e };
    }
  }
  return null;
}

const OBLIGATIONS = new Set(["have", "has", "had", "need", "needs", "needed", "ought", "got"]);
const FILLED_WHERE = new Set(["on", "at", "through", "from", "via", "online"]);

/** ": …" or ": ?" at the end of a prose line, where a value should be. */
function bareValue(prose: string): Hit | null {
  let end = prose.length;
  while (end > 0 && (prose.charCodeAt(end - 1) === 32 || prose.charCodeAt(end - 1) === 9)) end--;
  const last = prose.charCodeAt(end - 1);
  if (last !== 46 && last !== 0x2026 && last !== 63) return null; // . … ?
  // Most sentences end in a single "."; of the tails below only "..." ends in ".".
  if (last === 46 && !(end >= 3 && prose.charCodeAt(end - 2) === 46 && prose.charCodeAt(end - 3) === 46)) return null;
  const t = prose.slice(0, end);
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

const DEFERRED_VALUE = /^(?:to come|to follow|will follow|coming soon|later|pending|add(?:ed)? later|decide(?:d)? later|fill(?:ed)? in later)$/;
const DEFERRAL_HINT = /later|come|follow|pending|soon/i;
const DEFERRED = /(?:^|\s)(?:to come|to follow|will follow|coming soon|later|pending|add(?:ed)? later|decide(?:d)? later|fill(?:ed)? in later)$/;

/**
 * "Push text: (copy to come)", "Timezone: _add later_": the value after a
 * label is a note that it will be written later.
 */
function deferredValue(raw: string): Hit | null {
  // The last colon, found forwards: lastIndexOf is a slow character-by-character loop in V8,
  // indexOf a native scan, and lines have few colons.
  let colon = raw.indexOf(":");
  if (colon < 0) return null;
  for (let next = raw.indexOf(":", colon + 1); next >= 0; next = raw.indexOf(":", next + 1)) colon = next;
  let s = colon + 1;
  let e = raw.length;
  while (s < e && raw.charCodeAt(s) === 32) s++;
  while (e > s && (raw.charCodeAt(e - 1) === 32 || raw.charCodeAt(e - 1) === 46)) e--;
  if (e - s < 4 || e - s > 50) return null;
  const first = raw[s];
  const last = raw[e - 1];
  const wrapped = (first === "(" && last === ")") || (first === "_" && last === "_") || (first === "*" && last === "*") || (first === "[" && last === "]");
  // Most values are plain text: look for the deferral words before copying anything.
  if (!wrapped && !DEFERRAL_HINT.test(raw.slice(Math.max(s, e - 16), e))) return null;
  let inner = raw.slice(s, e);
  if (wrapped) inner = inner.replace(/^[(_*[]+|[)_*\]]+$/g, "");
  inner = inner.trim().toLowerCase();
  if (inner.split(" ").length > 5 || !DEFERRED.test(inner)) return null;
  // Unwrapped, the whole value must be the note ("Timezone: later"), not a sentence ("retry later").
  if (!wrapped && !DEFERRED_VALUE.test(inner)) return null;
  return { s, e };
}

/**
 * Blanks in prose: "___ days", "valid for <N> minutes", "±{{TOLERANCE_PCT}}".
 * In code these are template syntax, so only unmasked prose is searched.
 */
function blankToFill(raw: string, masks: readonly number[], plain: boolean): Hit | null {
  // Each loop below asks about positions left to right: a cursor over the (ordered) masks answers in one pass.
  let inCode = maskCursor(masks);
  // Most lines have none of the marks: a few native searches decide that. A plain line
  // (Line.plain) has no "<" or "[" anywhere, so only "___" and "{{" are looked for.
  const underscores = raw.indexOf("___");
  if (underscores < 0 && raw.indexOf("{{") < 0 && (plain || (raw.indexOf("<") < 0 && raw.indexOf("[") < 0))) return null;
  if (underscores >= 0 && !inCode(underscores)) {
    let e = underscores;
    while (raw.charCodeAt(e) === 95) e++;
    // A run standing alone or after a sign ("-£_____"), not inside an identifier or a Markdown rule.
    const standsAlone = underscores === 0 || !/[A-Za-z0-9]/.test(raw[underscores - 1]);
    if (standsAlone && (e >= raw.length || !/[A-Za-z0-9]/.test(raw[e])) && raw.trim().length > e - underscores) return { s: underscores, e };
  }
  // The closing mark is looked up again only once the scan has passed it: searching from every
  // opening mark would take time quadratic in a line of thousands of "<" with no ">".
  let close = -1;
  inCode = maskCursor(masks);
  for (let i = raw.indexOf("<"); i >= 0 && i + 2 < raw.length; i = raw.indexOf("<", i + 1)) {
    if (close < i) close = raw.indexOf(">", i);
    if (close < 0) break;
    if (close - i > 8 || inCode(i)) continue;
    if (/^[A-Z]{1,3}$/.test(raw.slice(i + 1, close))) return { s: i, e: close + 1 };
  }
  // "valid for [X] days"
  inCode = maskCursor(masks);
  for (let i = raw.indexOf("["); i >= 0 && i + 2 < raw.length; i = raw.indexOf("[", i + 1)) {
    if (raw[i + 2] === "]" && /[A-Z]/.test(raw[i + 1]) && raw[i + 3] !== "(" && !inCode(i)) return { s: i, e: i + 3 };
  }
  let braces = -1;
  inCode = maskCursor(masks);
  for (let i = raw.indexOf("{{"); i >= 0; i = raw.indexOf("{{", i + 2)) {
    if (braces < i) braces = raw.indexOf("}}", i);
    if (braces < 0) break;
    if (braces - i > 40 || inCode(i)) continue;
    if (/^\s*[A-Z][A-Z0-9_]*\s*$/.test(raw.slice(i + 2, braces))) return { s: i, e: braces + 2 };
  }
  return null;
}

/** Whether positions asked in increasing order lie in a mask (masks are [start, end, kind] triples in line order). */
function maskCursor(masks: readonly number[]): (i: number) => boolean {
  let m = 0;
  return (i) => {
    while (m < masks.length && masks[m + 1] <= i) m += 3;
    return m < masks.length && i >= masks[m];
  };
}


/** Reports a placeholder on line i; `ctx` is null for lines without prose (code, fences, comments). */
export function placeholderLine(doc: Doc, i: number, ctx: LineCtx | null, emit: Emit): void {
  const line = doc.lines[i];
  const toks = ctx ? ctx.toks : null;
  const flags = ctx ? ctx.flags : 0;
  const chars = ctx ? ctx.chars : 0;
  let hit: Hit | null;
  if (!toks) hit = findPlaceholder(line.raw, doc);
  else {
    // Prose markers come from the tokens; code spans and comments are short texts scanned
    // on their own; brackets and "??" are found with native searches.
    hit = (flags & T_PLACEHOLDER) !== 0 ? markerToken(toks, doc) : null;
    for (let k = 0; !hit && k < line.code.length; k++) hit = within(line.code[k], markerWord(line.code[k].text, doc), line.raw);
    for (let k = 0; !hit && k < line.comments.length; k++) hit = within(line.comments[k], markerWord(line.comments[k].text, doc), line.raw);
    // "??" needs a "?": outside masks, every "?" after the list or quote markers (which hold
    // none) is a punctuation token that set F_QUESTION, so an unmasked line without the flag has none.
    if (!hit && ((chars & F_QUESTION) !== 0 || line.masks.length !== 0) && line.raw.indexOf("??") >= 0) hit = questionMarks(line.raw);
    if (!hit && !line.plain) hit = bracketed(line.raw, 91) ?? bracketed(line.raw, 60);
  }
  if (!hit && toks && (flags & T_PLACEHOLDER) !== 0) hit = toBe(toks);
  if (!hit && toks) hit = bareValue(line.raw);
  if (!hit && toks) hit = deferredValue(line.raw);
  if (!hit && toks) hit = blankToFill(line.raw, line.masks, line.plain);
  if (!hit && toks && line.raw.indexOf("XXXX") >= 0) hit = crossedOut(toks, line.raw);
  if (!hit && toks && line.raw.indexOf("XX") >= 0) hit = shortCrossedOut(toks, line.raw);
  if (!hit) return;
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
