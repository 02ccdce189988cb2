/**
 * Page side of the page benchmark, timed inside the browser on a real page: the content script's scan pipeline, a
 * TreeWalker floor, the hand-written RegExp highlighter, and mark.js and advanced-mark.js with that RegExp. Each
 * method leaves the page as it found it, so the bench can alternate them in one page load.
 */
import type { CompiledDictionary } from '../../src/core/types.ts';
import { loadMatcher } from '../../src/match/index.ts';
import { yieldToPage } from '../../src/page/yield.ts';
import { aliasRegexpSource, buildAliasRegexp, type RegexpAlias } from './lib/alias-regexp.ts';
import { lanternPainter, startLantern, type LanternPage } from './lib/lantern-page.ts';
import { REGEXP_HIGHLIGHT, highlightMatches } from './lib/regexp-highlighter.ts';
import { median, onceMs } from './lib/timing.ts';

export interface ScanMeasurement {
  /**
   * The browser restyling the whole page for a `::highlight` stylesheet inserted into the parsed page, paid before the
   * scan is timed: the extension inserts it before the page is parsed (src/page/early-start.ts) and pays this only
   * when a page is switched to paint mode later.
   */
  lateStylesheetMs: number;
  /**
   * What the stylesheet adds to a restyle of every element (one with it in, less one without): what the extension's
   * early stylesheet adds to the page's own first restyle.
   */
  stylesheetInRestyleMs: number;
  /** Matcher load (in steps) + time-sliced scan until every highlight is registered. */
  totalMs: number;
  loadMs: number;
  /** Longest stretch the load or the scan held the main thread between two yields. */
  longestSliceMs: number;
  /** Ranges painted: every term found but incidental ones (in page furniture, or an ordinary word used as a label; see PageIndex). */
  ranges: number;
  /** Terms found, painted or not. */
  found: number;
}

/** One baseline run's time and how much it highlighted (ranges or mark elements). */
export interface BaselineMeasurement {
  ms: number;
  highlights: number;
}

export interface RegexpMeasurement extends BaselineMeasurement {
  /** Building and compiling the RegExp, then highlighting. */
  withBuildMs: number;
}

let sink = 0;
let longestSlice = 0;
let resumed = 0;

/**
 * Records how long each slice of work held the thread: from a resume to the next yield. Lantern yields with
 * scheduler.yield where the browser has it (Chromium), else by posting a message to itself (Firefox 140): the slice
 * ends at the post, and the next begins when the message is handled.
 */
function instrumentYield(): void {
  const ended = () => (longestSlice = Math.max(longestSlice, performance.now() - resumed));
  const scheduler = (globalThis as unknown as { scheduler?: { yield?(): Promise<void> } }).scheduler;
  if (scheduler?.yield) {
    const original = scheduler.yield.bind(scheduler);
    scheduler.yield = async () => {
      ended();
      await original();
      resumed = performance.now();
    };
    return;
  }
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, ...args: Parameters<MessagePort['postMessage']>) {
    ended();
    return post.apply(this, args);
  } as MessagePort['postMessage'];
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    ...onmessage,
    set(this: MessagePort, handler: ((event: MessageEvent) => void) | null) {
      const resuming = (event: MessageEvent) => {
        resumed = performance.now();
        handler!.call(this, event);
      };
      onmessage.set!.call(this, handler && resuming);
    },
  });
}
instrumentYield();

let onIdle: () => void = () => undefined;
let lantern: LanternPage | undefined;

/**
 * Collects garbage where the browser lets a page (Chromium, with --expose-gc), lays the page out and lets a frame pass,
 * so no method pays for garbage, layout or restyling left by the one before: mark.js leaves thousands of elements,
 * and their collection fell in Lantern's next scan as a 23 ms slice.
 */
async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  void document.body.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

let restyles = 0;
/** A restyle of every element: an inherited custom property changed on the root, and a style read. */
function fullRestyleMs(): number {
  const root = document.documentElement;
  const ms = onceMs(() => {
    root.style.setProperty('--bench-restyle', String(++restyles));
    return getComputedStyle(document.body).display;
  });
  root.style.removeProperty('--bench-restyle');
  void getComputedStyle(document.body).display;
  return ms;
}

/** Lantern's load and scan until every range is painted; Lantern keeps running (for `burst`, `churn`) until `stopLantern`. */
async function scan(compiledUrl: string): Promise<ScanMeasurement> {
  const compiled = (await (await fetch(compiledUrl)).json()) as CompiledDictionary;
  await settle();
  const restyleWithout = fullRestyleMs();
  const styled = lanternPainter();
  const lateStylesheetMs = onceMs(() => getComputedStyle(document.body).display);
  const stylesheetInRestyleMs = fullRestyleMs() - restyleWithout;
  // What those restyles leave (layout, Firefox's garbage) must not fall in Lantern's first slice: 27 ms in Firefox.
  await settle();
  // As in the extension: the matcher is loaded in steps, then the scan starts in a later task (after the settings are
  // read). The load's steps are slices too.
  resumed = performance.now();
  longestSlice = 0;
  const started = resumed;
  const matcher = await loadMatcher(compiled, yieldToPage);
  const loadMs = performance.now() - started;
  await yieldToPage();
  await new Promise<void>((resolve) => {
    onIdle = resolve;
    lantern = startLantern(matcher, () => onIdle(), styled);
  });
  const totalMs = performance.now() - started;
  longestSlice = Math.max(longestSlice, performance.now() - resumed);
  return {
    lateStylesheetMs,
    stylesheetInRestyleMs,
    totalMs,
    loadMs,
    longestSliceMs: longestSlice,
    ranges: lantern!.painted(),
    found: lantern!.index.hits().length,
  };
}

