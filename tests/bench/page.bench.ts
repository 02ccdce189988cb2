/**
 * Page section: on the largest fixture pages and per dictionary size, Lantern's scan against a TreeWalker floor, a
 * hand-written RegExp highlighter (lib/regexp-highlighter.ts), and mark.js and advanced-mark.js given the same RegExp,
 * each a median of several runs in the same page load, the methods taking turns; then a mutation burst, heap growth
 * and the content script's size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { DictionaryEntry } from '../../src/core/types.ts';
import { compileDictionary } from '../../src/match/index.ts';
import { regexpAliases } from './lib/alias-regexp.ts';
import { FirefoxSession, type AnySession } from './lib/browser.ts';
import type { Result, Results } from './lib/results.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';
import { median } from './lib/timing.ts';
import { corpusEntries, seedEntries } from './matcher.data.ts';
import { FIXTURE_PAGES, LARGE_PAGES } from '../fixtures/index.ts';
import { MARK_LIBRARIES, openPage, servePage, type MarkLibraryName, type PageCall } from './page.driver.ts';
import type { BaselineMeasurement, RegexpMeasurement, ScanMeasurement } from './page.page.ts';

const CONTENT_SCRIPT = fileURLToPath(new URL('../../.output/chrome-mv3/in-page.js', import.meta.url));

interface Dictionary {
  label: string;
  aliases: number;
  compiledUrl: string;
  aliasesUrl: string;
}

/** The two large pages, the largest ordinary page and, in a full run, a median-sized one. */
function benchPages(quick: boolean): string[] {
  const large = readdirSync(LARGE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(LARGE_PAGES, f));
  const pages = readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(FIXTURE_PAGES, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  return quick ? [...large.slice(0, 1), pages[0]!] : [...large, pages[0]!, pages[pages.length >> 1]!];
}

const pageLabel = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.html$/, '');

/** Every method's runs on one page with one dictionary; the baselines' are empty where the browser cannot build the RegExp. */
interface Runs {
  lantern: ScanMeasurement[];
  regexp: RegexpMeasurement[];
  marks: Record<MarkLibraryName, BaselineMeasurement[]>;
}

/**
 * Above this the RegExp baselines are not run: Chromium cannot build the RegExp ("too large"; the matcher section
 * shows it), and Firefox takes about 10 s per string width to compile it, then outlasted the driver's 3-minute
 * timeout on the WHATWG spec.
 */
const MAX_REGEXP_ALIASES = 10_000;

/** The methods take turns, `repeats` rounds: a slow spell on the shared machine then costs each of them alike. */
async function runMethods(bench: PageCall, dictionary: Dictionary, repeats: number): Promise<Runs> {
  const buildable = dictionary.aliases <= MAX_REGEXP_ALIASES && (await bench('prepareRegexp', dictionary.aliasesUrl));
  const runs: Runs = { lantern: [], regexp: [], marks: { markjs: [], 'advanced-markjs': [] } };
  for (let round = 0; round < repeats; round++) {
    runs.lantern.push(await bench('scan', dictionary.compiledUrl));
    await bench('stopLantern');
    if (!buildable) continue;
    runs.regexp.push(await bench('regexpRanges'));
    for (const library of Object.keys(MARK_LIBRARIES) as MarkLibraryName[]) runs.marks[library].push(await bench('markRegexp', library));
  }
  return runs;
}

const medianOf = <T>(runs: T[], value: (run: T) => number) => median(runs.map(value));

