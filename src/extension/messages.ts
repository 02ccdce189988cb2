import { browser, type Browser } from 'wxt/browser';
import type { Bundle } from '../core/types';

/** Every request the extension's parts send the background, with its reply type. One place, typed both ways. */
export interface Requests {
  'corpus-summary': { request: Record<string, never>; reply: Bundle['corpus'] };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];
export type Handlers = { [T in RequestType]: (message: Message<T>, sender: Browser.runtime.MessageSender) => Promise<Requests[T]['reply']> };

export function ask<T extends RequestType>(type: T, request: Requests[T]['request']): Promise<Requests[T]['reply']> {
  return browser.runtime.sendMessage({ type, ...request });
}

/** Only the extension's own pages and content scripts are listened to; anything else is ignored. */
export function isFromExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
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
