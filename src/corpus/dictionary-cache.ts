/**
 * The merged page dictionary, cached in IndexedDB so that a background that has just started answers pages without
 * loading any collection. The cache is keyed by everything the merge reads; a key that differs is a miss. Pure:
 * src/extension/cached-records.ts does the storing.
 */
import { isObject } from '../core/fields';
import { failed, type Read } from './checks';
import type { CollectionInfo } from './collection';
import { checkPageDictionary, type PageDictionary } from './page-dictionary';
import { checksumOf } from './stored';

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

export interface CachedDictionary {
  format: typeof CACHE_FORMAT;
  key: string;
  /** `checksumOf(json)`: a record changed or cut short after it was written no longer matches. */
  checksum: string;
  json: string;
}

export function toCachedDictionary(key: string, dictionary: PageDictionary): CachedDictionary {
  const json = JSON.stringify(dictionary);
  return { format: CACHE_FORMAT, key, checksum: checksumOf(json), json };
}

/**
 * The cached dictionary if the record was made for `key`; undefined if there is none, or it was made from something
 * else; why not, if the record is damaged. A damaged cache loses nothing: the dictionary is merged again.
 */
export function readCachedDictionary(raw: unknown, key: string): Read<PageDictionary> | undefined {
  if (raw === undefined || (isObject(raw) && raw.format === CACHE_FORMAT && raw.key !== key)) return undefined;
  if (!isObject(raw) || raw.format !== CACHE_FORMAT) return failed(`its format is not ${CACHE_FORMAT}`);
  if (typeof raw.json !== 'string' || raw.checksum !== checksumOf(raw.json)) return failed('its checksum does not match, so it was changed or cut short');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.json);
  } catch {
    return failed('it is not valid JSON');
  }
  return checkPageDictionary(parsed);
}
