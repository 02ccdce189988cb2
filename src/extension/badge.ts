import { browser } from 'wxt/browser';

/**
 * The toolbar badge: how many distinct specific entities the tab's frames mention, so it stays blank on a page
 * the corpus has nothing specific to say about (one that only names Twitter in its share buttons).
 * Each frame reports its own set; a top-level navigation starts the tab afresh.
 */
export function createBadge() {
  const tabs = new Map<number, Map<number, string[]>>();

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) tabs.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

  return {
    async report(tabId: number, frameId: number, entityIds: string[]): Promise<void> {
      const frames = tabs.get(tabId) ?? new Map<number, string[]>();
      if (frameId === 0) frames.clear(); // the top frame reports first after a navigation
      frames.set(frameId, entityIds);
      tabs.set(tabId, frames);
      const count = new Set([...frames.values()].flat()).size;
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: count ? String(count) : '' });
    },
  };
}
