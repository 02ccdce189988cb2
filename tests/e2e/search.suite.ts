import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './lib/browsers';
import { screenshotOf } from './lib/screenshot';
import { until } from './lib/until';

interface PopupState {
  query: string;
  /** The query the shown results answer (results arrive after typing). */
  resultsFor: string;
  focused: string;
  entities: { id: string; text: string }[];
  articles: { id: string; marks: string[] }[];
  active: string;
  state: string;
  suggestions: string[];
}

function readPopup(page: TestPage): Promise<PopupState> {
  return page.evaluate(() => {
    const all = (s: string) => [...document.querySelectorAll<HTMLElement>(s)];
    const input = document.querySelector<HTMLInputElement>('#search');
    return {
      query: input?.value ?? '',
      resultsFor: document.querySelector<HTMLElement>('.search')?.dataset.resultsFor ?? '',
      focused: document.activeElement?.id ?? '',
      entities: all('[data-group=entity] [role=option]').map((e) => ({ id: e.dataset.id ?? '', text: e.textContent ?? '' })),
      articles: all('[data-group=article] [role=option]').map((e) => ({
        id: e.dataset.id ?? '',
        marks: [...e.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      })),
      active: input?.getAttribute('aria-activedescendant') ?? '',
      state: document.querySelector<HTMLElement>('#empty-state')?.dataset.state ?? '',
      suggestions: all('[data-testid=suggestions] button').map((b) => b.textContent ?? ''),
    };
  });
}

/** Polls the popup until `ok` holds for what it shows. */
const popupWhen = (page: TestPage, ok: (s: PopupState) => boolean, what: string) =>
  until(
    async () => {
      const state = await readPopup(page);
      return ok(state) ? state : null;
    },
    15_000,
    what,
  );

/** Clears the box with Escape (the popup's own shortcut) and types a new query. */
async function search(page: TestPage, query: string): Promise<PopupState> {
  await page.keyboard.press('Escape');
  await popupWhen(page, (s) => s.query === '' && s.resultsFor === '' && s.state === 'empty', 'cleared search');
  await page.keyboard.type(query);
  return popupWhen(page, (s) => s.resultsFor === query && (s.entities.length + s.articles.length > 0 || s.state === 'no-results'), `results for ${query}`);
}

/** The popup page of the built extension: search as you type, keyboard, entity view, look-up address. */
export function searchSuite(launch: () => Promise<ExtensionBrowser>) {
  describe('popup search', () => {
    let browser: ExtensionBrowser;
    let popup: TestPage;
    beforeAll(async () => {
      browser = await launch();
      popup = await browser.openExtensionPage('popup.html');
      await popupWhen(popup, (s) => s.focused === 'search' && s.state === 'empty', 'focused search box');
    });
    afterAll(() => browser?.close());

    it('opens with the search box focused and the most mentioned entities as suggestions', async () => {
      const state = await readPopup(popup);
      expect(state.focused).toBe('search');
      expect(state.suggestions).toContain('ISIS');
    });

    it('finds ISIS by its alias "daesh"', async () => {
      const state = await search(popup, 'daesh');
      expect(state.entities[0]?.id).toBe('isis');
      expect(state.entities[0]?.text).toContain('Daesh');
      expect(state.active).toBe('opt-e-isis');
      await screenshotOf(popup, 'main.popup', `popup-search-${browser.name}`);
    });

    it('finds Twitter despite the misspelling "twiter" and marks the real word in snippets', async () => {
      const state = await search(popup, 'twiter');
      expect(state.entities[0]?.id).toBe('twitter');
      expect(state.articles.length).toBeGreaterThan(0);
      expect(state.articles.flatMap((a) => a.marks).every((m) => /twitter/i.test(m))).toBe(true);
    });

    it('finds the campaign by its hashtag "#opisis"', async () => {
      const state = await search(popup, '#opisis');
      expect(state.entities[0]?.id).toBe('opisis');
      expect(state.articles.some((a) => a.marks.some((m) => m.toLowerCase() === '#opisis'))).toBe(true);
    });

    it('moves with arrow keys and opens an entity view with Enter; Escape goes back', async () => {
      await search(popup, 'wauchula');
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('ArrowUp');
      const state = await readPopup(popup);
      expect(state.active).toBe('opt-e-wauchulaghost');
      await popup.keyboard.press('Enter');
      const view = await until(
        () =>
          popup.evaluate(() => {
            const view = document.querySelector<HTMLElement>('.entity-view');
            return (
              view && {
                id: view.dataset.entity,
                name: view.querySelector('h2')?.textContent,
                sentences: view.querySelectorAll('blockquote mark').length,
                coMentions: [...view.querySelectorAll<HTMLElement>('.co-mentions a')].map((a) => a.dataset.entity),
              }
            );
          }),
        15_000,
        'entity view',
      );
      expect(view).toMatchObject({ id: 'wauchulaghost', name: 'WauchulaGhost' });
      expect(view.sentences).toBeGreaterThan(0);
      expect(view.coMentions.length).toBeGreaterThan(0);
      await screenshotOf(popup, 'main.popup', `popup-entity-${browser.name}`);
      await popup.evaluate(() => document.querySelector<HTMLElement>('.co-mentions a')?.click());
      await until(
        () => popup.evaluate((first) => document.querySelector<HTMLElement>('.entity-view')?.dataset.entity === first, view.coMentions[0]),
        15_000,
        'co-mention view',
      );
      await popup.keyboard.press('Escape');
      const back = await popupWhen(popup, (s) => s.focused === 'search', 'back to the results');
      expect(back.query).toBe('wauchula');
    });

    it('shows a no-result state with suggestions', async () => {
      const state = await search(popup, 'twiterrr');
      expect(state.state).toBe('no-results');
      expect(state.suggestions).toContain('twitter');
    });

    it.each([
      ['regex metacharacters', '.*+?^${}()|[]\\'],
      ['only punctuation', '!!! ;;; ---'],
      ['emoji', '🔥🙂'],
      ['right-to-left text', 'الدولة الإسلامية'],
    ])('survives %s', async (_label, query) => {
      const state = await search(popup, query);
      expect(state.state).toBe('no-results');
    });

    it('survives a 10,000-character query', async () => {
      const long = 'isis '.repeat(2_000);
      await popup.keyboard.press('Escape');
      await popup.evaluate((value) => {
        const input = document.querySelector<HTMLInputElement>('#search')!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, long);
      const state = await popupWhen(popup, (s) => s.resultsFor === long && s.entities.length > 0, 'results for the long query');
      expect(state.entities[0]?.id).toBe('isis');
    });

    it('opens with a query from the address (the look-up of a selection)', async () => {
      const page = await browser.openExtensionPage('popup.html?q=Wauchula%20Ghost');
      const state = await popupWhen(page, (s) => s.entities.length > 0, 'look-up results');
      expect(state.query).toBe('Wauchula Ghost');
      expect(state.entities[0]?.id).toBe('wauchulaghost');
      await page.close();
    });
  });
}
