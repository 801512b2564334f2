/**
 * undefined-term: an acronym or internal code name used without a definition,
 * reported at its first use. Acronyms are upper-case tokens that are not
 * well-known technical ones; code names are capitalised words that are not
 * known products, places or ordinary capitalised words, used where a system
 * would be ("computed by Koban", "the Sekisho gateway", "Mochi's upload hook").
 * A term counts as defined when it is expanded or explained where it appears
 * ("PSP (payment service provider)", "our flag service, Hata,", "X means …"),
 * listed in a glossary section, or configured as a glossary term. What counts
 * as explained where the term stands is in term-definitions.ts; the name shapes
 * that are public (places, organisations, laws) in public-names.ts; how a word
 * stands in its sentence (a person, a system, one of a list) in name-shapes.ts.
 */
import type { Doc, LineCtx } from "../doc.js";
import { atSentenceStart } from "../doc.js";
import { F_ACR, F_FOREIGN, F_NAME, W_KNOWN } from "../wordinfo.js";
import { WORD, type Tok } from "../tokenize.js";
import { isNameShape, mostlyForeign, tokBefore } from "./names.js";
import { quotedMask } from "./non-english.js";
import { beforeSections, isByline, isMetaLine, writtenInLowerCase } from "./public-names.js";
import { publicHostLabels } from "./private-link.js";
import { isAlnum } from "./private-hosts.js";
import { definedHere, knownAcronym } from "./term-definitions.js";
import { inNameSequence, machineSubject, personLike, systemSlot } from "./name-shapes.js";
import { acronymKey, quotedAlone, readAcronym } from "./acronym-readings.js";
import { readName } from "./name-readings.js";
import { afterCapitalised, NAMED, namedIf, READ_ON, type WordAt } from "./term-reading.js";
import type { Emit } from "./emit.js";

interface Use {
  li: number;
  s: number;
  e: number;
  text: string;
  acronym: boolean;
  /** The name opens its sentence, where English capitalises any word. */
  opensSentence: boolean;
  /** A letter code joined to a noun ("KS-balance"), whose code alone may be a term met earlier. */
  coded?: boolean;
}

/**
 * Collects definitions and first uses line by line; a term defined anywhere
 * in the brief (even after its first use) is not reported.
 */
export class TermTracker {
  /** Lower-cased terms defined in the brief or configured. */
  readonly defined: Set<string>;
  private first = new Map<string, Use>();
  private system = new Set<string>();
  private person = new Set<string>();
  /** Names the writer introduces above the sections (themselves, their organisation, their places). */
  private introduced = new Set<string>();

  constructor(glossary: readonly string[]) {
    this.defined = new Set(glossary.map((g) => g.toLowerCase()));
  }

