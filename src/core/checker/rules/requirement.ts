/**
 * Whether a sentence asks for something or describes how things are. The
 * context section tells the story of today ("the export often fails", "a
 * per-IP connection limit on the load balancer"); nothing will be built to
 * such a sentence, so it needs no number and its judgements ask for no
 * quality. A sentence with "must", "should", "we want", "has to" … states a
 * requirement wherever it stands.
 */
import { endsSentence } from "../doc.js";
import { PUNCT, WORD, type Tok } from "../tokenize.js";
import type { Cue } from "../lexicon/quality.js";

/** Modal and wanting words: the sentence states what must happen. */
const REQUIREMENT_WORDS = new Set(
  "must should shall will would want wants wanted need needs needed require requires required expect expects expected plan going cannot can't mustn't shouldn't won't".split(" "),
);
/** Words that usually open an instruction ("Only count …", "Keep backups …") but also tell of today ("riders only see …"). */
const WEAK_REQUIREMENT_WORDS = new Set(["only", "never", "always", "keep", "make", "let", "please", "ensure"]);
/** "keep", "make", "let" ask for something as an imperative only: "Keep backups for …", not "customers keep their books in …". */
const VERB_ONLY_AS_INSTRUCTION = new Set(["keep", "make", "let"]);
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
/**
 * Verbs that open an instruction when they open a sentence ("Send the first reminder a few weeks
 * before expiry"); as the first word of a sentence they are not nouns in briefs.
 */
const INSTRUCTION_VERBS = new Set(
  "send show return store add create notify email call reject accept write delete remove mark flag retry ignore skip include exclude charge refund cancel give put list sort update save display calculate compute validate post push sync generate print run trigger schedule alert warn ask tell treat apply archive purge expire fetch poll refresh reuse allow block hold release assign route import upload download rotate".split(" "),
);
const PRESENT_DAY = new Set(["today", "currently", "nowadays"]);
const LEFT_THINGS_START = new Set(["a", "an", "some", "enough", "room", "space", "time"]);

/** The sentence around token k, or the part of it on this side of a semicolon ("documents become stale; customers must …"). */
function clauseAround(toks: readonly Tok[], k: number): [number, number] {
  const stop = (j: number): boolean => endsSentence(toks, j) || toks[j].w === ";";
  let a = k;
  while (a > 0 && !stop(a - 1)) a--;
  let b = k;
  while (b < toks.length && !stop(b)) b++;
  return [a, b];
}

/** "today", "currently", "right now" in tokens [a, b). */
function presentDay(toks: readonly Tok[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const t = toks[j];
    if (t.t === WORD && (PRESENT_DAY.has(t.w) || (t.w === "now" && toks[j - 1]?.w === "right"))) return true;
  }
  return false;
}

/** A modal, "has to" or "are to be" in tokens [a, b). */
function modalIn(toks: readonly Tok[], a: number, b: number, today = false): boolean {
  for (let j = a; j < b; j++) {
    const t = toks[j];
    if (t.t !== WORD) continue;
    if (today && (t.w === "cannot" || t.w === "can't")) continue;
    if (REQUIREMENT_WORDS.has(t.w) || t.w.endsWith("'ll")) return true;
    // "has to", "have to"; not "accounts have 3 million events".
    if ((t.w === "has" || t.w === "have") && toks[j + 1]?.w === "to") return true;
    // "Audit entries are to be kept for …"
    if ((t.w === "is" || t.w === "are") && toks[j + 1]?.w === "to" && toks[j + 2]?.w === "be") return true;
  }
  return false;
}

/**
 * Whether the sentence around token k states what must happen. "Today the only protection
 * is a per-IP connection limit" tells of today even with "only" in it: a sentence set in
 * the present day needs a modal.
 */
export function statesRequirement(toks: readonly Tok[], k: number, cue: Cue): boolean {
  const [a, b] = clauseAround(toks, k);
  // "Now guests write this in many languages, and staff cannot always read it": in a sentence set
  // today, "cannot" tells what people are unable to do, not what the system must refuse.
  const today = presentDay(toks, a, b) || (toks[a]?.w === "now" && toks[a + 1]?.t === WORD);
  if (modalIn(toks, a, b, today)) return true;
  if (today) return false;
  for (let j = a; j < b; j++) {
    const t = toks[j];
    if (t.t === WORD && t.w.endsWith("'d")) return true;
    // "Only count recent views", "Keep backups for …", "please make …": an instruction; "a lot of
    // them keep their books in Fortnox" tells of today.
    if (t.t !== WORD || !WEAK_REQUIREMENT_WORDS.has(t.w)) continue;
    // "charged for a trip that never started": a relative clause describes, it does not instruct.
    if (j > a && RELATIVE_PRONOUNS.has(toks[j - 1].w)) continue;
    if (!VERB_ONLY_AS_INSTRUCTION.has(t.w) || j === a || /^(please|and|then|also|just|so)$/.test(toks[j - 1].w) || toks[j - 1].t === PUNCT) return true;
  }
  // "Send the first reminder a few weeks before expiry": an instruction, wherever it stands.
  if (toks[a]?.t === WORD && INSTRUCTION_VERBS.has(toks[a].w) && toks[a + 1]?.t === WORD && !/^(is|are|was|were|'s)$/.test(toks[a + 1].w)) return true;
  // "Leave a gap between fittings so the fitter can tidy the room" ("Leave requests go to HR" names time off).
  if (toks[a]?.w === "leave" && LEFT_THINGS_START.has(toks[a + 1]?.w ?? "")) return true;
  // Imperative: the sentence opens with the cue as a bare verb ("Throttle heavy users").
  return cue.cond === "verb" && a === k;
}

/**
 * "The web app currently resizes them in the browser, which is slow on phones": a
 * judgement of how things are today, not a quality asked for.
 */
export function describesToday(toks: readonly Tok[], k: number): boolean {
  const [a, b] = clauseAround(toks, k);
  return presentDay(toks, a, b) && !modalIn(toks, a, b);
}
