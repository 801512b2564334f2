/**
 * How the undefined-term rule reads a capitalised name ("Koban", "Tacoma", "Labcorp") from the words around it, in
 * three questions asked in turn, after the one that settles most at once (a name after a title is a person's): is it a public name (an organisation, a product named with its maker or model, a
 * law)? Is it a place? Is it something other than a system the brief relies on (an author, the words of an
 * expansion, a heading of the brief, the writer's own organisation introducing itself)? A name none of them answers
 * may still be an in-house system; undefined-term.ts decides from where it stands in its sentence.
 */
import { atSentenceStart, briefMatches } from "../doc.js";
import { NUM, WORD, type Tok } from "../tokenize.js";
import { KNOWN_NAMES, PLACES } from "../lexicon/known.js";
import { HONORIFICS, MESSAGES } from "./shared-context-words.js";
import { isKnownWord, tokBefore } from "./names.js";
import { beforeAdminUnit, beforeKnownPlace, inExpansion, inLawTitle, introducesItself, legalForm, selfDescription } from "./public-names.js";
import { amongKnownNames, DOCUMENT_TOOLS, endsLongerName, JOURNEY_WORDS, joinsLongerName, mixedCase, PLACE_HOLDERS, placeList, PREMISES } from "./name-shapes.js";
import { NAMED, namedIf, NOT_A_TERM, READ_ON, type Verdict, type WordAt } from "./term-reading.js";

/** What the words around name `w` establish. */
export function readName(w: WordAt): Verdict {
  // "follow Pak Rudi's Excel": after a title, a person, never one of a list of public names (and not defined, so
  // shared-context still reads the name as someone's).
  // "Today Mr. Sato exports …": the title's abbreviating dot may stand between.
  if (w.prev !== undefined && HONORIFICS.has(w.prev.w) && w.prev.e + 1 === w.t.s) return NOT_A_TERM;
  const title = tokBefore(w.toks, w.k, 2);
  if (w.prev?.w === "." && title !== undefined && HONORIFICS.has(title.w) && title.e === w.prev.s && w.prev.e + 1 === w.t.s) return NOT_A_TERM;
  // "in St. John's", "Mt. Hood": the abbreviated first word of a place's name, its dot before the rest.
  if (PLACE_ABBREVIATIONS.has(w.t.w) && !w.t.upper && w.toks[w.k + 1]?.w === "." && w.toks[w.k + 2]?.cap) return NOT_A_TERM;
  return publicName(w) || place(w) || notASystem(w);
}
const PLACE_ABBREVIATIONS = new Set(["st", "mt", "ft", "ste"]);
const ACCOUNTING_WORDS = /\bGST\b|\binvoic/i;

/** An organisation, a product named with its maker or model, a law, a brand: public, known to both sides. */
function publicName({ ctx, toks, k, t, prev, raw }: WordAt): Verdict {
  const next = toks[k + 1];
  // "Banco de México", "Banco Central do Brasil": a name of several words joined by "de" or "of".
  if (joinsLongerName(toks, k) || endsLongerName(toks, k)) return NOT_A_TERM;
  // "Route 53", "Zebra TC52": a name with a model number is a public product.
  if (next !== undefined && next.s === t.e + 1 && (next.t === NUM || (next.t === WORD && next.upper && /\d/.test(next.w)))) return NOT_A_TERM;
  // "the Planning and Development Regulations", "the Act on Prevention of …": the title of a law.
  if (inLawTitle(toks, k)) return NOT_A_TERM;
  // "Tulpstra B.V.", "Hikari Mobility K.K.", "Acme GmbH": a registered company.
  if (legalForm(toks, k)) return NAMED;
  // "a Node.js backend hosted on Render": a hosting platform.
  // "we host on Railway", "a separate service on Railway": the same, said of the service that runs there.
  if ((prev?.w === "on" || prev?.w === "by") && HOSTED.test(tokBefore(toks, k, 2)?.w ?? "")) return NAMED;
  // "Apache Iceberg", "AWS Glue", "Google Looker": a product named after its public maker.
  if (prev !== undefined && prev.t === WORD && prev.cap && prev.e + 1 === t.s && KNOWN_NAMES.has(prev.w) && !PLACES.has(prev.w) && !DOCUMENT_TOOLS.has(prev.w)) return NAMED;
  // "PayPal", "HubSpot": a name with a capital inside is a product's brand, unless a noun of in-house plumbing
  // follows it ("through the MailRoom queue", "the BankSync job"); "the MarineTraffic API" is still public.
  if (mixedCase(raw, t.s + 1, t.e) && !(next?.t === WORD && IN_HOUSE_PARTS.has(next.w) && prev?.w === "the")) return NOT_A_TERM;
  // "the same way we did for the Labcorp integration", "the Pipedrive connector": what an integration
  // connects to is another company's product; "the old Kulku integration" is our own piece, replaced.
  if (next?.t === WORD && INTEGRATION_NOUNS.has(next.w) && prev?.w !== "old") return NAMED;
  // "raises invoices by hand in Tally", "GST is handled in Tally": the Indian accounting package, in a brief about
  // tax or invoices ("the Tally cache", "reported to Tally" elsewhere are in-house names).
  if (t.w === "tally" && briefMatches(ctx.doc, ACCOUNTING_WORDS)) return NAMED;
  // "Lawson or FamilyMart", "JNE and SiCepat", "Origin, AGL, Alinta": one of a list of public names.
  if (amongKnownNames(toks, k, raw)) return NAMED;
  return READ_ON;
}

