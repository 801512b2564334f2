/**
 * When a term counts as explained where it stands: an expansion in parentheses,
 * "X means …", an apposition ("Pix, the instant payment system of …"), the
 * words before or after an acronym spelling its letters ("a log sequence number
 * (LSN)", "ATS = applicant tracking system"), a definition item, a public link.
 * Used by the undefined-term rule (undefined-term.ts) for every candidate.
 */
import { atSentenceStart, prevWord } from "../doc.js";
import { NUM, PUNCT, URL, WORD, type Tok } from "../tokenize.js";
import { W_ENGLISH, W_KNOWN } from "../wordinfo.js";
import { CURRENCY_CODES } from "../lexicon/known.js";
import { isKnownAcronym, isKnownName, tokBefore } from "./names.js";
import { hostOf, isPrivateHost } from "./private-hosts.js";
import type { Line } from "../markdown.js";

/** Placeholder markers belong to the placeholder rule. */
const MARKERS = new Set(["TBD", "TBC", "TBA", "TODO", "FIXME", "XXX", "WIP", "TK"]);
const DEFINING_NEXT = new Set(["means", "stands", "refers"]);
const IS_DEFINING = new Set(["short", "our", "the", "a", "an", "one", "any", "each", "every", "what"]);
const APPOSITION = new Set(["our", "the", "a", "an"]);
/** Words that may stand between a term and its explanation in parentheses. */
const BRIDGE_NOUNS = new Set(
  "file files format formats standard protocol spec specification model feed api sdk version schema message messages code codes library tool number numbers id card convention".split(" "),
);
const DETERMINER = new Set(["our", "the", "a", "an"]);
const RELATIVES = new Set(["that", "which", "what"]);
const EXAMPLE_BEFORE = new Set(["such", "like", "e.g", "including", "example", "namely", "called", "named", "as", "aka"]);

/** Lower-cased currency codes and placeholder markers (well-known acronyms: names.ts). */
const OTHER_KNOWN_LC = new Set([...CURRENCY_CODES, ...MARKERS].map((a) => a.toLowerCase()));
/**
 * Roman numerals from 2 to 39 in lower case, as tokens hold them: "numbered I to XXV", "the 1st XV", "SGB V" (one
 * letter alone is a word or an initial). Writers labelled none of the 3 such acronyms the lists once lacked.
 */
const ROMAN_NUMERAL = /^(?=.{2})x{0,3}(?:ix|iv|v?i{0,3})$/;
const isKnownLc = (w: string): boolean => isKnownAcronym(w) || OTHER_KNOWN_LC.has(w) || ROMAN_NUMERAL.test(w);

/** True when every hyphen/dot part of the lower-cased acronym is well known. */
export function knownAcronym(key: string): boolean {
  // "SRE", "FHIR", "KV": a team, standard or product the word lists already know.
  if (isKnownLc(key) || isKnownName(key)) return true;
  if (key.indexOf("-") < 0 && key.indexOf(".") < 0) return false;
  for (const part of key.split(/[-.]/)) if (part && !isKnownLc(part)) return false;
  return true;
}

/** Verbs before a name that "as …" then gives the role of. */
const USE_VERBS = new Set(["use", "uses", "using", "used"]);
const ROLE_DETERMINERS = new Set(["a", "an", "the", "our", "their", "its"]);

const LABELLING_VERBS = new Set(["marked", "flagged", "tagged", "labelled", "labeled", "coded", "classified"]);

/** The first word after "as" opens a role ("as SMS gateway", "as our provider"), not an adverb or another name. */
function roleAfterAs(t: Tok | undefined): boolean {
  if (t === undefined || t.t !== WORD) return false;
  if (ROLE_DETERMINERS.has(t.w)) return true;
  return (!t.cap || t.upper) && (t.info & W_ENGLISH) === 0 && !AS_ADVERBS.has(t.w);
}
/** "as well", "as before", "as usual", "as needed": what follows "as" in an adverb, not a role. */
const AS_ADVERBS = new Set("well before usual today now much long soon needed necessary required described agreed discussed planned expected above below far such part".split(" "));

