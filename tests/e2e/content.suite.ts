import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_LIMITS, entityViewModel } from '../../src/card/entity-view-model';
import { Corpus } from '../../src/search/corpus';
import { DEFAULT_SETTINGS, withGlobal, withShown, withSite, type Settings } from '../../src/core/settings';
import type { Bundle } from '../../src/core/types';
import { SETTINGS_KEY } from '../../src/extension/settings';
import { TERM_STYLES, type TermStyle } from '../../src/page/term-style';
import { TEST_BUILDS, type ExtensionBrowser, type TestPage } from './lib/browsers';
import { serveFixtures, STILL_CSP, type FixtureServer } from './lib/server';
import { SCREENSHOTS } from './lib/screenshot';
import { until } from './lib/until';
import { cardText, listTerms, newestTabId as newestTab, setSettings as setExtensionSettings } from './lib/extension';
import { FIXTURE_PAGES } from '../fixtures/index';

/**
 * No network here, and only the extension may touch the DOM: a CSP blocks third-party loads and the pages' own scripts,
 * so a change in the text can only come from the content script.
 */

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hacktivists against ISIS</title>
<style>
  body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 40px auto; color: #222; padding: 0 20px; }
  h1 { font: 700 30px/1.2 system-ui, sans-serif; } .by { color: #777; font: 14px system-ui, sans-serif; }
  textarea, [contenteditable] { display: block; width: 100%; margin: 8px 0; font: inherit; }
</style></head><body>
<h1>The online war on ISIS</h1>
<p class="by">A test page served from 127.0.0.1</p>
<p id="names">In 2015 Anonymous declared war on ISIS. Wauchula<b>Ghost</b> joined GhostSec, which tracked accounts in Iraq.</p>
<p id="tags">Volunteers like @CtrlSec reported accounts under tags such as #GhostSec.</p>
<p><span>Wauchula</span></p><p>Ghost</p>
<textarea id="ta">ISIS in a textarea</textarea>
<div contenteditable="true">ISIS being edited</div>
<p style="display:none">ISIS hidden</p>
<script>window.inlineScript = "ISIS";</script>
</body></html>`;

/**
 * A hostile page: its scripts freeze the built-in prototypes, redefine DOM methods and the highlight registry to throw,
 * throw in their own MutationObserver, and grow to 200,000 text nodes. The content script's world is its own, so none
 * of this may reach it.
 */
const HOSTILE = `<!doctype html><html><head><meta charset="utf-8"><title>hostile</title></head><body>
<p id="lead">Hostile pages still mention ISIS and <b>GhostSec</b>.</p>
<div id="bulk"></div>
<script>
  const bulk = document.getElementById('bulk');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < 50000; i++) {
    const p = document.createElement('p');
    p.append('Row ' + i + ' ', document.createElement('i'), ' filler ', 'text');
    fragment.append(p);
  }
  bulk.append(fragment);
  const last = document.createElement('p');
  last.id = 'last';
  last.textContent = 'The last row names WauchulaGhost.';
  bulk.append(last);
  new MutationObserver(() => { throw new Error('page observer'); }).observe(document, { subtree: true, childList: true, characterData: true });
  const trap = () => { throw new Error('trapped'); };
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild']) Node.prototype[name] = trap;
  Element.prototype.attachShadow = trap;
  Document.prototype.createRange = trap;
  Object.defineProperty(Node.prototype, 'textContent', { get: trap, set: trap });
  if (window.CSS && CSS.highlights) { CSS.highlights.set = trap; CSS.highlights.delete = trap; }
  window.Highlight = trap;
  Object.freeze(Object.prototype); Object.freeze(Array.prototype); Object.freeze(Function.prototype);
  setTimeout(() => document.getElementById('lead').append(' Later: Anonymous.'), 0);
