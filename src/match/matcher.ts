import type { CompiledDictionary, Match } from '../core/types.ts';
import { FOLD_MASK, SKIP, SPACE, SURROGATE, WORD, charInfo, infoOf, isWordAt } from './chars.ts';
import { FirstWords } from './first-words.ts';
import { FORMAT, SHAPE_BASE, type SerialisedTrie } from './format.ts';
import { RecordTable } from './records.ts';
import { AliasRules } from './rules.ts';

export interface Matcher {
  /**
   * Leftmost-longest, non-overlapping matches in text[from, to), offsets into `text`.
   * Characters outside the range still count as context for word boundaries.
   */
  find(text: string, from?: number, to?: number): Match[];
  /**
   * Whether `find` may find a term in `text`, or in it with any of its whitespace read as line breaks: some alias
   * stands there as written (case, diacritics, word boundaries), whatever the name rules would say of its neighbours.
   * A page reads a block's text whole this way, and walks its nodes only where this says yes.
   */
  mayFind(text: string): boolean;
}

/** States with more children than this are hubs: a dense row of ASCII transitions, binary search for the rest. */
const LINEAR_SEARCH_LIMIT = 8;
const ROW = 128;

/** The serialised trie, its shape decoded in one pass (decodeShape); labels and records are read in place. */
class TrieMatcher implements Matcher {
  private readonly labels: string;
  /** First child of each state; the children of s are firstChild[s] .. firstChild[s + 1] - 1. */
  private readonly firstChild: Int32Array;
  /** Alias index + 1 for states where an alias ends, else 0. */
  private readonly output: Int32Array;
  /** Direct table for the root, which has a child for nearly every first letter. */
  private readonly rootNext = new Int32Array(0x10000);
  /** Per state below hubLimit: its row in hubNext, or 0 if it is not a hub. Hubs sit near the root, low in BFS order. */
  private readonly hubRow: Int32Array;
  /** Rows of ROW entries: the child of a hub for each ASCII unit, or 0. */
  private readonly hubNext: Int32Array;
  /** Which words, and which two words, can begin an alias: checked at each word start before a walk. */
  private readonly firstWords: FirstWords;
  private readonly records: RecordTable;
  private readonly rules: AliasRules;
  /** Reused per walk: pairs of (alias, end) for every alias that ended along the walk. */
  private candidates: Int32Array = new Int32Array(32);

  constructor(trie: SerialisedTrie, shape: DecodedShape, firstWords: FirstWords) {
    this.labels = trie.labels;
    this.firstChild = shape.firstChild;
    this.output = shape.output;
    for (let child = 1; child < shape.firstChild[1]!; child++) this.rootNext[trie.labels.charCodeAt(child - 1)] = child;
    [this.hubRow, this.hubNext] = hubTables(trie.labels, shape.firstChild, shape.hubs);
    this.firstWords = firstWords;
    this.records = new RecordTable(trie);
    this.rules = new AliasRules(this.records);
  }

  find(text: string, from = 0, to = text.length): Match[] {
    return this.scan(text, Math.max(0, from), to, false);
  }

  mayFind(text: string): boolean {
    return this.scan(text, 0, text.length, true).length !== 0;
  }

  /** Leftmost-longest matches; `asWritten`: the first match the rules that read no line breaks accept, alone. */
  private scan(text: string, from: number, to: number, asWritten: boolean): Match[] {
    const matches: Match[] = [];
    const info = charInfo;
    const { rootNext } = this;
    let i = from;
    let afterWord = isWordAt(text, i - 1);
    while (i < to) {
      const unit = text.charCodeAt(i);
      let unitInfo = info[unit]!;
      if (unitInfo === 0) unitInfo = infoOf(unit);
      const folded = unitInfo & FOLD_MASK;
      const word = (unitInfo & WORD) !== 0;
      if (!afterWord && rootNext[folded] !== 0) {
        const wordEnd = word ? this.firstWords.endIfNoneBegins(text, i, to) : -1;
        if (wordEnd >= 0) {
          i = wordEnd;
          afterWord = true;
          continue;
        }
        i = this.walk(text, i, to, matches, asWritten);
        if (asWritten && matches.length !== 0) break;
        afterWord = isWordAt(text, i - 1);
        continue;
      }
      if (word) {
        // Nothing starts inside a word: skip the rest of it in a tight loop (uncomputed units fall out to the slow path).
        i++;
        while (i < to && (info[text.charCodeAt(i)]! & WORD) !== 0) i++;
        afterWord = true;
      } else if ((unitInfo & SURROGATE) === 0) {
        afterWord = false;
        i++;
      } else {
        afterWord = isWordAt(text, i); // a surrogate pair is classified as a whole
        i += unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
    }
    return matches;
  }

  /**
   * Walks the trie from `start`, pushes the longest acceptable alias found and returns where scanning resumes:
   * its end, or past every unit the walk read when they were all word characters (none of them can start a match).
   */
  private walk(text: string, start: number, to: number, matches: Match[], asWritten: boolean): number {
    if (gluedToWord(text, start)) return start + 1;
    const info = charInfo;
    const output = this.output;
    let candidates = this.candidates;
    let count = 0;
    let state = 0;
    let previous = -1;
    let allWord = true;
    let j = start;
    while (j < to) {
      const unit = text.charCodeAt(j);
      let unitInfo = info[unit]!;
      if (unitInfo === 0) unitInfo = infoOf(unit);
      const folded = unitInfo & FOLD_MASK;
      if (folded === SKIP || (folded === SPACE && previous === SPACE)) {
        j++; // diacritics fold away; whitespace runs match one space
        continue;
      }
      state = this.child(state, folded);
      if (state === 0) break;
      if ((unitInfo & WORD) === 0) allWord = false;
      previous = folded;
      j++;
      const alias = output[state]!;
      if (alias !== 0) {
        if (count === candidates.length) candidates = this.growCandidates();
        candidates[count++] = alias - 1;
        candidates[count++] = endAfterDiacritics(text, j, to);
      }
    }
    for (let k = count - 2; k >= 0; k -= 2) {
      const alias = candidates[k]!;
      const end = candidates[k + 1]!;
      if (!isWordAt(text, end) && (asWritten ? this.rules.acceptsAsWritten(alias, text, start, end) : this.rules.accepts(alias, text, start, end))) {
        const match: Match = { start, end, entityId: this.records.entityId(alias), alias: this.records.alias(alias) };
        if (this.rules.isOrdinaryWord(alias)) match.ordinaryWord = true;
        matches.push(match);
        return end;
      }
    }
    return allWord ? j : start + 1;
  }

  /** The child of `state` along `unit`, or 0. Children are sorted: a dense row for hubs, else linear or binary search. */
  private child(state: number, unit: number): number {
    if (state === 0) return this.rootNext[unit]!;
    const { firstChild, labels, hubRow } = this;
    if (unit < ROW && state < hubRow.length) {
      const row = hubRow[state]!;
      if (row !== 0) return this.hubNext[row * ROW + unit]!;
    }
    let lo = firstChild[state]!;
    let hi = firstChild[state + 1]!;
    if (hi - lo <= LINEAR_SEARCH_LIMIT) {
      while (lo < hi && labels.charCodeAt(lo - 1) < unit) lo++;
    } else {
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (labels.charCodeAt(mid - 1) < unit) lo = mid + 1;
        else hi = mid;
      }
      hi = end;
    }
    return lo < hi && labels.charCodeAt(lo - 1) === unit ? lo : 0;
  }

