/** Things the e2e suites ask of the extension itself, from one of its own pages. */
import type { Settings } from '../../../src/core/settings';
import { SETTINGS_KEY } from '../../../src/extension/settings';
import type { PageTerms } from '../../../src/extension/messages';
import type { ExtensionBrowser, TestPage } from './browsers';

type Api = {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
  };
};

/** Runs `fn` with the extension API in a fresh popup page, then closes it. */
async function inExtension<R, A>(browser: ExtensionBrowser, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

export function setSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  return inExtension(
    browser,
    ({ key, settings }) => {
      const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.storage.local.set({ [key]: settings });
    },
    { key: SETTINGS_KEY, settings },
  );
}

/**
 * The id of the tab opened last: the popup targets a tab by id (as the look-up does with ?tab=), and Lantern may not
 * read tab addresses, so the page is the newest tab other than the extension page asking (tab ids only grow).
 */
export function newestTabId(browser: ExtensionBrowser): Promise<number> {
  return inExtension(
    browser,
    async () => {
      const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      const self = (await api.tabs.getCurrent())?.id;
      return Math.max(...(await api.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id !== self));
    },
    undefined,
  );
}

/** What the tab's content script found and in which mode, as the popup's "On this page" asks for it. */
export function listTerms(browser: ExtensionBrowser, tabId: number): Promise<PageTerms> {
  return inExtension(
    browser,
    (tabId) => {
      const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.tabs.sendMessage(tabId, { type: 'list-terms' }, { frameId: 0 }) as Promise<PageTerms>;
    },
    tabId,
  );
}

/** The open card's text, read inside the extension's card frame ('' when no card is shown). */
export async function cardText(page: TestPage): Promise<string> {
  for (const frame of page.frames().slice(1)) {
    const text = await frame
      .evaluate(() => (location.protocol.endsWith('-extension:') && location.pathname === '/card.html' ? (document.body.textContent ?? '').trim() : null))
      .catch(() => null);
    // A closed card's frame may stay, empty: the open one is the one with text (one card opens at a time).
    if (text) return text;
  }
  return '';
}