  /** Reads one prose line or heading. */
  line(ctx: LineCtx): void {
    if ((ctx.chars & (F_NAME | F_ACR)) === 0) return;
    const { toks, line } = ctx;
    const glossary = ctx.section === "glossary";
    // "Owner: Niamh Gallagher, Corrib Pharmacy Group", "Bram de Vries · Tulpstra B.V. (Utrecht)": a byline
    // above the brief's sections names people and organisations both sides know.
    const metaLine = isMetaLine(toks);
    const byline = isByline(ctx, metaLine);
    const meta = byline || metaLine;
    // No regular expression over the line first: quotedText is null without an opening quote
    // token, and its scan of the tokens costs less.
    const literal = quotedText(toks);
    // "Die Zeitstempel kommen … in Ortszeit": German capitalises its nouns; a foreign line is not a list of code names.
    const foreignLine = (ctx.chars & F_FOREIGN) !== 0 && mostlyForeign(toks);
    const word: WordAt = { ctx, toks, raw: line.raw, k: 0, t: toks[0], key: "", prev: undefined };
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      // A word of quoted product text ("Svar AFLYS for at aflyse.") is literal: later uses refer to it.
      if (literal !== null && literal[k]) {
        if (t.t === WORD && t.acr) this.defined.add(acronymKey(t));
        continue;
      }
      // Known words ("The", "Stripe", "Tokyo") can be neither term nor definition.
      if (t.t !== WORD || !t.cap || (!t.acr && (t.info & W_KNOWN) !== 0)) continue;
      const key = t.acr ? acronymKey(t) : t.w;
      // A term already defined would at most be defined again: the readings below need not run.
      if (this.defined.has(key)) continue;
      // "mg KOH/g", "gCO2eq/MJ", "CFU/mL", "under Planning/API": a slash joined to the word makes it part of a unit
      // or a path, written as its field writes it (writers labelled 1 of 9 such).
      if (line.raw.charCodeAt(t.s - 1) === SLASH || line.raw.charCodeAt(t.e) === SLASH) continue;
      word.k = k;
      word.t = t;
      word.key = key;
      word.prev = tokBefore(toks, k);
      // 'a supplier in "Poultry"': a category written as a value names the same value when it comes back unquoted.
      let verdict = t.acr ? readAcronym(word, this.defined) : quotedAlone(toks, k) ? NAMED : READ_ON;
      // "PSP (payment service provider)", "our flag service, Hata,": explained where it stands, or in the glossary.
      if (verdict === READ_ON && (glossary || definedHere(toks, k, line) || (!t.acr && !meta && !beforeSections(ctx) && glossedAfterName(toks, k)))) verdict = NAMED;
      // "JusticeLink PH, Inc.": an acronym that ends an organisation's name in the byline is part of that name.
      if (verdict === READ_ON && meta) verdict = namedIf(byline && (!t.acr || (afterCapitalised(word) && !word.prev!.upper)));
      // "customers on the B-list", "each member's KS-balance": a letter code joined to an ordinary noun is a list, a
      // rate or a record the business keeps under its own code; like an acronym it needs saying what it is.
      const coded = verdict === READ_ON && !t.acr && !t.letters && (codedNoun(t, line.raw) || numberedKind(toks, k, line.raw)) && !NAMED_IN_LANGUAGE.test(line.raw.slice(Math.max(0, t.s - 30), t.s));
      if (verdict === READ_ON && !t.acr && !coded) {
        if (line.kind === "heading" || foreignLine || !(isNameShape(t) || numberedName(t, line.raw))) continue;
        verdict = readName(word);
      }
      if (verdict === NAMED) this.defined.add(key);
      if (verdict !== READ_ON) continue;
      // "| Vlissingen | VLISSGN | 2.77 |": one of a column of codes, values the table lists (later uses refer to it).
      if (t.acr && line.table && codeColumn(ctx, k)) {
        this.defined.add(key);
        continue;
      }
      if (t.acr || (coded && line.kind !== "heading" && !foreignLine)) this.recordAcronym(word, coded);
      else if (!coded) this.recordName(word);
    }
  }

  private recordAcronym({ ctx, t, key, raw }: WordAt, coded = false): void {
    if (!this.first.has(key)) this.first.set(key, { li: ctx.i, s: t.s, e: t.e, text: raw.slice(t.s, t.e).replace(/['’]s$/, ""), acronym: true, opensSentence: false, coded });
  }

  /** A name no reading explained: its first use, and whether it stands where a person or a system would. */
  private recordName({ ctx, toks, k, t, key, prev, raw }: WordAt): void {
    // "Hi team, this is Dimas from Layarku.", "I run Luz Yoga in Lisbon (2 studios, Graça and Alcântara)": above
    // the brief's sections the writer introduces themselves, their organisation and where it is, all known to
    // both sides (writers labelled none of 11 such names across all sets; acronyms there still need expanding).
    // Kept apart from `defined`, which shared-context also reads: "ask Jiwoo" is still a person to ask.
    if (beforeSections(ctx)) {
      this.introduced.add(key);
      return;
    }
    if (!this.first.has(key)) this.first.set(key, { li: ctx.i, s: t.s, e: t.s + key.length, text: raw.slice(t.s, t.s + key.length), acronym: false, opensSentence: atSentenceStart(toks, k) });
    // Both tests only add the key to a set: once it is there, they need not run again.
    if (!this.person.has(key) && personLike(toks, k)) this.person.add(key);
    if (this.system.has(key)) return;
    const named = prev?.w === "project" || prev?.w === "codename" || (prev?.w === "team" && prev.cap) || machineSubject(toks, k);
    // "The Orbit service must also read the new rule": a determiner capitalised only because it opens the sentence is
    // not part of a name ("The Hague"), except in the brief's opening line, where "The Kóló app lets readers …"
    // introduces the client's own product (writers labelled 9 of 10 such names elsewhere, 0 of 4 there).
    const sequence = inNameSequence(toks, k) && !(openedByDeterminer(toks, k) && !opensBody(ctx));
    if (named || (!atSentenceStart(toks, k) && !sequence && systemSlot(toks, k))) this.system.add(key);
  }

  /** Reports every undefined term at its first use; a name in a public link's host is a public company. */
  finish(doc: Doc, emit: Emit): void {
    let labels: ReadonlySet<string> | null = null;
    let headings: ReadonlySet<string> | null = null;
    let titled: ReadonlySet<string> | null = null;
    for (const [key, use] of this.first) {
      if (this.defined.has(key)) continue;
      if (!use.acronym && (!this.system.has(key) || this.person.has(key) || this.introduced.has(key))) continue;
      labels ??= publicHostLabels(doc);
      if (labels.has(key)) continue;
      // "HLA (human leukocyte antigen) … HLA-A, -B, -C": a defined acronym's named variants or parts.
      if (use.acronym && definedStem(key, this.defined)) continue;
      // "Farms on the SK contract …", then "an SK-contract farm": the code met on its own earlier is the term.
      if (use.coded && codeMetBefore(this.first.get(key.slice(0, key.indexOf("-"))), use)) continue;
      // "`VLSFO` (very low sulphur fuel oil)": the acronym written as code and explained right after it.
      if (use.acronym && explainedAsCode(doc.text, use.text)) continue;
      // "The file for `SK` and `2025-03` lists only SK sessions": the letters are a value the line writes as code.
      if (use.acronym && doc.lines[use.li].raw.indexOf("`" + use.text + "`") >= 0) continue;
      // '{"part_no": "VES-29014", "warehouse": "ESB"}' in a code block, then "3 on hand in ESB": a value of the
      // interface the brief shows, which later prose names.
      if (use.acronym && quotedInCodeAbove(doc, use.text, use.li)) continue;
      // "exactly as written in Context": a section of the brief itself.
      headings ??= headingWords(doc);
      if (headings.has(key)) continue;
      // "# Inventory reports into Reapit", "# Health check endpoint for Lindung claims API": a name the title
      // gives is what the brief is about, known to both sides (writers never labelled one, 0 of 11); an
      // acronym in the title still needs its expansion ("# STC claim export").
      // "- A route with 3,000 kg in Deinze and 1,000 kg in Nazareth …": a name that first appears in an
      // acceptance criterion names a case's data, not a system the contractor must know (writers labelled none
      // of 8 such first uses across all sets). An acronym there still needs its expansion ("another
      // student's NIM"; 1 of 7 was labelled, and leaving it would be a gap in the criterion itself).
      if (!use.acronym && doc.section[use.li] === "acceptance-criteria" && !namesASystem(doc.lines[use.li].raw, use.e)) continue;
      titled ??= titleWords(doc);
      if (!use.acronym && titled.has(key)) continue;
      // "Meralco", "Marqeta", "Namirial" used five times or more and never explained: the product or place the
      // brief works with, which both sides know (writers labelled none of the 7 such names across all sets;
      // of names used four times, 7 of 16).
      if (!use.acronym && usedAtLeast(doc.text, use.text, 5)) continue;
      // A name first met in a long paragraph of the context (300 characters or more) is part of the story that
      // paragraph tells about the business: its partners, suppliers, places ("Customers pay on the till … we use
      // Loyverse …"). In-house systems are introduced in short lines of their own ("Claims are kept in Impala.").
      // Writers labelled 17 of 71 such names across all sets, about one in four in every period the sets were
      // written in (sessions 2–7, 8's first and second halves, and rounds 46–48); on lines of 250 to 300
      // characters about half, under 250 characters 0.73 to 0.95. Acronyms still need expanding.
      if (!use.acronym && doc.section[use.li] === "context" && doc.lines[use.li].raw.length >= STORY_PARAGRAPH) continue;
      // "Signage polls every 10 seconds" in a brief about "lobby signage": an ordinary word opening a sentence.
      if (use.opensSentence && writtenInLowerCase(doc.text, key)) continue;
      const message = use.acronym
        ? `'${use.text}' is not defined: expand it at first use, e.g. '${use.text} (…)', or list it in a Glossary section`
        : `'${use.text}' looks like an internal name a contractor won't know: say what it is at first use (e.g. '${use.text}, our … service,') or list it in a Glossary section`;
      emit({
        li: use.li,
        rule: "undefined-term",
        s: use.s,
        e: use.e,
        excerpt: use.text,
        message,
        suggestion: `define '${use.text}' where it first appears`,
      });
    }
  }
}

/**
 * Whether a code block above line `li` holds the acronym as a quoted string ("ESB", 'OBN-CRN'). A code met in prose
 * first ("For the SEO and for growth scans …", then `"scan_type": "SEO"`) is the writer's own term, which the
 * example only repeats (writers labelled 5 of 6 such).
 */
function quotedInCodeAbove(doc: Doc, acronym: string, li: number): boolean {
  const double = '"' + acronym + '"';
  const single = "'" + acronym + "'";
  for (let i = 0; i < li; i++) {
    const line = doc.lines[i];
    if (line.kind === "code" && (line.raw.indexOf(double) >= 0 || line.raw.indexOf(single) >= 0)) return true;
  }
  return false;
}

/**
 * "a licence from Polda Jawa Timur (East Java Regional Police)": a name of two to four capitalised words that opens at
 * k, glossed in brackets right after its last word; its first word on its own later ("officers from Polda") is the same.
 * Above the sections "Jiwoo Kang (server team)" introduces a person, whom "ask Jiwoo" still sends the reader to.
 */
function glossedAfterName(toks: readonly Tok[], k: number): boolean {
  if (tokBefore(toks, k)?.cap) return false;
  let j = k + 1;
  while (j < toks.length && j <= k + 3 && toks[j].t === WORD && toks[j].cap) j++;
  // "(East Java Regional Police)", "(the environment agency)": a name or a noun phrase, not "(see the contract)".
  const gloss = toks[j + 1];
  return j > k + 1 && toks[j]?.w === "(" && gloss?.t === WORD && (gloss.cap || gloss.w === "the" || gloss.w === "a" || gloss.w === "an") && toks[j + 2]?.t === WORD;
}

const SLASH = 47;

/** Characters from which a context line is a paragraph telling a story rather than a line stating one thing. */
const STORY_PARAGRAPH = 300;

/** Whether the brief writes the acronym as a code span followed by a parenthesis: "`VLSFO` (…)". */
function explainedAsCode(text: string, acronym: string): boolean {
  const code = "`" + acronym + "`";
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const after = at + code.length;
    if (text.charCodeAt(after) === 40 || (text.charCodeAt(after) === 32 && text.charCodeAt(after + 1) === 40)) return true;
  }
  return false;
}

/** Whether `name` occurs at least n times in the text as a whole word. */
function usedAtLeast(text: string, name: string, n: number): boolean {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + name.length < text.length ? text.charCodeAt(at + name.length) : 32;
    if (!nameChar(before) && !nameChar(after) && ++count >= n) return true;
  }
  return false;
}

/** A character a name may continue with: ASCII letters and digits, "_", and any letter beyond ASCII. */
const nameChar = (c: number): boolean => isAlnum(c) || c === 95 || c > 127;

/** Lower-cased words of the brief's first level-1 heading, its title. */
function titleWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  const title = doc.lines.find((line) => line.kind === "heading" && line.level === 1);
  if (title !== undefined) for (const w of title.raw.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) if (w !== "") words.add(w);
  return words;
}

