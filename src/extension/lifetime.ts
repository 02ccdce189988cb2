import { browser } from 'wxt/browser';

/**
 * Calls `onEnd` once this content script is orphaned: the extension was updated, reloaded or removed. A port to the
 * background disconnects then; it also disconnects when an idle service worker stops, which is told apart by the
 * extension's id still being there. Nothing here is visible to the page, so the page cannot end Lantern early
 * (WXT's own content-script context listens for a page-forgeable event; Lantern does not use it).
 */
export function whenOrphaned(onEnd: () => void): void {
  const port = browser.runtime.connect({ name: 'page' });
  port.onDisconnect.addListener(() => {
    if (!isConnected()) onEnd();
  });
}

/** Whether the extension behind this script is still there (an orphaned script's runtime has no id). */
export function isConnected(): boolean {
  const chromeRuntime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  return Boolean(chromeRuntime ? chromeRuntime.id : browser.runtime?.id);
}

/** The background's side: holds each page's port open, so that only an orphaned script sees it disconnect. */
export function acceptPagePorts(): void {
  browser.runtime.onConnect.addListener(() => undefined);
}
