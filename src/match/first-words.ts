import { FOLD_MASK, SKIP, SPACE, WORD, infoOf } from './chars.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Bits per hash: about one word in sixteen that begins no alias still walks the trie. */
const BITS_PER_HASH = 16;
const MIN_BITS_LOG2 = 10;
const MAX_BITS_LOG2 = 24;

/** Where a walk down the trie stands in an alias's key: its first run of word units, the gap after it, or n units into the second run (SECOND_RUN + n). */
const FIRST_RUN = 0;
const GAP = 1;
const SECOND_RUN = 2;
/** How much of the second run the second set reads: more reads more of the trie for no fewer walks (measured). */
const SECOND_RUN_UNITS = 3;
/** States of the trie per word passing the first set, past which the second set is built (see buildStep). */
const STATES_PER_PASSED_WORD = 16;
/** States read per step of the second set's build: some tens of microseconds. */
const BUILD_STEP_STATES = 1024;
/**
 * Words passing the first set per step of the build. One step per word built the whole set within a few thousand
 * characters of text: one slice of 14–22 ms on the WHATWG spec with 100k aliases (10–12 ms with this pace).
 */
const PASSED_WORDS_PER_STEP = 16;

/**
 * The words an alias can begin with, and how it can go on after the first, as bit sets of hashes of folded units. Most
 * words on a page begin no alias even with 100k of them ("the", "said"): the scanner skips such a word after one hash
 * and one bit read. Most of the rest begin no alias together with what follows them ("New" before "year"): the
 * scanner skips those after hashing a few units more. Both where walking the trie would have read them unit by unit.
 *
 * The second set holds, per alias, its key up to the first SECOND_RUN_UNITS units of its second run of word units
 * ("islamic sta" of "Islamic State Group"; "al-qa" of "Al-Qaeda"), or its first run alone if it has no second
 * ("obama", and "yahoo" of "Yahoo!"). An alias that matches at a word start ends where a word does, so the text there
 * hashes, read the same way, to the same. It is built only on a page with text enough to pay for it, in steps (see
 * buildStep): read at load, it made an ordinary page's scan with 10k aliases slower, not faster.
 */
export class FirstWords {
  private beginnings: HashBits | undefined;
  private building: Generator<void, number[]> | undefined;
  /** Words that passed the first set while the second was not built yet. */
  private passed = 0;

  private constructor(
    private readonly firstRuns: HashBits,
    private readonly trie: Trie,
  ) {}

  /** Reads the first set off the trie. Yields every `statesPerStep` states, so that a caller may let the page run. */
  static *read(labels: string, firstChild: Int32Array, output: Int32Array, statesPerStep: number): Generator<void, FirstWords> {
    const trie = { labels, firstChild, output };
    return new FirstWords(HashBits.of(yield* hashesOf(trie, FIRST_RUNS, statesPerStep)), trie);
  }

  /**
   * The end of the word starting at `start` (within `to`) if no alias can begin there, else -1: walk the trie. Runs end
   * where the text's units stop being word characters and the trie's where its folded labels do, which is the same
   * place: folding never turns a word character into another class (a test checks every unit). Units that fold away
   * (diacritics) and whitespace runs read as the walk reads them.
   */
  endIfNoneBegins(text: string, start: number, to: number): number {
    let hash = FNV_OFFSET;
    let i = start;
    for (; i < to; i++) {
      const unitInfo = infoOf(text.charCodeAt(i));
      if ((unitInfo & WORD) === 0) break;
      const folded = unitInfo & FOLD_MASK;
      if (folded !== SKIP) hash = step(hash, folded);
    }
    if (!this.firstRuns.has(hash)) return i;
    const beginnings = this.beginnings ?? this.buildStep();
    if (beginnings === undefined || beginnings.has(hash)) return -1;
    let j = i;
    let previous = -1;
    for (; j < to; j++) {
      const unitInfo = infoOf(text.charCodeAt(j));
      const folded = unitInfo & FOLD_MASK;
      if (folded === SKIP || (folded === SPACE && previous === SPACE)) continue;
      if ((unitInfo & WORD) !== 0) break;
      hash = step(hash, folded);
      previous = folded;
    }
    if (j === to) return i;
    for (let units = 0; j < to && units < SECOND_RUN_UNITS; j++) {
      const unitInfo = infoOf(text.charCodeAt(j));
      if ((unitInfo & WORD) === 0) break;
      const folded = unitInfo & FOLD_MASK;
      if (folded !== SKIP) {
        hash = step(hash, folded);
        units++;
      }
    }
    return beginnings.has(hash) ? -1 : i;
  }

