/**
 * How the undefined-term rule reads an acronym ("PSP", "SKUs") from the words around it, in three questions asked
 * in turn: is it part of a public name (a maker's product, an organisation, a standard, a place)? Is it explained
 * or written as a literal right there (a time zone with its offset, a reply keyword, a code mapped to its meaning)?
 * Are the capitals not an acronym at all (a date format, emphasis, a label, a formula, a template variable)?
 * An acronym none of them answers is a term the contractor needs expanded (undefined-term.ts records it).
 */
import { atSentenceStart, briefMatches } from "../doc.js";
import { F_SCRIPT, W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { AVIATION_CODES, COUNTRY_CODES, KNOWN_NAMES, OTHER_CURRENCY_CODES, PLACES } from "../lexicon/known.js";
import { REPLY_VERBS } from "../lexicon/cues.js";
import { PUBLIC_VENDORS } from "../lexicon/vendors.js";
import { isNameShape, tokBefore } from "./names.js";
import { figureCrossedOut, xRunAt } from "./placeholder.js";
import { dateFormat, dottedName, isLegalForm, languageTag, regionCode } from "./public-names.js";
import { knownAcronym } from "./term-definitions.js";
import { amongKnownNames } from "./name-shapes.js";
import { afterCapitalised, NAMED, namedIf, NOT_A_TERM, READ_ON, type Verdict, type WordAt } from "./term-reading.js";

/** What the words around acronym `w` establish; `defined` takes the other acronyms they name with it. */
export function readAcronym(w: WordAt, defined: Set<string>): Verdict {
  return inPublicName(w, defined) || explainedOrLiteral(w, defined) || notAnAcronym(w);
}

/** Lower-cased acronym without a plural s ("SKUs" → "sku"). */
export function acronymKey(t: Tok): string {
  const w = t.w;
  return !t.upper && w.endsWith("s") ? w.slice(0, -1) : w;
}

/** 'a supplier in "Poultry"', 'a reply "NEJ"': a word alone between quotes. */
export function quotedAlone(toks: readonly Tok[], k: number): boolean {
  const before = tokBefore(toks, k);
  const after = toks[k + 1];
  return !!before && !!after && before.t === PUNCT && after.t === PUNCT && /^["“'‘「]$/.test(before.w) && /^["”'’」]$/.test(after.w);
}

/** A model code: one to three capitals, then digits, perhaps a last capital ("E8", "DS620", "TC21", "M30T"). */
const MODEL_CODE = /^[A-Z]{1,3}\d{1,4}[A-Z]?$/;

/** The acronym names, or belongs to the name of, something public: a maker's product, an organisation, a standard. */
function inPublicName(w: WordAt, defined: Set<string>): Verdict {
  const { toks, k, t, key, prev, raw } = w;
  const next = toks[k + 1];
  const nextJoined = next !== undefined && next.t === WORD && next.s === t.e + 1;
  const prevJoined = afterCapitalised(w) && prev !== undefined;
  if (knownAcronym(key)) {
    // "MB WAY", "JNE REG": a known acronym that is no unit here (no figure before it) opens a product's name,
    // and the capitals after it are the rest of that name. In a parenthesis after a phrase ("the plant service
    // (USDA APHIS)") the pair abbreviates that phrase, which does not spell the second.
    if (nextJoined && next.upper && prev?.t !== NUM && prev?.w !== "(") defined.add(acronymKey(next));
    return NOT_A_TERM;
  }
  // "Azure AD", "ProRes 422 HQ": a product line of a known vendor's product, named by its maker; its later uses
  // on their own ("BIS Billing 3.0" after "Peppol BIS") are the same product.
  if (productLine(toks, k)) return namedIf(VENDOR_NAMES.has(tokBefore(toks, k)?.w ?? ""));
  // "CMA CGM", "EPEX SPOT", "AVEVA PI": two unknown acronyms side by side name one company or product
  // (writers labelled 1 of 11 such pairs across all sets).
  if (nextJoined && next.acr && !knownAcronym(acronymKey(next))) {
    defined.add(acronymKey(next));
    return NAMED;
  }
  // "Omnicell XT", "Logizard ZERO", "Keyence VHX", "Ikeja GRA": a model or an area after a name is part of that
  // name, and its later uses on their own are the same product.
  if (prevJoined && !prev.upper && !prev.acr && !atSentenceStart(toks, k - 1)) return NAMED;
  // "Austin, TX", "Surfing NSW": a state's postal code in an address or a name.
  if (regionCode(toks, k)) return NOT_A_TERM;
  // "ice classes IA Super, IA, IB, IC, II", "grades KA, KB and KC": codes that step through a series by their last
  // letter are the values of one scale the sentence names, not terms of their own.
  if (inLetterSeries(toks, k)) return NAMED;
  if (amongKnownNames(toks, k, raw)) return NAMED;
  // "five airlines at Narita (NRT): ANA, JAL, …", "shops at JFK, ORD and LAX": an airline or an airport by its
  // public code, in a brief about flights.
  if (AVIATION_CODES.has(t.w.toUpperCase()) && briefMatches(w.ctx.doc, FLIGHT_WORDS)) return NAMED;
  // "GHS 50", "in RWF", "(amounts in Ghana cedis, GHS)": a less common currency's code, beside an amount or its name.
  // Once the brief uses it as a currency, its other uses ("3 decimal places for JOD") are the same currency.
  if (OTHER_CURRENCY_CODES.has(t.w.toUpperCase()) && besideAmount(toks, k)) return NAMED;
  // "ISO 20022", "EN 1991-1-3", "ELOT 743", "WGS 84", "OIML R 76-1", "BS EN 13242": a standard cited by its body.
  if (citesStandard(toks, k, raw)) return NAMED;
  // "not a PO box": the post office's.
  if (t.w === "po" && (toks[k + 1]?.w === "box" || toks[k + 1]?.w === "boxes")) return NOT_A_TERM;
  // "network code DK", "Index Herbariorum code HOKU": a code named as one, a value of some register.
  if (prev !== undefined && prev.w === "code" && !prev.cap && t.e - t.s <= 5) return NAMED;
  // "on MV *Finlaggan Isle*", "the stop of the *MS Donaulied*": a ship's prefix before its name.
  if (SHIP_PREFIXES.has(t.w.toUpperCase()) && shipNameAfter(toks, k)) return NOT_A_TERM;
  if (isLegalForm(key)) return NOT_A_TERM;
  // "HM Revenue & Customs", "BNP Paribas", "TD Bank": the acronym opens an organisation's name, and later
  // uses on their own ("TD's business banking site") are that organisation.
  // "HRIS Analyst" names a role after the acronym, which still needs its expansion.
  if (nextJoined && next.cap && !next.upper && (next.info & W_KNOWN) === 0 && isNameShape(next)) return namedIf(!ROLE_HEADS.has(next.w));
  // "EUR for DE, AT and NL": country codes listed together name countries, and later uses ("a DE list") the same.
  if (key.length === 2 && COUNTRY_CODES.has(t.w.toUpperCase()) && countryCodeBeside(toks, k)) return NAMED;
  // "| business | NL | any | 21 % |": a country's code alone in a table cell, a column of countries.
  if (key.length === 2 && COUNTRY_CODES.has(t.w.toUpperCase()) && prev?.w === "|" && toks[k + 1]?.w === "|") return NAMED;
  // "JusticeLink PH runs …", "Kirafuda JP": a country's code after an organisation's name says where it is.
  if (key.length === 2 && COUNTRY_CODES.has(t.w.toUpperCase()) && prevJoined && !prev.upper && (prev.info & W_KNOWN) === 0) return NAMED;
  // "NR Finance", "KBC Bank": an acronym and the trade of an organisation name one.
  // "from AKVA group": "group" may be written in lower case ("OCS systems", "MGA partners" are not names).
  // "SK ID Solutions": a second acronym may stand between.
  const head = next?.t === WORD && next.acr && toks[k + 2]?.s === next.e + 1 ? k + 2 : k + 1;
  // "members in the PMC group", "the MVG group bookings": after "the", a lower-case "group" is one the client keeps
  // (a tier, a chat, a customer segment), and its acronym needs the same explanation as any in-house term.
  const groupOf = toks[head]?.w === "group" && !toks[head].cap && prev?.w === "the";
  if (nextJoined && toks[head]?.t === WORD && (toks[head].cap || (toks[head].w === "group" && !groupOf)) && ORGANISATION_HEADS.has(toks[head].w)) return NAMED;
  // "FLIR E8", "Zebra's TC21" written as "DJI M30": a maker's letters and a model code (capitals with digits), a product
  // on sale, as "Zebra TC52" is for a capitalised name.
  if (nextJoined && MODEL_CODE.test(raw.slice(next.s, next.e))) return NAMED;
  // "a Hamilton Microlab STAR", "BMG Labtech PHERAstar FSX": the model at the end of a product's name.
  if (prevJoined && toks[k - 2]?.t === WORD && toks[k - 2].cap && toks[k - 2].e + 1 === prev.s) return NAMED;
  // "SIX Swiss Exchange": an acronym, a known adjective and a capitalised noun name one organisation.
  if (next?.t === WORD && next.cap && !next.upper && (next.info & W_KNOWN) !== 0 && toks[k + 2]?.t === WORD && toks[k + 2].cap && !toks[k + 2].upper) return NOT_A_TERM;
  return READ_ON;
}

/** The line explains the acronym where it stands, or writes it as a literal the product shows or receives. */
function explainedOrLiteral({ toks, k, t, key, prev, raw }: WordAt, defined: Set<string>): Verdict {
  // "EEST, UTC+3", "WIB (UTC+7)": a time zone's abbreviation with its offset from UTC beside it.
  if ((toks[k + 1]?.w === "," || toks[k + 1]?.w === "(") && (toks[k + 2]?.w === "utc" || toks[k + 2]?.w === "gmt")) return NAMED;
  // A reply keyword: 'a reply "NEJ"', "patients who replied STOP", a route "LHR–JFK".
  // "replies YES to confirm, or RESCHEDULE": the keywords a reply offers, joined by "or".
  // "SMS the word DONATE to 31234": a keyword named as a word.
  // "A reply of STOP": the keyword after the noun of replying.
  if (quotedAlone(toks, k) || REPLY_VERBS.has(prev?.w ?? "") || prev?.w === "word" || prev?.w === "keyword" || (prev?.w === "of" && REPLY_VERBS.has(toks[k - 2]?.w ?? "")) || codePair(raw, t.s, t.e) || otherReplyKeyword(toks, k)) return NAMED;
  // "(KGS → kg, PKT → pack)": a code mapped to what it stands for, right there.
  if (MAPPED_TO.test(raw.slice(t.e, t.e + 20))) return NAMED;
  // "four quadrants: NW, NE, SW and SE": compass points, named together ("the SW contribution" alone may be anything).
  if (COMPASS.has(key)) {
    const points = compassPointsNear(toks, k);
    for (const point of points) defined.add(point);
    if (points.length > 0) return NOT_A_TERM;
  }
  return READ_ON;
}

/** The capitals are not an acronym to expand: a format, an identifier, emphasis, a label, a formula, a template variable. */
function notAnAcronym({ ctx, toks, k, t, key, prev, raw }: WordAt): Verdict {
  const after = raw.charCodeAt(t.e);
  // "EN→PT-BR", "DD-MM-YYYY": a language tag or a date format, not an acronym to expand.
  // "(HH:MM)": a time format the tokens split at its colon.
  if (languageTag(t.w) || dateFormat(t.w) || dateFormat(formatAt(raw, t.s))) return NOT_A_TERM;
  // "ZK-WAC", "C-GKMV", "OY-XRK" in a brief about aircraft: a registration, an identifier like a number plate
  // (elsewhere the same shape is an in-house code: "the JP-ISL rule", "into CK-MES").
  if (REGISTRATION.test(raw.slice(t.s, t.e)) && briefMatches(ctx.doc, AIRCRAFT_WORDS)) return NOT_A_TERM;
  // "TASKDATA.XML", "README.TXT": a file's name in capitals, with its extension.
  if (FILE_NAME.test(raw.slice(t.s, t.e))) return NOT_A_TERM;
  if (t.upper) {
    // "acks AFTER the timer fired but BEFORE the page is sent": a function word in capitals is emphasis.
    // A pronoun's letters often spell a system's initials ("HIS", hospital information system).
    if ((t.info & W_ENGLISH) !== 0 && !PRONOUNS.has(t.w)) return NOT_A_TERM;
    // "# URGENT - illegal dumping reports", "BUG: address lookup …": a ticket's label, shouted.
    if (TICKET_LABELS.has(t.w)) return NOT_A_TERM;
    // "marked FAILED", "shows PAID": an English word shouted as a status, not an acronym.
    if (key.length >= 4 && ENGLISH_STATUS_WORDS.has(key)) return NOT_A_TERM;
  }
  // "PO: Femke de Vries", "QA: Ratna Wulandari": a role's short name labelling the person who holds it.
  if (k === 0 && toks[1]?.w === ":" && personAfterLabel(toks)) return NOT_A_TERM;
  // "## CONTEXT": a heading written in capitals is not an acronym.
  if (ctx.line.kind === "heading" && raw.toUpperCase() === raw) return NOT_A_TERM;
  // "CS팀이", "KPI値": an acronym written into a word of another script belongs to that sentence.
  if (t.e < raw.length && after >= 0x3040 && (ctx.chars & F_SCRIPT) !== 0) return NOT_A_TERM;
  // "CO₂", "CH₄": a chemical formula, its count written as a subscript digit.
  if (after >= 0x2080 && after <= 0x2089) return NOT_A_TERM;
  // "GH₵ 1.50", "KSh 50", "R$ 20": a country code written into a currency sign.
  if (CURRENCY_SIGN.test(raw.charAt(t.e))) return NOT_A_TERM;
  // "Directive 2003/88/EC", "Regulation (EU) 2016/679": the issuer's letters in a law's number.
  if (t.s >= 2 && raw.charCodeAt(t.s - 1) === 47 && isDigitCode(raw.charCodeAt(t.s - 2))) return NOT_A_TERM;
  // ".NET": a name that starts with a dot is a platform's, not an acronym to expand.
  if (dottedName(raw, t.s)) return NOT_A_TERM;
  // "H.C. Andersen's House", "O.R. Tambo International Airport": dotted single letters before a name are
  // its bearer's initials. "35 U.S.C. 21(b)", "49 C.F.R. 172": between a title number and a section, a code of law.
  // "Washington, D.C.": after a known place and its comma, the letters finish the place's name.
  if (dottedLetters(t.w) && (initialsBeforeName(toks, k, raw) || lawCitation(toks, k, raw) || (prev?.w === "," && knownPlaceWord(tokBefore(toks, k, 2))))) return NOT_A_TERM;
  // "{{TOLERANCE_PCT}}", "{CLINIC_NAME}": a template variable (placeholder decides whether it is filled in).
  if (insideBraces(raw, t.s, t.e)) return NOT_A_TERM;
  // "Our entity number: XXXXX.": a value not written yet (placeholder reports it), not an acronym.
  if (xRunAt(raw, t.s, t.e) >= 0) return NOT_A_TERM;
  // "Voucher validity: XX months", "above ₦XX,XXX": the same, in two X's where a figure goes.
  if (figureCrossedOut(toks, k, raw)) return NOT_A_TERM;
  return READ_ON;
}

/** Words that end an organisation's name ("NR Finance", "DSV Logistics"). */
const ORGANISATION_HEADS = new Set(
  "finance financial bank banking insurance assurance capital group holdings partners motors logistics airlines airways energy health healthcare pharma labs systems technologies solutions media telecom foods retail express leasing credit securities consulting ventures industries".split(" "),
);
/** Words that end a job title ("HRIS Analyst", "QA Lead"): the acronym before them is not an organisation's. */
const ROLE_HEADS = new Set("analyst analysts manager managers lead leads engineer engineers officer officers specialist specialists coordinator coordinators director directors consultant consultants developer developers architect architects administrator administrators admin admins owner owners".split(" "));
const PRONOUNS = new Set("i me my mine you your yours he him his she her hers it its we us our ours they them their theirs who whom whose what which this that these those".split(" "));
/** "SGB V", "Title IX": a numbered book or part of a code of law. */
const ROMAN_PART = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;
const FILE_NAME = /\.(?:xml|csv|json|txt|pdf|zip|xlsx?|dat|log)$/i;
const TICKET_LABELS = new Set(["urgent", "bug", "important", "note", "warning", "fyi", "hotfix", "blocker", "critical", "draft", "ticket", "task", "request", "issue", "feature", "todo", "question", "update", "reminder", "heads-up"]);
const CURRENCY_SIGN = /[$¢£¥₡₦₨₩₪₫€₭₮₱₲₴₵₸₹₺₼₽]/;
/** Vendors and products (not places, weekdays or departments, which the known words also hold). */
const VENDOR_NAMES: ReadonlySet<string> = new Set([...KNOWN_NAMES, ...PUBLIC_VENDORS]);
/** "KGS → kg," in a list of mappings; "HPP → reject the row" is a rule's consequence, not a meaning. */
const MAPPED_TO = /^\s?(?:→|->|=>)\s?\p{Ll}[\p{L}-]{0,11}\s?[,;)]/u;
/** Status words written in capitals as literal output ("marked FAILED"); any other all-caps word may be an acronym. */
const ENGLISH_STATUS_WORDS = new Set("failed passed pass fail warn void refused paid unpaid open closed done pending approved rejected cancelled canceled expired active inactive valid invalid new sold ready late overdue blocked".split(" "));

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** After "LABEL:" the line holds only a person's name: capitalised words and name particles ("de", "van"). */
function personAfterLabel(toks: readonly Tok[]): boolean {
  let names = 0;
  for (let j = 2; j < toks.length; j++) {
    const t = toks[j];
    if (t.t === WORD && t.cap && !t.upper) names++;
    else if (!(t.t === WORD && NAME_PARTICLES.has(t.w))) return false;
  }
  return names >= 2;
}
const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al"]);

/** The acronym follows a known product or vendor name ("Azure AD", "ProRes 422 HQ"). */
function productLine(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  // "ProRes 422 HQ": a model number may stand between.
  if (j > 0 && toks[j].t === NUM && toks[j].e + 1 === toks[k].s) j--;
  const maker = toks[j];
  // A known acronym before it ("USDA APHIS", "SAP IS-U") may as well be an agency and its office: not excused.
  if (maker === undefined || maker.t !== WORD || maker.e + 1 !== toks[j + 1].s || !maker.cap || maker.upper) return false;
  return (maker.info & W_KNOWN) !== 0 && (maker.info & W_ENGLISH) === 0;
}

/** Another two-letter country code in capitals next in the list around token k ("DE, AT and NL"). */
function countryCodeBeside(toks: readonly Tok[], k: number): boolean {
  for (const j of [k - 2, k + 2, k - 3, k + 3]) {
    const o = toks[j];
    const between = toks[(j + k) >> 1];
    if (o === undefined || !o.upper || o.e - o.s !== 2 || !COUNTRY_CODES.has(o.w.toUpperCase())) continue;
    if (Math.abs(j - k) === 2 ? between.w === "," || between.w === "and" || between.w === "or" || between.w === "/" : toks[Math.min(j, k) + 1].w === "," && (toks[Math.min(j, k) + 2].w === "and" || toks[Math.min(j, k) + 2].w === "or")) return true;
  }
  return false;
}

const COMPASS = new Set(["nw", "ne", "sw", "se", "nnw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw"]);
/**
 * The compass points written within a few tokens of token k, when there are two different ones ("NW, NE, SW and SE");
 * otherwise none. A bounded look, so a line of thousands stays linear.
 */
function compassPointsNear(toks: readonly Tok[], k: number): string[] {
  const points: string[] = [];
  let other = false;
  for (let j = Math.max(0, k - 12); j < toks.length && j <= k + 12; j++) {
    const o = toks[j];
    if (o.t !== WORD || !o.upper || !COMPASS.has(o.w)) continue;
    points.push(o.w);
    if (o.w !== toks[k].w) other = true;
  }
  return other ? points : [];
}

/**
 * What follows the acronym at token k, right after it, cites one of its standards: a number of two digits or more
 * ("ISO 20022"), a part in Roman numerals ("SGB V"), a series letter and a number ("OIML R 76-1"), or another body's
 * letters and a number ("BS EN 13242").
 */
function citesStandard(toks: readonly Tok[], k: number, raw: string): boolean {
  const part = toks[k + 1];
  if (part === undefined || part.s !== toks[k].e + 1) return false;
  const text = raw.slice(part.s, part.e);
  if (part.t === NUM) return MANY_DIGITS.test(text);
  if (ROMAN_PART.test(text)) return true;
  const number = toks[k + 2];
  if (number === undefined || number.t !== NUM || number.s !== part.e + 1 || part.t !== WORD) return false;
  // "R 76-1": one capital letter, a document's series; "EN 13242": a known body's letters.
  return (part.cap && part.e - part.s === 1) || (part.upper && knownAcronym(part.w) && MANY_DIGITS.test(raw.slice(number.s, number.e)));
}
const MANY_DIGITS = /^\d{2,}/;

/** "h.c", "u.s.c": single letters joined by dots (the tokenizer leaves the last dot out). */
function dottedLetters(w: string): boolean {
  if (w.length < 3 || (w.length & 1) === 0) return false;
  for (let i = 1; i < w.length; i += 2) if (w.charCodeAt(i) !== 46) return false;
  return true;
}

function knownPlaceWord(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.cap && PLACES.has(t.w);
}

/** "H.C. Andersen": the letters' own last dot, a space, then a capitalised word that is not an acronym. */
function initialsBeforeName(toks: readonly Tok[], k: number, raw: string): boolean {
  const dot = toks[k + 1];
  const name = toks[k + 2];
  return dot !== undefined && dot.w === "." && dot.s === toks[k].e && name !== undefined && name.t === WORD && name.cap && !name.upper && name.s === dot.e + 1 && raw.charCodeAt(dot.e) === 32;
}

/** "35 U.S.C. 21(b)": a number, the letters with their last dot, then a number. */
function lawCitation(toks: readonly Tok[], k: number, raw: string): boolean {
  const before = toks[k - 1];
  const dot = toks[k + 1];
  const section = toks[k + 2];
  return before !== undefined && before.t === NUM && before.e + 1 === toks[k].s && dot !== undefined && dot.w === "." && dot.s === toks[k].e && section !== undefined && section.t === NUM && section.s === dot.e + 1 && raw.charCodeAt(dot.e) === 32;
}

/** The run of letters and date separators around column s, lower-cased ("HH:MM" → "hh:mm"); at most 20 characters each way. */
function formatAt(raw: string, s: number): string {
  let a = s;
  while (a > 0 && a > s - 20 && FORMAT_CHAR.test(raw[a - 1])) a--;
  let e = s;
  while (e < raw.length && e < s + 20 && FORMAT_CHAR.test(raw[e])) e++;
  return raw.slice(a, e).toLowerCase();
}
const FORMAT_CHAR = /[A-Za-z:/.-]/;
/** An aircraft registration: a one- or two-character nationality mark, a hyphen and three or four letters. */
const REGISTRATION = /^[A-Z0-9]{1,2}-[A-Z]{3,4}$/;
const FLIGHT_WORDS = /\b(?:airports?|airlines?|flights?|baggage)\b/i;
const AIRCRAFT_WORDS = /\b(?:aircraft|airplanes?|aeroplanes?|gliders?|helicopters?|tow planes?|airfield|aerodrome)\b/i;

/** A number next to token k, "in" before it, or a currency's name just before ("Ghana cedis, GHS"). */
function besideAmount(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.t === NUM || toks[k + 1]?.t === NUM || toks[k - 1]?.w === "in") return true;
  // "| Nepal | 1,800 | NPR |": the currency's own cell right after the amount's.
  if (toks[k - 1]?.w === "|" && toks[k + 1]?.w === "|" && toks[k - 2]?.t === NUM && toks[k - 3]?.w === "|") return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (CURRENCY_NOUN.test(toks[j].w)) return true;
  return false;
}
const CURRENCY_NOUN = /^(?:cedis?|shillings?|francs?|dinars?|dirhams?|rupees?|pesos?|dollars?|rand|naira|birr|kwacha|lari|leva?|drams?|tenge|som|somoni|manat|kip|riels?|taka|kyats?|tugriks?|rufiyaa|rials?|riyals?|pounds?|escudos?|colones?|colón|quetzales?|lempiras?|córdobas?|guaraníes?|bolívares?|sucres?|nakfa|ariary|ouguiya|kina|vatu|tala|paʻanga|lilangeni|loti|pula|kwanza|meticais?|metical|leones?|dalasis?)$/;