/** The brief's one-word headings, lower-cased ("## Context" → "context"). */
function headingWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const line of doc.lines) {
    if (line.kind !== "heading") continue;
    const raw = line.raw;
    let a = 0;
    while (a < raw.length && (raw[a] === "#" || raw[a] === " " || raw[a] === "\t")) a++;
    let b = raw.length;
    while (b > a && (raw[b - 1] === "#" || raw[b - 1] === " " || raw[b - 1] === "\t")) b--;
    const text = raw.slice(a, b);
    if (text !== "" && text.indexOf(" ") < 0) words.add(text.toLowerCase());
  }
  return words;
}

/**
 * Tokens inside a quoted sentence ("Svar AFLYS for at aflyse."): literal text
 * the product shows, not the brief's own vocabulary. A quoted single word or
 * pair ("the "PSP" field") still counts, unless the pair is in capitals ("HARI LIBUR").
 */
function quotedText(toks: readonly Tok[]): boolean[] | null {
  const mask = quotedMask(toks);
  if (mask === null) return null;
  for (let k = 0; k < toks.length; ) {
    if (!mask[k]) {
      k++;
      continue;
    }
    let j = k;
    let words = 0;
    let shouted = true;
    while (j < toks.length && mask[j]) {
      const t = toks[j++];
      if (t.t !== WORD) continue;
      words++;
      if (!t.upper) shouted = false;
    }
    // '"HARI LIBUR" for holiday': two words in capitals are a printed string as well.
    if (words < 3 && !(words === 2 && shouted)) for (let m = k; m < j; m++) mask[m] = false;
    k = j;
  }
  return mask;
}

