import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../../src/core/settings';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { SETTINGS_KEY, announceDictionary, watchDictionary, watchSettings } = await import('../../../src/extension/settings');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');

describe('storage subscriptions (WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('call back on their own key only, and never after they are undone', async () => {
    const settings = vi.fn<(settings: Settings) => void>();
    const dictionary = vi.fn<() => void>();
    const unwatchSettings = watchSettings(settings);
    const unwatchDictionary = watchDictionary(dictionary);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, global: { enabled: true, quiet: true } } });
    await announceDictionary();
    expect(settings).toHaveBeenCalledTimes(1);
    expect(settings.mock.calls[0]![0].global.quiet).toBe(true);
    expect(dictionary).toHaveBeenCalledTimes(1);
    unwatchSettings();
    unwatchDictionary();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await announceDictionary();
    expect(settings).toHaveBeenCalledTimes(1);
    expect(dictionary).toHaveBeenCalledTimes(1);
  });

  it('ignore other storage areas', async () => {
    const settings = vi.fn<(settings: Settings) => void>();
    watchSettings(settings);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    expect(settings).not.toHaveBeenCalled();
  });
});
