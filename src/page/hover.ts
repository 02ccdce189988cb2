import { CardHost, type CardPage } from './card-host';
import { caretAt, clientRects, containsPoint } from './caret';
import type { Hit, PageIndex } from './page-index';
import type { Box } from './placement';

const OPEN_DELAY_MS = 300;
/** Time to move the pointer from the term into the card. */
const CLOSE_DELAY_MS = 350;

interface OpenCard {
  hit: Hit;
  pinned: boolean;
}

/**
 * Hover cards: the pointer is hit-tested against the index once per animation frame; a card opens after a
 * short delay, stays while the pointer is over it, pins on click and closes on Escape. Only the user's own
 * (trusted) events count, so a page's synthetic events cannot open, pin or close a card.
 */
export class HoverCards {
  private open: OpenCard | null = null;
  private pending: Hit | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private frame = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private enabled = false;
  private readonly host: CardHost;

  constructor(
    private readonly index: PageIndex,
    card: CardPage,
    /** Whether a hit is painted: only painted terms open cards. */
    private readonly painted: (hit: Hit) => boolean,
  ) {
    this.host = new CardHost(card, this.cardEvents);
  }

  /** Lantern's own element in the page (the card's host), which the scanner leaves alone. */
  readonly isOwn = (element: Element): boolean => this.host.isOwn(element);

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    for (const [type, listener] of this.listeners) document.addEventListener(type, listener, { capture: true, passive: true });
  }

  disable(): void {
    if (!this.enabled) return;
    this.enabled = false;
    for (const [type, listener] of this.listeners) document.removeEventListener(type, listener, { capture: true });
    this.close();
    this.host.remove();
  }

  /** Opens the card for a hit at once (keyboard navigation), pinned so it stays while the user reads. */
  show(hit: Hit): void {
    const rect = clientRects(hit.range)[0];
    if (rect) this.openCard(hit, rect, true);
  }

  /** What the card frame reports: the pointer is over it, it was clicked, or it asked to close. */
  private readonly cardEvents = {
    onPointer: (inside: boolean) => {
      if (!this.open) return;
      clearTimeout(this.closeTimer);
      if (!inside && !this.open.pinned) this.closeTimer = window.setTimeout(() => this.close(), CLOSE_DELAY_MS);
    },
    onPin: () => {
      if (this.open) this.open.pinned = true;
    },
    onClose: () => this.close(),
  };

  private readonly listeners = (
    [
      ['pointermove', (event) => this.onPointerMove(event as PointerEvent)],
      ['pointerdown', (event) => this.onPointerDown(event)],
      ['keydown', (event) => (event as KeyboardEvent).key === 'Escape' && this.close()],
      ['scroll', () => this.open && !this.open.pinned && this.close()],
    ] as [string, (event: Event) => void][]
  ).map(([type, listener]): [string, (event: Event) => void] => [type, (event) => event.isTrusted && listener(event)]);

  private onPointerMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hitTest());
  }

  private onPointerDown(event: Event): void {
    if (!this.open) return;
    if (this.isCard(event.target)) {
      this.open.pinned = true;
      this.host.pin();
    } else this.close();
  }

  private hitTest(): void {
    this.frame = 0;
    const { x, y, target } = this.pointer;
    if (this.isCard(target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const hit = this.hitAt(x, y);
    if (hit && hit === this.open?.hit) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (hit !== this.pending) {
      clearTimeout(this.openTimer);
      this.pending = hit;
      if (hit) this.openTimer = window.setTimeout(() => this.openCard(hit, this.anchorAt(hit, x, y), false), OPEN_DELAY_MS);
    }
    if (!hit && this.open && !this.open.pinned) {
      clearTimeout(this.closeTimer);
      this.closeTimer = window.setTimeout(() => this.close(), CLOSE_DELAY_MS);
    }
  }

  private hitAt(x: number, y: number): Hit | null {
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    // The caret is the nearest position, even beside the text: only a hit whose boxes hold the point counts.
    for (const hit of this.index.hitsAt(caret.node as Text, caret.offset)) {
      if (this.painted(hit) && clientRects(hit.range).some((rect) => containsPoint(rect, x, y))) return hit;
    }
    return null;
  }

  private anchorAt(hit: Hit, x: number, y: number): Box {
    const rects = clientRects(hit.range);
    return rects.find((rect) => containsPoint(rect, x, y)) ?? rects[0] ?? new DOMRect(x, y, 0, 0);
  }

  private openCard(hit: Hit, anchor: Box, pinned: boolean): void {
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.open = { hit, pinned };
    this.host.show(hit.entityId, pinned, anchor);
  }

  private close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    if (!this.open) return;
    this.open = null;
    this.host.hide();
  }

  private isCard(target: EventTarget | null): boolean {
    return target instanceof Element && this.host.isOwn(target);
  }
}
