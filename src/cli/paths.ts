/** Where the corpus comes from and where its bundle goes, unless told otherwise. */
export const DEFAULT_CORPUS = 'seeds';
export const DEFAULT_BUNDLE_PATH = '.output/bundle.json';
/** The bundle `npm run build` ships in the extension. */
export const BUILT_BUNDLE_PATH = '.output/chrome-mv3/bundle.json';
