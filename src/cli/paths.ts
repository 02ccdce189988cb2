/** Where the corpus comes from and where its bundle goes, unless told otherwise. */
export const DEFAULT_CORPUS = 'seeds';
export const DEFAULT_BUNDLE_PATH = '.output/bundle.json';