/** A town, region, street or premises. Once a name is shown to be a place, later uses ("the cold storage in Tacoma") are that place. */
function place({ toks, k, t, prev }: WordAt): Verdict {
  const next = toks[k + 1];
  // "our Tacloban warehouse", "farmers on Kipsaina route": a place named by the premises or road it has.
  if (next !== undefined && next.t === WORD && PREMISES.has(next.w) && (prev?.w === "our" || prev?.w === "the" || prev?.w === "on" || prev?.w === "in")) return NOT_A_TERM;
  // "dates in Atyrau time (UTC+5)": a time zone named after its city, its offset given.
  if (next?.w === "time" && toks[k + 2]?.w === "(" && /^(utc|gmt)/.test(toks[k + 3]?.w ?? "")) return NAMED;
  // "Calgary and Edmonton on Mountain time", "Halifax is on Atlantic time": North America's named time zones.
  if (next?.w === "time" && ZONE_NAMES.has(t.w)) return NOT_A_TERM;
  // "in Kirinyaga and Murang'a counties", "Friesland province": places named by their kind.
  if (beforeAdminUnit(toks, k)) return NAMED;
  // "our warehouse on Sofiendalsvej", "the workshop on Jægergårdsgade": a street, named as streets are in its language.
  if (STREET_NAME.test(t.w)) return NOT_A_TERM;
  // "before the first frosts, which in Lincolnshire is …", "farms in Aberdeenshire": a British county by its ending.
  if (COUNTY_NAME.test(t.w)) return NOT_A_TERM;
  // "our warehouse in Duisburg", "We are a utility in Bavaria", "We sell from Odense": a place.
  if ((prev?.w === "in" || prev?.w === "from") && (PLACE_HOLDERS.has(tokBefore(toks, k, 2)?.w ?? "") || selfDescription(toks, k) || beforeKnownPlace(toks, k))) return NAMED;
  // "Laboratorio Ottico Brenta in Padova", "hosted at Hetzner in Falkenstein", "Obon (13–16 August in Okazaki)": after
  // a name inside the sentence, "in" gives where it is. After an acronym ("the BOM in Hugin", "a PDF in Kura") or a
  // word capitalised only by opening its sentence ("Boxes in Caoba") it is the system or room the thing is kept in.
  if (prev?.w === "in" && nameBefore(toks, k - 2)) return NAMED;
  // "Technicians drive back to Thisted", "commuters take the ferry to Helsingborg": where someone goes.
  // "written back to Quayside" goes back to a system as well as to a town: only a journey proper names a place.
  if (prev?.w === "to" && JOURNEY_WORDS.has(tokBefore(toks, k, 2)?.w ?? "")) return namedIf(tokBefore(toks, k, 2)!.w !== "back");
  // "from Piraeus to Rafina", "in Sukhumvit and Silom", "to Serengeti, Ngorongoro, Tarangire": a route or a list of places.
  if (placeList(toks, k)) return NAMED;
  // "6 clinics: 3 in Manila, 2 in Mumbai and 1 in Gdynia": counted by place, as the known places before it are.
  if (prev?.w === "in" && toks[k - 2]?.t === NUM && countedByPlace(toks, k - 2)) return NAMED;
  return READ_ON;
}

