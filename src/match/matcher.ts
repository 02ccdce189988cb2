import type { CompiledDictionary, Match } from '../core/types.ts';
import { FOLD_MASK, SKIP, SPACE, SURROGATE, WORD, charInfo, infoOf, isWordAt } from './chars.ts';
import { FORMAT, SHAPE_BASE, type SerialisedTrie } from './format.ts';
import { acceptsRules, type AliasRules } from './rules.ts';

export interface Matcher {
  /**
   * Leftmost-longest, non-overlapping matches in text[from, to), offsets into `text`.
   * Characters outside the range still count as context for word boundaries.
   */
  find(text: string, from?: number, to?: number): Match[];
}

/** Binary search only pays off for states with many children (the first letters after a common prefix). */
const LINEAR_SEARCH_LIMIT = 8;

/** Decodes the serialised trie into typed arrays: one linear pass, no recompilation. */
class TrieMatcher implements Matcher {
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  /** Alias index + 1 for states where an alias ends, else 0. */
  private readonly output: Int32Array;
  /** Direct table for the root, which has a child for nearly every first letter. */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly rules: AliasRules;
  private readonly entityIds: string[];
  private readonly aliases: string[];
  private readonly aliasEntity: number[];
  /** Reused per walk: pairs of (state, end) for every alias that ended along the walk. */
  private readonly candidates: number[] = [];

  constructor(trie: SerialisedTrie) {
    const stateCount = trie.shape.length;
    this.label = new Uint16Array(stateCount);
    this.firstChild = new Int32Array(stateCount + 1);
    this.output = new Int32Array(stateCount);
    let nextChild = 1;
    let aliasCount = 0;
    for (let state = 0; state < stateCount; state++) {
      const shape = trie.shape.charCodeAt(state) - SHAPE_BASE;
      this.firstChild[state] = nextChild;
      nextChild += shape >> 1;
      if ((shape & 1) !== 0) this.output[state] = ++aliasCount;
      if (state > 0) this.label[state] = trie.labels.charCodeAt(state - 1);
    }
    this.firstChild[stateCount] = nextChild;
    for (let child = this.firstChild[0]!; child < this.firstChild[1]!; child++) this.rootNext[this.label[child]!] = child;
    this.entityIds = trie.entityIds;
    this.aliases = trie.aliases;
    this.aliasEntity = trie.aliasEntity;
    this.rules = { aliases: trie.aliases, flags: trie.aliasFlags, strictKeys: [] };
  }

  find(text: string, from = 0, to = text.length): Match[] {
    const matches: Match[] = [];
    let i = Math.max(0, from);
    let afterWord = isWordAt(text, i - 1);
    while (i < to) {
      if (!afterWord && !gluedToWord(text, i)) {
        const end = this.matchAt(text, i, to, matches);
        if (end > i) {
          i = end;
          afterWord = isWordAt(text, end - 1);
          continue;
        }
      }
      const unit = text.charCodeAt(i);
      const info = charInfo[unit] || infoOf(unit);
      if ((info & SURROGATE) === 0) {
        afterWord = (info & WORD) !== 0;
        i++;
      } else {
        afterWord = isWordAt(text, i);
        i += unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
    }
    return matches;
  }

  /** Walks the trie from a word start; pushes the longest acceptable alias found and returns its end, else -1. */
  private matchAt(text: string, start: number, to: number, matches: Match[]): number {
    const candidates = this.candidates;
    candidates.length = 0;
    let state = 0;
    let previous = -1;
    for (let j = start; j < to; ) {
      const unit = text.charCodeAt(j);
      const folded = (charInfo[unit] || infoOf(unit)) & FOLD_MASK;
      j++;
      if (folded === SKIP || (folded === SPACE && previous === SPACE)) continue; // whitespace runs match one space
      const next = state === 0 ? this.rootNext[folded]! : this.child(state, folded);
      if (next === 0) break;
      state = next;
      previous = folded;
      if (this.output[state] !== 0) candidates.push(state, endAfterDiacritics(text, j, to));
    }
    for (let k = candidates.length - 2; k >= 0; k -= 2) {
      const alias = this.output[candidates[k]!]! - 1;
      const end = candidates[k + 1]!;
      if (!isWordAt(text, end) && acceptsRules(this.rules, alias, text, start, end)) {
        matches.push({ start, end, entityId: this.entityIds[this.aliasEntity[alias]!]!, alias: this.aliases[alias]! });
        return end;
      }
    }
    return -1;
  }

  private child(state: number, unit: number): number {
    const label = this.label;
    let lo = this.firstChild[state]!;
    let hi = this.firstChild[state + 1]!;
    if (hi - lo <= LINEAR_SEARCH_LIMIT) {
      for (; lo < hi; lo++) {
        const l = label[lo]!;
        if (l >= unit) return l === unit ? lo : 0;
      }
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const l = label[mid]!;
      if (l === unit) return mid;
      if (l < unit) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }
}

/** After "name@" or "page#" nothing starts: no match inside e-mail addresses or URL fragments. */
function gluedToWord(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return (before === 0x40 || before === 0x23) && isWordAt(text, i - 2);
}

/** A decomposed accent after the last letter belongs to the match ("Jose" + U+0301). */
function endAfterDiacritics(text: string, end: number, to: number): number {
  while (end < to && (infoOf(text.charCodeAt(end)) & FOLD_MASK) === SKIP) end++;
  return end;
}

export function createMatcher(compiled: CompiledDictionary): Matcher {
  if (compiled.format !== FORMAT) {
    throw new Error(`Compiled dictionary format ${compiled.format} is not ${FORMAT}: rebuild the bundle`);
  }
  return new TrieMatcher(compiled as SerialisedTrie);
}
