/**
 * Multi-word phrase lookup over tokens: a trie keyed by lower-cased words,
 * built once per phrase list. Matching a line costs one Map lookup per token
 * plus one per word of each phrase that starts there: no regular expressions.
 */
import { WORD, NUM, type Tok } from "./tokenize.js";

interface Node<T> {
  next: Map<string, Node<T>>;
  value: T | undefined;
}

/** A phrase found in a line: tokens [from, to) and the value stored for it. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  value: T;
}

/** Words that match a phrase slot written as "#" (any number token). */
const NUMBER_SLOT = "#";

/** A set of phrases (space-separated words) with a value each. */
export class PhraseSet<T> {
  private root = new Map<string, Node<T>>();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  /** Adds a phrase; "a|b" inside a slot means either word. Later values win. */
  add(phrase: string, value: T): void {
    const slots = phrase.toLowerCase().trim().split(/\s+/).map((s) => s.split("|"));
    const walk = (map: Map<string, Node<T>>, k: number): void => {
      for (const word of slots[k]) {
        let node = map.get(word);
        if (!node) {
          node = { next: new Map(), value: undefined };
          map.set(word, node);
        }
        if (k === slots.length - 1) node.value = value;
        else walk(node.next, k + 1);
      }
    };
    if (slots.length && slots[0][0]) walk(this.root, 0);
  }

  /** The longest phrase starting at token i, or null. */
  longestAt(toks: readonly Tok[], i: number): PhraseMatch<T> | null {
    let map = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let k = i; k < toks.length; k++) {
      const t = toks[k];
      if (t.t !== WORD && t.t !== NUM) break;
      const node = map.get(t.w) ?? (t.t === NUM ? map.get(NUMBER_SLOT) : undefined);
      if (!node) break;
      if (node.value !== undefined) best = { from: i, to: k + 1, value: node.value };
      map = node.next;
    }
    return best;
  }

  /**
   * Every longest match, scanning left to right without overlaps. With
   * `startBit`, only tokens whose info has that bit (first words of the
   * phrases, see wordinfo.ts) are tried.
   */
  findAll(toks: readonly Tok[], startBit = 0): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const root = this.root;
    for (let i = 0; i < toks.length; ) {
      const t = toks[i];
      if (startBit !== 0 && (t.info & startBit) === 0) {
        i++;
        continue;
      }
      if ((t.t === WORD || t.t === NUM) && root.has(t.w)) {
        const m = this.longestAt(toks, i);
        if (m) {
          out.push(m);
          i = m.to;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /** True when the single word is a complete phrase. */
  hasWord(word: string): boolean {
    return this.root.get(word)?.value !== undefined;
  }
}