</script>
</body></html>`;

/**
 * What gets painted: one-word names inside longer names, an ordinary-word name as a label, page furniture, and a
 * context entity (Twitter, in seeds/entities.json) painted at its first occurrence only.
 */
const PAINTED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>What gets painted</title></head><body>
<header><p>ISIS watch, the site header</p></header>
<nav><a href="#a">ISIS</a> <a href="#b">GhostSec</a></nav>
<article>
<header><h1>Hackers in Asia and Iraq</h1></header>
<p id="longer">They met at the Asia Society on the Asia-Pacific route, and hackers in Asia listened.</p>
<p id="context">Accounts were reported to Twitter. Hackers asked Twitter again, and Twitter agreed.</p>
<p id="ordinary">Anonymous sources said little. Later, Anonymous declared war with GhostSec, and GhostSec agreed.</p>
<p>Posted by <span class="author">Anonymous</span></p>
<div>Anonymous</div>
</article>
<div class="share-buttons"><a href="#t">Share on Twitter</a> <a href="#f">Share on Facebook</a></div>
<button>Follow GhostSec</button>
<div role="toolbar"><span>Iraq</span></div>
<aside><p>Related: WauchulaGhost</p></aside>
<footer><p>About ISIS and WauchulaGhost</p></footer>
</body></html>`;

/** The page's random highlight names, in TERM_STYLES order (test builds write them on <html>). */
async function namesOn(page: TestPage): Promise<string[]> {
  return (await until(() => page.evaluate(() => document.documentElement.dataset.testHighlights), 15_000, 'highlight names')).split(' ');
}

/** The text of every registered range, per style. */
async function highlighted(page: TestPage): Promise<Record<TermStyle, string[]>> {
  const names = await namesOn(page);
  const byName = await page.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const ranges = [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)];
      out[name] = ranges
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
        .sort();
    }
    return out;
  }, names);
  return Object.fromEntries(TERM_STYLES.map((style, i) => [style, byName[names[i]!]!])) as Record<TermStyle, string[]>;
}

