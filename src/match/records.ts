import { unitsToString } from './chars.ts';
import { FLAG_BASE, LENGTH_BASE, MAX_LENGTH, RECORD_STRIDE, type SerialisedTrie } from './format.ts';

/** What the trie stores per alias, in the order of the states the aliases end at. */
export interface AliasRecord {
  alias: string;
  entityId: string;
  flags: number;
}

/** Packs the records into the three string fields and the checkpoint array of SerialisedTrie. */
export function encodeRecords(records: AliasRecord[]): Pick<SerialisedTrie, 'records' | 'recordLengths' | 'recordOffsets' | 'aliasFlags'> {
  const text: string[] = [];
  const lengths: number[] = [];
  const flags: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  records.forEach((record, index) => {
    if (index % RECORD_STRIDE === 0) offsets.push(offset);
    for (const value of [record.alias, record.entityId]) {
      if (value.length > MAX_LENGTH) throw new RangeError(`${JSON.stringify(value.slice(0, 40))}… is longer than ${MAX_LENGTH}`);
      text.push(value);
      lengths.push(LENGTH_BASE + value.length);
      offset += value.length;
    }
    flags.push(FLAG_BASE + record.flags);
  });
  return { records: text.join(''), recordLengths: unitsToString(lengths), recordOffsets: offsets, aliasFlags: unitsToString(flags) };
}

/** Reads records straight from the serialised strings: nothing is decoded until a match needs it. */
export class RecordTable {
  constructor(private readonly trie: SerialisedTrie) {}

  get size(): number {
    return this.trie.aliasFlags.length;
  }

  flags(index: number): number {
    return this.trie.aliasFlags.charCodeAt(index) - FLAG_BASE;
  }

  alias(index: number): string {
    const start = this.offsetOf(index);
    return this.trie.records.slice(start, start + this.lengthAt(2 * index));
  }

  entityId(index: number): string {
    const start = this.offsetOf(index) + this.lengthAt(2 * index);
    return this.trie.records.slice(start, start + this.lengthAt(2 * index + 1));
  }

  private offsetOf(index: number): number {
    const first = index - (index % RECORD_STRIDE);
    let offset = this.trie.recordOffsets[first / RECORD_STRIDE]!;
    for (let unit = 2 * first; unit < 2 * index; unit++) offset += this.lengthAt(unit);
    return offset;
  }

  private lengthAt(unit: number): number {
    return this.trie.recordLengths.charCodeAt(unit) - LENGTH_BASE;
  }
}
