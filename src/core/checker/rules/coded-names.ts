/**
 * Things the brief names in its code: "A quick call can be converted with `POST /v1/quick-calls/{id}/convert`",
 * "heavy works" beside `/heavy-works`. A quality or quantity word that begins such a name is part of it, not a
 * judgement of the thing ("quick call" is a kind of record here, as "quick" is not a speed).
 */
import type { Doc } from "../doc.js";
import { WORD, type Tok } from "../tokenize.js";

/** Names looked up per brief: a brief of thousands of differently named things stays linear in its size. */
const MAX_LOOKUPS = 64;

interface CodedText {
  lower: string;
  answers: Map<string, boolean>;
}

const CODED = new WeakMap<Doc, CodedText>();

/** Whether the word at `k` and the noun after it are written joined in the brief's code ("quick_call", "/quick-calls"). */
export function namedInCode(doc: Doc, toks: readonly Tok[], k: number): boolean {
  const noun = toks[k + 1];
  if (noun === undefined || noun.t !== WORD || noun.s !== toks[k].e + 1) return false;
  let coded = CODED.get(doc);
  if (coded === undefined) {
    coded = { lower: doc.text.toLowerCase(), answers: new Map() };
    CODED.set(doc, coded);
  }
  const stem = noun.w.length > 3 && noun.w.endsWith("s") ? noun.w.slice(0, -1) : noun.w;
  const pair = toks[k].w + "\u0000" + stem;
  let answer = coded.answers.get(pair);
  if (answer === undefined) {
    answer = coded.answers.size < MAX_LOOKUPS && joinedInCode(coded.lower, toks[k].w, stem);
    coded.answers.set(pair, answer);
  }
  return answer;
}

/** "quick_call" anywhere, or "quick-call" right after a path, a code mark or another part of a name. */
function joinedInCode(text: string, word: string, stem: string): boolean {
  if (text.indexOf(word + "_" + stem) >= 0) return true;
  const hyphened = word + "-" + stem;
  for (let at = text.indexOf(hyphened); at >= 0; at = text.indexOf(hyphened, at + 1)) {
    const before = text.charCodeAt(at - 1);
    // "/", "`", "_", "-", ".", "{"
    if (before === 47 || before === 96 || before === 95 || before === 45 || before === 46 || before === 123) return true;
  }
  return false;
}
