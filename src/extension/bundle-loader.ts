import { BUNDLE_VERSION, type Bundle } from '../core/types';
import { BUNDLE_FILE } from '../core/bundle-file';
import { extensionUrl } from './urls';

/** Loads the bundle shipped inside the extension; refuses one of another schema version. */
export async function loadBundledCorpus(): Promise<Bundle> {
  const response = await fetch(extensionUrl(BUNDLE_FILE));
  const bundle = (await response.json()) as Bundle;
  if (bundle.version !== BUNDLE_VERSION)
    throw new Error(`Lantern: bundle version ${String(bundle.version)} is not ${BUNDLE_VERSION}; rebuild the extension`);
  return bundle;
}