/** First words of a parenthesis that remarks on a thing rather than says what it is. */
const REMARK_OPENERS = new Set(["there", "there's", "no", "not", "it", "it's", "we", "they", "you", "i", "if", "when", "unless", "only", "also", "still"]);

/** Whether token k is explained right where it stands. */
export function definedHere(toks: readonly Tok[], k: number, line: Line): boolean {
  const next = toks[k + 1];
  const prev = tokBefore(toks, k);
  if (next) {
    // "GMS (Game Management System)", "GMS (the union's registry)"; not "downloads from GMS (there's no public API
    // for it)", where the parenthesis adds a remark about the thing and says nothing of what it is.
    if (next.t === PUNCT && next.w === "(") return !(toks[k].upper && REMARK_OPENERS.has(toks[k + 2]?.w ?? ""));
    if (next.t === URL) return true;
    // "SOC 2 (…)", "FASTQ files (…)", "TMX 1.4b file (…)": a version or a format word before the parenthesis.
    for (let j = k + 1; j <= k + 3 && j < toks.length; j++) {
      const t = toks[j];
      if (t.t === PUNCT) {
        if (t.w === "(" && j > k + 1) return true;
        break;
      }
      // "OPC UA (Open Platform …)": a pair of acronyms expanded together.
      if (t.t !== NUM && !(t.t === WORD && (t.upper || BRIDGE_NOUNS.has(t.w)))) break;
    }
    // "ELY Centre (Centre for Economic Development, …)", "BP Batam (Badan Pengusahaan Batam, …)": the acronym and the
    // word naming what or where it is, expanded together in capitals.
    if (toks[k].acr && next.t === WORD && next.cap && !next.upper && toks[k + 2]?.w === "(" && nameWord(toks[k + 3]) && toks[k + 4]?.t === WORD) return true;
    // "1 TARGET business day (a day on which …)", "the Kasse app (our own ticket-desk app on …)", "a STAT
    // order (pickup within 60 minutes of the request)": the parenthesis defines the phrase the term opens.
    if (next.t === WORD && !next.cap) {
      for (let j = k + 2; j <= k + 3 && j < toks.length; j++) {
        const t = toks[j];
        if (t.t === PUNCT) {
          if (t.w === "(" && (toks[j + 1]?.w === "a" || toks[j + 1]?.w === "an" || toks[j + 1]?.w === "the" || (toks[j + 1]?.w === "our" && !toks[k].acr))) return true;
          if (t.w === "(" && toks[k].acr && explainingParenthesis(toks, j)) return true;
          break;
        }
        if (t.t !== WORD || t.cap) break;
      }
    }
    if (next.t === WORD && DEFINING_NEXT.has(next.w)) return true;
    // "We use Zenziva as SMS gateway", "use Qontak as provider": the role it plays, given where it is named.
    // "use Tanuki as well", "as before": an adverb, not a role.
    if (next.w === "as" && USE_VERBS.has(prev?.w ?? "") && roleAfterAs(toks[k + 2])) return true;
    // "a LOINC code, the public coding standard for lab tests": an apposition after the format word.
    if (next.t === WORD && BRIDGE_NOUNS.has(next.w) && toks[k + 2]?.w === "," && (APPOSITION.has(toks[k + 3]?.w ?? "") || (toks[k + 3]?.poss && toks[k + 3].cap)) && toks[k + 4]?.w !== "same") return true;
    // "HS code means …", "SKU number stands for …".
    if (next.t === WORD && BRIDGE_NOUNS.has(next.w) && toks[k + 2]?.t === WORD && DEFINING_NEXT.has(toks[k + 2].w)) return true;
    // "A CVR number is the company number from the Danish Central Business Register": "is" and a determiner, the same.
    if (toks[k].acr && next.t === WORD && BRIDGE_NOUNS.has(next.w) && toks[k + 2]?.w === "is" && IS_DEFINING.has(toks[k + 3]?.w ?? "")) return true;
    if (next.w === "here" && toks[k + 2]?.w === "means") return true;
    // "CPF or CNPJ (the Brazilian tax IDs for people and for companies)": one parenthesis explains the pair.
    if (toks[k].acr && (next.w === "or" || next.w === "and")) {
      const second = toks[k + 2]?.w === "a" || toks[k + 2]?.w === "an" ? k + 3 : k + 2;
      if (toks[second]?.acr && toks[second + 1]?.w === "(") return true;
    }
    // "QRIS = the Indonesian national QR payment standard" ("=" is no token: read the line); "NAD = Namibian
    // dollars": after "=", an expansion in capitals that starts with the acronym's letter.
    if (line.raw.charCodeAt(toks[k].e) === 32 && line.raw.charCodeAt(toks[k].e + 1) === 61) {
      if (APPOSITION.has(next.w)) return true;
      if (toks[k].acr && next.t === WORD && next.cap && !next.upper && next.w[0] === lettersOf(toks[k])[0]) return true;
      // "(BPN = National Land Agency)": a name of two capitalised words or more, translated from the acronym's own
      // language (Badan Pertanahan Nasional), so its letters need not match.
      if (toks[k].acr && nameWord(next) && nameWord(toks[k + 2])) return true;
      // "(GAN = gift card account number, the 16 digits …)": in lower case too, two words or more.
      if (toks[k].acr && next.t === WORD && !next.upper && next.w[0] === lettersOf(toks[k])[0] && toks[k + 2]?.t === WORD) return true;
    }
    // "(NABL: National Accreditation Board for Testing …)": a colon inside a parenthesis, then the expansion.
    // "- WIB: Western Indonesia Time, UTC+7": the same, the acronym opening its line or list item.
    if (toks[k].acr && next.w === ":" && (prev?.w === "(" || k === 0) && toks[k + 2]?.t === WORD && toks[k + 2].cap && !toks[k + 2].upper && toks[k + 2].w[0] === lettersOf(toks[k])[0] && toks[k + 3]?.t === WORD) return true;
    // "(ODCB: object suspected to be cultural heritage, …)": in lower case too, three words or more inside the parenthesis.
    if (toks[k].acr && next.w === ":" && prev?.w === "(" && toks[k + 2]?.t === WORD && !toks[k + 2].upper && toks[k + 2].w[0] === lettersOf(toks[k])[0] && toks[k + 3]?.t === WORD && toks[k + 4]?.t === WORD) return true;
    if (next.w === "is" && IS_DEFINING.has(toks[k + 2]?.w ?? "")) return true;
    // "WIB is Western Indonesia Time, UTC+7": a sentence that opens with the acronym and names it in capitals, translated.
    if (toks[k].acr && next.w === "is" && atSentenceStart(toks, k) && nameWord(toks[k + 2]) && nameWord(toks[k + 3])) return true;
    // "QRIS is Indonesia's national QR code payment standard": "is" and a known place's possessive open a definition.
    if (next.w === "is" && toks[k + 2]?.poss === true && toks[k + 2].cap && (toks[k + 2].info & W_KNOWN) !== 0) return true;
    // "Northwind Mobile is an MVNO (…)": the same for the first word of a two-word name.
    if (next.t === WORD && next.cap && !next.upper && toks[k + 2]?.w === "is" && IS_DEFINING.has(toks[k + 3]?.w ?? "")) return true;
    // "HIIT, that is high-intensity interval training", "X, i.e. …", "X, which is …".
    if (next.w === "," && (toks[k + 2]?.w === "i.e" || toks[k + 2]?.w === "ie" || toks[k + 2]?.w === "meaning")) return true;
    if (next.w === "," && (toks[k + 2]?.w === "that" || toks[k + 2]?.w === "which") && toks[k + 3]?.w === "is") return true;
    // "the CPR number, which is the Danish personal identification number": the same after the format word, with a
    // determiner ("the CMR number, which is printed on the transport document" says where it is, not what).
    if (next.t === WORD && BRIDGE_NOUNS.has(next.w) && toks[k + 2]?.w === "," && (toks[k + 3]?.w === "that" || toks[k + 3]?.w === "which") && toks[k + 4]?.w === "is" && DETERMINER.has(toks[k + 5]?.w ?? "")) return true;
    // "X, our in-house …," / "Pix, the instant payment system of the Brazilian Central Bank."
    // "Mjolnir, the same as for seat sales" compares; it does not explain.
    // "EPEX SPOT, the European power exchange": the apposition may follow the second word of a name.
    // "Noa Friedman, our head of engineering, asked …": a person's full name and role.
    if (next.t === WORD && (next.upper || (next.cap && !toks[k].acr)) && toks[k + 2]?.w === "," && APPOSITION.has(toks[k + 3]?.w ?? "") && toks[k + 4]?.w !== "same") return true;
    // "MPK Wrocław (the city's public transport company)", "MPK Wrocław, the city's …": an acronym and its
    // city name one organisation, and the parenthesis or apposition after both explains it.
    if (toks[k].acr && next.t === WORD && next.cap && !next.upper && next.s === toks[k].e + 1 && (toks[k + 2]?.w === "(" || toks[k + 2]?.w === ",") && APPOSITION.has(toks[k + 3]?.w ?? "")) return true;
    // "a HUID, Hallmark Unique Identification, from our own stock": capitalised words between commas that open with
    // the acronym's letter spell it out, though not letter for letter.
    if (toks[k].acr && next.w === "," && spelledBetweenCommas(toks, k + 2, lettersOf(toks[k])[0])) return true;
    // "the SAT, Mexico's tax authority, requires …": the apposition may open with a known place's possessive.
    const possessivePlace = toks[k + 2]?.poss === true && toks[k + 2].cap && (toks[k + 2].info & W_KNOWN) !== 0;
    if (next.w === "," && (APPOSITION.has(toks[k + 2]?.w ?? "") || possessivePlace) && toks[k + 3]?.w !== "same") {
      // "Client: Grønkasse, a meal-kit subscription with about 180,000 customers": it may also run to the end of the line.
      if (toks.length <= k + 17) return true;
      for (let j = k + 3; j < toks.length && j <= k + 16; j++) {
        const t = toks[j];
        if (t.t === PUNCT) {
          // "Portcullis, our API gateway (an Envoy-based proxy)": the apposition may run into its own parenthesis.
          if (t.w === "," || t.w === ")" || t.w === ";" || t.w === "." || t.w === "(" || t.w === ":") return true;
          break;
        }
      }
    }
  }
  if (prev && prev.t === PUNCT && prev.w === "(" && next && next.t === PUNCT && (next.w === ")" || next.w === ",")) return true;
  // "citrus greening (huanglongbing, HLB)": the last of the other names a parenthesis gives the words before it.
  if (toks[k].acr && prev?.w === "," && next?.w === ")" && otherNamesBefore(toks, k)) return true;
  // "(network name, or SSID, …)", "lockout/tagout, or LOTO for short": the plain words just before name it.
  if (toks[k].acr && prev?.w === "or" && tokBefore(toks, k, 2)?.w === "," && tokBefore(toks, k, 3)?.t === WORD && !tokBefore(toks, k, 3)!.cap) return true;
  // "(BVV 3)", "(UVG in German, LAA in French)": the short name of the title just before, numbered or in its language.
  if (prev && prev.t === PUNCT && (prev.w === "(" || prev.w === ",") && next && ((next.t === NUM && toks[k + 2]?.w === ")") || (next.w === "in" && toks[k + 2]?.cap && (toks[k + 2].info & W_KNOWN) !== 0 && (toks[k + 3]?.w === "," || toks[k + 3]?.w === ")")))) return true;
  // "- **BPJS patient**: a patient whose visit …": a term opening a definition item.
  if (line.item && termOpensDefinition(toks, k, line.raw)) return true;
  // "The scheduling optimiser, code name HOLDFAST, is being built …": the apposition gives what was just described
  // its code name.
  const codeName = prev?.w === "codename" || prev?.w === "code-name" ? k - 1 : prev?.w === "name" && tokBefore(toks, k, 2)?.w === "code" ? k - 2 : -1;
  if (codeName > 0 && toks[codeName - 1].w === "," && (next === undefined || next.w === "," || next.w === ")" || next.w === ".")) return true;
  // "our feature flag service, Hata, turns …"
  if (prev && prev.w === "," && next && next.w === ",") {
    for (let j = k - 2; j >= 0 && j >= k - 12; j--) {
      // "our EHR (electronic health record), Epic,": the noun's own parenthesis is stepped over.
      if (toks[j].t === PUNCT && toks[j].w === ")") {
        while (j > 0 && toks[j].w !== "(") j--;
        continue;
      }
      if (toks[j].t === PUNCT) break;
      if (DETERMINER.has(toks[j].w)) return true;
    }
  }
  // A public link later in the same sentence documents it: "calls Sabre's public API (https://…)";
  // a link into the company network ("see https://crm-x.bank.internal/…") does not.
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    const t = toks[j];
    if (t.t === URL) return !isPrivateHost(hostOf(line.urls[t.ref]?.text ?? ""));
    if (t.t === PUNCT && (t.w === "." || t.w === ";" || t.w === "?" || t.w === "!")) break;
  }
  if (toks[k].acr && (spelledOutBefore(toks, k) || spelledOutAfter(toks, k) || spelledOutOnLine(toks, k) || translatedName(toks, k) || nameInEnglishBefore(toks, k) || zoneNamedAfter(toks, k) || compoundBefore(toks, k))) return true;
  const p = prevWord(toks, k);
  // "such as Stripe", "known as SPARK"; "as Kasper suggested" names the person whose advice it was.
  // "Treks marked as LFT are not pushed", "Props marked as SP": a label the records carry, whose meaning is the gap.
  if (p >= 0 && EXAMPLE_BEFORE.has(toks[p].w) && (toks[p].w !== "as" || !(personAsSource(toks, k) || (toks[k].acr && LABELLING_VERBS.has(toks[p - 1]?.w ?? ""))))) return true;
  if (p >= 1 && toks[p].w === "as" && toks[p - 1].w === "known") return true;
  // "a data logger that we call Kapnik": named in the writing, after what it is.
  // ("and we call Kancil to block the slot" calls a system.)
  if (p >= 2 && toks[p].w === "call" && (toks[p - 1].w === "we" || toks[p - 1].w === "they" || toks[p - 1].w === "i") && RELATIVES.has(toks[p - 2].w)) return true;
  // "The ground station software (we call it GSX, …)", "the scheduler, we call it Kanri,": named in an aside right
  // after what it is.
  if (p >= 3 && toks[p].w === "it" && toks[p - 1].w === "call" && toks[p - 2].w === "we" && (toks[p - 3].w === "(" || toks[p - 3].w === ",")) return true;
  // "a retailer such as AEON or Lawson", "tools like Notion, Trello and Asana": the later names of the example list.
  if (p >= 0 && (toks[p].w === "or" || toks[p].w === "and" || toks[p].w === ",")) return laterExample(toks, p);
  return false;
}

