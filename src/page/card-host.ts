import { parseFromCard, type FromCard, type ToCard } from '../core/card-frame';
import { cardMaxHeight, placeCard, type Box } from './placement';

/** Where the card page is. */
export interface CardPage {
  /** Its address: per session in Chrome (`use_dynamic_url`), so pages cannot probe for it. */
  url: string;
  /** The origin of its document, which the port is posted to: the extension's own (in Chrome not the per-session one). */
  origin: string;
}

/** What the card frame tells the page side: the pointer entered or left it, a click pinned it, it asked to close. */
export interface CardEvents {
  onPointer(inside: boolean): void;
  onPin(): void;
  onClose(): void;
}

/**
 * Where the hover card lives: an unnamed `div` on `<html>` (outside `body`) with a closed shadow root holding an
 * iframe of the extension's card page. Page scripts can neither read the card nor search it with `window.find`.
 * The frame is made on the first card and kept, hidden between cards; it is placed once it reports its size.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  /** The message to send once the frame is connected (only the latest matters). */
  private queued: ToCard | null = null;
  private anchor: Box | null = null;

  constructor(
    private readonly card: CardPage,
    private readonly events: CardEvents,
  ) {}

  readonly isOwn = (element: Element): boolean => element === this.host;

  show(entityId: string, pinned: boolean, anchor: Box): void {
    this.ensure();
    this.anchor = anchor;
    important(this.host!, 'visibility', 'hidden');
    important(this.host!, 'display', 'block');
    this.send({ type: 'show', entityId, pinned, maxHeight: cardMaxHeight(anchor, viewport()) });
  }

  pin(): void {
    this.send({ type: 'pin' });
  }

  hide(): void {
    this.anchor = null;
    if (!this.host) return;
    important(this.host, 'display', 'none');
    this.send({ type: 'hide' });
  }

  remove(): void {
    this.hide();
    this.port?.close();
    this.host?.remove();
    this.host = this.frame = this.port = this.queued = null;
  }

  private send(message: ToCard): void {
    if (this.port) this.port.postMessage(message);
    else this.queued = message;
  }

  private onMessage(message: FromCard): void {
    if (message.type === 'size') this.place(message.width, message.height);
    else if (message.type === 'pointer') this.events.onPointer(message.inside);
    else if (message.type === 'pin') this.events.onPin();
    else this.events.onClose();
  }

  private place(width: number, height: number): void {
    if (!this.anchor || !this.host || !this.frame) return;
    const { left, top } = placeCard(this.anchor, { width, height }, viewport());
    this.frame.style.width = `${Math.ceil(width)}px`;
    this.frame.style.height = `${Math.ceil(height)}px`;
    important(this.host, 'transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
    important(this.host, 'visibility', 'visible');
  }

  private ensure(): void {
    if (this.host?.isConnected && this.frame) return;
    this.remove();
    const host = document.createElement('div');
    // Inline and !important, `all` first: page rules such as `html > div { display: none; filter: blur(4px) }` must not hide, blur or move it.
    important(host, 'all', 'initial');
    for (const [property, value] of [
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['z-index', '2147483647'],
      ['display', 'none'],
    ])
      important(host, property!, value!);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      'iframe { display: block; border: 0; border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.22); background: transparent; color-scheme: normal; }';
    const frame = document.createElement('iframe');
    const secret = crypto.randomUUID();
    // The frame reads its secret from window.name, which page scripts cannot read across origins.
    frame.name = secret;
    frame.title = 'Term details';
    frame.src = this.card.url;
    frame.style.width = frame.style.height = '0';
    let loads = 0;
    frame.addEventListener('load', () => {
      if (this.frame !== frame) return;
      // A second load means something navigated the frame: start again with a new one at the next card.
      if (++loads > 1) return this.remove();
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        const message = parseFromCard(event.data);
        if (message) this.onMessage(message);
      };
      frame.contentWindow?.postMessage({ secret }, this.card.origin, [channel.port2]);
      this.port = channel.port1;
      if (this.queued) this.port.postMessage(this.queued);
      this.queued = null;
    });
    shadow.append(style, frame);
    document.documentElement.append(host);
    this.host = host;
    this.frame = frame;
  }
}

const viewport = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });

function important(element: HTMLElement, property: string, value: string): void {
  element.style.setProperty(property, value, 'important');
}