/** Not a system the brief relies on: an author, a unit, words of an expansion, the brief's own heading, the writer's organisation. */
function notASystem({ ctx, toks, k, t, prev }: WordAt): Verdict {
  // "the standard one from Diener et al. 2009": the author of a published work.
  if (toks[k + 1]?.w === "et" && toks[k + 2]?.w === "al") return NOT_A_TERM;
  // "Rheinstrom trades power on …", "Havbrise sells electricity to …": the writer's organisation introducing itself.
  if (ctx.section === "context" && atSentenceStart(toks, k) && introducesItself(toks, k)) return NAMED;
  // "pressure difference in Pa", "50 Pa": the pascal, a unit written with a capital. The word lists cannot hold it:
  // what they hold is a known acronym too, and "PA" is an acronym ("the PA grade of the oil").
  if (t.w === "pa" && (prev?.t === NUM || prev?.w === "in")) return NOT_A_TERM;
  // "Goods and Services Tax (GST)", "GTFS (General Transit Feed Specification)": words of an expansion.
  if (inExpansion(toks, k)) return NOT_A_TERM;
  // "Australians", "Germans": the plural of a word the lists know.
  if (t.w.length > 3 && t.w.endsWith("s") && isKnownWord(t.w.slice(0, -1))) return NOT_A_TERM;
  // "The format they want is in the email from Pablo": who sent a message is a person, as in "Pablo's email"
  // (shared-context reports the message).
  if (prev?.w === "from" && MESSAGES.has(tokBefore(toks, k, 2)?.w ?? "") && tokBefore(toks, k, 3)?.w === "the") return NOT_A_TERM;
  // "against Benford's law", "Dijkstra's algorithm": a named law or method of science, public.
  if (t.poss && SCIENCE_NOUNS.has(toks[k + 1]?.w ?? "")) return NOT_A_TERM;
  // "listed under Release rules below": a heading of the brief itself.
  if ((prev?.w === "under" || prev?.w === "see") && (toks[k + 1]?.w === "below" || toks[k + 1]?.w === "above" || toks[k + 2]?.w === "below" || toks[k + 2]?.w === "above")) return NOT_A_TERM;
  return READ_ON;
}

/** Named results of science: "Benford's law", "Dijkstra's algorithm". */
const SCIENCE_NOUNS = new Set(["law", "theorem", "algorithm", "principle", "formula", "equation", "constant", "distribution"]);
/** Time zones named by region: "Mountain time", "Atlantic time". */
const ZONE_NAMES = new Set(["atlantic", "eastern", "central", "mountain", "pacific", "alaska", "hawaii", "newfoundland"]);
/** Words before "on Render" that say a service is hosted there. */
const HOSTED = /^(hosted|deployed|host|hosts|deploy|deploys|service|services|backend|app|apps|server|servers)$/;
/** Nouns of a link between two systems: the name before one is the other side's ("the Sompo integration"). */
const INTEGRATION_NOUNS = new Set(["integration", "integrations", "connector", "connectors"]);
/** Nouns of a system's in-house plumbing, as opposed to a product's public interface (API, SDK, client). */
const IN_HOUSE_PARTS = new Set("queue queues job jobs worker workers service database db table tables bot module cron ledger topic pipeline".split(" "));
/** Counties of Britain named by their "-shire" ("Lincolnshire", "Aberdeenshire"). */
const COUNTY_NAME = /.{3}shire$/;
/** Street names by the word for "street" or "road" their language ends them with (Danish, Swedish, Norwegian, German, Dutch). */
const STREET_NAME = /.{3}(?:vej|gade|gatan|vägen|veien|straße|strasse|straat|weg|laan|gasse|platz|plein|torv|torg)$/;

/** A capitalised word at j that is neither an acronym nor the first word of its sentence: part of a name. */
function nameBefore(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && t.t === WORD && t.cap && !t.acr && !t.upper && !atSentenceStart(toks, j);
}

/** Whether an earlier item of the list ending at toks[count] is "N in <known place>" ("3 in Manila, 2 in …"). */
function countedByPlace(toks: readonly Tok[], count: number): boolean {
  for (let j = count - 1; j >= 2; j--) {
    const w = toks[j].w;
    if (w === "." || w === ";" || w === ":") return false;
    if (toks[j - 1].w === "in" && toks[j - 2].t === NUM && toks[j].t === WORD && toks[j].cap && PLACES.has(toks[j].w)) return true;
  }
  return false;
}
