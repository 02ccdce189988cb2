import { HIGHLIGHT_NAMES, TERM_STYLES, type TermStyle } from './term-style';

/**
 * Paints terms with the CSS Custom Highlight API: ranges in a registry, no change to the page's DOM.
 * Quiet mode keeps the Highlight objects but takes them out of the registry, so nothing shows and nothing is listed.
 */
export class Painter {
  private readonly highlights = new Map<TermStyle, Highlight>(TERM_STYLES.map((style) => [style, new Highlight()]));
  /** The registry names currently set, as one key, so a repeated `show` costs nothing. */
  private shown = '';

  static supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  add(style: TermStyle, range: AbstractRange): void {
    this.highlights.get(style)!.add(range);
  }

  delete(style: TermStyle, range: AbstractRange): void {
    this.highlights.get(style)!.delete(range);
  }

  /** Registers the styles that are visible and takes the others out of the registry. */
  show(visible: (style: TermStyle) => boolean): void {
    const key = TERM_STYLES.filter(visible).join();
    if (key === this.shown) return;
    this.shown = key;
    for (const [style, highlight] of this.highlights) {
      if (visible(style)) CSS.highlights.set(HIGHLIGHT_NAMES[style], highlight);
      else CSS.highlights.delete(HIGHLIGHT_NAMES[style]);
    }
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }
}
