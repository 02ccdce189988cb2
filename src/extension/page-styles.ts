import { browser, type Browser } from 'wxt/browser';
import type { HighlightNames } from '../core/settings';
import { highlightCss } from './highlight-css';

/**
 * Inserts or removes a frame's highlight stylesheet. The browser inserts it: it is not in `document.styleSheets` and
 * page scripts cannot edit it. Author origin, because Chromium ignores a user stylesheet's `::highlight` backgrounds.
 * It is asked for while the page is still parsed (src/page/early-start.ts) and must go in then: Chromium's
 * `scripting.insertCSS` inserts at once, Firefox's waits for the page to be idle, and only its `tabs.insertCSS` takes a
 * `runAt`.
 */
export async function setPageStyles(sender: Browser.runtime.MessageSender, names: HighlightNames, on: boolean): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('highlight styles: the request came from no tab');
  const frameId = sender.frameId ?? 0;
  const css = highlightCss(names);
  if (import.meta.env.FIREFOX) {
    const details = { code: css, frameId, cssOrigin: 'author', runAt: 'document_start' } as const;
    await (on ? browser.tabs.insertCSS(tabId, details) : browser.tabs.removeCSS(tabId, details));
  } else {
    const injection = { target: { tabId, frameIds: [frameId] }, css, origin: 'AUTHOR' as const };
    await (on ? browser.scripting.insertCSS(injection) : browser.scripting.removeCSS(injection));
  }
}
