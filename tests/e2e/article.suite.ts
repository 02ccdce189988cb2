import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './lib/browsers';
import { screenshotOf } from './lib/screenshot';
import { until } from './lib/until';

const ARTICLE = '004_c5a2845bdff564a4';
const SENTENCE = 9;

const readArticle = (page: TestPage) =>
  page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main.article-page');
    if (!main || main.getAttribute('aria-busy')) return null;
    const target = document.querySelector('.sentence.target');
    const rect = target?.getBoundingClientRect();
    return {
      id: main.dataset.article ?? '',
      state: main.dataset.state ?? '',
      title: main.querySelector('h1')?.textContent ?? '',
      entities: [...main.querySelectorAll<HTMLElement>('a.entity')].map((a) => ({
        id: a.dataset.entity ?? '',
        text: a.textContent ?? '',
        href: a.getAttribute('href'),
      })),
      target: target?.id ?? '',
      targetVisible: !!rect && rect.top >= 0 && rect.bottom <= innerHeight,
    };
  });

/** The article page of the built extension: entities highlighted and linked, sentence from the address, not-found page. */
export function articleSuite(launch: () => Promise<ExtensionBrowser>) {
  describe('article page', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(() => browser?.close());

    it('shows the article with its corpus entities highlighted and the sentence from the address in view', async () => {
      const page = await browser.openExtensionPage(`article.html#${ARTICLE}:${SENTENCE}`);
      const article = await until(() => readArticle(page), 15_000, 'article');
      expect(article.id).toBe(ARTICLE);
      expect(article.title).toMatch(/^ISIS declares war on Twitter/);
      const ids = new Set(article.entities.map((e) => e.id));
      for (const id of ['isis', 'twitter', 'al-musra-al-maqdisia', 'silicon-valley']) expect(ids).toContain(id);
      expect(article.entities.find((e) => e.id === 'isis')?.href).toBe('popup.html?entity=isis');
      expect(article.target).toBe(`s-${SENTENCE}`);
      expect(article.targetVisible).toBe(true);

      await page.evaluate(() => document.querySelector<HTMLElement>('a.entity[data-entity=al-musra-al-maqdisia]')?.click());
      const aside = await until(
        () => page.evaluate(() => document.querySelector<HTMLElement>('.article-aside .entity-view')?.dataset.entity),
        15_000,
        'entity view',
      );
      expect(aside).toBe('al-musra-al-maqdisia');
      await page.evaluate(() => scrollTo(0, 0));
      await screenshotOf(page, null, `article-${browser.name}`);
      await page.close();
    });

    it('follows a hash change to another article', async () => {
      const page = await browser.openExtensionPage(`article.html#${ARTICLE}`);
      await until(() => readArticle(page), 15_000, 'first article');
      await page.evaluate(() => (location.hash = '#001_d4f6eed8031313f2:2'));
      const next = await until(
        async () => {
          const a = await readArticle(page);
          return a?.id === '001_d4f6eed8031313f2' ? a : null;
        },
        15_000,
        'second article',
      );
      expect(next.target).toBe('s-2');
      await page.close();
    });

    it('says clearly when the article is not in the corpus', async () => {
      const page = await browser.openExtensionPage('article.html#no-such-article');
      const article = await until(() => readArticle(page), 15_000, 'not-found page');
      expect(article.state).toBe('not-found');
      expect(article.title).toBe('Article not found');
      await page.close();
    });
  });
}