/**
 * A parenthesis of a few words, opened right after a word, runs up to the comma before token k, and its first word
 * starts with the acronym's letter ("(Zona de Autossalvamento, ZAS)"; "(see the German rules, LBA)" and "(bank
 * transfer, VA)" name something else).
 */
function otherNamesBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const t = toks[j];
    if (t.t === PUNCT) return t.w === "(" && j < k - 2 && toks[j - 1]?.t === WORD && baseLetter(toks[j + 1].w[0]) === baseLetter(lettersOf(toks[k])[0]);
    if (t.t !== WORD) return false;
  }
  return false;
}

/** The list that token p continues (names joined by commas, "or", "and") opens with "such as", "like" or "e.g.". */
function laterExample(toks: readonly Tok[], p: number): boolean {
  for (let j = p - 1; j >= 0 && j >= p - 10; j--) {
    const t = toks[j];
    if (t.t === WORD && t.cap) continue;
    if (t.w === "," || t.w === "or" || t.w === "and") continue;
    return j + 1 < p && (t.w === "e.g" || t.w === "like" || t.w === "including" || (t.w === "as" && toks[j - 1]?.w === "such"));
  }
  return false;
}

/** "as Kasper suggested", "as Mette said": "as" opens a clause whose subject is the name, not an example. */
function personAsSource(toks: readonly Tok[], k: number): boolean {
  const verb = toks[k + 1];
  return verb !== undefined && verb.t === WORD && AS_SOURCE_VERBS.has(verb.w) && toks[k - 2]?.w !== "such";
}
const AS_SOURCE_VERBS = new Set("said suggested proposed mentioned explained described wrote asked wanted requested recommended decided agreed showed did does".split(" "));

