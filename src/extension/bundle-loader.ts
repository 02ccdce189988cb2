import { browser } from 'wxt/browser';
import { BUNDLE_VERSION, type Bundle } from '../core/types';
import { BUNDLE_FILE } from './bundle-file';

/** Loads the bundle shipped inside the extension; refuses one of another schema version. */
export async function loadBundledCorpus(): Promise<Bundle> {
  // WXT types getURL against known public files; the bundle is generated at build time, so it is not among them.
  const response = await fetch(browser.runtime.getURL(`/${BUNDLE_FILE}` as '/popup.html'));
  const bundle = (await response.json()) as Bundle;
  if (bundle.version !== BUNDLE_VERSION)
    throw new Error(`Lantern: bundle version ${String(bundle.version)} is not ${BUNDLE_VERSION}; rebuild the extension`);
  return bundle;
}
