import { browser, type Browser } from 'wxt/browser';
import { normaliseSettings, parseCorpusSettings, type CorpusSettings, type Settings } from '../core/settings';

/** The one storage.local key settings live under. */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

let updating: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and writes the settings (e.g. `updateSettings((s) => withSite(s, host, { quiet: true }))`).
 * Updates from one page run one after another, so two quick clicks never overwrite each other.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  const update = updating.then(async () => saveSettings(change(await loadSettings())));
  updating = update.catch(() => undefined);
  return update;
}

/** Calls back with the new settings whenever any part of the extension changes them. Returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchStorage((changes) => {
    const change = changes[SETTINGS_KEY];
    if (change) onChange(normaliseSettings(change.newValue));
  });
}

type StorageChanges = Record<string, Browser.storage.StorageChange>;

/** One listener on the extension's local storage, and the function that removes it. */
function watchStorage(onChange: (changes: StorageChanges) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area === 'local') onChange(changes);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const CORPUS_KEY = 'corpus';

export async function loadCorpusSettings(): Promise<CorpusSettings> {
  return parseCorpusSettings((await browser.storage.local.get(CORPUS_KEY))[CORPUS_KEY]);
}

export async function saveCorpusSettings(settings: CorpusSettings): Promise<void> {
  await browser.storage.local.set({ [CORPUS_KEY]: settings });
}

/** Bumped by the background each time it rebuilds the merged view, so open pages fetch the new dictionary. */
const REVISION_KEY = 'dictionaryRevision';

export async function announceDictionary(): Promise<void> {
  await browser.storage.local.set({ [REVISION_KEY]: Date.now() });
}

/** Calls back when the background announces a new dictionary. Returns the unwatch. */
export function watchDictionary(onChange: () => void): () => void {
  return watchStorage((changes) => {
    if (changes[REVISION_KEY]) onChange();
  });
}