/**
 * The term opens the item, in bold or followed by a colon and an article ("- **BPJS patient**: a
 * patient whose …"); "- Medibase is down: show a banner" is an edge case, not a definition.
 */
function termOpensDefinition(toks: readonly Tok[], k: number, raw: string): boolean {
  if (k > 2) return false;
  const bold = raw.slice(toks[k].s - 2, toks[k].s) === "**" || raw.slice(toks[k].s - 2, toks[k].s) === "__";
  for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
    const t = toks[j];
    if (t.t === PUNCT) {
      if (t.w !== ":") return false;
      const first = toks[j + 1];
      let words = 0;
      for (let q = j + 1; q < toks.length; q++) if (toks[q].t === WORD) words++;
      // "- ETA / ETD: estimated time of arrival / departure": an acronym's words may follow without an article.
      const spelled = toks[k].acr && first !== undefined && first.t === WORD && !first.cap && initialsOf(first.w) === lettersOf(toks[k])[0];
      return words >= 3 && (bold || spelled || (first !== undefined && /^(a|an|the)$/.test(first.w)));
    }
    if (t.t !== WORD || (t.info & W_ENGLISH) !== 0) return false;
  }
  return false;
}

/**
 * "(log sequence number, LSN)", "a log sequence number or LSN": the words
 * just before the acronym start with its letters.
 */
