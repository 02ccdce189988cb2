import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/corpus/collection';
import type { SearchResults } from '../../src/search/types';
import type { ExtensionBrowser, TestPage } from './lib/browsers';
import { serveFixtures, type FixtureServer } from './lib/server';
import { until } from './lib/until';
import { chooseFiles } from './lib/upload';

/** Terms no bundled corpus knows: only the imports below can make them highlight. */
const ARTICLES = [
  {
    id: 'z1',
    title: 'Lantern test: the Quaxley affair',
    date: '2024-01-02',
    source: 'Test Wire',
    text: 'Reporters met Zorbulon Quaxley in Tampa on Monday. They asked Zorbulon Quaxley about the accounts.',
  },
  { id: 'z2', title: 'A second look', text: 'Later, Zorbulon Quaxley declined to comment.' },
];
const WATCHLIST = '\uFEFFhandle;note;kind\r\n@QuuxWatcher;an account only the watch-list knows;handle\r\n@bad handle;;\r\n';
const PAGE = `<!doctype html><meta charset="utf-8"><title>import test</title>
<p id="a">Today Zorbulon Quaxley spoke, and @QuuxWatcher posted about ISIS.</p>`;

/** The bundle an import of ARTICLES as `name.jsonl` builds, as plain data (what format 1 stored). */
const builtInNode = (name: string) =>
  buildCollection('articles', { name, files: [{ name: `${name}.jsonl`, bytes: new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n')) }] })
    .bundle as unknown as Record<string, unknown>;

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
const click = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);
const isChecked = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.checked, selector);

/** Asks the background from an extension page, as the options page and popup do. */
function askBackground<T>(page: TestPage, type: string, fields: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    ({ type, fields }) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type, ...fields });
    },
    { type, fields },
  ) as Promise<T>;
}

interface RawCollection {
  id: string;
  info: Record<string, unknown>;
  bundle: Record<string, unknown>;
}

/**
 * A collection's two records as IndexedDB holds them, read from an extension page; binary parts (format 4) as their
 * length and checksum, which is all a comparison needs.
 */
