/** Builds the corpus bundle for `wxt build` (LANTERN_CORPUS picks the folder); a bad corpus stops the build. */
import { CorpusError, formatWarning } from '../corpus/errors';
import { buildBundleFromDir } from '../corpus/node';
import { bundledDictionaryOf } from '../corpus/page-dictionary';
import { BUNDLE_FILE, BUNDLED_DICTIONARY_FILE } from '../core/bundle-file';
import { sourceFingerprint } from './fingerprint';
import { DEFAULT_CORPUS } from './paths';

/** The bundle, and beside it the bundled corpus's page dictionary with the build's fingerprint. */
export function bundleAssets(): { relativeDest: string; contents: string }[] {
  const corpus = process.env.LANTERN_CORPUS || DEFAULT_CORPUS;
  try {
    const { bundle, warnings } = buildBundleFromDir(corpus, { strict: process.env.LANTERN_STRICT === '1' });
    for (const warning of warnings) console.warn(`lantern corpus warning: ${formatWarning(warning)}`);
    const { articleCount, entityCount, aliasCount } = bundle.corpus;
    console.log(`lantern corpus: ${corpus}: ${articleCount} articles, ${entityCount} entities, ${aliasCount} aliases`);
    return [
      { relativeDest: BUNDLE_FILE, contents: JSON.stringify(bundle) },
      { relativeDest: BUNDLED_DICTIONARY_FILE, contents: JSON.stringify(bundledDictionaryOf(bundle, sourceFingerprint())) },
    ];
  } catch (error) {
    if (error instanceof CorpusError) throw new Error(`Lantern corpus error: ${error.message}`);
    throw error;
  }
}
