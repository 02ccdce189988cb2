import { browser, type Browser } from 'wxt/browser';
import type { HighlightNames } from '../core/settings';
import { highlightCss } from './highlight-css';

/**
 * Inserts or removes a frame's highlight stylesheet. The browser inserts it: it is not in `document.styleSheets` and
 * page scripts cannot edit it. Author origin, because Chromium ignores a user stylesheet's `::highlight` backgrounds.
 */
export async function setPageStyles(sender: Browser.runtime.MessageSender, names: HighlightNames, on: boolean): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('highlight styles: the request came from no tab');
  const injection = { target: { tabId, frameIds: [sender.frameId ?? 0] }, css: highlightCss(names), origin: 'AUTHOR' as const };
  if (on) await browser.scripting.insertCSS(injection);
  else await browser.scripting.removeCSS(injection);
}