  private growCandidates(): Int32Array {
    const grown = new Int32Array(this.candidates.length * 2);
    grown.set(this.candidates);
    return (this.candidates = grown);
  }
}

/** The trie's states as the walk reads them, decoded from its shape. */
interface DecodedShape {
  /** First child of each state, and one past the last state's children at the end. */
  firstChild: Int32Array;
  output: Int32Array;
  /** States other than the root with more than LINEAR_SEARCH_LIMIT children, in order. */
  hubs: number[];
}

/** States decoded or read between two yields of the load: a few milliseconds (a 100k-alias dictionary has 700k states). */
const STATES_PER_STEP = 1 << 17;

/** Decodes the shape in one pass, yielding every STATES_PER_STEP states so that a caller may let the page run. */
function* decodeShape(shape: string): Generator<void, DecodedShape> {
  const stateCount = shape.length;
  const firstChild = new Int32Array(stateCount + 1);
  const output = new Int32Array(stateCount);
  const hubs: number[] = [];
  let nextChild = 1;
  let aliasCount = 0;
  for (let state = 0; state < stateCount; state++) {
    if (state % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
    const code = shape.charCodeAt(state) - SHAPE_BASE;
    firstChild[state] = nextChild;
    nextChild += code >> 1;
    if ((code & 1) !== 0) output[state] = ++aliasCount;
    // The root is no hub: it has a table of its own (rootNext).
    if (state > 0 && code >> 1 > LINEAR_SEARCH_LIMIT) hubs.push(state);
  }
  firstChild[stateCount] = nextChild;
  return { firstChild, output, hubs };
}

/** Dense ASCII rows for every hub (row 0 is unused). */
function hubTables(labels: string, firstChild: Int32Array, hubs: number[]): [Int32Array, Int32Array] {
  const hubRow = new Int32Array(hubs.length === 0 ? 0 : hubs[hubs.length - 1]! + 1);
  const hubNext = new Int32Array((hubs.length + 1) * ROW);
  hubs.forEach((state, index) => {
    const row = index + 1;
    hubRow[state] = row;
    for (let child = firstChild[state]!; child < firstChild[state + 1]!; child++) {
      const unit = labels.charCodeAt(child - 1);
      if (unit < ROW) hubNext[row * ROW + unit] = child;
    }
  });
  return [hubRow, hubNext];
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

function checkFormat(compiled: CompiledDictionary): SerialisedTrie {
  if (compiled.format !== FORMAT) {
    throw new Error(`Compiled dictionary format ${compiled.format} is not ${FORMAT}: rebuild the bundle`);
  }
  return compiled as SerialisedTrie;
}

/** The load, in steps of a few milliseconds: decoding the shape, then reading the first words off it. */
function* loadSteps(compiled: CompiledDictionary): Generator<void, Matcher> {
  const trie = checkFormat(compiled);
  const shape = yield* decodeShape(trie.shape);
  const firstWords = yield* FirstWords.read(trie.labels, shape.firstChild, shape.output, STATES_PER_STEP);
  return new TrieMatcher(trie, shape, firstWords);
}

/** Loads a compiled dictionary in one go. */
export function createMatcher(compiled: CompiledDictionary): Matcher {
  const loading = loadSteps(compiled);
  let step = loading.next();
  while (!step.done) step = loading.next();
  return step.value;
}

/**
 * Loads a compiled dictionary in steps of a few milliseconds, awaiting `pause` between them: on a page's thread, 100k
 * aliases took 10–17 ms in one go.
 */
export async function loadMatcher(compiled: CompiledDictionary, pause: () => Promise<void>): Promise<Matcher> {
  const loading = loadSteps(compiled);
  let step = loading.next();
  while (!step.done) {
    await pause();
    step = loading.next();
  }
  return step.value;
}
