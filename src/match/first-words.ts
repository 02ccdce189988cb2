import { FOLD_MASK, SKIP, WORD, charInfo, infoOf } from './chars.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Bits per first word: about one word in sixteen that begins no alias still walks the trie. */
const BITS_PER_WORD = 16;
const MIN_BITS_LOG2 = 10;
const MAX_BITS_LOG2 = 24;

/**
 * The words an alias can begin with (its folded units up to the first unit that is not a word character), as a bit
 * set of their hashes. Most words on a page begin no alias even with 100k of them ("the", "said"); the scanner skips
 * such a word after one hash and one bit read, where walking the trie would have read it letter by letter.
 */
export class FirstWords {
  private constructor(
    private readonly bits: Uint32Array,
    private readonly shift: number,
  ) {}

  /**
   * Reads the first words off the trie: the states reached by word units alone where an alias ends or leaves the word.
   * Yields every `statesPerStep` states, so that a caller may let the page run.
   */
  static *read(labels: string, firstChild: Int32Array, output: Int32Array, statesPerStep: number): Generator<void, FirstWords> {
    const hashes: number[] = [];
    const states: number[] = [0];
    const stateHashes: number[] = [FNV_OFFSET];
    for (let visited = 1; states.length > 0; visited++) {
      if (visited % statesPerStep === 0) yield;
      const state = states.pop()!;
      const hash = stateHashes.pop()!;
      let wordEnds = state !== 0 && output[state] !== 0;
      for (let child = firstChild[state]!; child < firstChild[state + 1]!; child++) {
        const label = labels.charCodeAt(child - 1);
        if ((infoOf(label) & WORD) === 0) {
          wordEnds = state !== 0;
        } else {
          states.push(child);
          stateHashes.push(step(hash, label));
        }
      }
      if (wordEnds) hashes.push(hash);
    }
    const bitsLog2 = Math.min(MAX_BITS_LOG2, Math.max(MIN_BITS_LOG2, Math.ceil(Math.log2(hashes.length * BITS_PER_WORD))));
    const firstWords = new FirstWords(new Uint32Array(2 ** (bitsLog2 - 5)), 32 - bitsLog2);
    for (const hash of hashes) firstWords.add(hash);
    return firstWords;
  }

  /**
   * The end of the word starting at `start` (within `to`) if no alias can begin with it, else -1: walk the trie. The
   * word ends where the text's units stop being word characters and the trie's where its folded labels do, which is the
   * same place: folding never turns a word character into another class (a test checks every unit).
   */
  endIfNoneBegins(text: string, start: number, to: number): number {
    const info = charInfo;
    let hash = FNV_OFFSET;
    let i = start;
    for (; i < to; i++) {
      const unit = text.charCodeAt(i);
      let unitInfo = info[unit]!;
      if (unitInfo === 0) unitInfo = infoOf(unit);
      if ((unitInfo & WORD) === 0) break;
      const folded = unitInfo & FOLD_MASK;
      if (folded !== SKIP) hash = step(hash, folded); // diacritics fold away, as in the walk
    }
    const slot = this.slot(hash);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) === 0 ? i : -1;
  }

  private add(hash: number): void {
    const slot = this.slot(hash);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** FNV's high bits, mixed once more: short words differ only in their last units. */
  private slot(hash: number): number {
    const mixed = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    return (mixed ^ (mixed >>> 12)) >>> this.shift;
  }
}

function step(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}
