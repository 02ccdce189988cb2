/** Page side of the page benchmark: the content script's scan pipeline, timed inside Chromium on a real page. */
import type { CompiledDictionary } from '../../src/core/types.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { createMatcher } from '../../src/match/index.ts';
import { PageIndex } from '../../src/page/page-index.ts';
import { Painter } from '../../src/page/painter.ts';
import { Scanner } from '../../src/page/scanner.ts';
import { randomHighlightNames } from '../../src/page/term-style.ts';
import { highlightCss } from '../../src/extension/highlight-css.ts';

export interface ScanMeasurement {
  /** Matcher load + time-sliced scan until every highlight is registered. */
  totalMs: number;
  loadMs: number;
  /** Longest stretch the scan held the main thread between two yields. */
  longestSliceMs: number;
  ranges: number;
}

let sink = 0;
let longestSlice = 0;
let resumed = 0;

/** Records how long each slice of work held the thread: from a resume to the next yield. */
function instrumentYield(): void {
  const scheduler = (globalThis as unknown as { scheduler: { yield(): Promise<void> } }).scheduler;
  const original = scheduler.yield.bind(scheduler);
  scheduler.yield = async () => {
    longestSlice = Math.max(longestSlice, performance.now() - resumed);
    await original();
    resumed = performance.now();
  };
}
instrumentYield();

let scanner: Scanner | null = null;
let index: PageIndex | null = null;
let onIdle: () => void = () => undefined;

async function scan(compiledUrl: string): Promise<ScanMeasurement> {
  const compiled = (await (await fetch(compiledUrl)).json()) as CompiledDictionary;
  const started = performance.now();
  resumed = started;
  longestSlice = 0;
  const matcher = createMatcher(compiled);
  const loadMs = performance.now() - started;
  const painter = new Painter(randomHighlightNames(() => false));
  // The extension inserts this as a user stylesheet; here a style element paints the same.
  document.head.append(Object.assign(document.createElement('style'), { textContent: highlightCss(painter.names) }));
  painter.show(() => true);
  index = new PageIndex(matcher, { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
  await new Promise<void>((resolve) => {
    onIdle = resolve;
    scanner = new Scanner(index!, () => false, () => onIdle());
    scanner.start(document.body);
  });
  const totalMs = performance.now() - started;
  longestSlice = Math.max(longestSlice, performance.now() - resumed);
  let ranges = 0;
  for (const [, highlight] of CSS.highlights) ranges += highlight.size;
  return { totalMs, loadMs, longestSliceMs: longestSlice, ranges };
}

/** The floor: a TreeWalker that reads every text node and does nothing else. */
function floor(): number {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) sink ^= (node as Text).data.length;
  return performance.now() - started;
}

/** mark.js (the library most sites use) highlighting the same aliases, wrapping each match in an element. */
async function markjs(aliasesUrl: string): Promise<{ ms: number; marks: number }> {
  const aliases = (await (await fetch(aliasesUrl)).json()) as string[];
  const Mark = (globalThis as unknown as { Mark: new (el: Element) => { mark(terms: string[], options: object): void } }).Mark;
  const started = performance.now();
  await new Promise<void>((resolve) =>
    new Mark(document.body).mark(aliases, { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done: () => resolve() }),
  );
  return { ms: performance.now() - started, marks: document.querySelectorAll('mark').length };
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

(globalThis as unknown as { pageBench: object }).pageBench = { scan, floor, markjs, burst, churn, sink: () => sink };
