import type { CompiledDictionary } from '../core/types.ts';

export const FORMAT = 1;

/**
 * The serialised trie. States are numbered breadth-first from the root (state 0), so the children of state s
 * are one contiguous run of states right after the children of s-1; the run's length is all a state needs to store.
 * Strings of UTF-16 units are the most compact JSON-safe encoding for per-state values that are mostly tiny
 * (one byte each in UTF-8 JSON for ASCII labels), and they decode with one pass of charCodeAt.
 */
export interface SerialisedTrie extends CompiledDictionary {
  format: typeof FORMAT;
  /** The folded unit on the edge into each state 1..n, children of one state sorted ascending. */
  labels: string;
  /** Per state 0..n: SHAPE_BASE + 2 × child count + (1 if an alias ends here). */
  shape: string;
  entityIds: string[];
  /** Aliases as written, in the breadth-first order of the states they end at. */
  aliases: string[];
  /** Per alias: index into entityIds. */
  aliasEntity: number[];
  /** Per alias: FLAG_BASE + rule flag bits. */
  aliasFlags: string;
}

/** Offsets that keep every encoded unit printable, so the JSON needs no escapes. */
export const SHAPE_BASE = 0x30;
export const FLAG_BASE = 0x30;
/** Keeps shape units below the surrogate range, where some transports would mangle them. */
export const MAX_CHILDREN = (0xd800 - SHAPE_BASE) / 2 - 1;

/** Rule flags of one alias, as bits. */
export const CASE_SENSITIVE = 1;
export const ACRONYM = 2;
export const EXACT_DIACRITICS = 4;
