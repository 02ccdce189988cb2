import { readCachedDictionary, toCachedDictionary } from '../corpus/dictionary-cache';
import type { PageDictionary } from '../corpus/page-dictionary';
import { db } from './database';

/** The one record of the `dictionary` store. */
const RECORD = 'merged';

/** The cached merged dictionary, if it was made for `key`; a damaged record is reported and left to be overwritten. */
export async function loadCachedDictionary(key: string): Promise<PageDictionary | undefined> {
  const read = readCachedDictionary(await (await db()).get('dictionary', RECORD), key);
  if (read && !read.ok) console.warn(`Lantern: the cached page dictionary is set aside: ${read.reason}`);
  return read?.ok ? read.value : undefined;
}

export async function saveCachedDictionary(key: string, dictionary: PageDictionary): Promise<void> {
  await (await db()).put('dictionary', toCachedDictionary(key, dictionary), RECORD);
}
