/**
 * Page side of the hostile-page section: DOM floods a page can make, with Lantern's scanner running (as its content
 * script does) or without it, timed until Lantern is idle, with the longest gap between animation frames.
 */
import type { CompiledDictionary } from '../../src/core/types.ts';
import { createMatcher } from '../../src/match/index.ts';
import { startLantern } from './lib/lantern-page.ts';

export interface FloodMeasurement {
  ms: number;
  longestFrameGapMs: number;
  ranges: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The longest time between two animation frames while `work` runs: what the user feels as a stall. */
async function withFrameGaps<T>(work: () => Promise<T>): Promise<{ value: T; longestFrameGapMs: number }> {
  let longest = 0;
  let running = true;
  let last = performance.now();
  const tick = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const value = await work();
  running = false;
  longest = Math.max(longest, performance.now() - last);
  return { value, longestFrameGapMs: longest };
}

let idle: () => void = () => undefined;
let lastIdle = -1;
/** Resolves once Lantern has been idle after `since`, the page's last change (at once if it already has). */
const scanned = (since = performance.now()) => (lastIdle > since ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve)));

async function scanWithLantern(compiledUrl: string): Promise<void> {
  const compiled = (await (await fetch(compiledUrl)).json()) as CompiledDictionary;
  const done = scanned();
  startLantern(createMatcher(compiled), () => {
    lastIdle = performance.now();
    idle();
  });
  await done;
}

const ranges = () => {
  let count = 0;
  for (const [, highlight] of CSS.highlights) count += highlight.size;
  return count;
};

/** The floods: each changes the page, and resolves when Lantern (if running) has caught up, or at the next frame. */
const FLOODS: Record<string, (lantern: boolean) => Promise<void>> = {
  /** A 1 MB text node with 100,000 terms, one character appended to it per frame for 60 frames. */
  async 'append-per-frame'(lantern) {
    const text = document.body.appendChild(document.createElement('p')).appendChild(new Text('ISIS said '.repeat(100_000)));
    if (lantern) await scanned();
    let changed = 0;
    for (let frame = 0; frame < 60; frame++) {
      text.appendData('.');
      changed = performance.now();
      await nextFrame();
    }
    if (lantern) await scanned(changed);
  },
  /** 100,000 new elements at once. */
  async 'burst-100k'(lantern) {
    const feed = document.createElement('div');
    for (let i = 0; i < 100_000; i++) feed.append(Object.assign(document.createElement('p'), { textContent: `Post ${i}: ISIS and #GhostSec.` }));
    document.body.append(feed);
    await (lantern ? scanned() : nextFrame());
  },
  /** 5,000 inline elements nested in one another, a term at every level. */
  async 'nested-5k'(lantern) {
    const root = document.createElement('div');
    let parent: HTMLElement = root;
    for (let i = 0; i < 5_000; i++) {
      const span = document.createElement('span');
      span.append(`Anonymous ${i} `);
      parent.append(span);
      parent = span;
    }
    document.body.append(root);
    await (lantern ? scanned() : nextFrame());
  },
};

async function flood(name: string, compiledUrl: string | null): Promise<FloodMeasurement> {
  if (compiledUrl) await scanWithLantern(compiledUrl);
  const started = performance.now();
  // Two frames after the flood: the first one's rendering (the page's own style and layout of what it added) ends
  // before the second begins, so both runs count it in their gaps.
  const { longestFrameGapMs } = await withFrameGaps(async () => {
    await FLOODS[name]!(compiledUrl !== null);
    await nextFrame();
    await nextFrame();
  });
  return { ms: performance.now() - started, longestFrameGapMs, ranges: ranges() };
}

(globalThis as unknown as { hostileBench: object }).hostileBench = { flood, floods: () => Object.keys(FLOODS) };
