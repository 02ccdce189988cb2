/**
 * The merged page dictionary, cached in IndexedDB so that a background that has just started answers pages without
 * loading any collection. The cache is keyed by everything the merge reads; a key that differs is a miss.
 */
import { readCachedJson, toCachedJson, type CachedJson } from './cached-json';
import type { Read } from './checks';
import type { CollectionInfo } from './collection';
import { checkPageDictionary, type PageDictionary } from './page-dictionary';

/** What the merged dictionary is made from. */
export interface DictionarySources {
  /** `checksumOf(dictionary.json)`: the build (its sources and its bundled corpus). */
  bundledFile: string;
  /** Whether the bundled corpus is merged (the options page's switch). */
  bundled: boolean;
  /**
   * The collections whose records read, in the merge's order (oldest first). A collection's bundle never changes once
   * stored (an import gets a new id), so its id stands for its content.
   */
  collections: Pick<CollectionInfo, 'id' | 'kind' | 'private'>[];
}

/** One line per thing the merge reads, so a key says what it was made of. */
export const dictionaryKey = ({ bundledFile, bundled, collections }: DictionarySources): string =>
  [`build ${bundledFile}`, `bundled ${bundled ? 'on' : 'off'}`, ...collections.map(({ id, kind, private: p }) => `${id} ${kind}${p ? ' private' : ''}`)].join(
    '\n',
  );

export const CACHE_FORMAT = 1;

export const toCachedDictionary = (key: string, dictionary: PageDictionary): CachedJson => toCachedJson(CACHE_FORMAT, key, dictionary);

/** The cached dictionary, as `readCachedJson` reads it. */
export const readCachedDictionary = (raw: unknown, key: string): Read<PageDictionary> | undefined =>
  readCachedJson(raw, key, CACHE_FORMAT, checkPageDictionary);
