import { browser } from 'wxt/browser';
import type { PageAccess } from './protocol';
import { ask, askTab } from './messages';
import { withSite } from '../core/settings';
import { updateSettings } from './settings';

/**
 * The popup's access to a tab's content script: the active tab, or the tab named in the address
 * (`?tab=`, set by the look-up that opens the search in a tab of its own).
 */
export async function pageAccess(tabParam: string | null): Promise<PageAccess | null> {
  // Opened as a tab of its own without `?tab=`, the popup page has no page to speak of.
  if (!tabParam && (await browser.tabs.getCurrent())) return null;
  const tabId = tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || !Number.isInteger(tabId)) return null;
  return {
    async load() {
      const page = await askTab(tabId, 'list-terms', {}).catch(() => null);
      if (!page) return null;
      return { page, entities: await ask('entities', { entityIds: page.terms.map((t) => t.entityId) }) };
    },
    show: (entityId) => askTab(tabId, 'show-entity', { entityId }),
    setSite: (site, change) => updateSettings((settings) => withSite(settings, site, change)),
  };
}
