/** The bundle's path inside the built extension. */
export const BUNDLE_FILE = 'bundle.json';
