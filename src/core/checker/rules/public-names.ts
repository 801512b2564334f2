/**
 * Capitalised words a reader knows without a definition, recognised by where
 * they stand rather than by a word list: the writer's organisation introducing
 * itself, a registered company, the title of a law, the words of an expansion,
 * a platform written with a leading dot, names in the title block's byline,
 * places known by their neighbours ("in Marunouchi and Shibuya, Tokyo",
 * "Kirinyaga and Murang'a counties") and ordinary words that open a sentence.
 * undefined-term skips or defines a candidate when one of these holds.
 */
import type { LineCtx } from "../doc.js";
import { NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { isKnownName, tokBefore } from "./names.js";
import { W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { COUNTRY_CODES } from "../lexicon/known.js";

/** Keys of a title block's lines ("Owner: …", "Engineering contact: …"). */
const META_KEYS = new Set(
  "team owner owners reviewer reviewers author authors estimate target status date assignee contact lead approver approvers stakeholders created updated version priority due epic sprint pm em writer requester sponsor cc from finance legal product engineering operations ops design marketing sales support compliance reporter".split(" "),
);

/** "Owner: Niamh Gallagher", "Engineering contact: …", "Written by: …". */
export function isMetaLine(toks: readonly Tok[]): boolean {
  // The colon first: it is cheap to test and rules out almost every line.
  if (toks.length >= 2 && toks[1].t === PUNCT && toks[1].w === ":" && toks[0].t === WORD && META_KEYS.has(toks[0].w)) return true;
  // "Engineering contact: …", "Product owner: …".
  if (toks.length >= 3 && toks[2].t === PUNCT && toks[2].w === ":" && toks[0].t === WORD && toks[1].t === WORD && META_KEYS.has(toks[1].w)) return true;
  // "Written by: …", "Requested by: …".
  return toks.length >= 3 && toks[2].t === PUNCT && toks[2].w === ":" && toks[1].w === "by" && toks[0].t === WORD && toks[0].w.endsWith("ed");
}

/** "Ticket by Dimas, product, Antarin (Jakarta)". */
const BYLINE_NOUNS = new Set(["ticket", "brief", "request", "spec", "note", "notes", "memo"]);
/** "Ticket from Jess, community team", "Hi all, short one from Gareth.": what a message is, then who sent it. */
const FROM_NOUNS = new Set(["ticket", "brief", "request", "note", "memo", "message", "one", "update"]);

/** "_Rewritten by Sanne de Vries (account manager) from the client's request …_", "Brief prepared by Mads after two calls …". */
function writtenByNote(toks: readonly Tok[]): boolean {
  for (let k = 0; k < 4 && k + 2 < toks.length; k++) {
    if (toks[k].t !== WORD) return false;
    // "by" first, by its info bit: reading an unknown word's text would slice it on every line with a name.
    const by = toks[k + 1];
    if ((by.info & W_ENGLISH) === 0 || by.w !== "by" || toks[k + 2].t !== WORD || !toks[k + 2].cap) continue;
    if (/(?:ed|en)$/.test(toks[k].w) || BYLINE_NOUNS.has(toks[k].w)) return true;
  }
  return false;
}

/** "Ticket from Jess, community team", "Hi all, short one from Gareth.". */
function sentFromNote(toks: readonly Tok[]): boolean {
  // "from Marcus, pls pick up this week": the note opens with its sender.
  if (toks.length > 2 && toks[0].t === WORD && toks[0].w === "from" && toks[1].t === WORD && toks[1].cap && toks[2].w === ",") return true;
  for (let k = 1; k < 8 && k + 1 < toks.length; k++) {
    const from = toks[k];
    if (from.t !== WORD || (from.info & W_ENGLISH) === 0 || from.w !== "from" || toks[k + 1].t !== WORD || !toks[k + 1].cap) continue;
    if (FROM_NOUNS.has(toks[k - 1].w)) return true;
  }
  return false;
}

/**
 * A byline above the brief's sections ("Owner: Niamh Gallagher, Corrib Pharmacy Group", "Bram de
 * Vries · Tulpstra B.V. (Utrecht)", "_Rewritten by Sanne de Vries …_"): it names people and
 * organisations both sides know and tells where the brief came from.
 */
export function isByline(ctx: LineCtx, meta?: boolean): boolean {
  // Only the title block holds a byline, and where it ends is cached: most lines stop here.
  if (!beforeSections(ctx)) return false;
  const toks = ctx.toks;
  const metaLine = meta ?? isMetaLine(toks);
  const raw = ctx.line.raw;
  // "Burak Şahin — MES Product Owner, assembly plant, Manisa": a name and its role, not a sentence.
  // "Kasumi Green Service K.K. / author: Yui Saito / reviewed by Takeshi Oyama": slashes set the parts apart too.
  const separated = raw.indexOf("·") >= 0 || ((raw.indexOf(" — ") > 0 || raw.indexOf(" / ") > 0) && raw.indexOf(". ") < 0);
  // "Haruka Mori, Product Manager, Kirafuda": a signature.
  return ((metaLine || separated) && toks.length <= 32) || writtenByNote(toks) || sentFromNote(toks) || signature(toks, raw);
}

const ABBREVIATED_FORMS = new Set(["inc", "ltd", "co", "corp", "llc", "jr", "sr", "dr", "prof", "mr", "mrs", "ms", "st"]);

/** Small words a signature may hold ("Product Manager at Kirafuda", "Head of Operations"). */
const SIGNATURE_WORDS = new Set(["at", "of", "and", "for", "the", "&"]);

/**
 * "Haruka Mori, Product Manager, Kirafuda", "Erik, Arenaflow backend", "Rania – CRM": a name, a
 * role and an organisation set apart by commas or a dash, with no sentence around them.
 */
function signature(toks: readonly Tok[], raw: string): boolean {
  if (toks.length < 2 || toks.length > 24 || toks[0].t !== WORD || !toks[0].cap) return false;
  if (raw.indexOf(", ") < 0 && raw.indexOf(" – ") < 0 && raw.indexOf(" - ") < 0 && raw.indexOf(" / ") < 0) return false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // "Ramon D. Villanueva, …, JusticeLink PH, Inc.": the full stop of an initial or a company form.
    if (t.t === PUNCT && t.w === "." && k > 0 && (toks[k - 1].w.length === 1 || ABBREVIATED_FORMS.has(toks[k - 1].w))) continue;
    if (t.t === PUNCT && t.w !== "," && t.w !== "(" && t.w !== ")" && t.w !== "/") return false;
    if (t.t === WORD && (t.info & W_ENGLISH) !== 0 && !t.cap && !SIGNATURE_WORDS.has(t.w)) return false;
  }
  return true;
}

/** Whether the line comes before the brief's first required section (the title block). */
export function beforeSections(ctx: LineCtx): boolean {
  // Read from the section map, made once per brief: this runs for many capitalised words of a line.
  return ctx.line.n < ctx.doc.map.firstSection;
}

/** Verbs of a business describing what it does ("X sells …", "X lends …"), not of a system processing data. */
const BUSINESS_VERBS = new Set("sells trades lends insures operates offers serves helps provides connects matches rents leases employs owns runs manages builds makes brokers distributes imports exports retails".split(" "));

export function introducesItself(toks: readonly Tok[], k: number): boolean {
  let j = k + 1;
  // "Udhaar Kart lends …": a two-word name.
  if (toks[j]?.t === WORD && toks[j].cap && !toks[j].upper) j++;
  const verb = toks[j];
  return verb !== undefined && verb.t === WORD && !verb.cap && BUSINESS_VERBS.has(verb.w);
}

const LAW_WORDS = new Set(["act", "acts", "regulation", "regulations", "directive", "code", "law", "ordinance", "statute", "decree", "rules", "convention", "treaty", "proclamation", "constitution"]);
const TITLE_JOINS = new Set(["and", "of", "on", "for", "the", "in", "to", "with"]);

/**
 * The run of capitalised words (joined by "of", "and"…) around token k, as [first, last]; with
 * `acronyms` false an acronym ends the run ("Goods and Services Tax (GST)").
 */
function titleRun(toks: readonly Tok[], k: number, acronyms: boolean): [number, number] {
  const inTitle = (t: Tok | undefined): boolean => t !== undefined && t.t === WORD && (t.cap || TITLE_JOINS.has(t.w)) && (acronyms || !t.acr);
  // A title is read at most NAME_REACH words to each side: every capitalised word of a line asks for its run, and a
  // line of thousands of them would otherwise be read once per word.
  let a = k;
  while (a > 0 && a > k - NAME_REACH && inTitle(toks[a - 1])) a--;
  let b = k;
  while (b + 1 < toks.length && b < k + NAME_REACH && inTitle(toks[b + 1])) b++;
  return [a, b];
}

/** Words to each side of a name within which the words of the same title, list or name are read. */
export const NAME_REACH = 24;

/** Words back from a name within which a self-describing sentence ("We run 4 parks in …") must start. */
const SENTENCE_REACH = 64;

/** Whether token k belongs to a run of capitalised words that names a law. */
export function inLawTitle(toks: readonly Tok[], k: number): boolean {
  const [a, b] = titleRun(toks, k, true);
  for (let j = a; j <= b; j++) if (toks[j].cap && LAW_WORDS.has(toks[j].w)) return true;
  return false;
}

/** Whether token k is in a title-case run that spells out an acronym in parentheses, before or around it. */
export function inExpansion(toks: readonly Tok[], k: number): boolean {
  const [start, b] = titleRun(toks, k, false);
  let a = start;
  // The run may begin with a joining word ("the Goods and …"): the title starts at its first capital.
  while (a < k && !toks[a].cap) a++;
  // "Goods and Services Tax (GST)", "… / Harmonized Sales Tax (GST/HST)"
  if (toks[b + 1]?.w === "(" && toks[b + 2]?.acr) {
    let c = b + 3;
    while (toks[c]?.acr) c++;
    if (toks[c]?.w === ")") return true;
  }
  // "GST is the Goods and Services Tax"
  const before = tokBefore(toks, a);
  if (before?.w === "the" && tokBefore(toks, a, 2)?.w === "is" && tokBefore(toks, a, 3)?.acr === true) return true;
  // "GTFS (General Transit Feed Specification)", "MAP-E (Mapping of Address and Port with Encapsulation, RFC 7597)"
  // "JCAMP-DX (Joint Committee on Atomic and Molecular Physical Data exchange format, …)": a few lower-case words may
  // finish the expansion.
  let e = b + 1;
  if (b > a) while (e <= b + 3 && toks[e]?.t === WORD && !toks[e].cap) e++;
  return before?.w === "(" && tokBefore(toks, a, 2)?.acr === true && (toks[e]?.w === ")" || toks[e]?.w === ",");
}

/** ISO 639-1 codes of languages briefs name in tags ("pt-BR", "zh-TW"). */
const LANGUAGE_CODES = new Set("en pt es fr de it nl ja zh ko id th vi ms ar he hi bn tr pl ru uk sv da no nb nn fi cs sk hu ro bg el hr sr sl et lv lt fa ur ta te tl sw af is ga ca eu gl".split(" "));

/** "pt-br", "en-us" (lower-cased token): a BCP 47 language tag with a region. */
export function languageTag(w: string): boolean {
  return w.length === 5 && w.charCodeAt(2) === 45 && LANGUAGE_CODES.has(w.slice(0, 2)) && COUNTRY_CODES.has(w.slice(3).toUpperCase());
}

/**
 * "dd-mm-yyyy", "yyyy/mm/dd", "hh:mm": a date or time format written with its letters. Also run together or cut
 * at a figure: "YYYYMMDD/HH.csv", "at HH:50 JST" (the run read up to the figure, "hh:").
 */
export function dateFormat(w: string): boolean {
  if (/^(?:dd?|mm?|yy(?:yy)?|hh?)(?:[-/.:](?:dd?|mm?|yy(?:yy)?|hh?|ss))+$/.test(w)) return true;
  if (!/^(?:yyyy|yy|mm|dd|hh|ss)+(?:[-/.:_](?:yyyy|yy|mm|dd|hh|ss)+)*[-/.:]?$/.test(w)) return false;
  // One unit alone ("DD", "MM") is a format only when a figure follows its colon ("HH:50").
  return new Set(w.replace(/[^a-z]/g, "")).size >= 2 || (w.endsWith(":") && (w.startsWith("hh") || w.startsWith("mm")));
}

const LEGAL_FORMS = new Set(["b.v", "bv", "k.k", "kk", "n.v", "nv", "gmbh", "ag", "ltd", "inc", "llc", "llp", "plc", "pty", "oy", "ab", "aps", "s.a", "sa", "sarl", "srl", "s.r.l", "spa", "s.p.a", "s.l", "sl", "s.a.s", "sas", "bhd", "tbk", "kft", "zrt"]);

/** "S.L.", "GmbH", "B.V.": a company's legal form, never a term to define. */
export function isLegalForm(w: string): boolean {
  return LEGAL_FORMS.has(w);
}

/** Whether a capitalised name at k is followed, within its name, by a legal form ("Tulpstra B.V.", "Corrib Pharmacy Ltd"). */
export function legalForm(toks: readonly Tok[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
    const t = toks[j];
    if (t.t !== WORD || !t.cap || t.s !== toks[j - 1].e + 1) return false;
    if (LEGAL_FORMS.has(t.w)) return true;
  }
  return false;
}

/** ".NET", "(.NET 8)": a dot right before the word, with nothing before the dot but a space or a bracket. */
export function dottedName(raw: string, s: number): boolean {
  if (s < 1 || raw.charCodeAt(s - 1) !== 46) return false;
  const before = s >= 2 ? raw.charCodeAt(s - 2) : 32;
  return before === 32 || before === 9 || before === 40;
}

/**
 * A sentence where the writer describes the company: "We are…", "We operate…", "Our office…",
 * or "Hadin Kai is a savings cooperative …".
 */
export function selfDescription(toks: readonly Tok[], k: number): boolean {
  // The sentence's start, looked for at most SENTENCE_REACH words back: every name of a long run-on line asks.
  let a = k;
  while (a > 0 && !(toks[a - 1].t === PUNCT && (toks[a - 1].w === "." || toks[a - 1].w === ";"))) {
    if (k - a >= SENTENCE_REACH) return false;
    a--;
  }
  const first = toks[a];
  if (first === undefined) return false;
  // "We run 4 parks in Deinze", "Our 48 vans deliver … in Franconia", "We get rates from Currencycloud": where the
  // company is and works, told through a verb of running a business or a noun of its premises and fleet; not
  // "We already detect chat spikes in Geyser" or "Our existing rules in Kompas", which name a system.
  if (first.w === "we" && SELF_VERBS.has(toks[a + 1]?.w ?? "")) return true;
  if (first.w === "our" && OUR_PLACES.has((toks[a + 1]?.t === NUM ? toks[a + 2]?.w : toks[a + 1]?.w) ?? "")) return true;
  // A name, then "is a" / "is an" or its trade ("Maji Safi Ltd runs 63 dispensers in …"): the sentence introduces an organisation.
  let j = a;
  while (j < k && toks[j].t === WORD && toks[j].cap) j++;
  if (j > a && j < k && toks[j].w === "is" && (toks[j + 1]?.w === "a" || toks[j + 1]?.w === "an")) return true;
  // "It runs every night in Prism": a pronoun is no organisation.
  return j > a && j < k && (toks[a].info & W_ENGLISH) === 0 && introducesItself(toks, j - 1);
}

const SELF_VERBS = new Set("are were run runs operate operates sell sells have has serve serves make makes buy buys get gets hold holds receive receives work works manage manages own owns export exports ship ships deliver delivers provide provides offer offers grow grows collect collects rent rents build builds help helps".split(" "));
const OUR_PLACES = new Set("company business team office offices shop shops store stores warehouse warehouses factory factories plant plants clinic clinics restaurant restaurants hotel hotels school schools farm farms customers clients members drivers staff headquarters hq branch branches site sites depot depots kitchen kitchens vans trucks fleet vehicles".split(" "));

const ADMIN_UNITS = new Set("county counties province provinces district districts region regions prefecture prefectures municipality municipalities canton cantons governorate governorates oblast regency regencies".split(" "));

/** "Kirinyaga and Murang'a counties", "Gelderland province": names followed by the kind of place they are. */
export function beforeAdminUnit(toks: readonly Tok[], k: number): boolean {
  const end = k + 2 * NAME_REACH;
  let j = k + 1;
  while (j < end && toks[j]?.t === WORD && toks[j].cap) j++;
  let listed = false;
  while (j < end && (toks[j]?.w === "and" || toks[j]?.w === "," || toks[j]?.w === "or") && toks[j + 1]?.t === WORD && toks[j + 1].cap) {
    j += 2;
    listed = true;
    while (j < end && toks[j]?.t === WORD && toks[j].cap) j++;
  }
  // "in Pirapora and the other towns downstream": one of the places the plural names.
  if (toks[j]?.w === "and" && (toks[j + 1]?.w === "other" || (toks[j + 1]?.w === "the" && toks[j + 2]?.w === "other"))) {
    const kind = toks[toks[j + 1].w === "other" ? j + 2 : j + 3];
    return kind !== undefined && (ADMIN_UNITS.has(kind.w) || FEATURES.has(kind.w) || TOWNS.has(kind.w));
  }
  // "through Saguling and Cirata reservoirs", "on Kahakitang and Kawaluso island": a feature after a list of names says
  // what each of them is. "from Tahuna harbour", "on Ambon island": one name and the feature it names, in lower case.
  return toks[j]?.t === WORD && (ADMIN_UNITS.has(toks[j].w) || (listed ? FEATURES.has(toks[j].w) : FEATURE.has(toks[j].w) && !toks[j].cap));
}
/** A feature after one name; after a list, its plural (or "island", as writers put it after two). */
const FEATURE = new Set("reservoir river lake dam island bay valley beach creek canal lagoon harbour harbor port marsh peninsula".split(" "));
const FEATURES = new Set("reservoirs rivers lakes dams islands mountains hills volcanoes bays valleys beaches creeks streams canals lagoons forests glaciers springs island".split(" "));
const TOWNS = new Set(["towns", "cities", "villages", "places", "countries"]);

/**
 * "in Kano, Nigeria", "in Huila, Colombia": a place followed by the country it is in;
 * "in Marunouchi and Shibuya, Tokyo": every place of a list before it.
 */
export function beforeKnownPlace(toks: readonly Tok[], k: number): boolean {
  const joins = (t: Tok | undefined): boolean => t !== undefined && (t.w === "," || t.w === "and" || t.w === "or");
  const knownAfterComma = (j: number): boolean => {
    const country = toks[j + 1];
    return toks[j]?.w === "," && country !== undefined && country.t === WORD && country.cap && (country.info & W_KNOWN) !== 0 && isKnownName(country.w);
  };
  // Step over the rest of a list of names: "and Shibuya", ", Osaka".
  let j = k + 1;
  while (!knownAfterComma(j) && joins(toks[j]) && toks[j + 1]?.t === WORD && toks[j + 1].cap && joins(toks[j + 2])) j += 2;
  return knownAfterComma(j);
}

/**
 * Postal codes of states, provinces and territories (US, Canada, Australia). Most are two
 * letters that mean other things elsewhere, so they count only where an address puts them.
 */
const REGION_CODES = new Set(
  `al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc
  ab bc mb nb nl ns nt nu on pe qc sk yt nsw qld vic tas act`.split(/\s+/),
);
/** Australian state codes no other word or acronym spells. */
const DISTINCT_REGION_CODES = new Set(["nsw", "qld"]);

/**
 * "Austin, TX", "Office of the Children's Guardian, NSW", "Surfing NSW": a state or province
 * code after a place or an organisation's name, as an address writes it.
 */
export function regionCode(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t.upper || !REGION_CODES.has(t.w)) return false;
  if (DISTINCT_REGION_CODES.has(t.w)) return true;
  const before = toks[k - 2];
  const next = toks[k + 1];
  // "Austin, TX.", "Austin, TX 78701", and "out of Pasadena, TX for the refineries": the place's name ends there and the
  // sentence goes on in lower case.
  const endsAddress = next === undefined || (next.t === PUNCT && next.w !== "(") || /^\d/.test(next.w) || (next.t === WORD && !next.cap);
  return toks[k - 1]?.w === "," && before !== undefined && before.t === WORD && before.cap && !before.upper && endsAddress;
}

const WORD_CHAR = /[\p{L}\p{N}_`]/u;

/** Whether the brief also writes `word` (lower case) as an ordinary word, or its plural. */
export function writtenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    let end = at + word.length;
    if (text[end] === "s") end++;
    const after = text[end];
    if ((before === undefined || (!WORD_CHAR.test(before) && before !== "/" && before !== "-" && before !== ".")) && (after === undefined || (!WORD_CHAR.test(after) && after !== "/" && after !== "-" && after !== "("))) return true;
  }
  return false;
}
