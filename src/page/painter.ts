import type { HighlightNames } from '../core/settings';
import { TERM_STYLES, type TermStyle } from './term-style';

/**
 * Paints terms with the CSS Custom Highlight API: ranges in a registry, no change to the page's DOM.
 * Quiet mode keeps the Highlight objects but takes them out of the registry, so nothing shows and nothing is listed.
 */
export class Painter {
  private readonly highlights = new Map<TermStyle, Highlight>(TERM_STYLES.map((style) => [style, new Highlight()]));
  /** The registry names currently set, as one key, so a repeated `show` costs nothing. */
  private shown = '';

  constructor(readonly names: HighlightNames) {}

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
      if (visible(style)) CSS.highlights.set(this.names[style], highlight);
      // Only our own entry: the page may have registered something else under a name since.
      else if (CSS.highlights.get(this.names[style]) === highlight) CSS.highlights.delete(this.names[style]);
    }
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }
}
