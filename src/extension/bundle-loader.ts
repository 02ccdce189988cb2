import { BUNDLE_VERSION, type Bundle } from '../core/types';
import { BUNDLE_FILE, BUNDLED_DICTIONARY_FILE } from '../core/bundle-file';
import type { BundledDictionary } from '../corpus/page-dictionary';
import { checksumOf } from '../corpus/stored';
import { extensionUrl } from './urls';

/** Loads the bundle shipped inside the extension; refuses one of another schema version. */
export async function loadBundledCorpus(): Promise<Bundle> {
  const response = await fetch(extensionUrl(BUNDLE_FILE));
  const bundle = (await response.json()) as Bundle;
  if (bundle.version !== BUNDLE_VERSION) throw new Error(`Lantern: bundle version ${String(bundle.version)} is not ${BUNDLE_VERSION}; rebuild the extension`);
  return bundle;
}

/** Loads the bundled page dictionary shipped beside the bundle, with the checksum of its file (the build it belongs to). */
export async function loadBundledDictionary(): Promise<BundledDictionary & { checksum: string }> {
  const text = await (await fetch(extensionUrl(BUNDLED_DICTIONARY_FILE))).text();
  return { ...(JSON.parse(text) as BundledDictionary), checksum: checksumOf(text) };
}
