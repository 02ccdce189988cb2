import type { HighlightNames } from '../core/settings';
import { TERM_STYLES, type TermStyle } from './term-style';

/** Longest a found range waits before it is painted while a long scan goes on. */
const FLUSH_MS = 250;

/**
 * Paints terms with the CSS Custom Highlight API: ranges in a registry, no change to the page's DOM.
 * Quiet mode keeps the Highlight objects but takes them out of the registry, so nothing shows and nothing is listed.
 * New ranges are added in batches: every change to a registered highlight makes the browser repaint all the ranges
 * it holds, so adding them slice by slice during a long scan would repaint the page again and again.
 */
export class Painter {
  private readonly highlights = new Map<TermStyle, Highlight>(TERM_STYLES.map((style) => [style, new Highlight()]));
  private readonly pending = new Map<TermStyle, Set<AbstractRange>>(TERM_STYLES.map((style) => [style, new Set()]));
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** The registry names currently set, as one key, so a repeated `show` costs nothing. */
  private shown = '';

  constructor(readonly names: HighlightNames) {}

  static supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  add(style: TermStyle, range: AbstractRange): void {
    this.pending.get(style)!.add(range);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  delete(style: TermStyle, range: AbstractRange): void {
    if (!this.pending.get(style)!.delete(range)) this.highlights.get(style)!.delete(range);
  }

  /** Paints every range found since the last flush (the scanner calls it when it is idle). */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const [style, ranges] of this.pending) {
      if (!ranges.size) continue;
      const highlight = this.highlights.get(style)!;
      for (const range of ranges) highlight.add(range);
      ranges.clear();
    }
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
    for (const ranges of this.pending.values()) ranges.clear();
  }
}
