/**
 * open-question: an unresolved question or doubt about required behaviour.
 * A sentence ending in "?" is open unless an answer follows on the same line
 * (more words that are neither another question nor a hedge) or on the next
 * line ("A: …"). Hedges ("not sure whether", "maybe", "unclear whether") are
 * open without a question mark.
 */
import type { Doc } from "../doc.js";
import { endsSentence } from "../doc.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { ANSWER_STARTS } from "../lexicon/cues.js";
import { HEDGES } from "../lexicon/cues.js";
import { quotedMask } from "./non-english.js";
import type { Emit } from "./emit.js";

const HEDGE_SET = new PhraseSet<true>(HEDGES.map((h) => [h, true] as const));

const isQuestionMark = (t: Tok): boolean => t.t === PUNCT && (t.w === "?" || t.w === "？");

/** True when the next non-blank line starts with "A:" or "Answer:". */
function answeredBelow(doc: Doc, i: number): boolean {
  for (let j = i + 1; j < doc.lines.length && j <= i + 3; j++) {
    const l = doc.lines[j];
    if (l.kind === "blank") continue;
    const toks = doc.toks[j];
    return toks.length >= 2 && (toks[0].w === "a" || toks[0].w === "answer") && toks[1].w === ":";
  }
  return false;
}

/** Finds an open question or hedge on one line. */
function openQuestion(doc: Doc, i: number): { s: number; e: number } | null {
  const toks = doc.toks[i];
  if (toks.length === 0) return null;
  const mask = quotedMask(toks);
  const hedges = HEDGE_SET.findAll(toks).filter((m) => !mask[m.from]);
  const lastHedge = hedges.length ? hedges[hedges.length - 1].from : -1;
  // One backward pass: is there a later "?" after k, and how many words follow it.
  const laterQuestion = new Array<boolean>(toks.length).fill(false);
  const wordsAfter = new Array<number>(toks.length).fill(0);
  let q = false;
  let words = 0;
  for (let k = toks.length - 1; k >= 0; k--) {
    laterQuestion[k] = q;
    wordsAfter[k] = words;
    if (!mask[k] && isQuestionMark(toks[k])) q = true;
    else if (toks[k].t === WORD || toks[k].t === CODE || toks[k].t === NUM) words++;
  }
  let sentenceStart = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (mask[k] || !isQuestionMark(t)) {
      if (t.t === PUNCT && endsSentence(toks, k)) sentenceStart = k + 1;
      continue;
    }
    // "??" is a placeholder, not a question.
    const next = toks[k + 1];
    if (next && isQuestionMark(next) && next.s === t.e) return null;
    let start = sentenceStart;
    while (start < k && toks[start].t === PUNCT) start++;
    const after = toks[k + 1];
    const answerWord = after !== undefined && after.t === WORD && ANSWER_STARTS.has(after.w);
    const answered = (!laterQuestion[k] && (wordsAfter[k] >= 2 || answerWord)) || answeredBelow(doc, i);
    if (!answered || lastHedge > k) return { s: toks[start].s, e: t.e };
    sentenceStart = k + 1;
  }
  if (hedges.length) {
    const h = hedges[0];
    return { s: toks[h.from].s, e: toks[h.to - 1].e };
  }
  return null;
}

/** Reports one open question per line (headings excluded). */
export function checkOpenQuestion(doc: Doc, emit: Emit): void {
  for (let i = 0; i < doc.lines.length; i++) {
    if (doc.lines[i].kind !== "text") continue;
    const hit = openQuestion(doc, i);
    if (!hit) continue;
    const line = doc.lines[i];
    const text = line.raw.slice(hit.s, hit.e);
    const short = text.length > 60 ? text.slice(0, 60) + "…" : text;
    emit({
      li: i,
      rule: "open-question",
      s: hit.s,
      e: hit.e,
      excerpt: text,
      message: `Unresolved question: '${short}' leaves required behaviour open; decide it and write the answer into the brief (or 'Q: … A: …')`,
      suggestion: "replace the question with the decided behaviour",
    });
  }
}
