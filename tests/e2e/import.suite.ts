import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './lib/browsers';
import { serveFixtures, type FixtureServer } from './lib/server';
import { until } from './lib/until';
import { chooseFiles } from './lib/upload';

/** Terms no bundled corpus knows: only the imports below can make them highlight. */
const ARTICLES = [
  { id: 'z1', title: 'Lantern test: the Quaxley affair', date: '2024-01-02', source: 'Test Wire', text: 'Reporters met Zorbulon Quaxley in Tampa on Monday. They asked Zorbulon Quaxley about the accounts.' },
  { id: 'z2', title: 'A second look', text: 'Later, Zorbulon Quaxley declined to comment.' },
];
const WATCHLIST = '\uFEFFhandle;note;kind\r\n@QuuxWatcher;an account only the watch-list knows;handle\r\n@bad handle;;\r\n';
const PAGE = `<!doctype html><meta charset="utf-8"><title>import test</title>
<p id="a">Today Zorbulon Quaxley spoke, and @QuuxWatcher posted about ISIS.</p>`;

/** Every highlighted range's text, whatever the highlight's name. */
function highlighted(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [, highlight] of CSS.highlights)
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    return out.sort();
  });
}

const text = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

/** Import through the options page, then the page and the popup know the imported terms; removing them undoes it. */
export function importSuite(launch: () => Promise<ExtensionBrowser>) {
  describe('import collections', () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let options: TestPage;
    let dir: string;
    const file = (name: string, content: string | Uint8Array) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const status = () => options.evaluate(() => (document.querySelector('#import-progress') ? 'running' : (document.querySelector('#import-summary, #import-error')?.textContent ?? '')));
    /** Chooses files in one of the two pickers and waits for the new summary or error. */
    const importFiles = async (input: string, paths: string[]) => {
      const before = await status();
      await chooseFiles(options, input, paths);
      return until(async () => {
        const now = await status();
        return now !== before && now !== 'running' ? now : '';
      }, 30_000, 'import finished');
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'lantern-import-'));
      server = await serveFixtures();
      browser = await launch();
      options = await browser.openExtensionPage('options.html');
      await until(() => options.evaluate(() => document.querySelector('#summary')?.getAttribute('data-articles')), 15_000, 'options page summary');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses a file that is not text, naming the file and line, and stores nothing', async () => {
      const message = await importFiles('#import-articles', [file('photo.jsonl', new Uint8Array([0x7b, 0x0a, 0x89, 0x50, 0x00, 0x01]))]);
      expect(message).toContain('Nothing was imported');
      expect(message).toContain('photo.jsonl:2: binary file (NUL byte), not text');
      expect(await options.evaluate(() => document.querySelectorAll('[data-collection]').length)).toBe(0);
    });

    it('imports a JSONL and a watch-list; a page highlights their terms and the popup finds the article', async () => {
      const page = await browser.open(server.page('/import.html', PAGE));
      await until(async () => (await highlighted(page)).includes('ISIS'), 15_000, 'bundled term highlighted');
      expect(await highlighted(page)).toEqual(['ISIS']);

      const articles = await importFiles('#import-articles', [file('quaxley.jsonl', ARTICLES.map((a) => JSON.stringify(a)).join('\n'))]);
      expect(articles).toContain('Imported “quaxley”: 2 articles added');
      const watch = await importFiles('#import-watchlist', [file('watch.csv', WATCHLIST)]);
      expect(watch).toContain('Imported “watch”: 1 entity found');
      expect(watch).toContain('watch.csv:3: "@bad handle": a @handle cannot contain spaces; line skipped');
      expect(await options.evaluate(() => document.querySelectorAll('li[data-collection]').length)).toBe(2);

      // The open page gets the new dictionary without a reload.
      await until(async () => (await highlighted(page)).length === 3, 15_000, 'imported terms highlighted');
      expect(await highlighted(page)).toEqual(['@QuuxWatcher', 'ISIS', 'Zorbulon Quaxley']);

      const popup = await browser.openExtensionPage('popup.html?q=Quaxley');
      const found = await until(async () => {
        const rows = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-group=article] [role=option]')].map((e) => `${e.dataset.id} ${e.textContent}`));
        return rows.length ? rows : null;
      }, 15_000, 'popup results');
      expect(found.some((row) => /^c\w+~z1 .*Quaxley affair/.test(row))).toBe(true);
      await popup.close();
      await page.close();
    });

    it('removing the imports takes their highlights away', async () => {
      const page = await browser.open(server.page('/import2.html', PAGE));
      await until(async () => (await highlighted(page)).length === 3, 15_000, 'imported terms highlighted');
      await options.bringToFront();
      for (let left = 2; left > 0; left--) {
        await options.evaluate(() => document.querySelector<HTMLButtonElement>('li[data-collection] button.remove')!.click());
        await until(() => options.evaluate((n) => document.querySelectorAll('li[data-collection]').length === n - 1, left), 15_000, 'collection removed');
      }
      await until(async () => (await highlighted(page)).length === 1, 15_000, 'imported highlights gone');
      expect(await highlighted(page)).toEqual(['ISIS']);
      expect(await text(options, '#summary')).toContain('Lantern knows 5 articles');
    });

    it('closing the options page mid-import leaves nothing behind', async () => {
      const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Report ${i}: Quorvath Lindqvist met Ilsabet Marrowind in Uppsala to discuss case ${i}.` }));
      const big = file('interrupted.jsonl', lines.join('\n'));
      const page = await browser.openExtensionPage('options.html');
      await until(() => page.evaluate(() => document.querySelector('#summary')?.getAttribute('data-articles')), 15_000, 'options page ready');
      await chooseFiles(page, '#import-articles', [big]);
      await until(() => page.evaluate(() => document.querySelector('#import-progress') !== null), 15_000, 'import started');
      await page.close();
      // Nothing to wait on here: the point is that nothing appears, even after the time the import would have needed.
      const deadline = Date.now() + 8_000;
      while (Date.now() < deadline) {
        await options.evaluate(() => location.reload());
        const stored = await until(() => options.evaluate(() => (document.querySelector('#summary')?.getAttribute('data-articles') ? String(document.querySelectorAll('li[data-collection]').length) : '')), 15_000, 'options page reloaded');
        expect(stored).toBe('0');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    });

    it('turning the bundled corpus off takes its highlights away, and on brings them back', async () => {
      const page = await browser.open(server.page('/import3.html', PAGE));
      await until(async () => (await highlighted(page)).length === 1, 15_000, 'bundled term highlighted');
      const toggle = () => options.evaluate(() => document.querySelector<HTMLInputElement>('#bundled-toggle')!.click());
      await toggle();
      await until(async () => (await highlighted(page)).length === 0, 15_000, 'bundled highlights gone');
      await until(async () => (await text(options, '#summary')).includes('Lantern knows 0 articles'), 15_000, 'empty summary');
      await toggle();
      await until(async () => (await highlighted(page)).length === 1, 15_000, 'bundled highlights back');
    });
  });
}
