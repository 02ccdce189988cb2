/** Search section: query latency (p50/p95) on the seeds and the 20,000-article news corpus, and popup open-to-first-results. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Article, Bundle } from '../../src/core/types.ts';
import { prepareArticle } from '../../src/corpus/article.ts';
import { buildBundleFromDir } from '../../src/corpus/node.ts';
import { readCorpusFile } from '../../src/corpus/read.ts';
import { buildSearchIndex } from '../../src/search/build.ts';
import { Corpus } from '../../src/search/corpus.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { FIRST_RESULTS_MARK } from '../../src/ui/marks.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';
import { onceMs } from './lib/timing.ts';
import { readNewsCorpus } from '../fixtures/index.ts';
import { browserPath } from '../browser-paths.ts';

const CHROME_BUILD = resolve('.output/chrome-mv3');
/** What people type, keystroke by keystroke: prefixes, aliases, misspellings, tags, multi-word, and no-result queries. */
// prettier-ignore
const QUERIES = ['i', 'is', 'isi', 'isis', 'daesh', 'twiter', 'twitter', '#opisis', '@wauchulaghost', 'wauchula', 'islamic state', 'anonymous hackers', 'orlando shooting', 'xqzzy', 'obama', 'syria refugees'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function measureQueries(context: BenchContext, label: string, engine: SearchEngine): void {
  const rounds = context.quick ? 3 : 20;
  for (const q of QUERIES) engine.search(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of QUERIES) times.push(onceMs(() => engine.search(q)));
  times.sort((a, b) => a - b);
  context.results.add(`search.${label}.query.p50`, percentile(times, 50), 'ms');
  context.results.add(`search.${label}.query.p95`, percentile(times, 95), 'ms');
  context.results.add(`search.${label}.query.max`, times[times.length - 1]!, 'ms');
}

/** The news corpus as articles (cleaned, with sentences), without entity extraction: the search index is what is measured. */
function newsArticles(limit: number): Article[] {
  const { articles } = readCorpusFile({ name: 'news-20000.jsonl', bytes: readNewsCorpus() });
  return articles.slice(0, limit).flatMap((raw) => prepareArticle(raw) ?? []);
}

function newsBundle(articles: Article[], searchIndex: string): Bundle {
  const empty = { format: 0 };
  return {
    version: 1,
    corpus: { name: 'news', articleCount: articles.length, entityCount: 0, aliasCount: 0 },
    articles,
    entities: [],
    dictionary: [],
    matcher: empty,
    searchIndex,
  };
}

/** Opens popup.html?q=isis in the built extension and reads, in the page, when the first result row exists. */
async function openToFirstResults(context: BenchContext): Promise<void> {
  if (!existsSync(CHROME_BUILD)) {
    context.log(`skipped open-to-first-results: no ${CHROME_BUILD} (run npm run build)`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  try {
    const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/popup.html?q=isis`;
    const open = async () => {
      const page = await browser.newPage();
      await page.goto(url);
      // The popup marks its first results; the mark's time counts from the navigation's start.
      const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, FIRST_RESULTS_MARK);
      const ms = (await handle.jsonValue()) as number;
      await page.close();
      return ms;
    };
    context.results.add('search.popup.open-to-first-results.cold', await open(), 'ms');
    const warm: number[] = [];
    for (let i = 0; i < (context.quick ? 3 : 10); i++) warm.push(await open());
    warm.sort((a, b) => a - b);
    context.results.add('search.popup.open-to-first-results.warm.p50', percentile(warm, 50), 'ms');
    context.results.add('search.popup.open-to-first-results.warm.max', warm[warm.length - 1]!, 'ms');
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export const searchBench: BenchSection = {
  name: 'search',
  async run(context) {
    const seeds = buildBundleFromDir('seeds').bundle;
    let engine: SearchEngine | undefined;
    context.results.add(
      'search.seeds.load-index',
      onceMs(() => (engine = new SearchEngine(new Corpus(seeds)))),
      'ms',
    );
    measureQueries(context, 'seeds', engine!);

    {
      const started = performance.now();
      const articles = newsArticles(context.quick ? 2_000 : 20_000);
      context.log(`news: ${articles.length} articles prepared in ${Math.round(performance.now() - started)} ms`);
      let index = '';
      context.results.add(
        'search.news.build-index',
        onceMs(() => (index = buildSearchIndex(articles, []))),
        'ms',
      );
      context.results.add('search.news.index.size', Buffer.byteLength(index), 'bytes');
      const bundle = newsBundle(articles, index);
      context.results.add(
        'search.news.load-index',
        onceMs(() => (engine = new SearchEngine(new Corpus(bundle)))),
        'ms',
      );
      measureQueries(context, 'news', engine!);
    }

    await openToFirstResults(context);
  },
};
