import { DEFAULT_SETTINGS, pageMode, type HighlightNames, type PageMode, type Settings } from '../core/settings';
import type { PageDictionary, PageTerms } from '../extension/protocol';
import { createMatcher } from '../match/index';
import type { CardPage } from './card-host';
import { HoverCards } from './hover';
import { PageIndex, type EntityClasses, type Hit } from './page-index';
import { Painter } from './painter';
import { Scanner } from './scanner';
import { randomHighlightNames, TERM_STYLES } from './term-style';

type Unsubscribe = () => void;

/** What the page side needs from the extension; the content script entrypoint wires it to messages and storage. */
export interface PageServices {
  /** The card page the hover card frames. */
  cardPage: CardPage;
  loadDictionary(): Promise<PageDictionary>;
  loadSettings(): Promise<Settings>;
  /** The subscriptions return their undoing: stopping the page removes every listener it added. */
  watchSettings(onChange: (settings: Settings) => void): Unsubscribe;
  /** Calls back when the extension's dictionary changed (a collection imported or removed). */
  watchDictionary(onChange: () => void): Unsubscribe;
  /** Answers the extension's requests: step through terms (commands), list them and show one (the popup). */
  answer(handlers: { step(direction: 1 | -1): void; listTerms(): PageTerms; showEntity(entityId: string): boolean }): Unsubscribe;
  /** The specific entities the page mentions, for the toolbar badge. */
  reportTerms(entityIds: string[]): void;
  /** Inserts (`on`) or removes the frame's highlight stylesheet: present only while Lantern paints. */
  paintStyles(names: HighlightNames, on: boolean): Promise<void>;
}

/**
 * Runs Lantern in one frame: follows the settings, scans, paints, reports, and opens cards.
 * Resolves to a stop function that takes everything out of the page (for an extension update or removal).
 */
export async function startPage(services: PageServices): Promise<() => void> {
  const painter = new Painter(randomHighlightNames((name) => Painter.supported() && CSS.highlights.has(name)));
  if (import.meta.env.LANTERN_TEST) document.documentElement.dataset.testHighlights = TERM_STYLES.map((style) => painter.names[style]).join(' ');
  const dictionary = await services.loadDictionary();
  const index = new PageIndex(createMatcher(dictionary.matcher), entityClasses(dictionary), painter, DEFAULT_SETTINGS.occurrences);
  let shown: Settings['show'] = DEFAULT_SETTINGS.show;
  const painted = (hit: Hit) => hit.painted && shown[hit.style];
  const cards = new HoverCards(index, services.cardPage, painted);
  let reported = '';
  const report = () => {
    const ids = index.specificEntityIds();
    if (ids.join('\n') === reported) return;
    reported = ids.join('\n');
    services.reportTerms(ids);
  };
  const scanner = new Scanner(index, cards.isOwn, () => {
    painter.flush();
    report();
    if (import.meta.env.LANTERN_TEST) document.documentElement.dataset.testIdle = String(Date.now());
  });

  const site = location.hostname;
  let mode: PageMode = 'off';
  const apply = (settings: Settings) => {
    const next = pageMode(settings, site);
    shown = settings.show;
    index.setOccurrences(settings.occurrences);
    painter.flush();
    // Highlights need the Custom Highlight API; without it terms are still found (badge, popup), as in quiet mode.
    const paint = next === 'paint' && Painter.supported();
    if (next === 'off') {
      scanner.stop();
      index.clear();
      report();
    } else if (mode === 'off') scanner.start(document.body ?? document.documentElement);
    painter.show((style) => paint && shown[style]);
    setStyled(paint);
    if (paint) cards.enable();
    else cards.disable();
    mode = next;
  };

  let styled = false;
  const setStyled = (on: boolean) => {
    if (on === styled) return;
    styled = on;
    void services.paintStyles(painter.names, on).catch(() => undefined);
  };

  let step = -1;
  /** Moves to the next (or previous) hit that passes `wanted`, scrolls it into view and opens its card. */
  const stepTo = (direction: 1 | -1, wanted: (hit: Hit) => boolean): boolean => {
    if (mode !== 'paint') return false;
    const hits = index.hits();
    for (let tried = 1; tried <= hits.length; tried++) {
      const at = (((step + direction * tried) % hits.length) + hits.length) % hits.length;
      const hit = hits[at]!;
      if (!wanted(hit)) continue;
      step = at;
      hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      cards.show(hit);
      return true;
    }
    return false;
  };
  const unanswer = services.answer({
    step: (direction) => void stepTo(direction, painted),
    listTerms: () => ({ site, mode, terms: index.counts() }),
    showEntity: (entityId) => stepTo(1, (hit) => hit.entityId === entityId && painted(hit)),
  });

  const unwatchDictionary = services.watchDictionary(async () => {
    const next = await services.loadDictionary();
    index.replaceMatcher(createMatcher(next.matcher), entityClasses(next));
    report();
    if (mode === 'off') return;
    scanner.stop();
    scanner.start(document.body ?? document.documentElement);
  });

  const unwatchSettings = services.watchSettings(apply);
  apply(await services.loadSettings());
  return () => {
    for (const undo of [unanswer, unwatchDictionary, unwatchSettings]) undo();
    scanner.stop();
    index.clear();
    painter.show(() => false);
    setStyled(false);
    cards.disable();
  };
}

function entityClasses(dictionary: PageDictionary): EntityClasses {
  return { privateIds: new Set(dictionary.privateEntityIds), contextIds: new Set(dictionary.contextEntityIds) };
}
