import { render, type ComponentChild } from 'preact';
import cardCss from '../ui/card/card.css?inline';
import { placeCard, type Box } from './placement';

/**
 * The element the hover card lives in: a plain, unnamed `div` on `<html>` (outside `body`) with a shadow root,
 * closed in shipped builds so the page cannot read the card. Test builds (LANTERN_TEST=1) open it for the e2e tests.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  readonly isOwn = (element: Element): boolean => element === this.host;

  show(content: ComponentChild, anchor: Box): void {
    const { host, mount } = this.ensure();
    important(host, 'visibility', 'hidden');
    important(host, 'display', 'block');
    render(content, mount);
    this.place(anchor);
    important(host, 'visibility', 'visible');
  }

  /** Re-renders in place (data arrived, pinned) and keeps the card inside the viewport. */
  update(content: ComponentChild, anchor: Box): void {
    if (!this.mount) return;
    render(content, this.mount);
    this.place(anchor);
  }

  hide(): void {
    if (!this.host || !this.mount) return;
    render(null, this.mount);
    important(this.host, 'display', 'none');
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = null;
  }

  private place(anchor: Box): void {
    const card = this.mount!.getBoundingClientRect();
    const { left, top } = placeCard(anchor, card, { width: document.documentElement.clientWidth, height: window.innerHeight });
    important(this.host!, 'transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
  }

  private ensure(): { host: HTMLElement; mount: HTMLElement } {
    if (this.host?.isConnected && this.mount) return { host: this.host, mount: this.mount };
    const host = document.createElement('div');
    // Inline and !important: page rules such as `html > div { display: none }` must not hide or move it.
    host.style.cssText = 'all: initial; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important;';
    const shadow = host.attachShadow({ mode: import.meta.env.LANTERN_TEST ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }
}

function important(element: HTMLElement, property: string, value: string): void {
  element.style.setProperty(property, value, 'important');
}