/**
 * "Loppe2", "Cassa2", "Mælir2": a name with a generation number, which in-house systems often carry. It is read as a
 * name is: where it stands decides whether it is a system. Three letters at least, so "Rp10" (an amount in rupiah)
 * is not one; public ones ("Qoo10", "Auth0") are in the word lists.
 */
function numberedName(t: Tok, raw: string): boolean {
  return t.cap && !t.upper && !t.letters && (t.info & W_KNOWN) === 0 && NUMBERED_NAME.test(raw.slice(t.s, t.e));
}
const NUMBERED_NAME = /^\p{Lu}\p{Ll}{2,}\d{1,2}$/u;

/**
 * "B-list", "KS-balance", "HC-log", "WIP-days": capitals, a hyphen and an ordinary English noun. One letter counts
 * only before "list" ("A-class", "T-number", "E-score" are grades and public numbers as often as in-house ones),
 * and a well-known acronym ("ID-card", "IT-group") names what everyone knows. Over all labelled briefs writers
 * labelled 75 of the 80 first uses this reports.
 */
function codedNoun(t: Tok, raw: string): boolean {
  const m = CODED_NOUN.exec(raw.slice(t.s, t.e));
  if (m === null) return false;
  if (m[1].length === 1) return m[2] === "list" || m[2] === "lists";
  return !knownAcronym(m[1].toLowerCase());
}
const CODED_NOUN = /^([A-Z]{1,4})-([a-z]{3,})$/;
/**
 * "fill the QC-2 form", "goes to the TL2 station", "the P7 treatment": a letter-and-number code before the kind of thing
 * it names, a form, a station or a treatment the business numbers its own way (writers labelled 5 of the 7 this
 * reports; the other two are public forms, CN22 and G702). "M2 line", "B1 bays", "F2 lines" name rows and places of
 * the brief's own data and are left alone.
 */
