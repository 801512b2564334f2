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
import { F_ACR, F_FOREIGN, F_NAME, F_SCRIPT, W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { atSentenceStart } from "../doc.js";
import { NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { COUNTRY_CODES, KNOWN_NAMES, OTHER_CURRENCY_CODES, PLACES } from "../lexicon/known.js";
import { REPLY_VERBS } from "../lexicon/cues.js";
import { HONORIFICS } from "./shared-context-words.js";
import { PUBLIC_VENDORS } from "../lexicon/vendors.js";

import { isKnownWord, isNameShape, mostlyForeign, tokBefore } from "./names.js";
import { quotedMask } from "./non-english.js";
import { figureCrossedOut, xRunAt } from "./placeholder.js";
import { beforeAdminUnit, beforeKnownPlace, beforeSections, dateFormat, languageTag, regionCode, dottedName, inExpansion, inLawTitle, introducesItself, isByline, isLegalForm, isMetaLine, legalForm, selfDescription, writtenInLowerCase } from "./public-names.js";
import { publicHostLabels } from "./private-link.js";
import { isAlnum } from "./private-hosts.js";
import { definedHere, knownAcronym } from "./term-definitions.js";
import { amongKnownNames, DOCUMENT_TOOLS, endsLongerName, inNameSequence, JOURNEY_WORDS, joinsLongerName, machineSubject, mixedCase, personLike, PLACE_HOLDERS, placeList, PREMISES, systemSlot } from "./name-shapes.js";
import type { Emit } from "./emit.js";

/** Words that end an organisation's name ("NR Finance", "DSV Logistics"). */
const ORGANISATION_HEADS = new Set(
  "finance financial bank banking insurance assurance capital group holdings partners motors logistics airlines airways energy health healthcare pharma labs systems technologies solutions media telecom foods retail express leasing credit securities consulting ventures industries".split(" "),
);
/** Nouns of a link between two systems: the name before one is the other side's ("the Sompo integration"). */
const INTEGRATION_NOUNS = new Set(["integration", "integrations", "connector", "connectors"]);
/** Nouns of a system's in-house plumbing, as opposed to a product's public interface (API, SDK, client). */
const IN_HOUSE_PARTS = new Set("queue queues job jobs worker workers service database db table tables bot module cron ledger topic pipeline".split(" "));
/** Words that end a job title ("HRIS Analyst", "QA Lead"): the acronym before them is not an organisation's. */
const ROLE_HEADS = new Set("analyst analysts manager managers lead leads engineer engineers officer officers specialist specialists coordinator coordinators director directors consultant consultants developer developers architect architects administrator administrators admin admins owner owners".split(" "));
const PRONOUNS = new Set("i me my mine you your yours he him his she her hers it its we us our ours they them their theirs who whom whose what which this that these those".split(" "));
/** "SGB V", "Title IX": a numbered book or part of a code of law. */
const ROMAN_PART = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;

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

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

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

const NO_POINTS: string[] = [];
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
/** "KGS → kg," in a list of mappings; "HPP → reject the row" is a rule's consequence, not a meaning. */
const MAPPED_TO = /^\s?(?:→|->|=>)\s?\p{Ll}[\p{L}-]{0,11}\s?[,;)]/u;
/** Status words written in capitals as literal output ("marked FAILED"); any other all-caps word may be an acronym. */
const ENGLISH_STATUS_WORDS = new Set("failed passed paid unpaid open closed done pending approved rejected cancelled canceled expired active inactive valid invalid new sold ready late overdue blocked".split(" "));

/** Street names by the word for "street" or "road" their language ends them with (Danish, Swedish, Norwegian, German, Dutch). */
const STREET_NAME = /.{3}(?:vej|gade|gatan|vägen|veien|straße|strasse|straat|weg|laan|gasse|platz|plein|torv|torg)$/;

/** Vendors and products (not places, weekdays or departments, which the known words also hold). */
const VENDOR_NAMES: ReadonlySet<string> = new Set([...KNOWN_NAMES, ...PUBLIC_VENDORS]);

const TICKET_LABELS = new Set(["urgent", "bug", "important", "note", "warning", "fyi", "hotfix", "blocker", "critical", "draft"]);

const CURRENCY_SIGN = /[$¢£¥₡₦₨₩₪₫€₭₮₱₲₴₵₸₹₺₼₽]/;

interface Use {
  li: number;
  s: number;
  e: number;
  text: string;
  acronym: boolean;
  /** The name opens its sentence, where English capitalises any word. */
  opensSentence: boolean;
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
    const { toks, line, i } = ctx;
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
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      // A word of quoted product text ("Svar AFLYS for at aflyse.") is literal: later uses refer to it.
      if (literal !== null && literal[k]) {
        if (t.t === WORD && t.acr) this.defined.add(acronymKey(t));
        continue;
      }
      // Known words ("The", "Stripe", "Tokyo") can be neither term nor definition.
      if (t.t !== WORD || !t.cap || (!t.acr && (t.info & W_KNOWN) !== 0)) continue;
      const prev = tokBefore(toks, k);
      const key = t.acr ? acronymKey(t) : t.w;
      // A term already defined ends every path below in `continue`, adding at most the key it
      // already holds to `defined`: skipping the checks leaves the same sets.
      if (this.defined.has(key)) continue;
      // 'a supplier in "Poultry"': a category written as a value names the same value when it comes back unquoted.
      if (!t.acr && quotedAlone(toks, k)) {
        this.defined.add(key);
        continue;
      }
      if (t.acr && knownAcronym(key)) {
        // "MB WAY", "JNE REG": a known acronym that is no unit here (no figure before it) opens a product's name,
        // and the capitals after it are the rest of that name. In a parenthesis after a phrase ("the plant service
        // (USDA APHIS)") the pair abbreviates that phrase, which does not spell the second.
        const after = toks[k + 1];
        if (after !== undefined && after.t === WORD && after.upper && after.s === t.e + 1 && prev?.t !== NUM && prev?.w !== "(") this.defined.add(acronymKey(after));
        continue;
      }
      // "EN→PT-BR", "DD-MM-YYYY": a language tag or a date format, not an acronym to expand.
      // "(HH:MM)": a time format the tokens split at its colon.
      if (t.acr && (languageTag(t.w) || dateFormat(t.w) || dateFormat(formatAt(line.raw, t.s)))) continue;
      // "ZK-WAC", "C-GKMV", "OY-XRK" in a brief about aircraft: a registration, an identifier like a number plate
      // (elsewhere the same shape is an in-house code: "the JP-ISL rule", "into CK-MES").
      if (t.acr && REGISTRATION.test(line.raw.slice(t.s, t.e)) && aboutAircraft(ctx.doc)) continue;
      // "acks AFTER the timer fired but BEFORE the page is sent": a function word in capitals is emphasis.
      // A pronoun's letters often spell a system's initials ("HIS", hospital information system).
      if (t.upper && (t.info & W_ENGLISH) !== 0 && !PRONOUNS.has(t.w)) continue;
      // "Azure AD", "ProRes 422 HQ": a product line of a known vendor's product, named by its maker; its later uses
      // on their own ("BIS Billing 3.0" after "Peppol BIS") are the same product.
      if (t.acr && productLine(toks, k)) {
        if (VENDOR_NAMES.has(tokBefore(toks, k)?.w ?? "")) this.defined.add(key);
        continue;
      }
      // "CMA CGM", "EPEX SPOT", "AVEVA PI": two unknown acronyms side by side name one company or product
      // (writers labelled 1 of 11 such pairs across all sets).
      if (t.acr && toks[k + 1]?.t === WORD && toks[k + 1].acr && toks[k + 1].s === t.e + 1 && !knownAcronym(acronymKey(toks[k + 1]))) {
        this.defined.add(key);
        this.defined.add(acronymKey(toks[k + 1]));
        continue;
      }
      // "EEST, UTC+3", "WIB (UTC+7)": a time zone's abbreviation with its offset from UTC beside it.
      if (t.acr && (toks[k + 1]?.w === "," || toks[k + 1]?.w === "(") && (toks[k + 2]?.w === "utc" || toks[k + 2]?.w === "gmt")) {
        this.defined.add(key);
        continue;
      }
      // "Omnicell XT", "Logizard ZERO", "Keyence VHX", "Ikeja GRA": a model or an area after a name is part of that
      // name, and its later uses on their own are the same product.
      if (t.acr && prev !== undefined && prev.t === WORD && prev.cap && !prev.upper && !prev.acr && prev.e + 1 === t.s && !atSentenceStart(toks, k - 1)) {
        this.defined.add(key);
        continue;
      }
      // "PO: Femke de Vries", "QA: Ratna Wulandari": a role's short name labelling the person who holds it.
      if (t.acr && k === 0 && toks[1]?.w === ":" && personAfterLabel(toks)) continue;
      // "# URGENT - illegal dumping reports", "BUG: address lookup …": a ticket's label, shouted.
      if (t.upper && TICKET_LABELS.has(t.w)) continue;
      // "Austin, TX", "Surfing NSW": a state's postal code in an address or a name.
      if (t.acr && regionCode(toks, k)) continue;
      // "## CONTEXT": a heading written in capitals is not an acronym.
      if (t.acr && line.kind === "heading" && line.raw.toUpperCase() === line.raw) continue;
      if (t.acr && amongKnownNames(toks, k, line.raw)) {
        this.defined.add(key);
        continue;
      }
      // A reply keyword: 'a reply "NEJ"', "patients who replied STOP", a route "LHR–JFK".
      // "replies YES to confirm, or RESCHEDULE": the keywords a reply offers, joined by "or".
      // "SMS the word DONATE to 31234": a keyword named as a word.
      if (t.acr && (quotedAlone(toks, k) || REPLY_VERBS.has(prev?.w ?? "") || prev?.w === "word" || prev?.w === "keyword" || codePair(line.raw, t.s, t.e) || otherReplyKeyword(toks, k))) {
        this.defined.add(key);
        continue;
      }
      // "CS팀이", "KPI値": an acronym written into a word of another script belongs to that sentence.
      if (t.acr && t.e < line.raw.length && line.raw.charCodeAt(t.e) >= 0x3040 && (ctx.chars & F_SCRIPT) !== 0) continue;
      // "GHS 50", "in RWF", "(amounts in Ghana cedis, GHS)": a less common currency's code, beside an amount or its name.
      // Once the brief uses it as a currency, its other uses ("3 decimal places for JOD") are the same currency.
      if (t.acr && OTHER_CURRENCY_CODES.has(t.w.toUpperCase()) && besideAmount(toks, k)) {
        this.defined.add(key);
        continue;
      }
      // "(KGS → kg, PKT → pack)": a code mapped to what it stands for, right there.
      if (t.acr && MAPPED_TO.test(line.raw.slice(t.e, t.e + 20))) {
        this.defined.add(key);
        continue;
      }
      // "four quadrants: NW, NE, SW and SE": compass points, named together ("the SW contribution" alone may be anything).
      const compass = t.acr && COMPASS.has(key) ? compassPointsNear(toks, k) : NO_POINTS;
      if (compass.length > 0) {
        for (const point of compass) this.defined.add(point);
        continue;
      }
      // "marked FAILED", "shows PAID": an English word shouted as a status, not an acronym.
      if (t.acr && t.upper && key.length >= 4 && ENGLISH_STATUS_WORDS.has(key)) continue;
      // "CO₂", "CH₄": a chemical formula, its count written as a subscript digit.
      if (t.acr && line.raw.charCodeAt(t.e) >= 0x2080 && line.raw.charCodeAt(t.e) <= 0x2089) continue;
      // "GH₵ 1.50", "KSh 50", "R$ 20": a country code written into a currency sign.
      if (t.acr && CURRENCY_SIGN.test(line.raw.charAt(t.e))) continue;
      // "ISO 20022", "EN 1991-1-3", "ELOT 743", "WGS 84", "OIML R 76-1", "BS EN 13242": a standard cited by its body.
      if (t.acr && citesStandard(toks, k, line.raw)) {
        this.defined.add(key);
        continue;
      }
      if (t.acr && isLegalForm(key)) continue;
      // "Directive 2003/88/EC", "Regulation (EU) 2016/679": the issuer's letters in a law's number.
      if (t.acr && t.s >= 2 && line.raw.charCodeAt(t.s - 1) === 47 && isDigitCode(line.raw.charCodeAt(t.s - 2))) continue;
      // ".NET": a name that starts with a dot is a platform's, not an acronym to expand.
      if (t.acr && dottedName(line.raw, t.s)) continue;
      // "H.C. Andersen's House", "O.R. Tambo International Airport": dotted single letters before a name are
      // its bearer's initials. "35 U.S.C. 21(b)", "49 C.F.R. 172": between a title number and a section, a code of law.
      // "Washington, D.C.": after a known place and its comma, the letters finish the place's name.
      if (t.acr && dottedLetters(t.w) && (initialsBeforeName(toks, k, line.raw) || lawCitation(toks, k, line.raw) || (prev?.w === "," && knownPlaceWord(tokBefore(toks, k, 2))))) continue;
      // "{{TOLERANCE_PCT}}", "{CLINIC_NAME}": a template variable (placeholder decides whether it is filled in).
      if (t.acr && insideBraces(line.raw, t.s, t.e)) continue;
      // "Our entity number: XXXXX.": a value not written yet (placeholder reports it), not an acronym.
      if (t.acr && xRunAt(line.raw, t.s, t.e) >= 0) continue;
      // "Voucher validity: XX months", "above ₦XX,XXX": the same, in two X's where a figure goes.
      if (t.acr && figureCrossedOut(toks, k, line.raw)) continue;
      // "HM Revenue & Customs", "BNP Paribas", "TD Bank": the acronym opens an organisation's name, and later
      // uses on their own ("TD's business banking site") are that organisation.
      // "HRIS Analyst" names a role after the acronym, which still needs its expansion.
      if (t.acr && toks[k + 1]?.t === WORD && toks[k + 1].cap && !toks[k + 1].upper && toks[k + 1].s === t.e + 1 && (toks[k + 1].info & W_KNOWN) === 0 && isNameShape(toks[k + 1])) {
        if (!ROLE_HEADS.has(toks[k + 1].w)) this.defined.add(key);
        continue;
      }
      // "JusticeLink PH runs …", "Kirafuda JP": a country's code after an organisation's name says where it is.
      if (t.acr && key.length === 2 && COUNTRY_CODES.has(t.w.toUpperCase()) && prev !== undefined && prev.t === WORD && prev.cap && !prev.upper && prev.e + 1 === t.s && (prev.info & W_KNOWN) === 0) {
        this.defined.add(key);
        continue;
      }
      // "NR Finance", "KBC Bank": an acronym and the trade of an organisation name one.
      // "from AKVA group": "group" may be written in lower case ("OCS systems", "MGA partners" are not names).
      // "SK ID Solutions": a second acronym may stand between.
      const head = toks[k + 1]?.t === WORD && toks[k + 1].acr && toks[k + 2]?.s === toks[k + 1].e + 1 ? k + 2 : k + 1;
      if (t.acr && toks[head]?.t === WORD && toks[k + 1].s === t.e + 1 && (toks[head].cap || toks[head].w === "group") && ORGANISATION_HEADS.has(toks[head].w)) {
        this.defined.add(key);
        continue;
      }
      // "a Hamilton Microlab STAR", "BMG Labtech PHERAstar FSX": the model at the end of a product's name.
      if (t.acr && prev !== undefined && prev.t === WORD && prev.cap && prev.e + 1 === t.s && toks[k - 2]?.t === WORD && toks[k - 2].cap && toks[k - 2].e + 1 === prev.s) {
        this.defined.add(key);
        continue;
      }
      // "SIX Swiss Exchange": an acronym, a known adjective and a capitalised noun name one organisation.
      if (t.acr && toks[k + 1]?.t === WORD && toks[k + 1].cap && !toks[k + 1].upper && (toks[k + 1].info & W_KNOWN) !== 0 && toks[k + 2]?.t === WORD && toks[k + 2].cap && !toks[k + 2].upper) continue;
      if (glossary || definedHere(toks, k, line)) {
        this.defined.add(key);
        continue;
      }
      if (meta) {
        // "JusticeLink PH, Inc.": an acronym that ends an organisation's name in the byline is part of that name.
        if (byline && (!t.acr || (prev !== undefined && prev.t === WORD && prev.cap && !prev.upper && prev.e + 1 === t.s))) this.defined.add(key);
        continue;
      }
      if (t.acr) {
        if (this.defined.has(key)) continue;
        if (!this.first.has(key)) this.first.set(key, { li: i, s: t.s, e: t.e, text: line.raw.slice(t.s, t.e).replace(/['’]s$/, ""), acronym: true, opensSentence: false });
        continue;
      }
      if (line.kind === "heading" || foreignLine || !isNameShape(t) || (t.info & W_KNOWN) !== 0 || this.defined.has(key)) continue;
      // "Banco de México", "Banco Central do Brasil": a name of several words joined by "de" or "of".
      if (joinsLongerName(toks, k) || endsLongerName(toks, k)) continue;
      // "the standard one from Diener et al. 2009": the author of a published work.
      if (toks[k + 1]?.w === "et" && toks[k + 2]?.w === "al") continue;
      // "Route 53", "Zebra TC52": a name with a model number is a public product.
      const after = toks[k + 1];
      if (after && after.s === t.e + 1 && (after.t === NUM || (after.t === WORD && after.upper && /\d/.test(after.w)))) continue;
      // "our Tacloban warehouse", "farmers on Kipsaina route": a place named by the premises or road it has.
      if (after !== undefined && after.t === WORD && PREMISES.has(after.w) && (prev?.w === "our" || prev?.w === "the" || prev?.w === "on" || prev?.w === "in")) continue;
      // "Rheinstrom trades power on …", "Havbrise sells electricity to …": the writer's organisation introducing itself.
      if (ctx.section === "context" && atSentenceStart(toks, k) && introducesItself(toks, k)) {
        this.defined.add(key);
        continue;
      }
      // "the Planning and Development Regulations", "the Act on Prevention of …": the title of a law.
      if (inLawTitle(toks, k)) continue;
      // "Goods and Services Tax (GST)", "GTFS (General Transit Feed Specification)": words of an expansion.
      if (inExpansion(toks, k)) continue;
      // "Australians", "Germans": the plural of a word the lists know.
      if (t.w.length > 3 && t.w.endsWith("s") && isKnownWord(t.w.slice(0, -1))) continue;
      // "Tulpstra B.V.", "Hikari Mobility K.K.", "Acme GmbH": a registered company.
      if (legalForm(toks, k)) {
        this.defined.add(key);
        continue;
      }
      // "listed under Release rules below": a heading of the brief itself.
      if ((prev?.w === "under" || prev?.w === "see") && (toks[k + 1]?.w === "below" || toks[k + 1]?.w === "above" || toks[k + 2]?.w === "below" || toks[k + 2]?.w === "above")) continue;
      // "a Node.js backend hosted on Render": a hosting platform.
      // "we host on Railway", "a separate service on Railway": the same, said of the service that runs there.
      if ((prev?.w === "on" || prev?.w === "by") && /^(hosted|deployed|host|hosts|deploy|deploys|service|services|backend|app|apps|server|servers)$/.test(tokBefore(toks, k, 2)?.w ?? "")) {
        this.defined.add(key);
        continue;
      }
      // "Apache Iceberg", "AWS Glue", "Google Looker": a product named after its public maker.
      if (prev !== undefined && prev.t === WORD && prev.cap && prev.e + 1 === t.s && KNOWN_NAMES.has(prev.w) && !PLACES.has(prev.w) && !DOCUMENT_TOOLS.has(prev.w)) {
        this.defined.add(key);
        continue;
      }
      // "in Kirinyaga and Murang'a counties", "Friesland province": places named by their kind.
      // Once a name is shown to be a place, later uses ("the cold storage in Tacoma") are that place.
      if (beforeAdminUnit(toks, k)) {
        this.defined.add(key);
        continue;
      }
      // "our warehouse on Sofiendalsvej", "the workshop on Jægergårdsgade": a street, named as streets are in its language.
      if (STREET_NAME.test(t.w)) continue;
      // "our warehouse in Duisburg", "We are a utility in Bavaria", "We sell from Odense": a place.
      if ((prev?.w === "in" || prev?.w === "from") && (PLACE_HOLDERS.has(tokBefore(toks, k, 2)?.w ?? "") || selfDescription(toks, k) || beforeKnownPlace(toks, k))) {
        this.defined.add(key);
        continue;
      }
      // "Technicians drive back to Thisted", "commuters take the ferry to Helsingborg": where someone goes.
      if (prev?.w === "to" && JOURNEY_WORDS.has(tokBefore(toks, k, 2)?.w ?? "")) {
        // "written back to Quayside" goes back to a system as well as to a town: only a journey proper names a place.
        if (tokBefore(toks, k, 2)!.w !== "back") this.defined.add(key);
        continue;
      }
      // "from Piraeus to Rafina", "in Sukhumvit and Silom", "to Serengeti, Ngorongoro, Tarangire": a route or a list of places.
      if (placeList(toks, k)) {
        this.defined.add(key);
        continue;
      }
      // "PayPal", "HubSpot": a name with a capital inside is a product's brand, unless a noun of in-house plumbing
      // follows it ("through the MailRoom queue", "the BankSync job"); "the MarineTraffic API" is still public.
      if (mixedCase(line.raw, t.s + 1, t.e) && !(toks[k + 1]?.t === WORD && IN_HOUSE_PARTS.has(toks[k + 1].w) && prev?.w === "the")) continue;
      // "the same way we did for the Labcorp integration", "the Pipedrive connector": what an integration
      // connects to is another company's product; "the old Kulku integration" is our own piece, replaced.
      if (toks[k + 1]?.t === WORD && INTEGRATION_NOUNS.has(toks[k + 1].w) && prev?.w !== "old") {
        this.defined.add(key);
        continue;
      }
      // "follow Pak Rudi's Excel": after a title, a person, never one of a list of public names (and not defined, so
      // shared-context still reads the name as someone's).
      if (prev !== undefined && HONORIFICS.has(prev.w) && prev.e + 1 === t.s) continue;
      // "Lawson or FamilyMart", "JNE and SiCepat", "Origin, AGL, Alinta": one of a list of public names.
      if (amongKnownNames(toks, k, line.raw)) {
        this.defined.add(key);
        continue;
      }
      // "Hi team, this is Dimas from Layarku.", "I run Luz Yoga in Lisbon (2 studios, Graça and Alcântara)": above
      // the brief's sections the writer introduces themselves, their organisation and where it is, all known to
      // both sides (writers labelled none of 11 such names across all sets; acronyms there still need expanding).
      // Kept apart from `defined`, which shared-context also reads: "ask Jiwoo" is still a person to ask.
      if (!t.acr && beforeSections(ctx)) {
        this.introduced.add(key);
        continue;
      }
      if (!this.first.has(key)) this.first.set(key, { li: i, s: t.s, e: t.s + key.length, text: line.raw.slice(t.s, t.s + key.length), acronym: false, opensSentence: atSentenceStart(toks, k) });
      // Both tests only add the key to a set: once it is there, they need not run again.
      if (!this.person.has(key) && personLike(toks, k)) this.person.add(key);
      if (this.system.has(key)) continue;
      const named = prev?.w === "project" || prev?.w === "codename" || (prev?.w === "team" && prev.cap) || machineSubject(toks, k);
      if (named || (!atSentenceStart(toks, k) && !inNameSequence(toks, k) && systemSlot(toks, k))) this.system.add(key);
    }
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
      // "`VLSFO` (very low sulphur fuel oil)": the acronym written as code and explained right after it.
      if (use.acronym && explainedAsCode(doc.text, use.text)) continue;
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
      if (!use.acronym && doc.section[use.li] === "acceptance-criteria") continue;
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

/** The brief's one-word headings, lower-cased ("## Context" → "context"). */
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
/** Whether the brief is about aircraft; read once per brief. */
const ABOUT_AIRCRAFT = new WeakMap<Doc, boolean>();
function aboutAircraft(doc: Doc): boolean {
  let about = ABOUT_AIRCRAFT.get(doc);
  if (about === undefined) {
    about = AIRCRAFT_WORDS.test(doc.text);
    ABOUT_AIRCRAFT.set(doc, about);
  }
  return about;
}
const AIRCRAFT_WORDS = /\b(?:aircraft|airplanes?|aeroplanes?|gliders?|helicopters?|tow planes?|airfield|aerodrome)\b/i;

/** A number next to token k, "in" before it, or a currency's name just before ("Ghana cedis, GHS"). */
function besideAmount(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.t === NUM || toks[k + 1]?.t === NUM || toks[k - 1]?.w === "in") return true;
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

function quotedAlone(toks: readonly Tok[], k: number): boolean {
  const before = tokBefore(toks, k);
  const after = toks[k + 1];
  return !!before && !!after && before.t === PUNCT && after.t === PUNCT && /^["“'‘「]$/.test(before.w) && /^["”'’」]$/.test(after.w);
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

/** Lower-cased acronym without a plural s ("SKUs" → "sku"). */
function acronymKey(t: Tok): string {
  const w = t.w;
  return !t.upper && w.endsWith("s") ? w.slice(0, -1) : w;
}
