import type { DictionaryEntry } from '../core/types.ts';
import { foldKey, hasLetterOrDigit, unitsToString } from './chars.ts';
import { ACRONYM, CASE_SENSITIVE, EXACT_DIACRITICS, FORMAT, MAX_CHILDREN, SHAPE_BASE, type SerialisedTrie } from './format.ts';
import { encodeRecords, type AliasRecord } from './records.ts';

/** An alias that cannot be matched (empty, or no letter or digit); the build must fail. */
export class DictionaryError extends Error {
  constructor(
    readonly entityId: string,
    readonly alias: string,
    reason: string,
  ) {
    super(`Alias ${JSON.stringify(alias)} of entity "${entityId}" ${reason}`);
    this.name = 'DictionaryError';
  }
}

/** Two entities claim aliases that fold to the same key; `kept` wins by COLLISION_RULE. */
export interface Collision {
  key: string;
  kept: { entityId: string; alias: string };
  dropped: { entityId: string; alias: string };
}

/**
 * How a collision is resolved: the entry that comes first in the dictionary wins, the later one is dropped.
 * The corpus pipeline lists curated seed aliases before extracted ones, so curation beats extraction.
 */
export const COLLISION_RULE = 'first-entry-wins';

/** Hashtags and handles are recognised by their first character and always match case-insensitively. */
export function isTag(alias: string): boolean {
  const first = alias.trimStart()[0];
  return first === '#' || first === '@';
}

function flagsOf(entry: DictionaryEntry): number {
  let flags = 0;
  if (!isTag(entry.alias)) {
    if (entry.caseSensitive || entry.acronym) flags |= CASE_SENSITIVE;
    if (entry.acronym) flags |= ACRONYM;
  }
  if (entry.foldDiacritics === false) flags |= EXACT_DIACRITICS;
  return flags;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  entry: DictionaryEntry | undefined;
}

const newNode = (): TrieNode => ({ children: new Map(), entry: undefined });

/** Checks and de-duplicates the entries; the first entry per key is kept (COLLISION_RULE). */
function uniqueByKey(entries: DictionaryEntry[]): { byKey: Map<string, DictionaryEntry>; collisions: Collision[] } {
  const byKey = new Map<string, DictionaryEntry>();
  const collisions: Collision[] = [];
  for (const entry of entries) {
    if (entry.alias.trim() === '') throw new DictionaryError(entry.entityId, entry.alias, 'is empty');
    if (!hasLetterOrDigit(entry.alias)) throw new DictionaryError(entry.entityId, entry.alias, 'has no letter or digit');
    const key = foldKey(entry.alias);
    const kept = byKey.get(key);
    if (kept === undefined) byKey.set(key, entry);
    else if (kept.entityId !== entry.entityId) {
      collisions.push({
        key,
        kept: { entityId: kept.entityId, alias: kept.alias },
        dropped: { entityId: entry.entityId, alias: entry.alias },
      });
    }
  }
  return { byKey, collisions };
}

function buildTrie(byKey: Map<string, DictionaryEntry>): TrieNode {
  const root = newNode();
  for (const [key, entry] of byKey) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.children.get(unit);
      if (child === undefined) {
        child = newNode();
        node.children.set(unit, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

/** Lays the trie out breadth-first (see SerialisedTrie). */
function serialise(root: TrieNode): SerialisedTrie {
  const labels: number[] = [];
  const shape: number[] = [];
  const records: AliasRecord[] = [];
  const queue: TrieNode[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node.children.size > MAX_CHILDREN) {
      throw new RangeError(`The dictionary has more than ${MAX_CHILDREN} different characters after one prefix`);
    }
    const entry = node.entry;
    shape.push(SHAPE_BASE + 2 * node.children.size + (entry ? 1 : 0));
    if (entry) records.push({ alias: entry.alias, entityId: entry.entityId, flags: flagsOf(entry) });
    for (const unit of [...node.children.keys()].sort((a, b) => a - b)) {
      labels.push(unit);
      queue.push(node.children.get(unit)!);
    }
  }
  return { format: FORMAT, labels: unitsToString(labels), shape: unitsToString(shape), ...encodeRecords(records) };
}

/**
 * Compiles dictionary entries into the serialised trie the matcher loads without recompiling.
 * Throws DictionaryError for an empty alias or one with no letter or digit; reports collisions (COLLISION_RULE).
 */
export function compileDictionary(entries: DictionaryEntry[]): { compiled: SerialisedTrie; collisions: Collision[] } {
  const { byKey, collisions } = uniqueByKey(entries);
  return { compiled: serialise(buildTrie(byKey)), collisions };
}
