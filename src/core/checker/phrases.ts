/**
 * Multi-word phrase lookup over tokens: a trie keyed by lower-cased words,
 * built once per phrase list. Matching a line costs one Map lookup per token
 * plus one per word of each phrase that starts there: no regular expressions.
 */
import { WORD, NUM, type Tok } from "./tokenize.js";
import { TABLE } from "./wordinfo.js";

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Whether `next` has entries: read from the node itself, without touching the map. */
  inner: boolean;
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

/**
 * The longest phrase that starts at token i, whose first word led to `node`.
 * Remembers the best end while walking and makes one match object at the end.
 */
function longestFrom<T>(toks: readonly Tok[], i: number, node: Node<T>): PhraseMatch<T> | null {
  let bestTo = -1;
  let bestValue: T | undefined;
  for (let k = i + 1; ; k++) {
    if (node.value !== undefined) {
      bestTo = k;
      bestValue = node.value;
    }
    // Most phrases are one or two words: at a leaf there is nothing to look up (nor a word to slice).
    if (!node.inner) break;
    const t = toks[k];
    if (t === undefined || (t.t !== WORD && t.t !== NUM)) break;
    const next = node.next.get(t.w) ?? (t.t === NUM ? node.next.get(NUMBER_SLOT) : undefined);
    if (!next) break;
    node = next;
  }
  return bestTo < 0 ? null : { from: i, to: bestTo, value: bestValue as T };
}

/** A set of phrases (space-separated words) with a value each. */
export class PhraseSet<T> {
  private root = new Map<string, Node<T>>();
  /**
   * The root's nodes by word-table slot (see Tok.slot), for the TABLE version
   * in rootVersion: a known word finds its node by index, not by hashing.
   */
  private rootSlots: (Node<T> | undefined)[] = [];
  private rootVersion = -1;

  private slotNodes(): (Node<T> | undefined)[] {
    if (this.rootVersion !== TABLE.version) {
      const words = TABLE.word;
      const nodes: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(words.length).fill(undefined);
      for (let s = 0; s < words.length; s++) if (words[s] !== "") nodes[s] = this.root.get(words[s]);
      this.rootSlots = nodes;
      this.rootVersion = TABLE.version;
    }
    return this.rootSlots;
  }

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
          node = { next: new Map(), inner: false, value: undefined };
          map.set(word, node);
        }
        if (k === slots.length - 1) node.value = value;
        else {
          node.inner = true;
          walk(node.next, k + 1);
        }
      }
    };
    if (slots.length && slots[0][0]) walk(this.root, 0);
    this.rootVersion = -1;
  }

  /** The longest phrase starting at token i, or null. */
  longestAt(toks: readonly Tok[], i: number): PhraseMatch<T> | null {
    const t = toks[i];
    if (t === undefined || (t.t !== WORD && t.t !== NUM)) return null;
    const node = this.root.get(t.w) ?? (t.t === NUM ? this.root.get(NUMBER_SLOT) : undefined);
    return node ? longestFrom(toks, i, node) : null;
  }

  /**
   * Every longest match, scanning left to right without overlaps. With
   * `startBit`, only tokens whose info has that bit (first words of the
   * phrases, see wordinfo.ts) are tried.
   */
  findAll(toks: readonly Tok[], startBit = 0): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const root = this.root;
    const bySlot = this.slotNodes();
    for (let i = 0; i < toks.length; ) {
      const t = toks[i];
      if (startBit !== 0 && (t.info & startBit) === 0) {
        i++;
        continue;
      }
      // Only a phrase whose first word is this very word may start here (no "#" slot for the first word).
      const node = t.t === WORD || t.t === NUM ? (t.slot >= 0 ? bySlot[t.slot] : root.get(t.w)) : undefined;
      if (node !== undefined) {
        const m = longestFrom(toks, i, node);
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