function spelledOutBefore(toks: readonly Tok[], k: number): boolean {
  // "SKUs" spells "sku"; "APHIS" keeps its S.
  const letters = lettersOf(toks[k]);
  if (letters.length < 2 || letters.length > 6) return false;
  let j = k - 1;
  // "Animal and Plant Health Inspection Service (USDA APHIS)": a known acronym may come first in the parenthesis.
  if (j > 0 && toks[j].t === WORD && toks[j].upper && toks[j - 1].w === "(" && knownAcronym(toks[j].w)) j--;
  while (j >= 0 && (toks[j].t === PUNCT || toks[j].w === "or" || toks[j].w === "aka") && k - j <= 4) j--;
  // Initials of the words read so far, all of them and without small words, grown word by word.
  let joined = "";
  let content = "";
  for (let words = 0; j >= 0 && words < letters.length + 2; j--, words++) {
    const t = toks[j];
    if (t.t !== WORD) break;
    // Small words ("of", "and") may be skipped by the acronym.
    const first = initialsOf(t.w);
    joined = first + joined;
    if (!SMALL_WORDS.has(t.w)) content = first + content;
    if (joined === letters || content === letters) return true;
  }
  return false;
}

/**
 * "the European Sustainability Reporting Standard E1 (ESRS E1)", "the National Quality Agenda IT
 * System (NQA ITS)", "EBU R 128 (the European Broadcasting Union …)": a run of capitalised words
 * elsewhere on the line spells the acronym's letters, even when a number, a second acronym or an
 * article stands between. Three letters or more: two capitals match a pair of names by chance.
 */
