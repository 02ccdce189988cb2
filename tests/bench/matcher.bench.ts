/** Matcher section (in Chromium): throughput, load time and compiled size against the strong RegExp (lib/alias-regexp.ts) and a read-only floor. */
import { fileURLToPath } from 'node:url';
import type { DictionaryEntry } from '../../src/core/types.ts';
import { compileDictionary } from '../../src/match/index.ts';
import { regexpAliases } from './lib/alias-regexp.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';
import { medianMs } from './lib/timing.ts';
import { benchText, corpusEntries, seedEntries } from './matcher.data.ts';
import type { MatcherMeasurement, MatcherMeasureRequest } from './matcher.page.ts';

const SIZES = [1_000, 10_000, 100_000];
/** `--quick` scans the first million characters: RegExp baselines at 10k aliases crawl. */
const QUICK_TEXT_LENGTH = 1_000_000;
const PAGE_MODULE = fileURLToPath(new URL('./matcher.page.ts', import.meta.url));

async function measureDictionary(context: BenchContext, label: string, entries: DictionaryEntry[], textUrl: string, megabytes: number): Promise<void> {
  const { browser, results, quick } = context;
  const started = performance.now();
  const compileMs = medianMs(() => compileDictionary(entries), quick ? 1 : 3);
  const compiledJson = JSON.stringify(compileDictionary(entries).compiled);
  const request: MatcherMeasureRequest = {
    textUrl,
    compiledUrl: browser.serve(`/compiled-${label}.json`, compiledJson, 'application/json'),
    aliasesUrl: browser.serve(`/aliases-${label}.json`, JSON.stringify(regexpAliases(entries)), 'application/json'),
    repeats: quick ? 3 : 9,
    regexpRepeats: quick ? 1 : 5,
  };
  const m = await browser.page.evaluate(
    (r) => (globalThis as unknown as { matcherBench: { measure(r: MatcherMeasureRequest): Promise<MatcherMeasurement> } }).matcherBench.measure(r),
    request,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const regexpNote = m.regexp ? `RegExp: ${m.regexp.matches}` : 'V8 cannot build the RegExp';
  context.log(`${label}: ${entries.length} aliases, ${m.matches} matches (${regexpNote}), ${seconds} s`);

  const name = (measure: string) => `matcher.${label}.${measure}`;
  const mbps = (ms: number) => megabytes / (ms / 1000);
  const floor = results.add(name('floor.scan'), mbps(m.floorMs), 'MB/s');
  const scan = results.compare(name('scan'), mbps(m.scanMs), 'MB/s', floor);
  const floorMs = results.add(name('floor.ms'), m.floorMs, 'ms');
  results.add(name('load'), m.loadMs, 'ms');
  results.compare(name('load+scan'), m.loadMs + m.scanMs, 'ms', floorMs);
  if (m.regexp) {
    const regexpScan = results.add(name('regexp.scan'), mbps(m.regexp.scanMs), 'MB/s');
    results.compare(name('scan-vs-regexp'), scan.value, 'MB/s', regexpScan);
    const regexpBuild = results.add(name('regexp.build+scan'), m.regexp.buildAndScanMs, 'ms');
    results.compare(name('load+scan-vs-regexp'), m.loadMs + m.scanMs, 'ms', regexpBuild);
  }
  const aliasJson = results.add(name('alias-list.size'), Buffer.byteLength(JSON.stringify(entries)), 'bytes');
  results.compare(name('compiled.size'), Buffer.byteLength(compiledJson), 'bytes', aliasJson);
  results.add(name('compile.node'), compileMs, 'ms');
}

export const matcherBench: BenchSection = {
  name: 'matcher',
  async run(context) {
    const text = context.quick ? benchText().slice(0, QUICK_TEXT_LENGTH) : benchText();
    const megabytes = Buffer.byteLength(text) / 1e6;
    context.log(`text: ${megabytes.toFixed(1)} MB of visible page text`);
    await context.browser.inject(PAGE_MODULE);
    const textUrl = context.browser.serve('/text.txt', text);
    const seed = seedEntries();
    context.log(`seed dictionary from ${seed.source}`);
    await measureDictionary(context, 'seed', seed.entries, textUrl, megabytes);
    for (const size of SIZES) await measureDictionary(context, `${size / 1000}k`, corpusEntries(size), textUrl, megabytes);
  },
};
