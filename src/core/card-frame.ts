/**
 * The hover card is an extension page (`card.html`) in an iframe: page scripts cannot read it, and `window.find`
 * cannot search it. The content script and the frame talk over a MessagePort handed to the frame once, after the
 * frame proved it was created by the content script (the secret in its `window.name`, which a page cannot read).
 * Messages are parsed on arrival: a frame navigated away by the page, or a forged port, gets nothing done.
 */

export const CARD_PAGE = 'card.html';

/** Content script → card frame. */
export type ToCard = { type: 'show'; entityId: string; pinned: boolean; maxHeight: number } | { type: 'pin' } | { type: 'hide' };

/** Card frame → content script. */
export type FromCard = { type: 'size'; width: number; height: number } | { type: 'pointer'; inside: boolean } | { type: 'pin' } | { type: 'close' };

/** The first message to the frame, carrying the port. */
export interface CardHello {
  secret: string;
}

type Fields = Record<string, unknown>;
const record = (data: unknown): Fields | null => (typeof data === 'object' && data !== null ? (data as Fields) : null);
const size = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 100_000;

export function parseToCard(data: unknown): ToCard | null {
  const m = record(data);
  if (m?.type === 'pin' || m?.type === 'hide') return { type: m.type };
  if (m?.type === 'show' && typeof m.entityId === 'string' && m.entityId.length <= 500 && typeof m.pinned === 'boolean' && size(m.maxHeight))
    return { type: 'show', entityId: m.entityId, pinned: m.pinned, maxHeight: m.maxHeight };
  return null;
}

export function parseFromCard(data: unknown): FromCard | null {
  const m = record(data);
  if (m?.type === 'pin' || m?.type === 'close') return { type: m.type };
  if (m?.type === 'pointer' && typeof m.inside === 'boolean') return { type: 'pointer', inside: m.inside };
  if (m?.type === 'size' && size(m.width) && size(m.height)) return { type: 'size', width: m.width, height: m.height };
  return null;
}

export function parseHello(data: unknown): CardHello | null {
  const m = record(data);
  return typeof m?.secret === 'string' ? { secret: m.secret } : null;
}