/** The id of the element each painted range whose text is `term` sits in, in document order. */
async function paintedIn(page: TestPage, term: string): Promise<string[]> {
  const names = await namesOn(page);
  return page.evaluate(
    ({ names, term }) => {
      const ranges = names.flatMap((name) => [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)]);
      const elements = ranges
        .filter((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === term)
        .map((r) => r.startContainer.parentElement!.closest('[id]'));
      elements.sort((a, b) => (a!.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      return elements.map((element) => element?.id ?? '');
    },
    { names, term },
  );
}

/** The test build's card: text of the open shadow root of the host on <html>, or '' when hidden. */
/** The centre of the first highlighted range whose text is `term`, in viewport coordinates. */
function termCentre(page: TestPage, term: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((term) => {
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== term) continue;
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, term);
}

/** The test build marks <html> each time a scan goes idle. */
async function idle(page: TestPage): Promise<void> {
  await until(() => page.evaluate(() => document.documentElement.dataset.testIdle), 15_000, 'content script idle');
}

/** The content script on web pages: highlights, hover card, dynamic text, settings, and harmlessness on real pages. */
export function contentSuite(launch: (build: string) => Promise<ExtensionBrowser>, name: keyof typeof TEST_BUILDS) {
  describe('content script', () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    const bundle = () => JSON.parse(readFileSync(join(TEST_BUILDS[name], 'bundle.json'), 'utf8')) as Bundle;

    const setSettings = (settings: Settings) => setExtensionSettings(browser, settings);
    /** The toolbar badge of a tab, read from an extension page. */
    const badgeText = async (tabId: number) => {
      const extension = await browser.openExtensionPage('popup.html');
      try {
        return await extension.evaluate(async (tabId) => {
          type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
          type Api = { action?: Action; browserAction?: Action };
          const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
          return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
        }, tabId);
      } finally {
        await extension.close();
      }
    };
    const newestTabId = () => newestTab(browser);

    beforeAll(async () => {
      browser = await launch(TEST_BUILDS[name]);
      server = await serveFixtures(FIXTURE_PAGES);
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The welcome tab opens on install: once it is open, every test page is the newest tab (newestTabId).
      await until(async () => (await browser.tabUrls()).some((url) => url.endsWith('/welcome.html')), 15_000, 'welcome tab opened on install');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights exactly the known terms, never in inputs, editable or hidden text, never across blocks', async () => {
      const page = await browser.open(server.page('/article.html', ARTICLE));
      await idle(page);
      expect(await highlighted(page)).toEqual({
        name: ['Anonymous', 'GhostSec', 'ISIS', 'ISIS', 'Iraq', 'WauchulaGhost'],
        handle: ['@CtrlSec'],
        hashtag: ['#GhostSec'],
      });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-highlights.png`), clip: { x: 240, y: 20, width: 800, height: 420 } });
      await page.close();
    });

    it('opens the card on hover with the entity and its articles, and Escape closes it', async () => {
      const page = await browser.open(server.page('/article.html', ARTICLE));
      await idle(page);
      const expected = entityViewModel(new Corpus(bundle()), 'ghostsec', CARD_LIMITS)!;
      const at = (await termCentre(page, 'GhostSec'))!;
      await page.mouse.move(at.x - 3, at.y);
      await page.mouse.move(at.x, at.y);
      const text = await until(
        async () => {
          const t = await cardText(page);
          return t.includes(expected.articles[0]!.title) ? t : null;
        },
        10_000,
        'card with articles',
      );
      expect(text).toContain(expected.name);
      expect(text).toContain(expected.description);
      expect(text).toContain(expected.counts);
      for (const article of expected.articles) {
        expect(text).toContain(article.title);
        for (const segment of article.sentences[0]!.segments) if (segment.marked) expect(text).toContain(segment.text);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-card.png`), clip: { x: 200, y: 20, width: 1060, height: 620 } });
      await page.keyboard.press('Escape');
      await until(async () => (await cardText(page)) === '', 5_000, 'card closed');
      await page.close();
    });

    it('places the card beside its term, never over it, at every corner of the viewport and in a frame', async () => {
      const corner = (style: string, term: string) => `<p style="position: fixed; margin: 0; font: 16px/1.4 sans-serif; ${style}">${term}</p>`;
      server.page(
        '/inner.html',
        `<!doctype html><meta charset="utf-8"><body style="margin: 0; height: 100%"><p style="position: absolute; bottom: 4px; left: 8px; margin: 0">Inside: CtrlSec</p></body>`,
      );
      const page = await browser.open(
        server.page(
          '/corners.html',
          `<!doctype html><meta charset="utf-8"><title>corners</title><body style="margin: 0">
          ${corner('top: 2px; left: 2px', 'ISIS')}${corner('top: 2px; right: 2px', 'GhostSec')}
          ${corner('bottom: 2px; left: 2px', 'Omar Mateen')}${corner('bottom: 2px; right: 2px', 'WauchulaGhost')}
          <iframe src="/inner.html" style="position: fixed; left: 380px; top: 250px; width: 520px; height: 300px; border: 0"></iframe>`,
        ),
      );
      await idle(page);
      /** The card's box (its host, once placed) and the term's, in the viewport of the document that holds them. */
      const boxes = (term: string) => {
        const host = [...document.documentElement.children].filter((e) => e.tagName === 'DIV').pop() as HTMLElement | undefined;
        if (!host || host.style.visibility !== 'visible') return null;
        const card = host.getBoundingClientRect();
        const text = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text).find((t) => t.data.includes(term))!;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf(term));
        range.setEnd(text, text.data.indexOf(term) + term.length);
        const at = range.getBoundingClientRect();
        const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        return { card: box(card), term: box(at), viewport: { width: document.documentElement.clientWidth, height: innerHeight } };
      };
      type Box = { left: number; top: number; right: number; bottom: number };
      const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const [term, where] of [
        ['ISIS', 'top-left'],
        ['GhostSec', 'top-right'],
        ['Omar Mateen', 'bottom-left'],
        ['WauchulaGhost', 'bottom-right'],
      ] as const) {
        const at = (await termCentre(page, term))!;
        await page.mouse.move(at.x - 2, at.y);
        await page.mouse.move(at.x, at.y);
        await until(async () => (await cardText(page)).includes(term), 10_000, `card for ${term}`);
        const placed = await until(() => page.evaluate(boxes, term), 10_000, `card for ${term} placed`);
        expect(overlaps(placed.card, placed.term), `card over ${term} at the ${where}`).toBe(false);
        expect(
          placed.card.left >= 0 && placed.card.top >= 0 && placed.card.right <= placed.viewport.width && placed.card.bottom <= placed.viewport.height,
        ).toBe(true);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-card-${where}.png`) });
        await page.keyboard.press('Escape');
        await until(async () => (await cardText(page)) === '', 5_000, 'card closed');
      }
      // In a frame: the card lives in the frame's document, beside the term there.
      const frame = page.frames().find((f) => f.url().endsWith('/inner.html'))!;
      const inFrame = await until(
        () =>
          frame.evaluate(() => {
            const text = document.querySelector('p')!.firstChild as Text;
            const range = document.createRange();
            range.setStart(text, text.data.indexOf('CtrlSec'));
            range.setEnd(text, text.data.length);
            const box = range.getBoundingClientRect();
            return box.width ? { x: 380 + box.left + box.width / 2, y: 250 + box.top + box.height / 2 } : null;
          }),
        10_000,
        'term in the frame',
      );
      await page.mouse.move(inFrame.x - 2, inFrame.y);
      await page.mouse.move(inFrame.x, inFrame.y);
      const placed = await until(() => frame.evaluate(boxes, 'CtrlSec'), 10_000, 'card placed in the frame');
      expect(overlaps(placed.card, placed.term)).toBe(false);
      expect(placed.card.bottom <= placed.viewport.height && placed.card.top >= 0).toBe(true);
      // Placed is not loaded: the screenshot waits for the card's articles.
      await until(async () => (await cardText(page)).includes('mentions in'), 10_000, 'card content in the frame');
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-card-in-frame.png`) });
      await page.close();
    });

    it('works on a hostile page: frozen prototypes, trapped DOM methods, a throwing observer, 200,000 text nodes', async () => {
      const page = await browser.open(server.page('/hostile.html', HOSTILE));
      const registry = await namesOn(page);
      const names = await until(
        async () => {
          const found = await page.evaluate((names) => {
            // The page trapped Range and textContent in its own world; read the ranges' text through Node.data.
            const words: string[] = [];
            for (const name of names)
              for (const r of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)
                words.push((r.startContainer as Text).data.slice(r.startOffset, r.startContainer === r.endContainer ? r.endOffset : undefined));
            return words.sort();
          }, registry);
          return found.includes('WauchulaGhost') && found.includes('Anonymous') ? found : null;
        },
        30_000,
        'terms highlighted on the hostile page, the last row and the later text included',
      );
      expect(names).toEqual(['Anonymous', 'GhostSec', 'ISIS', 'WauchulaGhost']);
      // The page's traps really are in place, and its 50,001 rows exist.
      expect(await page.evaluate(() => [Object.isFrozen(Object.prototype), document.querySelectorAll('#bulk p').length])).toEqual([true, 50_001]);
      expect(await page.evaluate(() => document.documentElement.dataset.testErrors ?? '')).toBe('');
      await page.close();
    });

    it('highlights a term added later by script, and forgets one removed', async () => {
      const page = await browser.open(server.page('/article.html', ARTICLE));
      await idle(page);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.append('Later news: ', Object.assign(document.createElement('em'), { textContent: 'Hezbollah' }), ' responded.');
        document.body.append(p);
        document.getElementById('tags')!.remove();
      });
      await until(
        async () => {
          const now = await highlighted(page);
          return now.name.includes('Hezbollah') && now.handle.length === 0;
        },
        10_000,
        'Hezbollah highlighted, @CtrlSec gone',
      );
      await page.close();
    });

    it('paints a page again when the reader comes back to it (Firefox restores it from the back-forward cache)', async () => {
      const page = await browser.open(server.page('/article.html', ARTICLE));
      await idle(page);
      const before = JSON.stringify(await highlighted(page));
      const elsewhere = server.page('/elsewhere.html', '<!doctype html><title>elsewhere</title><p>Nothing known here.</p>');
      const at = (path: string) => () => page.evaluate((path) => location.pathname === path, path);
      // Navigations through the page: the call they interrupt may fail, and the condition after it is what counts.
      void page.evaluate(`location.href = ${JSON.stringify(elsewhere)}`).catch(() => undefined);
      await until(at('/elsewhere.html'), 10_000, 'on another page');
      void page.evaluate('history.back()').catch(() => undefined);
      await until(at('/article.html'), 10_000, 'back on the article');
      // Left, Lantern let go of the article (page-lifecycle.ts); back, it paints it as before.
      await until(async () => JSON.stringify(await highlighted(page)) === before, 10_000, 'the article painted as before');
      await page.close();
    });

    it("keeps the ranges of a growing block's earlier terms and adds the new ones", async () => {
      const page = await browser.open(server.page('/growing.html', ARTICLE));
      await idle(page);
      // Text appended to a paragraph's last text node, a term at a time: the earlier ranges must stay the same objects.
      await page.evaluate(() => {
        const text = document.getElementById('names')!.lastChild as Text;
        const first = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<AbstractRange>)]).find((r) => r.startContainer === text)!;
        (window as unknown as { kept: AbstractRange }).kept = first;
        for (const word of [' Daesh', ' and', ' ISIL', ' again.']) text.appendData(word);
      });
      await until(async () => (await highlighted(page)).name.filter((w) => w === 'Daesh' || w === 'ISIL').length === 2, 10_000, 'appended terms highlighted');
      const kept = await page.evaluate(() => {
        const range = (window as unknown as { kept: AbstractRange }).kept;
        return [...CSS.highlights.values()].some((h) => (h as unknown as Set<AbstractRange>).has(range));
      });
      expect(kept).toBe(true);
      expect((await highlighted(page)).name).toEqual(['Anonymous', 'Daesh', 'GhostSec', 'ISIL', 'ISIS', 'ISIS', 'Iraq', 'WauchulaGhost']);
      await page.close();
    });

    it('paints a name only where it is one: not inside a longer name, as a label or in page furniture; context entities once', async () => {
      const page = await browser.open(server.page('/painted.html', PAINTED));
      await idle(page);
      // Asia, Iraq and Twitter are context entities (a continent, a country, a platform): painted at their first occurrence.
      expect(await highlighted(page)).toEqual({ name: ['Anonymous', 'Asia', 'GhostSec', 'GhostSec', 'Iraq', 'Twitter'], handle: [], hashtag: [] });
      // The one Twitter painted is the first in the article, not the share button's.
      expect(await paintedIn(page, 'Twitter')).toEqual(['context']);
      // Found all the same, for the popup: furniture, labels and every Twitter (the share row's too: spaces alone
      // between two links separate items, so "Twitter Share" is not one name).
      const tabId = await newestTabId();
      expect((await listTerms(browser, tabId)).terms).toEqual([
        { entityId: 'ghostsec', count: 4 },
        { entityId: 'twitter', count: 4 },
        { entityId: 'anonymous', count: 3 },
        { entityId: 'isis', count: 3 },
        { entityId: 'asia', count: 2 },
        { entityId: 'iraq', count: 2 },
        { entityId: 'wauchulaghost', count: 2 },
        { entityId: 'facebook', count: 1 },
      ]);
      // The badge counts the specific entities of the page's own text: Anonymous and GhostSec.
      expect(await until(async () => ((await badgeText(tabId)) === '2' ? '2' : null), 10_000, 'badge of specific terms')).toBe('2');
      await page.close();
    });

    it("keeps a context entity's first occurrence while the page changes, and hands it on when it goes", async () => {
      const page = await browser.open(server.page('/first.html', PAINTED));
      await idle(page);
      const tabId = await newestTabId();
      const twitterCount = async () => (await listTerms(browser, tabId)).terms.find((t) => t.entityId === 'twitter')?.count;
      await page.evaluate(() =>
        document.querySelector('article')!.prepend(Object.assign(document.createElement('p'), { id: 'earlier', textContent: 'A new line on Twitter.' })),
      );
      await until(async () => ((await twitterCount()) === 5 ? true : null), 10_000, 'the new line scanned');
      expect(await paintedIn(page, 'Twitter')).toEqual(['context']);
      await page.evaluate(() => document.getElementById('context')!.remove());
      await until(
        async () => ((await paintedIn(page, 'Twitter')).join() === 'earlier' ? true : null),
        10_000,
        'the earlier Twitter painted once the first is gone',
      );
      await page.close();
    });

    it('paints context terms only once the page is about the story: two specific entities', async () => {
      const html = '<!doctype html><html lang="en"><body><p id="travel">Travel in Asia and Iraq, as posted to Twitter by GhostSec.</p></body></html>';
      const page = await browser.open(server.page('/off-topic.html', html));
      await idle(page);
      expect((await highlighted(page)).name).toEqual(['GhostSec']);
      await page.evaluate(() => document.getElementById('travel')!.after(Object.assign(document.createElement('p'), { textContent: 'Anonymous replied.' })));
      await until(
        async () => ((await highlighted(page)).name.join() === 'Anonymous,Asia,GhostSec,Iraq,Twitter' ? true : null),
        10_000,
        'context terms painted on a page about the story',
      );
      await page.close();
    });

    it('paints the curated aliases of other languages, folding case and accents', async () => {
      const html =
        '<!doctype html><html lang="fr"><body><p>Les pirates d’Anonymous ont visé l’État islamique, que d’autres appellent Daech ou l’Etat Islamique.</p></body></html>';
      const page = await browser.open(server.page('/french.html', html));
      await idle(page);
      expect((await highlighted(page)).name).toEqual(['Anonymous', 'Daech', 'Etat Islamique', 'État islamique']);
      await page.close();
    });

    it('paints an entity at most 500 times on a page, and counts every occurrence for the popup', async () => {
      const html = `<!doctype html><html lang="en"><body><p>GhostSec replied.</p>${'<p>ISIS said so.</p>'.repeat(600)}</body></html>`;
      const page = await browser.open(server.page('/repeated.html', html));
      await idle(page);
      const painted = (await highlighted(page)).name;
      expect(painted.filter((name) => name === 'ISIS')).toHaveLength(500);
      expect(painted.filter((name) => name === 'GhostSec')).toHaveLength(1);
      const tabId = await newestTabId();
      expect((await listTerms(browser, tabId)).terms.find((term) => term.entityId === 'isis')?.count).toBe(600);
      await page.close();
    });

    it('paints each salience class as the options page says, at once', async () => {
      const page = await browser.open(server.page('/classes.html', PAINTED));
      await idle(page);
      const options = await browser.openExtensionPage('options.html');
      const choose = (salience: string, extent: string) =>
        options.evaluate(
          ({ salience, extent }) => {
            const select = document.querySelector<HTMLSelectElement>(`#page-settings [data-occurrences="${salience}"]`)!;
            select.value = extent;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          },
          { salience, extent },
        );
      const names = async () => (await highlighted(page)).name.join(' ');
      try {
        await until(
          () => options.evaluate(() => document.querySelector('#page-settings [data-occurrences="context"]') !== null),
          10_000,
          'salience settings shown',
        );
        await choose('context', 'all');
        await until(
          async () => ((await names()) === 'Anonymous Asia Asia GhostSec GhostSec Iraq Twitter Twitter Twitter' ? true : null),
          10_000,
          'every context term painted',
        );
        await choose('specific', 'first');
        await until(
          async () => ((await names()) === 'Anonymous Asia Asia GhostSec Iraq Twitter Twitter Twitter' ? true : null),
          10_000,
          'specific terms painted once',
        );
        await choose('context', 'none');
        await until(async () => ((await names()) === 'Anonymous GhostSec' ? true : null), 10_000, 'context terms not painted');
      } finally {
        await setSettings(DEFAULT_SETTINGS);
        await options.close();
        await page.close();
      }
    });

    it('has its stylesheet in before the page is parsed, and leaves the registry alone until it paints a term', async () => {
      // The frame's parser waits on a script the server holds: the stylesheet must be in while it waits. The parent
      // reads the frame (same origin) through its window, as a frame still loading is not one the drivers list yet.
      const release = server.hold('/parser-gate.js');
      const gated = server.page(
        '/parser-gated.html',
        '<!doctype html><p id="p">Posted to Twitter yesterday.</p><script src="/parser-gate.js"></script><p>More text.</p>',
        {
          'content-security-policy': "default-src 'self'; script-src 'self'",
        },
      );
      const page = await browser.open(server.page('/parser-gated-parent.html', `<!doctype html><iframe src="${gated}"></iframe>`));
      const frameState = () =>
        page.evaluate(() => {
          const frame = document.querySelector('iframe')!.contentWindow! as Window & typeof globalThis;
          const { dataset } = frame.document.documentElement;
          const names = dataset.testHighlights?.split(' ') ?? [];
          const p = frame.document.getElementById('p');
          return {
            url: frame.location.href,
            readyState: frame.document.readyState,
            styleSheetAt: dataset.testStyleSheetAt,
            idle: dataset.testIdle !== undefined,
            registered: names.filter((name) => frame.CSS.highlights.has(name)).length,
            styled: p ? names.filter((name) => frame.getComputedStyle(p, `::highlight(${name})`).backgroundColor !== 'rgba(0, 0, 0, 0)').length : 0,
          };
        });
      try {
        const atInsert = await until(
          async () => {
            const state = await frameState();
            return state.url === gated && state.styleSheetAt !== undefined ? state : null;
          },
          15_000,
          'stylesheet in',
        );
        expect([atInsert.styleSheetAt, atInsert.readyState]).toEqual(['loading', 'loading']);
        release();
        // Twitter alone: a context entity on a page about nothing specific, found and not painted.
        const atIdle = await until(async () => ((await frameState()).idle ? frameState() : null), 15_000, 'frame idle');
        expect([atIdle.registered, atIdle.styled]).toEqual([0, 3]);
        await page.evaluate(() => {
          const frame = document.querySelector('iframe')!.contentWindow!.document;
          frame.body.append(Object.assign(frame.createElement('p'), { textContent: 'GhostSec and Anonymous report ISIS.' }));
        });
        await until(async () => ((await frameState()).registered === 3 ? true : null), 10_000, 'highlights registered once painted');
      } finally {
        release();
        await page.close();
      }
    });

    it('follows per-site off, quiet mode and the kinds to show at once, without reload', async () => {
      const page = await browser.open(server.page('/article.html', ARTICLE));
      await idle(page);
      const names = await namesOn(page);
      const registered = () => page.evaluate((names) => names.map((n) => CSS.highlights.get(n)?.size ?? -1), names);
      try {
        await setSettings(withSite(DEFAULT_SETTINGS, '127.0.0.1', { enabled: false }));
        await until(async () => (await registered()).every((size) => size <= 0), 10_000, 'highlights removed');
        await setSettings(withGlobal(DEFAULT_SETTINGS, { quiet: true }));
        await idle(page);
        expect(await registered()).toEqual([-1, -1, -1]); // quiet: nothing in the page's registry
        await setSettings(DEFAULT_SETTINGS);
        await until(async () => (await registered())[0]! > 0, 10_000, 'highlights back');
        // Kinds to show: hashtags off takes only their highlight out of the registry.
        await setSettings(withShown(DEFAULT_SETTINGS, { hashtag: false }));
        await until(async () => (await registered())[2] === -1, 10_000, 'hashtags no longer painted');
        expect((await registered()).slice(0, 2).every((size) => size > 0)).toBe(true);
      } finally {
        await setSettings(DEFAULT_SETTINGS);
        await page.close();
      }
    });

    it('sets Lantern for every site from the options page', async () => {
      const options = await browser.openExtensionPage('options.html');
      const stored = () =>
        options.evaluate(async (key) => {
          type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
          return JSON.stringify((await (scope.browser ?? scope.chrome).storage.local.get(key))[key] ?? null);
        }, SETTINGS_KEY);
      try {
        await until(() => options.evaluate(() => document.querySelector('#page-settings [data-show="hashtag"]') !== null), 10_000, 'page settings shown');
        await options.evaluate(() => document.querySelector<HTMLInputElement>('#page-settings [data-show="hashtag"]')!.click());
        await options.evaluate(() => document.querySelector<HTMLInputElement>('#page-settings [data-setting="quiet"]')!.click());
        // Two quick changes: wait until both are stored, then check nothing else changed.
        const bothSaved = async () => {
          const settings = JSON.parse(await stored()) as Settings | null;
          return settings?.show.hashtag === false && settings.global.quiet ? settings : null;
        };
        const settings = await until(bothSaved, 10_000, 'both settings saved');
        expect(settings.show).toEqual({ name: true, handle: true, hashtag: false });
        expect(settings.global).toEqual({ enabled: true, quiet: true });
      } finally {
        await setSettings(DEFAULT_SETTINGS);
        await options.close();
      }
    });

    it('counts the known terms on the toolbar badge, and steps to the next term with its card', async () => {
      const page = await browser.open(server.page('/badge.html', ARTICLE));
      await idle(page);
      const tabId = await newestTabId();
      const extension = await browser.openExtensionPage('popup.html');
      const badge = await until(
        () =>
          extension.evaluate(async (tabId) => {
            type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
            type Api = { action?: Action; browserAction?: Action };
            const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
            return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
          }, tabId),
        10_000,
        'badge text',
      );
      expect(badge).toBe('5'); // ISIS, Anonymous, WauchulaGhost, GhostSec, CtrlSec (Iraq, a country, is context)
      // What the next-term shortcut sends the page (the shortcut itself cannot be pressed in a headless browser).
      await extension.evaluate(async (tabId) => {
        type Tabs = { tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> } };
        const api = (globalThis as unknown as { browser?: Tabs }).browser ?? (globalThis as unknown as { chrome: Tabs }).chrome;
        await api.tabs.sendMessage(tabId, { type: 'step-term', direction: 1 }, { frameId: 0 });
      }, tabId);
      // The first term in the document is the heading's ISIS.
      const isis = entityViewModel(new Corpus(bundle()), 'isis', CARD_LIMITS)!;
      await until(async () => (await cardText(page)).includes(isis.description), 10_000, 'card of the first term');
      await extension.close();
      await page.close();
    });

    it("lists the page's entities in the popup; choosing one opens its card, the switch turns the site off", async () => {
      const page = await browser.open(server.page('/on-this-page.html', ARTICLE));
      await idle(page);
      const tabId = await newestTabId();
      expect(tabId).toBeTypeOf('number');
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      const listed = await until(
        async () => {
          const terms = await popup.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('.page-term')].map((b) => `${b.dataset.entity} ${b.querySelector('.count')!.textContent}`),
          );
          return terms.length ? terms : null;
        },
        10_000,
        'on-this-page list',
      );
      expect(listed).toEqual(['ghostsec ×2', 'isis ×2', 'anonymous ×1', 'ctrlsec ×1', 'iraq ×1', 'wauchulaghost ×1']);
      await popup.evaluate(() => document.querySelector<HTMLElement>('.page-term[data-entity="wauchulaghost"]')!.click());
      await until(async () => (await cardText(page)).includes('WauchulaGhost'), 10_000, 'card opened from the popup');
      try {
        await popup.evaluate(() => document.querySelector<HTMLInputElement>('.page-terms input[role="switch"]')!.click());
        await until(
          async () => page.evaluate((names) => names.every((n) => (CSS.highlights.get(n)?.size ?? 0) === 0), await namesOn(page)),
          10_000,
          'site switched off from the popup',
        );
        expect(await popup.evaluate(() => document.querySelector<HTMLElement>('.page-terms')!.dataset.mode)).toBe('off');
      } finally {
        await setSettings(DEFAULT_SETTINGS);
        await popup.close();
        await page.close();
      }
    });

    const fixtures = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    it(`leaves the text of all ${fixtures.length} fixture pages unchanged, with no uncaught error`, async () => {
      const urls = fixtures.map((file) => server.page(`/fixture/${file}`, readFileSync(join(FIXTURE_PAGES, file), 'utf8'), STILL_CSP));
      const bodyText = (page: TestPage) => page.evaluate(() => document.body?.textContent ?? '');
      // Firefox over BiDi loses track of tabs opened concurrently: one page at a time there.
      const parallel = name === 'firefox' ? 1 : 4;
      const eachPage = async <T>(visit: (url: string, index: number) => Promise<T>): Promise<T[]> => {
        const out: T[] = [];
        for (let i = 0; i < urls.length; i += parallel) out.push(...(await Promise.all(urls.slice(i, i + parallel).map((url, j) => visit(url, i + j)))));
        return out;
      };
      // The reference: each page rendered with Lantern switched off.
      await setSettings(withGlobal(DEFAULT_SETTINGS, { enabled: false }));
      const expected = await eachPage(async (url) => {
        const page = await browser.open(url);
        const text = await bodyText(page);
        await page.close();
        return text;
      });
      await setSettings(DEFAULT_SETTINGS);
      const failures = (
        await eachPage(async (url, index) => {
          const file = fixtures[index]!;
          const page = await browser.open(url);
          const ready = await idle(page).then(
            () => true,
            () => false,
          );
          const errors = await page.evaluate(() => document.documentElement.dataset.testErrors ?? '');
          const same = (await bodyText(page)) === expected[index];
          await page.close();
          return [
            ...(ready ? [] : [`${file}: scan never finished`]),
            ...(same ? [] : [`${file}: body text changed`]),
            ...(errors ? [`${file}: ${errors}`] : []),
          ];
        })
      ).flat();
      expect(failures).toEqual([]);
    }, 300_000);
  });
}
