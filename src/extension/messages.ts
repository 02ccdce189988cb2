import { browser, type Browser } from 'wxt/browser';
import type { Bundle, CompiledDictionary } from '../core/types';
import type { EntityCard } from '../card/entity-card';
import type { ArticleDetails, EntityDetails, SearchResults } from '../search/types';

/** Every request the extension's parts send the background, with its reply type. One place, typed both ways. */
export interface Requests {
  'corpus-summary': { request: Record<string, never>; reply: Bundle['corpus'] };
  /** The content script's matcher: the compiled dictionary only, never the articles. */
  'page-dictionary': { request: Record<string, never>; reply: CompiledDictionary };
  'entity-card': { request: { entityId: string }; reply: EntityCard | null };
  /** A frame reports the distinct entities it found, for the toolbar badge. */
  'page-terms': { request: { entityIds: string[] }; reply: void };
  'open-article': { request: { articleId: string; sentence: number }; reply: void };
  /** The popup's search as the user types. */
  search: { request: { query: string }; reply: SearchResults };
  /** The entity view (popup, article page). */
  entity: { request: { entityId: string }; reply: EntityDetails | null };
  /** The article page. */
  article: { request: { articleId: string }; reply: ArticleDetails | null };
  /** The options page imported or removed a collection, or turned the bundled corpus on or off: rebuild the view. */
  'collections-changed': { request: Record<string, never>; reply: void };
}

/** What the background tells a tab's content script (commands), one way. */
export interface TabCommands {
  'step-term': { direction: 1 | -1 };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];
export type Handlers = { [T in RequestType]: (message: Message<T>, sender: Browser.runtime.MessageSender) => Promise<Requests[T]['reply']> };

export function ask<T extends RequestType>(type: T, request: Requests[T]['request']): Promise<Requests[T]['reply']> {
  return browser.runtime.sendMessage({ type, ...request });
}

export type TabCommand<T extends keyof TabCommands = keyof TabCommands> = { type: T } & TabCommands[T];

export function tellTab<T extends keyof TabCommands>(tabId: number, type: T, command: TabCommands[T]): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { type, ...command }, { frameId: 0 });
}

/** The content script's side of `tellTab`; only the background (same extension, no tab) is listened to. */
export function listenToBackground(handlers: { [T in keyof TabCommands]: (command: TabCommand<T>) => void }): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromExtension(sender) || sender.tab) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    (handlers[type as keyof TabCommands] as (m: unknown) => void)(message);
    return undefined;
  });
}

/** Only the extension's own pages and content scripts are listened to; anything else is ignored. */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** An extension page (popup, options, article page), not a content script in some web page. */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return isFromExtension(sender) && sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** Wires the handlers to runtime messages; unknown types and foreign senders get no reply. */
export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromExtension(sender)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as RequestType] as (m: unknown, s: typeof sender) => Promise<unknown>;
    return handler(message, sender);
  });
}