function stopLantern(): void {
  lantern?.stop();
  lantern = undefined;
}

/**
 * The floor: a TreeWalker that reads every text node and does nothing else (median of `repeats`), each read after
 * settle() as every method is. Read back to back, a read found the JS wrappers of the text nodes the one before made
 * (the 9/11 list: 2.3 against 4.0 ms), which no method timed after a collection finds.
 */
async function floor(repeats: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < repeats; run++) {
    await settle();
    times.push(
      onceMs(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) sink ^= (node as Text).data.length;
      }),
    );
  }
  return median(times);
}

let regexpSource = '';
let regexp: RegExp | null = null;

/** Fetches the dictionary's aliases, builds and compiles the baselines' RegExp; false where the engine refuses it. */
async function prepareRegexp(aliasesUrl: string): Promise<boolean> {
  regexpSource = aliasRegexpSource((await (await fetch(aliasesUrl)).json()) as RegexpAlias[]);
  regexp = buildAliasRegexp(regexpSource);
  return regexp !== null;
}

/**
 * The hand-written highlighter, building and compiling its RegExp first, from the source (made distinct, so the
 * engine's RegExp cache cannot hand back the one prepareRegexp compiled): timed with the build and without it.
 */
async function regexpRanges(): Promise<RegexpMeasurement> {
  await settle();
  const started = performance.now();
  const built = buildAliasRegexp(regexpSource, true)!;
  const compiled = performance.now();
  const highlights = highlightMatches(built);
  const done = performance.now();
  CSS.highlights.delete(REGEXP_HIGHLIGHT);
  return { ms: done - compiled, withBuildMs: done - started, highlights };
}

interface MarkLibrary {
  markRegExp(regexp: RegExp, options: { done(marks: number): void }): void;
}

/** The highlighting libraries the page was given, by name (each sets the global `Mark`; the bench files each one here). */
const markLibraries = ((globalThis as unknown as { markLibraries?: Record<string, new (context: Element) => MarkLibrary> }).markLibraries ??= {});

/** mark.js or advanced-mark.js wrapping each match of the compiled RegExp in a <mark>; the marks are then taken out again. */
async function markRegexp(library: string): Promise<BaselineMeasurement> {
  const Mark = markLibraries[library]!;
  await settle();
  const started = performance.now();
  const highlights = await new Promise<number>((resolve) => new Mark(document.body).markRegExp(regexp!, { done: resolve }));
  const ms = performance.now() - started;
  removeMarks();
  return { ms, highlights };
}

/** Unwraps the libraries' marks, normalising each parent once (their own unmark normalises per mark: slow with thousands in one list). */
function removeMarks(): void {
  const parents = new Set<Node>();
  for (const mark of document.body.querySelectorAll('mark[data-markjs]')) {
    parents.add(mark.parentNode!);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
}

function idle(): Promise<void> {
  return new Promise((resolve) => (onIdle = resolve));
}

function item(i: number): HTMLElement {
  const p = document.createElement('p');
  p.textContent = `Post ${i}: Anonymous says ISIS accounts were reported by @CtrlSec under #GhostSec.`;
  return p;
}

/** Appends `count` new nodes at once and times until they are all highlighted. */
async function burst(count: number): Promise<{ ms: number; longestSliceMs: number }> {
  const feed = document.body.appendChild(document.createElement('div'));
  longestSlice = 0;
  const done = idle();
  const started = performance.now();
  resumed = started;
  feed.append(...Array.from({ length: count }, (_, i) => item(i)));
  await done;
  return { ms: performance.now() - started, longestSliceMs: Math.max(longestSlice, performance.now() - resumed) };
}

/** An infinite-scroll timeline: `count` mutations in batches, old posts removed, keeping `keep` on the page. */
async function churn(count: number, batch: number, keep: number): Promise<void> {
  const feed = document.body.appendChild(document.createElement('div'));
  for (let i = 0; i < count; i += batch) {
    const done = idle();
    feed.append(...Array.from({ length: batch }, (_, j) => item(i + j)));
    while (feed.childElementCount > keep) feed.firstElementChild!.remove();
    await done;
  }
}

(globalThis as unknown as { pageBench: object }).pageBench = {
  scan,
  stopLantern,
  floor,
  prepareRegexp,
  regexpRanges,
  markRegexp,
  burst,
  churn,
  sink: () => sink,
};
