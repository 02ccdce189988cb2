import { h } from 'preact';
import type { CardArticle, EntityCard } from '../card/entity-card';
import { Card } from '../ui/card/Card';
import type { CardHost } from './card-host';
import { caretAt, clientRects, containsPoint } from './caret';
import type { Hit, PageIndex } from './page-index';
import type { Box } from './placement';

const OPEN_DELAY_MS = 300;
/** Time to move the pointer from the term into the card. */
const CLOSE_DELAY_MS = 350;

export interface CardSource {
  load(entityId: string): Promise<EntityCard | null>;
  articleHref(article: CardArticle): string;
  openArticle(article: CardArticle): void;
}

interface OpenCard {
  hit: Hit;
  anchor: Box;
  card: EntityCard | null | undefined;
  pinned: boolean;
}

/**
 * Hover cards: the pointer is hit-tested against the index once per animation frame; a card opens after a
 * short delay, stays while the pointer is over it, pins on click and closes on Escape.
 */
export class HoverCards {
  private readonly cards = new Map<string, Promise<EntityCard | null>>();
  private open: OpenCard | null = null;
  private pending: Hit | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private frame = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private enabled = false;

  constructor(
    private readonly index: PageIndex,
    private readonly host: CardHost,
    private readonly source: CardSource,
    /** Whether a hit is painted: only painted terms open cards. */
    private readonly painted: (hit: Hit) => boolean,
  ) {}

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    for (const [type, listener] of this.listeners) document.addEventListener(type, listener, { capture: true, passive: true });
  }

  /** Only the user's own input counts: a page's synthetic events must not open, pin or close a card. */
  private readonly trusted =
    (listener: (event: Event) => void) =>
    (event: Event): void => {
      if (event.isTrusted) listener(event);
    };

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

  private readonly listeners: [string, (event: Event) => void][] = (
    [
      ['pointermove', (event) => this.onPointerMove(event as PointerEvent)],
      ['pointerdown', (event) => this.onPointerDown(event)],
      ['keydown', (event) => (event as KeyboardEvent).key === 'Escape' && this.close()],
      ['scroll', () => this.open && !this.open.pinned && this.close()],
    ] as [string, (event: Event) => void][]
  ).map(([type, listener]) => [type, this.trusted(listener)]);

  private onPointerMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hitTest());
  }

  private onPointerDown(event: Event): void {
    if (!this.open) return;
    if (this.isCard(event.target)) {
      if (!this.open.pinned) {
        this.open.pinned = true;
        this.render();
      }
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
    let card = this.cards.get(hit.entityId);
    if (!card) {
      card = this.source.load(hit.entityId).catch(() => null);
      this.cards.set(hit.entityId, card);
    }
    const open: OpenCard = { hit, anchor, card: undefined, pinned };
    this.open = open;
    this.host.show(this.content(open), anchor);
    void card.then((data) => {
      if (this.open !== open) return;
      open.card = data;
      this.render();
    });
  }

  private render(): void {
    if (this.open) this.host.update(this.content(this.open), this.open.anchor);
  }

  private content(open: OpenCard) {
    return h(Card, {
      card: open.card,
      pinned: open.pinned,
      articleHref: this.source.articleHref,
      onOpenArticle: this.source.openArticle,
      onClose: () => this.close(),
    });
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
