import type { HighlightNames } from '../core/settings';
import { TERM_STYLES, type TermStyle } from './term-style';

/** Longest a found range waits before it is painted while a long scan goes on. */
const FLUSH_MS = 250;
/**
 * Past this many ranges to take out of one highlight, it is rebuilt from the ranges it keeps: Firefox deletes a range
 * in time proportional to the highlight's size, so one by one, 8,000 ranges took 11 s.
 */
const REBUILD_AT = 32;

/**
 * Paints terms with the CSS Custom Highlight API: ranges in a registry, no change to the page's DOM.
 * Quiet mode keeps the Highlight objects but takes them out of the registry, so nothing shows and nothing is listed.
 * Ranges are added and taken out in batches: every change to a registered highlight makes the browser repaint all
 * the ranges it holds, so changing them slice by slice during a long scan would repaint the page again and again.
 */
export class Painter {
  private readonly highlights = new Map<TermStyle, Highlight>(TERM_STYLES.map((style) => [style, new Highlight()]));
  private readonly pending = new Map<TermStyle, Set<AbstractRange>>(TERM_STYLES.map((style) => [style, new Set()]));
  private readonly doomed = new Map<TermStyle, Set<AbstractRange>>(TERM_STYLES.map((style) => [style, new Set()]));
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
    if (this.pending.get(style)!.delete(range)) return;
    this.doomed.get(style)!.add(range);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Paints every range found, and unpaints every one lost, since the last flush (the scanner calls it when idle). */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const style of TERM_STYLES) {
      const highlight = this.highlights.get(style)!;
      const doomed = this.doomed.get(style)!;
      if (doomed.size > REBUILD_AT) {
        const kept = [...highlight].filter((range) => !doomed.has(range));
        highlight.clear();
        for (const range of kept) highlight.add(range);
      } else for (const range of doomed) highlight.delete(range);
      doomed.clear();
      const added = this.pending.get(style)!;
      for (const range of added) highlight.add(range);
      added.clear();
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

  /** Unpaints everything at once. */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const ranges of [...this.pending.values(), ...this.doomed.values()]) ranges.clear();
  }
}