function readRecords(page: TestPage, id: string): Promise<RawCollection> {
  return page.evaluate(
    (key) =>
      new Promise<RawCollection>((resolve, reject) => {
        const digest = (bytes: Uint8Array) => {
          let hash = 0x811c9dc5;
          for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
          return `${bytes.length} bytes, fnv1a32 ${(hash >>> 0).toString(16)}`;
        };
        const readable = (value: Record<string, unknown> | undefined) =>
          value && Object.fromEntries(Object.entries(value).map(([field, part]) => [field, part instanceof Uint8Array ? digest(part) : part]));
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['collections', 'bundles']);
          const info = tx.objectStore('collections').get(key);
          const bundle = tx.objectStore('bundles').get(key);
          tx.oncomplete = () => {
            open.result.close();
            resolve({ id: key, info: info.result, bundle: readable(bundle.result)! });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
}

/** Copies of a collection's records under other ids, changed as damage or a newer Lantern could have left them. */
function writeChangedCopies(
  page: TestPage,
  from: string,
  copies: { id: string; info: Record<string, unknown>; bundle: Record<string, unknown> | 'cut short' }[],
): Promise<void> {
  return page.evaluate(
    ({ from, copies }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['collections', 'bundles'], 'readwrite');
          const info = tx.objectStore('collections').get(from);
          const bundle = tx.objectStore('bundles').get(from);
          bundle.onsuccess = () => {
            for (const copy of copies) {
              tx.objectStore('collections').put({ ...info.result, ...copy.info, id: copy.id });
              const stored = bundle.result as Record<string, Uint8Array>;
              tx.objectStore('bundles').put(
                copy.bundle === 'cut short' ? { ...stored, searchIndex: stored.searchIndex!.slice(0, -100) } : { ...stored, ...copy.bundle },
                copy.id,
              );
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { from, copies },
  );
}

/** Replaces the database with an empty one of version 1, as the Lantern before formats were numbered created it. */
function replaceWithVersion1(page: TestPage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('lantern');
        deleting.onerror = () => reject(deleting.error);
        deleting.onsuccess = () => {
          const open = indexedDB.open('lantern', 1);
          open.onerror = () => reject(open.error);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('collections', { keyPath: 'id' });
            open.result.createObjectStore('bundles');
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
}

/** Writes records straight into IndexedDB, as damage, an older Lantern or a newer one could have left them. */
function writeRecords(page: TestPage, collections: (Omit<RawCollection, 'bundle'> & { bundle: unknown })[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['collections', 'bundles'], 'readwrite');
          for (const { id, info, bundle } of list) {
            tx.objectStore('collections').put(info);
            tx.objectStore('bundles').put(bundle, id);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    collections,
  );
}

/** Import through the options page, then the page and the popup know the imported terms; removing them undoes it. */
export function importSuite(launch: () => Promise<ExtensionBrowser>, name: ExtensionBrowser['name']) {
  describe('import collections', () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let options: TestPage;
    let dir: string;
    const file = (name: string, content: string | Uint8Array) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const status = () =>
      options.evaluate(() =>
        document.querySelector('#import-progress') ? 'running' : (document.querySelector('#import-summary, #import-error')?.textContent ?? ''),
      );
    /** Chooses files in one of the two pickers and waits for the new summary or error. */
    const importFiles = async (input: string, paths: string[]) => {
      const before = await status();
      await chooseFiles(options, input, paths);
      return until(
        async () => {
          const now = await status();
          return now !== before && now !== 'running' ? now : '';
        },
        30_000,
        'import finished',
      );
    };

    /** Reloads the options page and waits until the new one has its summary and list; resolves to the number of rows. */
    const reloadOptions = async () => {
      const old = await options.evaluate(() => performance.timeOrigin);
      await options.evaluate(() => location.reload());
      return until(
        () =>
          options.evaluate((t) => {
            const ready =
              performance.timeOrigin !== t &&
              document.querySelector('#summary')?.getAttribute('data-articles') &&
              document.querySelector('ul.collections[aria-busy=false]');
            return ready ? String(document.querySelectorAll('li[data-collection]').length) : '';
          }, old),
        15_000,
        'options page reloaded',
      );
    };
    const removeRow = async (selector: string) => {
      const before = await options.evaluate(() => document.querySelectorAll('li[data-collection]').length);
      await click(options, `${selector} button.remove`);
      // An intact collection asks first; a damaged one goes at once.
      const asked = await until(
        () =>
          options.evaluate(
            ({ s, n }) =>
              document.querySelector(`${s} button.confirm-remove`) ? 'asked' : document.querySelectorAll('li[data-collection]').length === n - 1 ? 'gone' : '',
            { s: selector, n: before },
          ),
        15_000,
        'removal asked for or done',
      );
      if (asked === 'asked') await click(options, `${selector} button.confirm-remove`);
      await until(() => options.evaluate((n) => document.querySelectorAll('li[data-collection]').length === n - 1, before), 15_000, 'collection removed');
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
      // A watch-list is private by default, and a private one is never painted: this one is to be seen highlighted.
      await click(options, '#import-watchlist-private');
      const watch = await importFiles('#import-watchlist', [file('watch.csv', WATCHLIST)]);
      expect(watch).toContain('Imported “watch”: 1 entity found');
      expect(watch).toContain('watch.csv:3: "@bad handle": a @handle cannot contain spaces; line skipped');
      // The summary shows before the list reloads.
      await until(async () => (await options.evaluate(() => document.querySelectorAll('li[data-collection]').length)) === 2, 15_000, 'both collections listed');

      // The open page gets the new dictionary without a reload.
      await until(async () => (await highlighted(page)).length === 3, 15_000, 'imported terms highlighted');
      expect(await highlighted(page)).toEqual(['@QuuxWatcher', 'ISIS', 'Zorbulon Quaxley']);

      const popup = await browser.openExtensionPage('popup.html?q=Quaxley');
      const found = await until(
        async () => {
          const rows = await popup.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('[data-group=article] [role=option]')].map((e) => `${e.dataset.id} ${e.textContent}`),
          );
          return rows.length ? rows : null;
        },
        15_000,
        'popup results',
      );
      expect(found.some((row) => /^c\w+~z1 .*Quaxley affair/.test(row))).toBe(true);
      await popup.close();
      await page.close();
    });

    it('removing the imports takes their highlights away', async () => {
      const page = await browser.open(server.page('/import2.html', PAGE));
      await until(async () => (await highlighted(page)).length === 3, 15_000, 'imported terms highlighted');
      await options.bringToFront();
      // Remove asks first, and Cancel keeps the collection.
      await click(options, 'li[data-collection] button.remove');
      await until(() => options.evaluate(() => document.querySelector('li[data-collection] button.cancel') !== null), 15_000, 'removal asked for');
      await click(options, 'li[data-collection] button.cancel');
      await until(() => options.evaluate(() => document.querySelector('li[data-collection] button.cancel') === null), 15_000, 'removal cancelled');
      expect(await options.evaluate(() => document.querySelectorAll('li[data-collection]').length)).toBe(2);
      // Removed, then undone: the collection and its highlights come back; the Imported message went when Remove started.
      const first = await options.evaluate(() => document.querySelector<HTMLElement>('li[data-collection]')!.dataset.collection!);
      await removeRow(`li[data-collection="${first}"]`);
      expect(await options.evaluate(() => document.querySelector('#import-summary'))).toBeNull();
      await until(async () => (await highlighted(page)).length < 3, 15_000, 'removed collection unpainted');
      await until(() => options.evaluate(() => document.querySelector('#removed button.undo') !== null), 15_000, 'Undo offered');
      await click(options, '#removed button.undo');
      await until(() => options.evaluate((id) => document.querySelector(`li[data-collection="${id}"]`) !== null, first), 15_000, 'collection back');
      await until(async () => (await highlighted(page)).length === 3, 15_000, 'its highlights back');
      for (const _ of [1, 2]) await removeRow('li[data-collection]');
      await until(async () => (await highlighted(page)).length === 1, 15_000, 'imported highlights gone');
      expect(await highlighted(page)).toEqual(['ISIS']);
      expect(await text(options, '#summary')).toContain('Lantern knows 5 articles');
    });

    it('closing the options page mid-import leaves nothing behind', async () => {
      const lines = Array.from({ length: 3000 }, (_, i) =>
        JSON.stringify({ id: `n${i}`, text: `Report ${i}: Quorvath Lindqvist met Ilsabet Marrowind in Uppsala to discuss case ${i}.` }),
      );
      const big = file('interrupted.jsonl', lines.join('\n'));
      const page = await browser.openExtensionPage('options.html');
      await until(() => page.evaluate(() => document.querySelector('#summary')?.getAttribute('data-articles')), 15_000, 'options page ready');
      await chooseFiles(page, '#import-articles', [big]);
      await until(() => page.evaluate(() => document.querySelector('#import-progress') !== null), 15_000, 'import started');
      await page.close();
      // Nothing to wait on here: the point is that nothing appears, even after the time the import would have needed.
      const deadline = Date.now() + 8_000;
      while (Date.now() < deadline) {
        expect(await reloadOptions()).toBe('0');
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

    it('a damaged record, or one from a newer Lantern, is listed as damaged and removable; everything else keeps working', async () => {
      const imported = await importFiles('#import-articles', [file('original.jsonl', ARTICLES.map((a) => JSON.stringify(a)).join('\n'))]);
      expect(imported).toContain('Imported “original”');
      const id = await options.evaluate(() => document.querySelector('#import-summary')!.getAttribute('data-collection')!);
      const stored = await readRecords(options, id);
      expect(stored.info).toMatchObject({ format: 4, private: false });
      expect(stored.bundle).toMatchObject({
        format: 4,
        json: expect.stringMatching(/^\d+ bytes/),
        numbers: expect.stringMatching(/^\d+ bytes/),
        searchIndex: expect.stringMatching(/^\d+ bytes/),
      });
      // Format 1, as Lantern stored collections before formats were numbered: no format, no private flag, the bundle as an object.
      const { format: _format, private: _private, ...format1Info } = stored.info;
      const format1Bundle = builtInNode('original');
      await writeRecords(options, [
        { id: 'cold0001', info: { ...format1Info, id: 'cold0001', name: 'older format' }, bundle: format1Bundle },
        { id: 'cbad0001', info: { ...format1Info, id: 'cbad0001', name: 'corrupt' }, bundle: { ...format1Bundle, entities: 'corrupt' } },
      ]);
      await writeChangedCopies(options, id, [
        { id: 'cbad0002', info: { name: 'cut short' }, bundle: 'cut short' },
        { id: 'cbad0003', info: { name: 'from the future', format: 99 }, bundle: { format: 99 } },
      ]);
      expect(await reloadOptions()).toBe('5');
      // Only the format 1 copy knows the imported terms from here on; the removal also has the background reload them all.
      await removeRow(`li[data-collection="${id}"]`);

      expect(await reloadOptions()).toBe('4');
      const rows = await options.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('li[data-collection]')].map(
          (li) => `${li.dataset.collection} ${'damaged' in li.dataset ? 'damaged' : 'ok'}: ${li.textContent}`,
        ),
      );
      expect(rows.find((row) => row.startsWith('cold0001'))).toMatch(/^cold0001 ok: older format/);
      expect(rows.find((row) => row.startsWith('cbad0001'))).toContain('cbad0001 damaged: corruptDamaged and left out: bundle.entities is not a list.');
      expect(rows.find((row) => row.startsWith('cbad0002'))).toContain('its data is damaged or cut short');
      expect(rows.find((row) => row.startsWith('cbad0003'))).toContain('written in format 99 by a newer Lantern');
      expect(await text(options, '#summary')).toContain('Lantern knows 7 articles');

      const page = await browser.open(server.page('/damaged.html', PAGE));
      await until(async () => (await highlighted(page)).length === 2, 15_000, 'bundled and format 1 terms highlighted');
      expect(await highlighted(page)).toEqual(['ISIS', 'Zorbulon Quaxley']);
      const popup = await browser.openExtensionPage('popup.html?q=Quaxley');
      const found = await until(
        async () => {
          const ids = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-group=article] [role=option]')].map((e) => e.dataset.id));
          return ids.length ? ids : null;
        },
        15_000,
        'popup results',
      );
      expect(found).toContain('cold0001~z1');
      await popup.close();
      await page.close();

      await options.bringToFront();
      for (const bad of ['cbad0001', 'cbad0002', 'cbad0003']) await removeRow(`li[data-collection="${bad}"][data-damaged]`);
      expect(await askBackground(options, 'damaged-collections')).toEqual([]);
      expect(await reloadOptions()).toBe('1');
      await removeRow('li[data-collection="cold0001"]');
    });

    it('an update migrates collections stored by the Lantern before formats were numbered (database version 1)', async () => {
      expect(await importFiles('#import-articles', [file('migrated.jsonl', ARTICLES.map((a) => JSON.stringify(a)).join('\n'))])).toContain(
        'Imported “migrated”',
      );
      const id = await options.evaluate(() => document.querySelector('#import-summary')!.getAttribute('data-collection')!);
      const stored = await readRecords(options, id);
      const { format: _format, private: _private, ...format1Info } = stored.info;
      await replaceWithVersion1(options);
      await writeRecords(options, [{ id, info: format1Info, bundle: builtInNode('migrated') }]);
      expect(await readRecords(options, id)).toMatchObject({ info: { id }, bundle: { version: 1 } });

      // The background opens the database again, at the current version, when it next loads the collections.
      await askBackground(options, 'collections-changed');
      expect(await readRecords(options, id)).toEqual(stored);
      const page = await browser.open(server.page('/migrated.html', PAGE));
      await until(async () => (await highlighted(page)).length === 2, 15_000, 'migrated terms highlighted');
      expect(await highlighted(page)).toEqual(['ISIS', 'Zorbulon Quaxley']);
      await page.close();
      await options.bringToFront();
      expect(await reloadOptions()).toBe('1');
      await removeRow(`li[data-collection="${id}"]`);
    });

    it.skipIf(name !== 'chromium')('a background that has just started answers pages and the popup from the caches, without reading a collection', async () => {
      expect(await importFiles('#import-articles', [file('cached.jsonl', ARTICLES.map((a) => JSON.stringify(a)).join('\n'))])).toContain('Imported “cached”');
      const id = await options.evaluate(() => document.querySelector('#import-summary')!.getAttribute('data-collection')!);
      // The bundle made unreadable, the record left as it is: only the dictionary cached at the import knows its terms now.
      const { info } = await readRecords(options, id);
      await writeRecords(options, [{ id, info, bundle: 'junk' }]);
      await browser.stopBackground!();
      const page = await browser.open(server.page('/cached.html', PAGE));
      await until(async () => (await highlighted(page)).length === 2, 15_000, 'bundled and imported terms highlighted');
      expect(await highlighted(page)).toEqual(['ISIS', 'Zorbulon Quaxley']);
      await page.close();
      // So does the popup's first screen: the summary counts the import, and an empty query lists the most mentioned.
      await browser.stopBackground!();
      const popup = await browser.openExtensionPage('popup.html');
      const screen = await until(
        () =>
          popup.evaluate(() => {
            const summary = document.querySelector<HTMLElement>('#corpus-summary');
            const chips = [...document.querySelectorAll('#empty-state[data-state=empty] .chip')].map((chip) => chip.textContent);
            return summary && chips.length ? { articles: summary.dataset.articles, chips } : null;
          }),
        15_000,
        'popup first screen',
      );
      expect(screen).toEqual({ articles: '7', chips: expect.arrayContaining(['ISIS']) });
      await popup.close();
      // And a typed query's entities, from the finder cached at the import, before any index has loaded; the articles
      // follow from what can be read.
      await browser.stopBackground!();
      const early = await askBackground<SearchResults>(options, 'search', { query: 'zorbulon', complete: false });
      expect(early).toMatchObject({ articlesPending: true, articles: [], entities: [{ name: 'Zorbulon Quaxley' }] });
      const complete = await askBackground<SearchResults>(options, 'search', { query: 'isis', complete: true });
      expect(complete.articlesPending).toBeUndefined();
      expect(complete.articles.length).toBeGreaterThan(0);
      // Anything that needs the collection itself finds it damaged.
      await options.bringToFront();
      expect(await reloadOptions()).toBe('1');
      expect(await text(options, `li[data-collection="${id}"]`)).toContain('its record has no format Lantern knows');
      await removeRow(`li[data-collection="${id}"][data-damaged]`);
    });

    it('a watch-list is private unless switched off; the switch persists and the page dictionary lists what only it knows', async () => {
      const privateIds = async () => (await askBackground<{ privateEntityIds: string[] }>(options, 'page-dictionary')).privateEntityIds;
      expect(await isChecked(options, '#import-watchlist-private')).toBe(true);
      expect(await isChecked(options, '#import-articles-private')).toBe(false);
      expect(await importFiles('#import-watchlist', [file('private.csv', WATCHLIST)])).toContain('Imported “private”');
      const id = await options.evaluate(() => document.querySelector('#import-summary')!.getAttribute('data-collection')!);
      const row = `li[data-collection="${id}"]`;
      // The summary shows before the list has reloaded: wait for the new row.
      await until(() => options.evaluate((r) => document.querySelector(`${r} .private-switch input`) !== null, row), 15_000, 'collection listed');
      expect(await isChecked(options, `${row} .private-switch input`)).toBe(true);
      expect(await privateIds()).toEqual([`${id}~handle-quuxwatcher`]);

      await click(options, `${row} .private-switch input`);
      await until(async () => (await privateIds()).length === 0, 15_000, 'no private entities');
      expect(await reloadOptions()).toBe('1');
      expect(await isChecked(options, `${row} .private-switch input`)).toBe(false);
      expect(await readRecords(options, id)).toMatchObject({ info: { private: false } });

      await click(options, `${row} .private-switch input`);
      await until(async () => (await privateIds()).length === 1, 15_000, 'private again');
      await removeRow(row);
    });
  });
}