/** Tokens on each side of an acronym within which its expansion on the same line is looked for. */
const SPELL_WINDOW = 200;

function spelledOutOnLine(toks: readonly Tok[], k: number): boolean {
  const letters = lettersOf(toks[k]);
  if (letters.length < 3 || letters.length > 6) return false;
  // Within a window of the line around the acronym: a scan of the whole line for every acronym on it made a line of
  // thousands of acronyms quadratic. An expansion further away than that is no longer read as this one's.
  const from = Math.max(0, k - SPELL_WINDOW);
  const to = Math.min(toks.length, k + SPELL_WINDOW);
  for (let j = from; j < to; j++) {
    const start = toks[j];
    if (j === k || start.t !== WORD || !start.cap || start.w[0] !== letters[0]) continue;
    let content = "";
    // "IT System" spells "its": an acronym in the run gives all its letters, but a run of acronyms alone spells nothing.
    let words = 0;
    for (let q = j; q < toks.length && q !== k && content.length < letters.length; q++) {
      const t = toks[q];
      if (t.t !== WORD) break;
      if (SMALL_WORDS.has(t.w) && q > j) continue;
      if (!t.cap) break;
      content += t.upper ? t.w : initialsOf(t.w);
      if (!t.upper) words++;
      if (letters.slice(0, content.length) !== content) break;
    }
    if (content === letters && words > 0) return true;
  }
  return false;
}

