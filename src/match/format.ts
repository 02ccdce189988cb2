import type { CompiledDictionary } from '../core/types.ts';

export const FORMAT = 2;

/**
 * The serialised trie. States are numbered breadth-first from the root (state 0), so the children of state s
 * are one contiguous run of states right after the children of s-1; the run's length is all a state needs to store.
 * Everything is a few long strings: JSON.parse reads a long string at memory speed, while an array of 100,000
 * short strings costs ten times as much, and strings of UTF-16 units decode with charCodeAt, no base64 needed.
 */
export interface SerialisedTrie extends CompiledDictionary {
  format: typeof FORMAT;
  /** The folded unit on the edge into each state 1..n, children of one state sorted ascending. */
  labels: string;
  /** Per state 0..n: SHAPE_BASE + 2 × child count + (1 if an alias ends here). */
  shape: string;
  /** Per alias, in the breadth-first order of the states they end at: the alias as written, then its entity id. */
  records: string;
  /** Per alias: LENGTH_BASE + alias length, then LENGTH_BASE + entity id length. */
  recordLengths: string;
  /** Offset into `records` of every RECORD_STRIDE-th alias, so a look-up sums at most RECORD_STRIDE - 1 lengths. */
  recordOffsets: number[];
  /** Per alias: FLAG_BASE + rule flag bits. */
  aliasFlags: string;
}

/** Offsets that keep every encoded unit printable, so the JSON needs no escapes. */
export const SHAPE_BASE = 0x30;
export const FLAG_BASE = 0x30;
export const LENGTH_BASE = 0x30;
/** Keeps encoded units below the surrogate range, where some transports would mangle them. */
export const MAX_UNIT = 0xd7ff;
export const MAX_CHILDREN = (MAX_UNIT - SHAPE_BASE) >> 1;
export const MAX_LENGTH = MAX_UNIT - LENGTH_BASE;
export const RECORD_STRIDE = 32;

/** Rule flags of one alias, as bits. */
export const CASE_SENSITIVE = 1;
export const ACRONYM = 2;
export const EXACT_DIACRITICS = 4;
