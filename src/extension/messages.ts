import { browser, type Browser } from 'wxt/browser';
import type { Requests, TabRequests } from './protocol';
import { parseRequest, REQUEST_PARSERS, TAB_REQUEST_PARSERS, type Parsers } from './request-parsers';

export type { PageAccess, PageDictionary, PageTerms, Requests, TabRequests } from './protocol';

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];
export type Handlers = { [T in RequestType]: (message: Message<T>, sender: Browser.runtime.MessageSender) => Promise<Requests[T]['reply']> };

/** Waits between tries while the background is still starting (just installed, or woken): about 3 s in all. */
const STARTING_RETRIES_MS = [50, 100, 200, 400, 800, 1500];

export async function ask<T extends RequestType>(type: T, request: Requests[T]['request']): Promise<Requests[T]['reply']> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage({ type, ...request });
    } catch (error) {
      // Only "nobody is listening yet" is worth another try; any other failure is the answer.
      const starting = /Receiving end does not exist|Could not establish connection/i.test(String(error));
      if (!starting || attempt >= STARTING_RETRIES_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, STARTING_RETRIES_MS[attempt]));
    }
  }
}

type TabRequestType = keyof TabRequests;
export type TabHandlers = { [T in TabRequestType]: (request: TabRequests[T]['request']) => TabRequests[T]['reply'] };

export function askTab<T extends TabRequestType>(tabId: number, type: T, request: TabRequests[T]['request']): Promise<TabRequests[T]['reply']> {
  return browser.tabs.sendMessage(tabId, { type, ...request }, { frameId: 0 });
}

/**
 * The content script's side of `askTab`: only the extension itself is answered — its background, or its pages
 * (Firefox names the tab of an extension page opened in a tab, so the page's address is what tells them apart).
 */
export function answerExtension(handlers: TabHandlers): () => void {
  return listen(
    TAB_REQUEST_PARSERS,
    (sender) => isFromExtension(sender) && (!sender.tab || isExtensionPage(sender)),
    (type, request) => Promise.resolve((handlers[type] as (request: unknown) => unknown)(request)),
  );
}

/** Only the extension's own pages and content scripts are listened to; anything else is ignored. */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** An extension page (popup, options, article page), not a content script in some web page. */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return isFromExtension(sender) && sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** Wires the handlers to runtime messages; unknown types and foreign senders get no reply, malformed ones an error. */
export function serve(handlers: Handlers): void {
  listen(REQUEST_PARSERS, isFromExtension, (type, request, sender) =>
    (handlers[type] as (m: unknown, s: typeof sender) => Promise<unknown>)({ type, ...(request as object) }, sender),
  );
}

/**
 * One runtime listener: senders filtered, each request parsed by its type, a malformed one rejected with why.
 * Returns the function that removes it.
 */
function listen<R>(
  parsers: Parsers<R>,
  trusted: (sender: Browser.runtime.MessageSender) => boolean,
  handle: (type: keyof R & string, request: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!trusted(sender)) return undefined;
    try {
      const parsed = parseRequest(parsers, message);
      return parsed && handle(parsed.type, parsed.request, sender);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
