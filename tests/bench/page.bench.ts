/** Page section: the content script's scan on the largest fixture pages against a TreeWalker floor and mark.js. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { DictionaryEntry } from '../../src/core/types.ts';
import { compileDictionary } from '../../src/match/index.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';
import { corpusEntries, seedEntries } from './matcher.data.ts';
import { FIXTURE_PAGES, LARGE_PAGES } from '../fixtures/index.ts';
import type { ScanMeasurement } from './page.page.ts';

const PAGE_MODULE = fileURLToPath(new URL('./page.page.ts', import.meta.url));
const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
const CONTENT_SCRIPT = fileURLToPath(new URL('../../.output/chrome-mv3/in-page.js', import.meta.url));
/** Offline and inert: the page's own scripts and third-party loads would only add noise. */
const STILL_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'">`;

type PageBench = {
  scan(url: string): Promise<ScanMeasurement>;
  floor(): number;
  markjs(url: string): Promise<{ ms: number; marks: number }>;
  burst(count: number): Promise<{ ms: number; longestSliceMs: number }>;
  churn(count: number, batch: number, keep: number): Promise<void>;
};

function largestPages(quick: boolean): string[] {
  const large = readdirSync(LARGE_PAGES).filter((f) => f.endsWith('.html')).map((f) => join(LARGE_PAGES, f));
  const pages = readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(FIXTURE_PAGES, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  return quick ? [...large.slice(0, 1), ...pages.slice(0, 1)] : [...large, ...pages.slice(0, 2)];
}

type Call = <K extends keyof PageBench>(method: K, ...args: Parameters<PageBench[K]>) => Promise<Awaited<ReturnType<PageBench[K]>>>;

/** Loads a fixture page, injects the page module and mark.js; returns a caller of the page module's functions. */
async function openPage(context: BenchContext, file: string): Promise<Call> {
  const { browser } = context;
  const html = readFileSync(file, 'utf8').replace(/<head[^>]*>/i, (head) => head + STILL_CSP);
  const path = browser.serve(`/page/${file.split('/').pop()}`, html, 'text/html; charset=utf-8');
  await browser.page.goto(browser.origin + path, { waitUntil: 'load' });
  await browser.inject(PAGE_MODULE);
  await browser.run(readFileSync(MARK_JS, 'utf8'));
  return ((method: string, ...args: unknown[]) =>
    browser.page.evaluate(
      ({ method, args }) => (globalThis as unknown as { pageBench: Record<string, (...a: unknown[]) => unknown> }).pageBench[method]!(...args),
      { method, args },
    )) as Call;
}

async function measurePage(context: BenchContext, file: string, dictionaries: { label: string; url: string }[], aliasesUrl: string): Promise<void> {
  const { results, log } = context;
  const label = file.split('/').pop()!.replace(/\.html$/, '');
  const name = (measure: string) => `page.${label}.${measure}`;
  let bench = await openPage(context, file);
  const floor = results.add(name('floor.treewalker'), await bench('floor'), 'ms');
  const mark = await bench('markjs', aliasesUrl);
  const markResult = results.add(name('markjs.seed'), mark.ms, 'ms');
  for (const dictionary of dictionaries) {
    bench = await openPage(context, file);
    const scan = await bench('scan', dictionary.url);
    log(`${label} ${dictionary.label}: ${scan.ranges} ranges (mark.js ${mark.marks} marks) in ${scan.totalMs.toFixed(1)} ms`);
    results.compare(name(`scan.${dictionary.label}.vs-floor`), scan.totalMs, 'ms', floor);
    if (dictionary.label === 'seed') results.compare(name('scan.seed.vs-markjs'), scan.totalMs, 'ms', markResult);
    results.add(name(`scan.${dictionary.label}.longest-slice`), scan.longestSliceMs, 'ms');
  }
}

export const pageBench: BenchSection = {
  name: 'page',
  async run(context) {
    const { browser, results, quick } = context;
    const seed = seedEntries().entries;
    const serveDictionary = (label: string, entries: DictionaryEntry[]) => ({
      label,
      url: browser.serve(`/page-compiled-${label}.json`, JSON.stringify(compileDictionary(entries).compiled), 'application/json'),
    });
    const dictionaries = [serveDictionary('seed', seed), ...(quick ? [] : [serveDictionary('10k', corpusEntries(10_000)), serveDictionary('100k', corpusEntries(100_000))])];
    const aliasesUrl = browser.serve('/page-aliases.json', JSON.stringify(seed.map((e) => e.alias)), 'application/json');
    for (const file of largestPages(quick)) await measurePage(context, file, dictionaries, aliasesUrl);

    const biggest = largestPages(quick)[0]!;
    let bench = await openPage(context, biggest);
    await bench('scan', dictionaries[0]!.url);
    const burst = await bench('burst', 1_000);
    results.add('page.burst-1000-nodes', burst.ms, 'ms');
    results.add('page.burst-1000-nodes.longest-slice', burst.longestSliceMs, 'ms');

    bench = await openPage(context, biggest);
    await bench('scan', dictionaries[0]!.url);
    const cdp = await browser.page.context().newCDPSession(browser.page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    await bench('churn', quick ? 2_000 : 10_000, 100, 300);
    results.add(`page.heap-growth-${quick ? 2 : 10}k-mutations`, (await heap()) - before, 'bytes');
    await cdp.detach();

    try {
      results.add('page.content-script.gzip', gzipSync(readFileSync(CONTENT_SCRIPT)).length, 'bytes');
    } catch {
      context.log('no .output/chrome-mv3 build: run `npm run build` for the content script size');
    }
  },
};