/** "replies YES to confirm, or RESCHEDULE", "text STOP or HALT": an acronym offered as another reply after "or". */
function otherReplyKeyword(toks: readonly Tok[], k: number): boolean {
  const prev = tokBefore(toks, k);
  if (prev === undefined || (prev.w !== "or" && prev.w !== "and")) return false;
  for (let j = k - 2; j >= 1; j--) if (toks[j].t === WORD && toks[j].upper && REPLY_VERBS.has(toks[j - 1].w)) return true;
  return false;
}

/** "LHR–JFK", "CPH-NRT": two codes joined by a dash are a pair of identifiers (airports, currencies). */
function codePair(raw: string, s: number, e: number): boolean {
  const dash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 47;
  const upper = (c: number): boolean => c >= 65 && c <= 90;
  return (dash(raw.charCodeAt(e)) && upper(raw.charCodeAt(e + 1))) || (dash(raw.charCodeAt(s - 1)) && upper(raw.charCodeAt(s - 2)));
}

function insideBraces(raw: string, s: number, e: number): boolean {
  return (raw.charCodeAt(s - 1) === 123 || raw.charCodeAt(s - 1) === 95) && (raw.charCodeAt(e) === 125 || raw.charCodeAt(e) === 95);
}

/** Prefixes of ships' names: motor vessel, motor ship, steamship, research vessel, motor tanker. */
const SHIP_PREFIXES = new Set(["MV", "MS", "SS", "RV", "MT", "HMS", "M/V"]);

/** A capitalised word right after token k, emphasis marks allowed between ("MV *Finlaggan Isle*"). */
function shipNameAfter(toks: readonly Tok[], k: number): boolean {
  let j = k + 1;
  while (toks[j]?.t === PUNCT && (toks[j].w === "*" || toks[j].w === "_")) j++;
  const name = toks[j];
  return name !== undefined && name.t === WORD && name.cap && !name.upper;
}

/** Whether the acronym at k stands in a list beside one that differs from it only by the next or previous letter. */
function inLetterSeries(toks: readonly Tok[], k: number): boolean {
  const w = toks[k].w;
  if (w.length < 2 || w.length > 4) return false;
  for (const side of [-1, 1]) {
    const sep = toks[k + side];
    const other = toks[k + 2 * side];
    if (sep === undefined || other === undefined || other.t !== WORD || !other.upper || other.w.length !== w.length) continue;
    if (!(sep.w === "," || sep.w === "and" || sep.w === "or" || sep.w === "/")) continue;
    if (other.w.slice(0, -1) !== w.slice(0, -1)) continue;
    if (Math.abs(other.w.charCodeAt(w.length - 1) - w.charCodeAt(w.length - 1)) === 1) return true;
  }
  return false;
}
