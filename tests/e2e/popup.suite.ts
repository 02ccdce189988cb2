import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './lib/browsers';
import { until } from './lib/until';

/** The popup of the built extension shows the bundled corpus's counts, read from the background. */
export function popupSuite(launch: () => Promise<ExtensionBrowser>) {
  describe('popup', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(() => browser?.close());

    it('shows the seed corpus counts from the bundle', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      const summary = await until(
        () =>
          popup.evaluate(() => {
            const el = document.querySelector<HTMLElement>('#corpus-summary');
            return el ? { articles: el.dataset.articles, entities: Number(el.dataset.entities), text: el.textContent } : null;
          }),
        15_000,
        'corpus summary',
      );
      expect(summary.articles).toBe('5');
      expect(summary.entities).toBeGreaterThan(20);
      expect(summary.text).toMatch(/^seeds: 5 articles · \d+ entities · \d+ aliases$/);
      await popup.close();
    });
  });
}
