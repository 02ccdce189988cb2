import { readCachedFirstScreen, toCachedFirstScreen, type FirstScreen } from '../corpus/first-screen';
import { db } from './database';

/** Its record in the `dictionary` store, beside the merged dictionary's: both are made from the same merge. */
const RECORD = 'first-screen';

/** The cached first screen, if it was made for `key`; a damaged record is reported and left to be overwritten. */
export async function loadCachedFirstScreen(key: string): Promise<FirstScreen | undefined> {
  const read = readCachedFirstScreen(await (await db()).get('dictionary', RECORD), key);
  if (read && !read.ok) console.warn(`Lantern: the cached first screen is set aside: ${read.reason}`);
  return read?.ok ? read.value : undefined;
}

export async function saveCachedFirstScreen(key: string, screen: FirstScreen): Promise<void> {
  await (await db()).put('dictionary', toCachedFirstScreen(key, screen), RECORD);
}
