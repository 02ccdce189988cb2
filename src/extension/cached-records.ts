/**
 * Records of the `dictionary` store, each made from the merge and kept for one key (`dictionaryKey`), so a background
 * that has just started answers without loading any collection: the merged page dictionary, the popup's first screen
 * and its entity finder.
 */
import type { Read } from '../corpus/checks';
import { readCachedDictionary, toCachedDictionary } from '../corpus/dictionary-cache';
import { readCachedEntityFinder, toCachedEntityFinder } from '../corpus/entity-finder-cache';
import { readCachedFirstScreen, toCachedFirstScreen } from '../corpus/first-screen';
import { db } from './database';

interface CachedRecord<T> {
  /** The value, if the record was made for `key`; a damaged record is reported and left to be overwritten. */
  load(key: string): Promise<T | undefined>;
  save(key: string, value: T): Promise<void>;
}

function cachedRecord<T>(
  record: string,
  what: string,
  read: (raw: unknown, key: string) => Read<T> | undefined,
  toRecord: (key: string, value: T) => unknown,
): CachedRecord<T> {
  return {
    async load(key) {
      const found = read(await (await db()).get('dictionary', record), key);
      if (found && !found.ok) console.warn(`Lantern: the cached ${what} is set aside: ${found.reason}`);
      return found?.ok ? found.value : undefined;
    },
    async save(key, value) {
      await (await db()).put('dictionary', toRecord(key, value), record);
    },
  };
}

export const cachedDictionary = cachedRecord('merged', 'page dictionary', readCachedDictionary, toCachedDictionary);
export const cachedFirstScreen = cachedRecord('first-screen', 'first screen', readCachedFirstScreen, toCachedFirstScreen);
export const cachedEntityFinder = cachedRecord('entity-finder', 'entity finder', readCachedEntityFinder, toCachedEntityFinder);
