/** The bundle's path inside the built extension. */
export const BUNDLE_FILE = 'bundle.json';
/** The bundled corpus's page dictionary and the build's fingerprint, beside the bundle (src/corpus/page-dictionary.ts). */
export const BUNDLED_DICTIONARY_FILE = 'dictionary.json';
