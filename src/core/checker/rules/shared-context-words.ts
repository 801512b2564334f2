/**
 * Words and helpers shared by the shared-context checks (shared-context.ts,
 * person-sources.ts, conversations.ts, precedents.ts): who can be a subject,
 * which verbs name past work, how a hit's span is taken from tokens.
 */
import { NUM, WORD, type Tok } from "../tokenize.js";

export const PRONOUN_SUBJECTS = new Set(["we", "they", "you", "i", "he", "she"]);
/** Verbs that, after a person's name, make the person the source ("Lena took", "Yuki set it up"). */
export const SOURCE_VERBS = new Set(
  "took did prototyped wrote described explained showed mentioned suggested proposed figured shared posted knows said agreed decided promised recommended built tried measured found".split(" "),
);
/** Nouns that name another system or a past project ("as the screenshot service", "for the newsletter project"). */
export const PROJECT_NOUNS = new Set("project projects migration migrations backfill connector importer rollout launch release sprint prototype rewrite pilot trial experiment campaign setup process procedure playbook desk site sites market markets branch brand script scripts flow flows logic handling behaviour behavior feature portal portals".split(" "));
/** Words that cannot be the head noun of "the X we built". */
export const ENGLISH_OR_STOP = new Set("the a an our this that these those it one ones what which who".split(" "));
export type Hit = { s: number; e: number };

export const span = (toks: readonly Tok[], a: number, b: number): Hit => ({ s: toks[a].s, e: toks[b].e });

/** Index of the first word in tokens [from, to] that is in one of `sets`, looking no further than the first non-word; -1 if none. */
export function wordAhead(toks: readonly Tok[], from: number, to: number, ...sets: ReadonlySet<string>[]): number {
  for (let q = from; q < toks.length && q <= to; q++) {
    if (toks[q].t !== WORD) return -1;
    for (const set of sets) if (set.has(toks[q].w)) return q;
  }
  return -1;
}

export function isPastVerb(t: Tok | undefined): boolean {
  return !!t && t.t === WORD && (regularPast(t.w) || SOURCE_VERBS.has(t.w) || IRREGULAR_PAST.has(t.w) || t.w === "set" || t.w === "had" || t.w === "used");
}
/**
 * "-ed" marks a past form, except in nouns and verbs that merely end in it: "Tanuki seaweed", "the speed", "a need",
 * "the feed", "a red flag", "the bed" ("agreed", "guaranteed", "led", "fed" are past forms).
 */
export function regularPast(w: string): boolean {
  if (!w.endsWith("ed")) return false;
  if (w.endsWith("eed")) return PAST_IN_EED.has(w);
  return w.length > 3 || w === "led" || w === "fed" || w === "wed";
}
const PAST_IN_EED = new Set(["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed", "emceed"]);
/** Past forms not ending in "-ed" beyond SOURCE_VERBS ("the same check the team ran", "the list Sanjay made"). */
export const IRREGULAR_PAST = new Set("ran made sent kept drew chose gave brought thought sold held".split(" "));

/** Words naming a group of people. */
export const GROUP_NOUNS = new Set("team squad department desk group folks people lead leads manager managers owner owners office crew guild committee board vendor vendors agency contractor contractors consultancy consultant consultants".split(" "));
/** Departments named in lower case as a subject: "the template marketing showed us". */
export const DEPARTMENTS = new Set("support finance legal marketing sales product engineering security ops operations design compliance accounting billing payments risk hr".split(" "));

/** What a person sends: "the email from Pablo" names its sender, a person (name-readings.ts), and the message (person-sources.ts). */
export const MESSAGES: ReadonlySet<string> = new Set("email emails e-mail message messages letter note memo".split(" "));
/**
 * Titles written before a person's name, in the languages of the consultancy's clients: "Pak Budi",
 * "Mbak Sari", "anh Tuấn", "Khun Somchai", "Puan Rohana", "Sra. López".
 */
export const HONORIFICS = new Set([
  "pak", "bu", "ibu", "bapak", "mas", "mbak", "kak", "dr", "mr", "mrs", "ms", "prof", "herr", "frau", "san", "sensei",
  "anh", "chị", "chi", "ông", "bà", "khun", "encik", "puan", "cik", "kuya", "sr", "sra", "señor", "señora", "señorita", "srta", "doña", "dona", "dra", "signora", "signor", "madame", "monsieur", "mme", "mlle",
  // Titles of clergy and elders ("like Pastor Davis described", "Imam Yusuf's list").
  "pastor", "reverend", "rev", "imam", "rabbi",
  // Titles of respect in West Africa ("the way Alhaji Musa shares out jobs").
  "alhaji", "alhaja", "hajiya", "mallam",
  // Titles of respect for elders in Nigeria, Ghana, India and Singapore ("as Aunty Ngozi explained").
  "aunty", "auntie", "uncle",
]);
/** Teams and roles whose decisions a contractor cannot ask about. */
export const DECIDERS = new Set("finance legal support marketing sales product engineering security ops operations design compliance management leadership client stakeholders business".split(" "));

/** "Tanaka-san", "Kim-sensei", "Park-nim": a name with a Japanese or Korean honorific. */
export const HONORIFIC_SUFFIX = /-(san|sama|sensei|kun|chan|senpai|nim|ssi)$/;

/**
 * The word ends in an honorific suffix (HONORIFIC_SUFFIX). The suffix follows a hyphen, and a word with a hyphen is
 * never `letters` (tokenize.ts): that bit rules out most names before the pattern reads the word.
 */
export function hasHonorificSuffix(t: Tok): boolean {
  return !t.letters && HONORIFIC_SUFFIX.test(t.w);
}

/**
 * Whether `raw` holds a space followed by `word`, as raw.indexOf(" " + word) >= 0 says, found by searching for the
 * word and reading the character before it: a native search that starts with a space stops at every space of the line
 * and runs several times slower than one that starts with a letter or a digit.
 */
export function spaceThen(raw: string, word: string): boolean {
  for (let i = raw.indexOf(word, 1); i > 0; i = raw.indexOf(word, i + 1)) if (raw.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** A number among the n tokens from k. */
export function figureWithin(toks: readonly Tok[], k: number, n: number): boolean {
  for (let j = k; j < toks.length && j < k + n; j++) if (toks[j].t === NUM) return true;
  return false;
}
