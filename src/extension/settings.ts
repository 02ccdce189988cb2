import { browser } from 'wxt/browser';
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

/** Calls back with the new settings whenever any part of the extension changes them. */
export function watchSettings(onChange: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(normaliseSettings(change.newValue));
  });
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

export function watchDictionary(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[REVISION_KEY]) onChange();
  });
}
