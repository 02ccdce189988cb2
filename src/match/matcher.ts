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
  private candidates: Int32Array = new Int32Array(32);

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
    const info = charInfo;
    const rootNext = this.rootNext;
    let i = Math.max(0, from);
    let afterWord = isWordAt(text, i - 1);
    while (i < to) {
      const unit = text.charCodeAt(i);
      let unitInfo = info[unit]!;
      if (unitInfo === 0) unitInfo = infoOf(unit);
      // Most positions are inside words or cannot start any alias: one table look-up each.
      if (!afterWord && rootNext[unitInfo & FOLD_MASK] !== 0) {
        const end = this.matchAt(text, i, to, matches);
        if (end > i) {
          i = end;
          afterWord = isWordAt(text, end - 1);
          continue;
        }
      }
      if ((unitInfo & SURROGATE) === 0) {
        afterWord = (unitInfo & WORD) !== 0;
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
    if (gluedToWord(text, start)) return -1;
    const info = charInfo;
    const { rootNext, firstChild, label, output } = this;
    let candidates = this.candidates;
    let count = 0;
    let state = 0;
    let previous = -1;
    for (let j = start; j < to; ) {
      const unit = text.charCodeAt(j);
      let folded = info[unit]!;
      if (folded === 0) folded = infoOf(unit);
      folded &= FOLD_MASK;
      j++;
      if (folded === SKIP || (folded === SPACE && previous === SPACE)) continue; // whitespace runs match one space
      if (state === 0) {
        state = rootNext[folded]!;
        if (state === 0) break;
      } else {
        // Children are sorted: linear scan for the few, binary search for the many.
        let lo = firstChild[state]!;
        let hi = firstChild[state + 1]!;
        if (hi - lo <= LINEAR_SEARCH_LIMIT) {
          while (lo < hi && label[lo]! < folded) lo++;
        } else {
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (label[mid]! < folded) lo = mid + 1;
            else hi = mid;
          }
          hi = firstChild[state + 1]!;
        }
        if (lo === hi || label[lo] !== folded) break;
        state = lo;
      }
      previous = folded;
      if (output[state] !== 0) {
        if (count === candidates.length) candidates = this.growCandidates();
        candidates[count++] = state;
        candidates[count++] = endAfterDiacritics(text, j, to);
      }
    }
    for (let k = count - 2; k >= 0; k -= 2) {
      const alias = this.output[candidates[k]!]! - 1;
      const end = candidates[k + 1]!;
      if (!isWordAt(text, end) && acceptsRules(this.rules, alias, text, start, end)) {
        matches.push({ start, end, entityId: this.entityIds[this.aliasEntity[alias]!]!, alias: this.aliases[alias]! });
        return end;
      }
    }
    return -1;
  }

  private growCandidates(): Int32Array {
    const grown = new Int32Array(this.candidates.length * 2);
    grown.set(this.candidates);
    return (this.candidates = grown);
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
