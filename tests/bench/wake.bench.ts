/**
 * Wake section: the built extension in Chromium, with the seeds alone, then with the 20,000-article news corpus imported
 * through its options page; its service worker stopped (as Chromium stops an idle one) and started again by a request.
 * Measured: the time until `page-dictionary` is answered, until a page is painted (navigation start to the content
 * script's first idle), until the popup shows its first results for a query, and until it shows its first screen with
 * nothing typed (summary and most mentioned) — each beside the same with the worker running.
 * `LANTERN_BUILD=DIR` measures another build (an older one, for a before/after table); the default is the e2e test
 * build, whose idle marker says when a page has been painted.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { COMPLETE_RESULTS_MARK, FIRST_RESULTS_MARK } from '../../src/ui/marks.ts';
import { browserPath } from '../browser-paths.ts';
import { stopServiceWorker, TEST_BUILDS } from '../e2e/lib/browsers.ts';
import { serveFixtures } from '../e2e/lib/server.ts';
import { until } from '../e2e/lib/until.ts';
import { readNewsCorpus } from '../fixtures/index.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';

const QUICK_ARTICLES = 2_000;
/** Names the seeds and the news corpus know, for the page to have something to paint. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>wake</title>
<p>GhostSec and Anonymous reported ISIS accounts to Twitter. Barack Obama spoke in Washington about Syria and Iraq.</p>`;
const IMPORT_TIMEOUT_MS = 15 * 60_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Imports the news corpus through the options page, as a user would; resolves once the import says it is done. */
async function importNews(context: BenchContext, options: Page, dir: string): Promise<void> {
  const lines = readNewsCorpus().toString('utf8').split('\n');
  const file = join(dir, 'news.jsonl');
  writeFileSync(file, (context.quick ? lines.slice(0, QUICK_ARTICLES) : lines).join('\n'));
  const started = performance.now();
  await options.setInputFiles('#import-articles', [file]);
  const summary = await until(
    () => options.evaluate(() => document.querySelector('#import-summary, #import-error')?.textContent ?? ''),
    IMPORT_TIMEOUT_MS,
    'news imported',
  );
  if (!summary.startsWith('Imported')) throw new Error(`the news import failed: ${summary}`);
  context.log(`${summary.split('.')[0]} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** From an extension page, the time `page-dictionary` takes to be answered. */
const askDictionary = (page: Page) =>
  page.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome;
    const started = performance.now();
    await runtime.sendMessage({ type: 'page-dictionary' });
    return performance.now() - started;
  });

/** Opens a page and returns the time from its navigation to the content script's first idle (everything painted). */
async function paintedAfter(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    // The marker moves at every idle: the first one is kept, from before the page's own scripts run.
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        const idle = document.documentElement.dataset.testIdle;
        if (!idle) return;
        (globalThis as { firstIdle?: number }).firstIdle = Number(idle) - performance.timeOrigin;
        observer.disconnect();
        // The document, not <html>: an init script runs before <html> exists.
      }).observe(document, { subtree: true, attributeFilter: ['data-test-idle'] });
    });
    await page.goto(url);
    return await until(() => page.evaluate(() => (globalThis as { firstIdle?: number }).firstIdle), 60_000, 'page painted');
  } finally {
    await page.close();
  }
}

/** Opens the popup at `url`; the time until it sets `mark` (first or complete results), from the navigation's start. */
async function popupMarked(context: BrowserContext, url: string, mark: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, mark, { timeout: 120_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/**
 * Opens the popup with nothing typed; the time, from the navigation's start, until its first screen is complete: the
 * corpus summary and the most mentioned entities. Watched in the page rather than marked, so older builds measure too.
 */
async function popupFirstScreen(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('#corpus-summary') || !document.querySelector('#empty-state[data-state="empty"] button')) return;
        (globalThis as { firstScreen?: number }).firstScreen = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(url);
    return await until(() => page.evaluate(() => (globalThis as { firstScreen?: number }).firstScreen), 120_000, 'popup first screen');
  } finally {
    await page.close();
  }
}

export const wakeBench: BenchSection = {
  name: 'wake',
  async run(context) {
    const build = process.env.LANTERN_BUILD ?? TEST_BUILDS.chromium;
    if (!existsSync(build)) return context.log(`skipped: no build at ${build} (npm run test:e2e makes it, or LANTERN_TEST=1 npx wxt build)`);
    const { results, log } = context;
    const dir = mkdtempSync(join(tmpdir(), 'lantern-wake-'));
    const server = await serveFixtures();
    const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: browserPath('chromium'),
      headless: true,
      args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`],
    });
    try {
      const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
      const base = `chrome-extension://${new URL(worker.url()).host}/`;
      const options = await browser.newPage();
      await options.goto(`${base}options.html`);
      const repeats = context.quick ? 3 : 7;
      const page = server.page('/wake.html', PAGE);
      /** Each measure with the worker stopped before each run, then with it running. */
      const measureAll = async (corpus: string) => {
        const coldAndWarm = async (name: string, measure: () => Promise<number>) => {
          const cold: number[] = [];
          for (let i = 0; i < repeats; i++) {
            await stopServiceWorker(browser, base);
            cold.push(await measure());
          }
          const warm: number[] = [];
          for (let i = 0; i < repeats; i++) warm.push(await measure());
          results.add(`wake.${corpus}.${name}.cold.p50`, median(cold), 'ms');
          results.add(`wake.${corpus}.${name}.cold.max`, Math.max(...cold), 'ms');
          results.add(`wake.${corpus}.${name}.warm.p50`, median(warm), 'ms');
          log(`${corpus}, ${name}: stopped worker ${cold.map(Math.round).join(', ')} ms; running ${warm.map(Math.round).join(', ')} ms`);
        };
        await coldAndWarm('dictionary', () => askDictionary(options));
        await coldAndWarm('page-painted', () => paintedAfter(browser, page));
        await coldAndWarm('popup-first-results', () => popupMarked(browser, `${base}popup.html?q=isis`, FIRST_RESULTS_MARK));
        await coldAndWarm('popup-complete-results', () => popupMarked(browser, `${base}popup.html?q=isis`, COMPLETE_RESULTS_MARK));
        await coldAndWarm('popup-first-screen', () => popupFirstScreen(browser, `${base}popup.html`));
      };
      await measureAll('seeds');
      await importNews(context, options, dir);
      await measureAll('news');
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
