import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/types';
import { CHROME_BUILD, type ExtensionBrowser, type LaunchOptions, type TestPage } from './lib/browsers';
import { until } from './lib/until';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA, and axe's best practices). */
async function violations(page: TestPage): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a newcomer meets first: the welcome page, and every extension page accessible in light and dark. */
export function firstRunSuite(launch: (build?: string, options?: LaunchOptions) => Promise<ExtensionBrowser>) {
  describe('first run and accessibility', () => {
    let browser: ExtensionBrowser;
    const article = (JSON.parse(readFileSync(join(CHROME_BUILD, 'bundle.json'), 'utf8')) as Bundle).articles[0]!;

    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('opens the welcome page on install, with a live example and the corpus in numbers', async () => {
      await until(async () => (await browser.tabUrls()).some((url) => url.endsWith('/welcome.html')), 15_000, 'welcome tab opened on install');
      const page = await browser.openExtensionPage('welcome.html');
      const shown = await until(
        () =>
          page.evaluate(() => {
            const marks = [...document.querySelectorAll<HTMLElement>('[data-testid=welcome-example] mark')].map((m) => `${m.dataset.kind}:${m.textContent}`);
            const corpus = document.querySelector('[data-testid=welcome-corpus]')?.textContent ?? '';
            return marks.length && /\d+ articles/.test(corpus) ? { marks, corpus } : null;
          }),
        15_000,
        'welcome page filled in',
      );
      expect(shown.marks).toEqual(['name:Anonymous', 'name:ISIS', 'name:Daesh', 'handle:@CtrlSec', 'name:WauchulaGhost', 'hashtag:#OpISIS']);
      expect(shown.corpus).toMatch(/^5 articles, \d+ entities and \d+ names/);
      expect(await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')))).toEqual([
        browser.extensionUrl('popup.html'),
        browser.extensionUrl('options.html'),
      ]);
      await page.close();
    });

    const pages: [string, string, (page: TestPage) => Promise<unknown>][] = [
      [
        'the popup with results',
        'popup.html?q=isis',
        (page) => until(() => page.evaluate(() => document.querySelectorAll('[role=option]').length > 0), 15_000, 'results'),
      ],
      [
        'the options page',
        'options.html',
        (page) => until(() => page.evaluate(() => document.querySelector('#summary')?.getAttribute('data-articles')), 15_000, 'options loaded'),
      ],
      [
        'the article page',
        `article.html#${encodeURIComponent(article.id)}:0`,
        (page) => until(() => page.evaluate(() => document.querySelector('.article-page h1')?.textContent), 15_000, 'article loaded'),
      ],
      [
        'the welcome page',
        'welcome.html',
        (page) => until(() => page.evaluate(() => document.querySelector('[data-testid=welcome-example] mark') !== null), 15_000, 'welcome loaded'),
      ],
    ];
    for (const scheme of ['light', 'dark'] as const)
      describe(`in ${scheme} mode`, () => {
        let themed: ExtensionBrowser;
        beforeAll(async () => {
          themed = await launch(undefined, { colorScheme: scheme });
        });
        afterAll(async () => {
          await themed?.close();
        });
        for (const [name, path, loaded] of pages)
          it(`has no axe violations on ${name}`, async () => {
            const page = await themed.openExtensionPage(path);
            await loaded(page);
            expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
            expect(await violations(page)).toEqual([]);
            await page.close();
          });
      });
  });
}
