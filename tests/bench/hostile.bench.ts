/**
 * Hostile-page section: floods a page can make (a huge text node growing every frame, 100,000 new elements, 5,000
 * nested inline elements) with Lantern's scanner and without it, in Chromium and in Firefox. Reported: the time until
 * Lantern has caught up against the time the page takes without it, and the longest gap between frames: medians of
 * PAIRS pairs of runs.
 */
import { fileURLToPath } from 'node:url';
import { compileDictionary } from '../../src/match/index.ts';
import { FirefoxSession, type AnySession } from './lib/browser.ts';
import type { BenchSection } from './lib/section.ts';
import type { FloodMeasurement } from './hostile.page.ts';
import { median } from './lib/timing.ts';
import { seedEntries } from './matcher.data.ts';

const PAGE_MODULE = fileURLToPath(new URL('./hostile.page.ts', import.meta.url));
const FLOODS = ['append-per-frame', 'burst-100k', 'nested-5k'];
/** Pairs (without, then with Lantern) per flood, medians reported: one pair's ratio moved from 1.5× to 3.5× between runs. */
const PAIRS = 3;

/** The median of each figure over the runs. */
function medians(runs: FloodMeasurement[]): FloodMeasurement {
  return {
    ms: median(runs.map((run) => run.ms)),
    longestFrameGapMs: median(runs.map((run) => run.longestFrameGapMs)),
    ranges: median(runs.map((run) => run.ranges)),
  };
}

async function measure(session: AnySession, name: string, compiledUrl: string | null): Promise<FloodMeasurement> {
  await session.page.goto(`${session.origin}/`);
  await session.inject(PAGE_MODULE);
  return (await session.page.evaluate(`globalThis.hostileBench.flood(${JSON.stringify(name)}, ${JSON.stringify(compiledUrl)})`)) as FloodMeasurement;
}

export const hostileBench: BenchSection = {
  name: 'hostile',
  async run(context) {
    const compiled = JSON.stringify(compileDictionary(seedEntries().entries).compiled);
    const firefox = await FirefoxSession.start();
    try {
      for (const [label, session] of [
        ['chromium', context.browser],
        ['firefox', firefox],
      ] as const) {
        const compiledUrl = session.serve('/hostile-compiled.json', compiled, 'application/json');
        for (const name of FLOODS) {
          const pairs: [FloodMeasurement, FloodMeasurement][] = [];
          for (let pair = 0; pair < (context.quick ? 1 : PAIRS); pair++) {
            pairs.push([await measure(session, name, null), await measure(session, name, compiledUrl)]);
          }
          const without = medians(pairs.map(([run]) => run));
          const withLantern = medians(pairs.map(([, run]) => run));
          const ratios = pairs.map(([alone, run]) => `${(run.ms / alone.ms).toFixed(2)}×`).join(', ');
          const key = `hostile.${label}.${name}`;
          const baseline = context.results.add(`${key}.without-lantern`, without.ms, 'ms');
          context.results.compare(`${key}.with-lantern`, withLantern.ms, 'ms', baseline);
          context.results.add(`${key}.longest-frame-gap`, withLantern.longestFrameGapMs, 'ms');
          context.results.add(`${key}.longest-frame-gap.without-lantern`, without.longestFrameGapMs, 'ms');
          context.log(
            `${label} ${name}: ${withLantern.ms.toFixed(0)} ms with Lantern (${withLantern.ranges} ranges), ${without.ms.toFixed(0)} ms without (medians of ${pairs.length}; each pair: ${ratios}); longest frame gap ${withLantern.longestFrameGapMs.toFixed(0)} ms (${without.longestFrameGapMs.toFixed(0)} without)`,
          );
        }
      }
    } finally {
      await firefox.close();
    }
  },
};