  /**
   * The second set, once built. Its build starts when the words that passed the first set reach one per
   * STATES_PER_PASSED_WORD states of the trie (their walks would have cost about what it does), then reads
   * BUILD_STEP_STATES states per PASSED_WORDS_PER_STEP words that pass, so that no slice of a scan pays for much of it.
   */
  private buildStep(): HashBits | undefined {
    if (++this.passed * STATES_PER_PASSED_WORD < this.trie.output.length || this.passed % PASSED_WORDS_PER_STEP !== 0) return undefined;
    this.building ??= hashesOf(this.trie, BEGINNINGS, BUILD_STEP_STATES);
    const step = this.building.next();
    if (step.done) {
      this.beginnings = HashBits.of(step.value);
      this.building = undefined;
    }
    return this.beginnings;
  }
}

interface Trie {
  labels: string;
  firstChild: Int32Array;
  output: Int32Array;
}

const FIRST_RUNS = 0;
const BEGINNINGS = 1;

/**
 * Hashes read off the trie, walking down from the root along word units: FIRST_RUNS, every first run of word units an
 * alias begins with; BEGINNINGS, every alias's beginning (see FirstWords). Yields every `statesPerStep` states.
 */
function* hashesOf(trie: Trie, wanted: typeof FIRST_RUNS | typeof BEGINNINGS, statesPerStep: number): Generator<void, number[]> {
  const { labels, firstChild, output } = trie;
  const hashes: number[] = [];
  // A stack of walks, four entries each: state, hash of the key so far, hash of its first run, where in the key it is.
  const stack: number[] = [];
  for (let child = firstChild[0]!; child < firstChild[1]!; child++) {
    const label = labels.charCodeAt(child - 1);
    if (isWordUnit(label)) stack.push(child, step(FNV_OFFSET, label), 0, FIRST_RUN);
  }
  for (let visited = 1; stack.length > 0; visited++) {
    if (visited % statesPerStep === 0) yield;
    const place = stack.pop()!;
    const storedFirstRun = stack.pop()!;
    const hash = stack.pop()!;
    const state = stack.pop()!;
    const firstRun = place === FIRST_RUN ? hash : storedFirstRun;
    if (place === SECOND_RUN + SECOND_RUN_UNITS) {
      hashes.push(hash); // the key's beginning is known: no need to read deeper
      continue;
    }
    const ends = output[state] !== 0;
    let leavesWord = false;
    for (let child = firstChild[state]!; child < firstChild[state + 1]!; child++) {
      const label = labels.charCodeAt(child - 1);
      const word = isWordUnit(label);
      if (!word && place !== GAP) leavesWord = true;
      if (!word && (place >= SECOND_RUN || wanted === FIRST_RUNS)) continue;
      stack.push(child, step(hash, label), firstRun, !word ? GAP : place === FIRST_RUN ? FIRST_RUN : place === GAP ? SECOND_RUN + 1 : place + 1);
    }
    if (wanted === FIRST_RUNS) {
      if (ends || leavesWord) hashes.push(hash);
    } else if (ends || (place >= SECOND_RUN && leavesWord)) hashes.push(place >= SECOND_RUN ? hash : firstRun);
  }
  return hashes;
}

/** A bit set of 32-bit hashes, BITS_PER_HASH bits per hash added. */
class HashBits {
  private constructor(
    private readonly bits: Uint32Array,
    private readonly shift: number,
  ) {}

  static of(hashes: number[]): HashBits {
    const bitsLog2 = Math.min(MAX_BITS_LOG2, Math.max(MIN_BITS_LOG2, Math.ceil(Math.log2(hashes.length * BITS_PER_HASH))));
    const set = new HashBits(new Uint32Array(2 ** (bitsLog2 - 5)), 32 - bitsLog2);
    for (const hash of hashes) {
      const slot = set.slot(hash);
      set.bits[slot >>> 5]! |= 1 << (slot & 31);
    }
    return set;
  }

  has(hash: number): boolean {
    const slot = this.slot(hash);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }

  /** FNV's high bits, mixed once more: short words differ only in their last units. */
  private slot(hash: number): number {
    const mixed = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    return (mixed ^ (mixed >>> 12)) >>> this.shift;
  }
}

function isWordUnit(label: number): boolean {
  return (infoOf(label) & WORD) !== 0;
}

function step(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}