/** Adds one dictionary's figures: Lantern against the floor and each baseline, and how much each highlighted. */
function report(results: Results, name: (measure: string) => string, floor: Result, runs: Runs): string {
  const totalMs = medianOf(runs.lantern, (s) => s.totalMs);
  const scanMs = medianOf(runs.lantern, (s) => s.totalMs - s.loadMs);
  const { ranges, found } = runs.lantern[0]!;
  results.compare(name('lantern.vs-floor'), totalMs, 'ms', floor);
  results.add(
    name('lantern.load'),
    medianOf(runs.lantern, (s) => s.loadMs),
    'ms',
  );
  results.add(
    name('lantern.longest-slice'),
    medianOf(runs.lantern, (s) => s.longestSliceMs),
    'ms',
  );
  results.add(
    name('highlight-stylesheet.late'),
    medianOf(runs.lantern, (s) => s.lateStylesheetMs),
    'ms',
  );
  results.add(
    name('highlight-stylesheet.in-restyle'),
    medianOf(runs.lantern, (s) => s.stylesheetInRestyleMs),
    'ms',
  );
  results.add(name('lantern.ranges'), ranges, 'ranges');
  results.add(name('lantern.found'), found, 'terms');
  const summary = [`Lantern ${ranges} ranges (${found} found) in ${totalMs.toFixed(0)} ms`];
  if (!runs.regexp.length) return [...summary, `no RegExp baselines (over ${MAX_REGEXP_ALIASES} aliases, or the browser cannot build the RegExp)`].join('; ');

  const regexp = results.add(
    name('regexp-ranges'),
    medianOf(runs.regexp, (r) => r.ms),
    'ms',
  );
  const regexpBuilt = results.add(
    name('regexp-ranges+build'),
    medianOf(runs.regexp, (r) => r.withBuildMs),
    'ms',
  );
  results.add(name('regexp-ranges.ranges'), runs.regexp[0]!.highlights, 'ranges');
  // Like with like: Lantern's scan against the baselines given a compiled RegExp, its load and scan against building it too.
  results.compare(name('lantern-scan.vs-regexp-ranges'), scanMs, 'ms', regexp);
  results.compare(name('lantern.vs-regexp-ranges+build'), totalMs, 'ms', regexpBuilt);
  summary.push(`RegExp ${runs.regexp[0]!.highlights} ranges in ${regexp.value} ms (${regexpBuilt.value} ms with building it)`);
  for (const [library, libraryRuns] of Object.entries(runs.marks)) {
    const libraryResult = results.add(
      name(library),
      medianOf(libraryRuns, (r) => r.ms),
      'ms',
    );
    results.add(name(`${library}.marks`), libraryRuns[0]!.highlights, 'marks');
    results.compare(name(`lantern-scan.vs-${library}`), scanMs, 'ms', libraryResult);
    summary.push(`${library} ${libraryRuns[0]!.highlights} marks in ${libraryResult.value} ms`);
  }
  return summary.join('; ');
}

/** One page in one browser: the floor, then every dictionary, all in one page load (each method leaves the page as it was). */
async function measurePage(context: BenchContext, session: AnySession, browserLabel: string, file: string, dictionaries: Dictionary[]): Promise<void> {
  const repeats = context.quick ? 1 : 5;
  const prefix = `page.${browserLabel}.${pageLabel(file)}.`;
  const bench = await openPage(session, servePage(session, file));
  const floor = context.results.add(`${prefix}floor.treewalker`, await bench('floor', repeats), 'ms');
  for (const dictionary of dictionaries) {
    const started = performance.now();
    const runs = await runMethods(bench, dictionary, repeats);
    const summary = report(context.results, (measure) => `${prefix}${dictionary.label}.${measure}`, floor, runs);
    context.log(`${prefix}${dictionary.label}: ${summary} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}

export const pageBench: BenchSection = {
  name: 'page',
  async run(context) {
    const { browser, results, quick } = context;
    const sizes = quick ? [1_000] : [1_000, 10_000, 100_000];
    const entries: [string, DictionaryEntry[]][] = [
      ['seed', seedEntries().entries],
      ...sizes.map((size): [string, DictionaryEntry[]] => [`${size / 1000}k`, corpusEntries(size)]),
    ];
    const files = entries.map(([label, dictionary]) => ({
      label,
      aliases: dictionary.length,
      compiled: JSON.stringify(compileDictionary(dictionary).compiled),
      regexpAliases: JSON.stringify(regexpAliases(dictionary)),
    }));
    const serveDictionaries = (session: AnySession): Dictionary[] =>
      files.map(({ label, aliases, compiled, regexpAliases }) => ({
        label,
        aliases,
        compiledUrl: session.serve(`/page-compiled-${label}.json`, compiled, 'application/json'),
        aliasesUrl: session.serve(`/page-aliases-${label}.json`, regexpAliases, 'application/json'),
      }));
    const dictionaries = serveDictionaries(browser);
    for (const file of benchPages(quick)) await measurePage(context, browser, 'chromium', file, dictionaries);
    const firefox = await FirefoxSession.start();
    try {
      const firefoxDictionaries = serveDictionaries(firefox);
      for (const file of benchPages(quick)) await measurePage(context, firefox, 'firefox', file, firefoxDictionaries);
    } finally {
      await firefox.close();
    }

    const biggest = servePage(browser, benchPages(quick)[0]!);
    let bench = await openPage(browser, biggest);
    await bench('scan', dictionaries[0]!.compiledUrl);
    const burst = await bench('burst', 1_000);
    results.add('page.burst-1000-nodes', burst.ms, 'ms');
    results.add('page.burst-1000-nodes.longest-slice', burst.longestSliceMs, 'ms');

    bench = await openPage(browser, biggest);
    await bench('scan', dictionaries[0]!.compiledUrl);
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
