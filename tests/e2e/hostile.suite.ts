import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withGlobal, withSite } from '../../src/core/settings';
import type { PageMode } from '../../src/core/settings';
import type { ExtensionBrowser, TestPage } from './lib/browsers';
import { cardText, listTerms, newestTabId, setSettings } from './lib/extension';
import { serveFixtures, type FixtureServer } from './lib/server';
import { until } from './lib/until';
import { chooseFiles } from './lib/upload';

/** A watch-list whose note must never reach the page, made not private so its term is painted and its card opens. */
const NOTE = 'informant says handler of cell 7781';
const WATCHLIST = `handle;note;kind\n@QuuxNoteWatch;${NOTE};handle\n`;
/** A private watch-list: its term is found (badge, popup) but never painted. */
const PRIVATE_WATCHLIST = 'handle;note;kind\n@QuuxSecretWatch;a private lead;handle\n';

/**
 * The page of someone who watches for Lantern: before any extension code runs it records every message, every
 * event the extension framework used to fire, and every change to the DOM, and it registers a highlight of its own
 * under the name Lantern once used.
 */
const hostilePage = (eventNames: string[]) => `<!doctype html><meta charset="utf-8"><title>watching</title>
<script>
  window.seen = { messages: [], events: [], mutations: [] };
  addEventListener('message', (e) => seen.messages.push(String(JSON.stringify(e.data))));
  for (const name of ${JSON.stringify(eventNames)}) for (const target of [window, document]) target.addEventListener(name, (e) => seen.events.push(e.type));
  addEventListener('DOMContentLoaded', () => {
    // From here on, every change to the DOM: the parser's own are over.
    new MutationObserver((records) => {
      for (const r of records) seen.mutations.push(r.type + ' ' + (r.attributeName ?? '') + ' ' + [...r.addedNodes].map((n) => n.nodeName).join(','));
    }).observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
    const range = new Range();
    range.selectNodeContents(document.getElementById('own'));
    window.ownHighlight = new Highlight(range);
    CSS.highlights.set('mark-a', ownHighlight);
  });
</script>
<p id="own">The page's own highlighted words.</p>
<p id="a">In 2015 Anonymous declared war on ISIS, and @QuuxNoteWatch posted about it to @QuuxSecretWatch.</p>`;

/** Every registered range's text, Lantern's and the page's. */
const painted = (page: TestPage) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const [, highlight] of CSS.highlights)
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    return out.sort();
  });