/** First letter of each hyphen part ("real-time" → "rt"). */
function initialsOf(w: string): string {
  // "l'assurance", "d'Italia": an elided article leaves the noun's letter.
  if (w.length > 2 && w[1] === "'" && (w[0] === "l" || w[0] === "d")) w = w.slice(2);
  return w.length > 0 && w.indexOf("-") < 0 ? baseLetter(w[0]) : w.split("-").map((p) => baseLetter(p[0])).join("");
}

/** "ú" → "u": "DUS: Documento Único de Salida" spells its acronym with the letter under the accent. */
function baseLetter(c: string | undefined): string {
  if (c === undefined) return "";
  return c.charCodeAt(0) < 128 ? c : c.normalize("NFD")[0];
}

/** "ATS = applicant tracking system", "ATS: applicant tracking system", "ATS, i.e. applicant tracking system". */
function spelledOutAfter(toks: readonly Tok[], k: number): boolean {
  const letters = lettersOf(toks[k]);
  if (letters.length < 2 || letters.length > 6) return false;
  let j = k + 1;
  // "(OCPP 1.6, Open Charge Point Protocol)": a version may stand between; "SCT credits (Sistema de
  // Créditos Transferibles)": so may the noun the acronym qualifies, before its parenthesis.
  if (toks[j]?.t === NUM && toks[j + 1]?.w === ",") j++;
  else if (toks[j]?.t === WORD && !toks[j].cap && toks[j + 1]?.w === "(") j++;
  while (j < toks.length && j <= k + 3 && (toks[j].t === PUNCT || toks[j].w === "i.e" || toks[j].w === "is" || toks[j].w === "means")) j++;
  const apposition = letters.length >= 3 && toks[k + 1]?.w === ",";
  let all = "";
  let content = "";
  for (let words = 0; j < toks.length && words < letters.length + 2; j++, words++) {
    const t = toks[j];
    // "HSE officer (health, safety and environment)": the expansion may list its words with commas.
    if (t.t === PUNCT && t.w === "," && all.length > 0 && toks[j + 1]?.t === WORD) {
      words--;
      continue;
    }
    if (t.t !== WORD) break;
    const first = initialsOf(t.w);
    all += first;
    if (!SMALL_WORDS.has(t.w)) content += first;
    if (content === letters || all === letters) return true;
    // "GAN, gift card account number": in an apposition, one compound ("gift card") may stand for a single letter.
    if (apposition && content.length === letters.length + 1 && content[0] === letters[0] && content.at(-1) === letters.at(-1) && oneLetterMore(content, letters)) return true;
  }
  return false;
}

/**
 * "(07:00 WIB, Western Indonesia Time)": a name given in English after the acronym of its own language
 * (Waktu Indonesia Barat), closing the parenthesis. Its initials need not spell the acronym; the first
 * letter must match, and two capitalised words at least make it a name, not a second item of a list.
 */
function translatedName(toks: readonly Tok[], k: number): boolean {
  if (toks[k + 1]?.w !== ",") return false;
  const first = toks[k + 2];
  if (first === undefined || first.t !== WORD || !first.cap || first.upper || baseLetter(first.w[0]).toLowerCase() !== lettersOf(toks[k])[0].toLowerCase()) return false;
  let words = 0;
  for (let j = k + 2; j < toks.length && j <= k + 7; j++) {
    const t = toks[j];
    if (t.t === PUNCT) return t.w === ")" && words >= 2;
    if (t.t !== WORD || !t.cap || t.upper) return false;
    words++;
  }
  return false;
}

/**
 * "(registered with the German Federal Aviation Office, LBA)": a body's name given in English, then the acronym of its
 * own language (Luftfahrt-Bundesamt) closing the parenthesis. Three capitalised words at least make it a name.
 */
function nameInEnglishBefore(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.w !== "," || toks[k + 1]?.w !== ")") return false;
  let words = 0;
  for (let j = k - 2; j >= 0 && j >= k - 8; j--) {
    const t = toks[j];
    if (t.t !== WORD || !t.cap || t.upper) break;
    words++;
  }
  return words >= 3;
}

