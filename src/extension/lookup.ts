import { browser } from 'wxt/browser';
import { askTab } from './messages';
import { extensionUrl } from './urls';

const MENU_ID = 'lookup-selection';
/** The manifest command (rebindable by the user) that looks up the current selection. */
export const LOOKUP_COMMAND = 'lookup-selection';
/** A selection longer than this is cut: the search reads no further anyway. */
const MAX_LOOKUP = 200;

/**
 * Opens the search on `text` in a tab (popup.html?q=…&tab=…). A tab rather than action.openPopup(): it works the same in
 * Chrome and Firefox from a menu click or a shortcut, needs no state handed over to the popup, and its address can be shared.
 * `tab` names the page the look-up came from, for the search's "On this page".
 */
function openSearch(text: string, fromTab: number | undefined) {
  const query = encodeURIComponent(text.trim().replace(/\s+/g, ' ').slice(0, MAX_LOOKUP));
  const tab = fromTab === undefined ? '' : `&tab=${fromTab}`;
  return browser.tabs.create({ url: extensionUrl(`popup.html?q=${query}${tab}`) });
}

/** The selected text in a tab's top frame, asked of Lantern's content script; '' where it does not run (browser pages). */
function selectionIn(tabId: number): Promise<string> {
  return askTab(tabId, 'selection', {}).catch(() => '');
}

/** The context-menu item "Look up '<selection>' in Lantern" and the look-up shortcut. */
export function registerLookup(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: "Look up '%s' in Lantern", contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openSearch(info.selectionText, tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== LOOKUP_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await openSearch(tab?.id === undefined ? '' : await selectionIn(tab.id), tab?.id);
  });
}
