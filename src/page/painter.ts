import type { HighlightNames } from '../core/settings';
import { TERM_STYLES, type TermStyle } from './term-style';
import { yieldToPage } from './yield';

/** Longest a found range waits before it is painted while a long scan goes on. */
const FLUSH_MS = 250;
/**
 * Past this many ranges to take out of one highlight, it is rebuilt from the ranges it keeps: Firefox deletes a range
 * in time proportional to the highlight's size, so one by one, 8,000 ranges took 11 s.
 */
const REBUILD_AT = 32;
/**
 * A text node whose text changes again within this long is live (a ticker, or a log or a page written into one node
 * frame by frame), and stays live until it has been still this long. Each change makes the browser recompute the
 * highlights of every range in the node (500 ranges in a node appended to every frame: twice the page's own time in
 * Chromium), so a live node's ranges wait out of their highlight until it is still.
 */
const LIVE_MS = 1_000;
/**
 * Longest one flush adds ranges for before it lets the page run and goes on: Firefox adds a range to a registered
 * highlight in about 14 µs (the 9/11 list's 2,217 ranges were a 22–27 ms task). Chromium adds thousands in a
 * millisecond, so there a flush stays one step and one repaint.
 */
const FLUSH_BUDGET_MS = 8;
/** Ranges added between two looks at the clock. */
const ADDS_PER_CLOCK = 64;

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
  /** Ranges kept out of their highlight while a node they are in is live. */
  private readonly held = new Map<TermStyle, Set<AbstractRange>>(TERM_STYLES.map((style) => [style, new Set()]));
  private readonly lastChange = new WeakMap<Node, number>();
  /** Live text nodes, with when each last changed. */
  private readonly live = new Map<Node, number>();
  /** A node turned live or still since the last flush: the next one moves ranges between highlights and `held`. */
  private liveChanged = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private stillTimer: ReturnType<typeof setTimeout> | undefined;
  /** The styles to show (see `show`). */
  private visible = new Set<TermStyle>();
  /** `show` was called: until then an early stylesheet stays in, whatever `visible` holds. */
  private visibleKnown = false;
  /** Whether the shown highlights are in the registry. */
  private painting = false;
  /** The registry names currently set, as one key, so an unchanged state costs nothing. */
  private registered = '';
  /** A flush ran out of time and goes on after a yield. */
  private continues = false;
  /** Called once nothing found is left to add (see whenPainted). */
  private waiting: (() => void)[] = [];

  /**
   * `styleSheet(on)` inserts or removes the highlight stylesheet; `styleSheetIn` says it went in before the page was
   * parsed (see src/page/early-start.ts), where it costs nothing: inserted into a parsed page it restyles all of it
   * (0.6–1.2 s on the WHATWG spec). Lantern registers its highlights only once a shown style has a range to paint, so
   * a page with nothing painted sees no registry entry; a stylesheet not already in is asked for then too, and both
   * are kept while any style is shown, and taken out when none is.
   */
  constructor(
    readonly names: HighlightNames,
    private readonly styleSheet: (on: boolean) => void = () => undefined,
    private styleSheetIn = false,
  ) {}

  static supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  add(style: TermStyle, range: AbstractRange): void {
    this.pending.get(style)!.add(range);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  delete(style: TermStyle, range: AbstractRange): void {
    if (this.pending.get(style)!.delete(range) || this.held.get(style)!.delete(range)) return;
    this.doomed.get(style)!.add(range);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /**
   * The page changed a text node's text, in a batch of changes at `now` (`performance.now()`): a change in a later
   * batch, soon after, makes it live. Many changes in one task (a script appending word by word) are one.
   */
  textChanged(node: Node, now: number): void {
    const last = this.lastChange.get(node);
    if (last === now) return;
    this.lastChange.set(node, now);
    if (this.live.has(node)) this.live.set(node, now);
    else if (last !== undefined && now - last < LIVE_MS) {
      this.live.set(node, now);
      this.liveChanged = true;
      this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
      this.stillTimer ??= setTimeout(() => this.releaseStill(performance.now()), LIVE_MS);
    }
  }

  /** Paints again the ranges of live nodes that have been still for `LIVE_MS` by `now`. */
  releaseStill(now: number): void {
    clearTimeout(this.stillTimer);
    this.stillTimer = undefined;
    for (const [node, last] of this.live) {
      if (now - last < LIVE_MS) continue;
      this.live.delete(node);
      this.liveChanged = true;
    }
    if (this.liveChanged) this.flush();
    if (this.live.size) this.stillTimer = setTimeout(() => this.releaseStill(performance.now()), LIVE_MS);
  }

  /** Whether a range waits out of its highlight because a node it is in is live: it shows as unpainted. */
  holds(range: AbstractRange): boolean {
    return this.live.has(range.startContainer) || this.live.has(range.endContainer);
  }

  /**
   * Paints every range found, and unpaints every one lost, since the last flush (the scanner calls it when idle).
   * Unpainting is done at once; painting a large batch goes on over several tasks (see FLUSH_BUDGET_MS).
   */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const liveChanged = this.liveChanged;
    this.liveChanged = false;
    for (const style of TERM_STYLES) {
      const highlight = this.highlights.get(style)!;
      const doomed = this.doomed.get(style)!;
      const added = this.pending.get(style)!;
      const held = this.held.get(style)!;
      if (liveChanged) {
        for (const range of held) {
          if (this.holds(range)) continue;
          held.delete(range);
          added.add(range);
        }
        for (const range of highlight) {
          // A range deleted since the last flush goes out for good, not into `held`.
          if (!this.holds(range) || doomed.has(range)) continue;
          doomed.add(range);
          held.add(range);
        }
      }
      if (doomed.size > REBUILD_AT) {
        const kept = [...highlight].filter((range) => !doomed.has(range));
        highlight.clear();
        for (const range of kept) highlight.add(range);
      } else for (const range of doomed) highlight.delete(range);
      doomed.clear();
    }
    // Registered before the ranges are added, not after: Firefox registers a highlight in time that grows with its
    // ranges (one of 2,217 on the 9/11 list: 14–21 ms), where the adds to a registered one go in budgeted steps.
    this.register();
    const deadline = performance.now() + FLUSH_BUDGET_MS;
    let adds = 0;
    for (const style of TERM_STYLES) {
      const highlight = this.highlights.get(style)!;
      const added = this.pending.get(style)!;
      const held = this.held.get(style)!;
      for (const range of added) {
        added.delete(range);
        (this.holds(range) ? held : highlight).add(range);
        if (++adds % ADDS_PER_CLOCK === 0 && performance.now() > deadline) return this.continueAfterYield();
      }
    }
    for (const painted of this.waiting.splice(0)) painted();
  }

  /** Resolves once every range found so far is in its highlight (or held back: see `holds`). */
  whenPainted(): Promise<void> {
    if ([...this.pending.values()].every((ranges) => ranges.size === 0)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private continueAfterYield(): void {
    if (this.continues) return;
    this.continues = true;
    void yieldToPage().then(() => {
      this.continues = false;
      this.flush();
    });
  }

  /** Shows the styles that are visible (once something is painted: see the constructor) and hides the others. */
  show(visible: (style: TermStyle) => boolean): void {
    this.visible = new Set(TERM_STYLES.filter(visible));
    this.visibleKnown = true;
    this.register();
  }

  private register(): void {
    const holdsRanges = (style: TermStyle) => this.highlights.get(style)!.size > 0 || this.pending.get(style)!.size > 0;
    const painting = this.visible.size > 0 && (this.painting || [...this.visible].some(holdsRanges));
    const key = painting ? [...this.visible].join() : '';
    if (key !== this.registered) {
      this.registered = key;
      for (const [style, highlight] of this.highlights) {
        if (painting && this.visible.has(style)) CSS.highlights.set(this.names[style], highlight);
        // Only our own entry: the page may have registered something else under a name since.
        else if (CSS.highlights.get(this.names[style]) === highlight) CSS.highlights.delete(this.names[style]);
      }
    }
    this.painting = painting;
    if (!this.visibleKnown) return;
    const styleSheet = this.visible.size > 0 && (painting || this.styleSheetIn);
    if (styleSheet === this.styleSheetIn) return;
    this.styleSheetIn = styleSheet;
    this.styleSheet(styleSheet);
  }

  /** Unpaints everything at once. */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const ranges of [...this.pending.values(), ...this.doomed.values(), ...this.held.values()]) ranges.clear();
  }
}