/**
 * "(Handelsgesetzbuch, HGB)", "(Feuerwehrleistungsabzeichen, FLA)": one long compound word of the acronym's own
 * language, then its letters, closing the parenthesis. The letters stand in the word in order, the first one first.
 */
function compoundBefore(toks: readonly Tok[], k: number): boolean {
  const word = toks[k - 2];
  if (toks[k - 1]?.w !== "," || toks[k + 1]?.w !== ")" || toks[k - 3]?.w !== "(" || !nameWord(word) || word!.w.length < 8) return false;
  const letters = lettersOf(toks[k]);
  if (baseLetter(word!.w[0]) !== letters[0]) return false;
  let at = 1;
  for (let i = 1; i < letters.length; i++) {
    at = word!.w.indexOf(letters[i], at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "timestamp in BRT, Brasília time, UTC−3": the zone's name, in the writer's words, right after its letters. */
function zoneNamedAfter(toks: readonly Tok[], k: number): boolean {
  const place = toks[k + 2];
  return toks[k + 1]?.w === "," && nameWord(place) && toks[k + 3]?.w === "time" && baseLetter(place!.w[0]) === lettersOf(toks[k])[0];
}

/** A parenthesis at j of three words or more that opens with an ordinary lower-case word, not a pointer ("see …", "e.g. …"). */
function explainingParenthesis(toks: readonly Tok[], j: number): boolean {
  const first = toks[j + 1];
  if (first === undefined || first.t !== WORD || first.cap || POINTERS.has(first.w)) return false;
  let words = 0;
  let q = j + 1;
  for (; q < toks.length && toks[q].w !== ")"; q++) if (toks[q].t === WORD || toks[q].t === NUM) words++;
  // "the bank's EDC machine (card terminal)": two lower-case words name the thing in plain words.
  // "(read-only user)", "(spec attached)", "(owner only)" say how it is used or where it is, not what it is.
  return words >= 3 || (words === 2 && q === j + 3 && plainNoun(first) && plainNoun(toks[j + 2]));
}
/** A lower-case word of letters only that does not read as a past participle. */
function plainNoun(t: Tok): boolean {
  return t.t === WORD && !t.cap && t.letters && !t.w.endsWith("ed") && !POINTERS.has(t.w);
}
const POINTERS = new Set(["see", "e.g", "eg", "cf", "i.e", "ie", "optional", "required", "if", "or", "and", "not", "only", "default", "deprecated", "tbd", "todo"]);

/** An acronym's letters: "SKUs" spells "sku"; "APHIS" keeps its S. */
function lettersOf(t: Tok): string {
  // "LC-MS" spells "lcms"; "G.R.E.S." spells "gres".
  const w = t.w.indexOf("-") >= 0 || t.w.indexOf(".") >= 0 ? t.w.replace(/[-.]/g, "") : t.w;
  return t.upper ? w : w.replace(/s$/, "");
}

/** Whether dropping one letter of `longer` (not its first or last) gives `shorter`. */
function oneLetterMore(longer: string, shorter: string): boolean {
  for (let skip = 1; skip < longer.length - 1; skip++) if (longer.slice(0, skip) + longer.slice(skip + 1) === shorter) return true;
  return false;
}

/** Small words an acronym may skip, in English and in the languages whose names briefs expand ("Sistema de Créditos"). */
const SMALL_WORDS = new Set(["of", "and", "for", "the", "to", "in", "on", "a", "de", "del", "des", "du", "la", "le", "les", "el", "los", "das", "der", "die", "und", "et", "y", "e", "da", "do", "di", "van", "von", "für", "dan", "dari"]);

/** A capitalised word that is no acronym ("Western", "Time"). */
function nameWord(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.cap && !t.upper;
}

/** Two to five capitalised words from k, the first starting with `letter`, closed by a comma or a bracket. */
function spelledBetweenCommas(toks: readonly Tok[], k: number, letter: string): boolean {
  const first = toks[k];
  if (first === undefined || first.t !== WORD || !first.cap || first.upper || first.w[0] !== letter) return false;
  let j = k;
  while (j < toks.length && j < k + 5 && toks[j].t === WORD && (toks[j].cap || toks[j].w === "of" || toks[j].w === "and")) j++;
  return j >= k + 2 && (toks[j]?.w === "," || toks[j]?.w === ")");
}