function numberedKind(toks: readonly Tok[], k: number, raw: string): boolean {
  const m = NUMBERED_CODE.exec(raw.slice(toks[k].s, toks[k].e));
  const next = toks[k + 1];
  return m !== null && next !== undefined && next.t === WORD && NUMBERED_KINDS.has(next.w) && !knownAcronym(m[1].toLowerCase());
}
const NUMBERED_CODE = /^([A-Z]{1,4})-?\d{1,3}$/;
const NUMBERED_KINDS = new Set(["form", "forms", "station", "stations", "treatment"]);

/** "a payment slip (in Danish: FI-kort)": the local name of what the sentence has just said in English. */
const NAMED_IN_LANGUAGE = /\bin [A-Z][a-z]+:\s*$/;

/** Whether the code of a coded noun was first used as an acronym on an earlier line ("SK" before "SK-contract"). */
function codeMetBefore(code: Use | undefined, use: Use): boolean {
  return code !== undefined && code.acronym && code.li < use.li;
}

/** The part of a hyphenated acronym before its first hyphen ("hla" of "hla-a") is defined in the brief. */
function definedStem(key: string, defined: ReadonlySet<string>): boolean {
  const hyphen = key.indexOf("-");
  return hyphen >= 2 && defined.has(key.slice(0, hyphen));
}