const centreOf = (page: TestPage, word: string) =>
  page.evaluate((word) => {
    const text = document.getElementById('a')!.firstChild as Text;
    const range = new Range();
    range.setStart(text, text.data.indexOf(word));
    range.setEnd(text, text.data.indexOf(word) + word.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, word);

/** What a page can learn of Lantern, tried in the shipped build (no test markers), in every mode. */
export function hostileSuite(launch: () => Promise<ExtensionBrowser>) {
  describe('a hostile page', () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let dir: string;
    let ids: string[];
    let html: string;

    /** Opens the page in a mode and waits until Lantern has dealt with it, as seen from the extension. */
    const openIn = async (mode: PageMode) => {
      const settings =
        mode === 'paint'
          ? DEFAULT_SETTINGS
          : mode === 'quiet'
            ? withGlobal(DEFAULT_SETTINGS, { quiet: true })
            : withSite(DEFAULT_SETTINGS, '127.0.0.1', { enabled: false });
      await setSettings(browser, settings);
      const page = await browser.open(server.page(`/hostile-${mode}.html`, html));
      const tabId = await newestTabId(browser);
      await until(
        async () => {
          const terms = await listTerms(browser, tabId);
          return terms.mode === mode && (mode === 'off' || terms.terms.length >= 4);
        },
        15_000,
        `page handled in ${mode} mode`,
      );
      if (mode === 'paint') await until(async () => (await painted(page)).includes('@QuuxNoteWatch'), 15_000, 'terms painted');
      return page;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'lantern-hostile-'));
      browser = await launch();
      server = await serveFixtures();
      const base = new URL(browser.extensionUrl(''));
      // The extension's names a page could look for: its id (Chrome), its add-on id and internal UUID (Firefox).
      ids = browser.name === 'chromium' ? [base.host] : ['lantern@example.org', base.host];
      const eventNames = ids.flatMap((id) => ['content', 'in-page'].map((script) => `${id}:${script}:wxt:content-script-started`));
      html = hostilePage(eventNames);
      const options = await browser.openExtensionPage('options.html');
      await until(() => options.evaluate(() => document.querySelector('#summary')?.getAttribute('data-articles')), 15_000, 'options page ready');
      for (const [name, content, isPrivate] of [
        ['watch.csv', WATCHLIST, false],
        ['secret.csv', PRIVATE_WATCHLIST, true],
      ] as const) {
        if ((await options.evaluate(() => document.querySelector<HTMLInputElement>('#import-watchlist-private')!.checked)) !== isPrivate)
          await options.evaluate(() => document.querySelector<HTMLInputElement>('#import-watchlist-private')!.click());
        writeFileSync(join(dir, name), content);
        const before = await options.evaluate(() => document.querySelectorAll('li[data-collection]').length);
        await chooseFiles(options, '#import-watchlist', [join(dir, name)]);
        await until(() => options.evaluate((n) => document.querySelectorAll('li[data-collection]').length === n + 1, before), 30_000, `${name} imported`);
      }
      await options.close();
    });
    afterAll(async () => {
      await setSettings(browser, DEFAULT_SETTINGS).catch(() => undefined);
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const mode of ['paint', 'quiet', 'off'] as const)
      it(`in ${mode} mode sees no message, event, attribute or registry entry naming or betraying Lantern`, async () => {
        const page = await openIn(mode);
        const seen = await page.evaluate(() => (window as unknown as { seen: { messages: string[]; events: string[]; mutations: string[] } }).seen);
        expect(seen.messages).toEqual([]);
        expect(seen.events).toEqual([]);
        // Highlights are not DOM changes: nothing in the page changes until a card opens.
        expect(seen.mutations).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual([]);
        const registry = await page.evaluate(() => [...CSS.highlights.keys()]);
        if (mode === 'paint') {
          expect(registry).toHaveLength(4); // the page's own, and Lantern's for names, handles and hashtags
          for (const name of registry) if (name !== 'mark-a') expect(name).toMatch(/^[a-z][a-z0-9]{10}$/);
        } else expect(registry).toEqual(['mark-a']);
        const everything = JSON.stringify(seen) + registry.join(' ');
        for (const word of ['lantern', 'wxt', ...ids]) expect(everything.toLowerCase()).not.toContain(word.toLowerCase());
        await page.close();
      });

    it('finds the terms of a private watch-list but never paints them', async () => {
      const page = await openIn('paint');
      const tabId = await newestTabId(browser);
      const found = (await listTerms(browser, tabId)).terms.map((t) => t.entityId);
      expect(found.some((id) => id.endsWith('quuxsecretwatch'))).toBe(true);
      expect(found.some((id) => id.endsWith('quuxnotewatch'))).toBe(true);
      const words = await painted(page);
      expect(words).toContain('@QuuxNoteWatch');
      expect(words.join(' ')).not.toContain('QuuxSecretWatch');
      await page.close();
    });

    it('cannot open a card with synthetic events', async () => {
      const page = await openIn('paint');
      const at = await centreOf(page, 'ISIS');
      // The attack: for five times the card's open delay, every frame, the pointer events of a hover over the term.
      await page.evaluate(
        ({ x, y }) =>
          new Promise<void>((done) => {
            const end = performance.now() + 1_500;
            const fire = () => {
              const target = document.elementFromPoint(x, y) ?? document.body;
              for (const type of ['pointerover', 'pointermove', 'mousemove'])
                target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true }));
              if (performance.now() < end) requestAnimationFrame(fire);
              else done();
            };
            fire();
          }),
        at,
      );
      expect(await cardText(page)).toBe('');
      // The same gesture by the user does open it: the check above can see a card.
      await page.mouse.move(at.x - 3, at.y);
      await page.mouse.move(at.x, at.y);
      await until(async () => (await cardText(page)).includes('ISIS'), 10_000, 'card opened by a real hover');
      await page.close();
    });

    it('cannot find the card text with window.find, after a real hover shows it', async () => {
      const page = await openIn('paint');
      const at = await centreOf(page, '@QuuxNoteWatch');
      await page.mouse.move(at.x - 3, at.y);
      await page.mouse.move(at.x, at.y);
      await until(async () => (await cardText(page)).includes(NOTE), 10_000, 'card with the note');
      const found = await page.evaluate((note) => {
        const find = (text: string) => (window as unknown as { find(text: string): boolean }).find(text);
        return { note: find(note), part: find('handler of cell'), page: find('declared war') };
      }, NOTE);
      expect(found).toEqual({ note: false, part: false, page: true });
      await page.close();
    });

    it('in quiet and off mode, ::highlight() of any name is inert, the names Lantern painted under included', async () => {
      const page = await openIn('paint');
      const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name !== 'mark-a'));
      const styled = () =>
        page.evaluate((names) => {
          const p = document.getElementById('a')!;
          return [...names, 'mark-a'].map((name) => getComputedStyle(p, `::highlight(${name})`).backgroundColor);
        }, names);
      expect((await styled()).filter((colour) => colour !== 'rgba(0, 0, 0, 0)')).toHaveLength(3); // Lantern's three, not the page's mark-a
      for (const settings of [withGlobal(DEFAULT_SETTINGS, { quiet: true }), withSite(DEFAULT_SETTINGS, '127.0.0.1', { enabled: false })]) {
        await setSettings(browser, settings);
        await until(async () => (await styled()).every((colour) => colour === 'rgba(0, 0, 0, 0)'), 10_000, 'no highlight style left');
        expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual(['mark-a']);
        await setSettings(browser, DEFAULT_SETTINGS);
        await until(async () => (await styled()).some((colour) => colour !== 'rgba(0, 0, 0, 0)'), 10_000, 'painting again');
      }
      await page.close();
    });

    it('gets a malformed request rejected by the background, naming the field, and nothing done', async () => {
      const page = await browser.openExtensionPage('popup.html');
      const outcome = await page.evaluate(async () => {
        type Api = { runtime: { sendMessage(m: object): Promise<unknown> }; tabs: { query(q: object): Promise<unknown[]> } };
        const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const tabs = (await api.tabs.query({})).length;
        const error = await api.runtime.sendMessage({ type: 'open-article', articleId: 'x', sentence: 'javascript:alert(1)' }).then(
          () => 'accepted',
          (e: unknown) => String((e as Error).message ?? e),
        );
        return { error, newTabs: (await api.tabs.query({})).length - tabs };
      });
      expect(outcome).toEqual({ error: expect.stringMatching(/open-article: sentence must be a whole number/), newTabs: 0 });
      await page.close();
    });

    it('cannot stop Lantern with a forged invalidation or pagehide, and keeps its own mark-a highlight', async () => {
      const page = await openIn('paint');
      const before = await painted(page);
      await page.evaluate((ids) => {
        for (const id of ids)
          for (const script of ['content', 'in-page']) {
            const type = `${id}:${script}:wxt:content-script-started`;
            document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'forged' } }));
            window.postMessage({ type, contentScriptName: script, messageId: 'forged' }, '*');
          }
        // The browser's own pagehide lets go of the page (page-lifecycle.ts); the page's may not.
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
        const p = document.createElement('p');
        p.textContent = 'Later, GhostSec answered.';
        document.body.append(p);
      }, ids);
      await until(async () => (await painted(page)).includes('GhostSec'), 10_000, 'new text highlighted after the forged invalidation and pagehide');
      expect((await painted(page)).filter((word) => word !== 'GhostSec')).toEqual(before);
      const own = await page.evaluate(() => {
        const mine = (window as unknown as { ownHighlight: Highlight }).ownHighlight;
        return CSS.highlights.get('mark-a') === mine && mine.size === 1;
      });
      expect(own).toBe(true);
      await page.close();
    });
  });
}
