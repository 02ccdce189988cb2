/**
 * Import section: the 20,000-article news corpus built in Node (by stage) and imported in headless Chromium through the
 * real import worker, bundle size, the size it is stored at (stored formats 3 and 4), the merged view's rebuild,
 * dictionary load and heap in a page, search latency over the merged view, and how many entities come out (with a
 * fixed sample of 30 to read).
 */
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { build } from 'esbuild';
import type { Bundle } from '../../src/core/types.ts';
import { buildBundle, type BuildStage } from '../../src/corpus/bundle.ts';
import { mergeCollections } from '../../src/corpus/merge.ts';
import { buildBundleFromDir } from '../../src/corpus/node.ts';
import { checksumOf, toStoredBundle } from '../../src/corpus/stored.ts';
import { Corpus } from '../../src/search/corpus.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';
import { onceMs } from './lib/timing.ts';
import type { ImportMeasurement } from './import.page.ts';
import { measureQueries } from './search.bench.ts';
import { readNewsCorpus } from '../fixtures/index.ts';

const PAGE_MODULE = fileURLToPath(new URL('./import.page.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('../../entrypoints/options/import.worker.ts', import.meta.url));
const QUICK_ARTICLES = 2_000;
const SAMPLE = 30;

interface PageApi {
  importBench: {
    loadDictionary(url: string): Promise<number>;
    importFile(fileUrl: string, name: string, workerUrl: string): Promise<ImportMeasurement>;
    rebuild(): Promise<{ readMs: number; mergeMs: number }>;
    diskUsage(): Promise<number>;
  };
}

/** The corpus file, or its first lines in quick mode. */
function newsText(quick: boolean): string {
  const text = readNewsCorpus().toString('utf8');
  return quick ? text.split('\n').slice(0, QUICK_ARTICLES).join('\n') : text;
}

/** A fixed pseudo-random sample (xorshift from a constant seed), so every run shows the same entities. */
function sample<T>(items: T[], count: number): T[] {
  let state = 0x2545f491;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return picked;
}

function buildInNode(context: BenchContext, text: string): Bundle {
  const { results, log } = context;
  const stageStarts: [BuildStage, number][] = [];
  const started = performance.now();
  const { bundle, warnings } = buildBundle(
    { name: 'news', files: [{ name: 'news-20000.jsonl', bytes: new TextEncoder().encode(text) }] },
    { onStage: (stage) => void (stageStarts.at(-1)?.[0] !== stage && stageStarts.push([stage, performance.now()])) },
  );
  const ended = performance.now();
  results.add('import.node.build', ended - started, 'ms');
  stageStarts.forEach(([stage, at], i) => results.add(`import.node.stage.${stage}`, (stageStarts[i + 1]?.[1] ?? ended) - at, 'ms'));
  const json = JSON.stringify(bundle);
  results.add('import.bundle.size', Buffer.byteLength(json), 'bytes');
  results.add('import.bundle.search-index.size', Buffer.byteLength(bundle.searchIndex), 'bytes');
  results.add('import.articles', bundle.corpus.articleCount, 'articles');
  results.add('import.entities', bundle.corpus.entityCount, 'entities');
  results.add('import.aliases', bundle.corpus.aliasCount, 'aliases');
  log(
    `node build: ${bundle.corpus.articleCount} articles, ${bundle.corpus.entityCount} entities, ${bundle.corpus.aliasCount} aliases, ${warnings.length} warnings`,
  );
  log(`sample of ${SAMPLE} entities (fixed seed):`);
  for (const e of sample(bundle.entities, SAMPLE))
    log(
      `  ${e.name} [${e.kind}] ${e.articleIds.length} articles${e.aliases.length > 1 ? `; aliases ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''}`,
    );
  return bundle;
}

/**
 * The collection as stored formats 3 (its JSON text) and 4 (packed) hold it: the bytes IndexedDB's structured clone
 * writes (v8.serialize is the same serialiser). The page's in-memory profile has no room for format 3 on disk.
 */
async function storedSizes({ results }: BenchContext, bundle: Bundle): Promise<void> {
  const json = JSON.stringify(bundle);
  results.add('import.stored.format-3.serialised', v8.serialize({ format: 3, checksum: checksumOf(json), json }).length, 'bytes');
  const started = performance.now();
  const stored = await toStoredBundle(bundle);
  results.add('import.stored.format-4.pack', performance.now() - started, 'ms');
  results.add('import.stored.format-4.serialised', v8.serialize(stored).length, 'bytes');
}

/** Through the real import worker, which stores the collection as the extension does (format 4): its time and disk. */
async function importInBrowser(context: BenchContext, text: string): Promise<void> {
  const { browser, results, log } = context;
  const worker = await build({ entryPoints: [WORKER], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const workerUrl = browser.serve('/import-worker.js', worker.outputFiles[0]!.text, 'text/javascript');
  const fileUrl = browser.serve('/news.jsonl', text);
  const before = await browser.page.evaluate(() => (globalThis as unknown as PageApi).importBench.diskUsage());
  const m = await browser.page.evaluate(([f, w]) => (globalThis as unknown as PageApi).importBench.importFile(f, 'news.jsonl', w), [
    fileUrl,
    workerUrl,
  ] as const);
  if (m.failed) throw new Error(`in-browser import failed: ${m.failed}`);
  results.add('import.stored.format-4.disk', (await browser.page.evaluate(() => (globalThis as unknown as PageApi).importBench.diskUsage())) - before, 'bytes');
  results.add('import.browser.total', m.totalMs, 'ms');
  for (const [stage, at] of Object.entries(m.stages)) results.add(`import.browser.reached.${stage}`, at, 'ms');
  log(`browser import: ${m.articles} articles in ${(m.totalMs / 1000).toFixed(1)} s`);
  const rebuild = await browser.page.evaluate(() => (globalThis as unknown as PageApi).importBench.rebuild());
  results.add('import.browser.rebuild.read-indexeddb', rebuild.readMs, 'ms');
  results.add('import.browser.rebuild.merge', rebuild.mergeMs, 'ms');
}

/** Dictionary load and the heap it holds, in a fresh page (nothing else in its heap), as the content script does it. */
async function dictionaryInPage(context: BenchContext, compiledJson: string): Promise<void> {
  const { browser, results } = context;
  const url = browser.serve('/merged-dictionary.json', compiledJson, 'application/json');
  const page = await browser.page.context().browser()!.newPage();
  await page.goto(`${browser.origin}/`);
  const script = await build({ entryPoints: [PAGE_MODULE], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  await page.addScriptTag({ content: script.outputFiles[0]!.text });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  results.add('import.content.dictionary-load', await page.evaluate((u) => (globalThis as unknown as PageApi).importBench.loadDictionary(u), url), 'ms');
  const after = await heap();
  results.add('import.content.dictionary-heap', after - before, 'bytes');
  results.add('import.content.page-heap', after, 'bytes');
  results.add('import.content.dictionary.size', Buffer.byteLength(compiledJson), 'bytes');
  await cdp.detach();
  await page.close();
}

export const importBench: BenchSection = {
  name: 'import',
  async run(context) {
    const text = newsText(context.quick);
    await context.browser.inject(PAGE_MODULE);
    const bundle = buildInNode(context, text);

    const seeds = buildBundleFromDir('seeds').bundle;
    let view: ReturnType<typeof mergeCollections> | undefined;
    context.results.add(
      'import.merge',
      onceMs(
        () =>
          (view = mergeCollections([
            { prefix: '', bundle: seeds },
            { prefix: 'c1', bundle },
          ])),
      ),
      'ms',
    );
    let engine: SearchEngine | undefined;
    context.results.add(
      'import.merged.load-search',
      onceMs(() => (engine = new SearchEngine(new Corpus(view!)))),
      'ms',
    );
    measureQueries(context, 'merged', engine!);

    await dictionaryInPage(context, JSON.stringify(view!.matcher));
    await importInBrowser(context, text);
    await storedSizes(context, bundle);
  },
};