/** Rows above and below a cell that codeColumn reads. */
const CODE_COLUMN_REACH = 20;

/** A cell holding one code in capitals ("VLISSGN", "LTKA", "B-2"). */
const CODE_CELL = /^\s*[A-Z][A-Z0-9_-]+\s*$/;

/**
 * Whether the capitals at token k fill their table cell alone and at least two other rows of the same table hold a
 * lone code in the same column: a column of station, port or product codes, the data the table lists.
 */
function codeColumn(ctx: LineCtx, k: number): boolean {
  const { toks, doc } = ctx;
  if (toks[k - 1]?.w !== "|" || (toks[k + 1] !== undefined && toks[k + 1].w !== "|")) return false;
  let column = 0;
  for (let j = 0; j < k; j++) if (toks[j].w === "|") column++;
  let rows = 0;
  for (const step of [-1, 1]) {
    // Rows near this one only: a long table stays linear.
    for (let i = ctx.i + step, seen = 0; i >= 0 && i < doc.lines.length && doc.lines[i].table && seen < CODE_COLUMN_REACH; i += step, seen++) {
      if (CODE_CELL.test(doc.lines[i].raw.split("|")[column] ?? "") && ++rows >= 2) return true;
    }
  }
  return false;
}

/**
 * "booking shows on the Kea board", "is sent to the Høst service": a name followed by the kind of system it is names
 * a system of the client's, whichever section it first appears in.
 */
const IN_HOUSE_SYSTEMS = new Set(["board", "service", "app", "tool", "system", "dashboard", "portal", "bot"]);

function namesASystem(raw: string, end: number): boolean {
  const next = /^ +([a-z]+)/.exec(raw.slice(end, end + 24));
  return next !== null && IN_HOUSE_SYSTEMS.has(next[1]);
}

const SENTENCE_DETERMINERS = new Set(["the", "our", "this", "each", "every"]);

/** "The Arkiv job moves …": the name follows a determiner that opens its sentence, and no other capitalised word. */
function openedByDeterminer(toks: readonly Tok[], k: number): boolean {
  const prev = tokBefore(toks, k);
  if (prev === undefined || !SENTENCE_DETERMINERS.has(prev.w) || !atSentenceStart(toks, k - 1)) return false;
  const next = toks[k + 1];
  return !(next && next.t === WORD && next.cap && !next.upper);
}

const BODY_OPENING = new WeakMap<Doc, number>();

/** Whether the line is the first line of text under the brief's first section heading (its opening line). */
function opensBody(ctx: LineCtx): boolean {
  let first = BODY_OPENING.get(ctx.doc);
  if (first === undefined) {
    first = -1;
    let heading = false;
    for (let i = 0; i < ctx.doc.lines.length; i++) {
      const line = ctx.doc.lines[i];
      if (line.kind === "heading" && line.level >= 2) heading = true;
      else if (heading && line.kind === "text") {
        first = i;
        break;
      }
    }
    BODY_OPENING.set(ctx.doc, first);
  }
  return ctx.i === first;
}
