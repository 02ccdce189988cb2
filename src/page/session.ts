import { DEFAULT_SETTINGS, pageMode, type PageMode, type Settings, type HighlightNames } from '../core/settings';
import type { PageDictionary, PageTerms } from '../extension/protocol';
import { loadMatcher, type Matcher } from '../match/index';
import type { CardPage } from './card-host';
import { HoverCards } from './hover';
import { PageIndex, type EntityClasses, type Hit } from './page-index';
import { releaseWhenHidden } from './page-lifecycle';
import { Painter } from './painter';
import { Scanner } from './scanner';
import { randomHighlightNames, TERM_STYLES } from './term-style';
import { yieldToPage } from './yield';

type Unsubscribe = () => void;

/** What the page side needs from the extension; the content script entrypoint wires it to messages and storage. */
export interface PageServices {
  /** The card page the hover card frames. */
  cardPage: CardPage;
  loadDictionary(): Promise<PageDictionary>;
  loadSettings(): Promise<Settings>;
  /** The subscriptions return their undoing: disposing the session removes every listener it added. */
  watchSettings(onChange: (settings: Settings) => void): Unsubscribe;
  /** Calls back when the extension's dictionary changed (a collection imported or removed). */
  watchDictionary(onChange: () => void): Unsubscribe;
  /** Answers the extension's requests: step through terms (commands), list them and show one (the popup). */
  answer(handlers: { step(direction: 1 | -1): void; listTerms(): PageTerms; showEntity(entityId: string): boolean }): Unsubscribe;
  /** The specific entities the page mentions, for the toolbar badge. */
  reportTerms(entityIds: string[]): void;
  /** Inserts (`on`) or removes the frame's highlight stylesheet: present only while Lantern paints something (see Painter). */
  paintStyles(names: HighlightNames, on: boolean): Promise<void>;
}

/** What the frame's start, before the page was parsed, did already (see src/page/early-start.ts). */
export interface EarlyStart {
  names: HighlightNames;
  /** Whether the highlight stylesheet went in. */
  styleSheetIn: boolean;
  /** The dictionary, asked for while the page was parsed. */
  dictionary: Promise<PageDictionary>;
}

/**
 * Lantern in one frame: follows the settings, scans, paints, reports, and opens cards. It owns everything it puts in
 * the page (highlights, stylesheet, card host, observers, listeners); `dispose` takes all of it out again (for an
 * extension update or removal), and a disposed session ignores whatever still reaches it.
 */
export class PageSession {
  private readonly site = location.hostname;
  private readonly index: PageIndex;
  private readonly cards: HoverCards;
  private readonly scanner: Scanner;
  private readonly subscriptions: Unsubscribe[];
  private mode: PageMode = 'off';
  private shown: Settings['show'] = DEFAULT_SETTINGS.show;
  /** The last badge report, so an unchanged one is not sent again. */
  private reported = '';
  /** The hit the last step went to, for the next and previous term. */
  private step = -1;
  private disposed = false;

  /** Loads the dictionary and the settings and starts, taking over from the frame's early start when it had one. */
  static async start(services: PageServices, early?: EarlyStart): Promise<PageSession> {
    const names = early?.names ?? randomHighlightNames((name) => Painter.supported() && CSS.highlights.has(name));
    const painter = new Painter(names, (on) => void services.paintStyles(names, on).catch(() => undefined), early?.styleSheetIn);
    if (import.meta.env.LANTERN_TEST) document.documentElement.dataset.testHighlights = TERM_STYLES.map((style) => painter.names[style]).join(' ');
    const dictionary = await (early?.dictionary ?? services.loadDictionary());
    const session = new PageSession(services, painter, dictionary, await loadMatcher(dictionary.matcher, yieldToPage));
    session.apply(await services.loadSettings());
    return session;
  }

  private constructor(
    private readonly services: PageServices,
    private readonly painter: Painter,
    dictionary: PageDictionary,
    matcher: Matcher,
  ) {
    this.index = new PageIndex(matcher, entityClasses(dictionary), painter, DEFAULT_SETTINGS.occurrences);
    this.cards = new HoverCards(this.index, services.cardPage, this.painted);
    this.scanner = new Scanner(this.index, {
      isOwn: this.cards.isOwn,
      onIdle: () => {
        painter.flush();
        this.report();
        if (import.meta.env.LANTERN_TEST) void painter.whenPainted().then(() => (document.documentElement.dataset.testIdle = String(Date.now())));
      },
      onTextChange: (node, now) => painter.textChanged(node, now),
    });
    // Subscribed before the settings are read, so a change made meanwhile is not missed.
    this.subscriptions = [
      services.answer({
        step: (direction) => void this.stepTo(direction, this.painted),
        listTerms: () => ({ site: this.site, mode: this.mode, terms: this.index.counts() }),
        showEntity: (entityId) => this.stepTo(1, (hit) => hit.entityId === entityId && this.painted(hit)),
      }),
      services.watchDictionary(() => void this.reloadDictionary()),
      services.watchSettings((settings) => this.apply(settings)),
      releaseWhenHidden(
        () => {
          this.stopScanning();
          this.reported = ''; // taken up again, the page reports its terms afresh
        },
        () => this.mode !== 'off' && this.scanner.start(scanRoot()),
      ),
    ];
  }

  /** Takes everything Lantern added out of the page and stops listening. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const unsubscribe of this.subscriptions) unsubscribe();
    this.stopScanning();
    this.painter.show(() => false);
    this.cards.disable();
  }

  /** Stops the scan and forgets what it found, painted ranges included. */
  private stopScanning(): void {
    this.scanner.stop();
    this.index.clear();
  }

  /** Painted and showing: only such a term opens a card or is stepped to. */
  private readonly painted = (hit: Hit): boolean => hit.painted && this.shown[hit.style] && !this.painter.holds(hit.range);

  private apply(settings: Settings): void {
    if (this.disposed) return;
    const next = pageMode(settings, this.site);
    this.shown = settings.show;
    this.index.setOccurrences(settings.occurrences);
    this.painter.flush();
    // Highlights need the Custom Highlight API; without it terms are still found (badge, popup), as in quiet mode.
    const paint = next === 'paint' && Painter.supported();
    if (next === 'off') {
      this.stopScanning();
      this.report();
    } else if (this.mode === 'off') this.scanner.start(scanRoot());
    this.painter.show((style) => paint && this.shown[style]);
    if (paint) this.cards.enable();
    else this.cards.disable();
    this.mode = next;
  }

  private async reloadDictionary(): Promise<void> {
    const next = await this.services.loadDictionary();
    const matcher = await loadMatcher(next.matcher, yieldToPage);
    if (this.disposed) return;
    this.index.replaceMatcher(matcher, entityClasses(next));
    this.report();
    if (this.mode === 'off') return;
    this.scanner.stop();
    this.scanner.start(scanRoot());
  }

  private report(): void {
    const ids = this.index.specificEntityIds();
    if (ids.join('\n') === this.reported) return;
    this.reported = ids.join('\n');
    this.services.reportTerms(ids);
  }

  /** Moves to the next (or previous) hit that passes `wanted`, scrolls it into view and opens its card. */
  private stepTo(direction: 1 | -1, wanted: (hit: Hit) => boolean): boolean {
    if (this.mode !== 'paint') return false;
    const hits = this.index.hits();
    for (let tried = 1; tried <= hits.length; tried++) {
      const at = (((this.step + direction * tried) % hits.length) + hits.length) % hits.length;
      const hit = hits[at]!;
      if (!wanted(hit)) continue;
      this.step = at;
      hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      this.cards.show(hit);
      return true;
    }
    return false;
  }
}

const scanRoot = (): Node => document.body ?? document.documentElement;

function entityClasses(dictionary: PageDictionary): EntityClasses {
  return { privateIds: new Set(dictionary.privateEntityIds), contextIds: new Set(dictionary.contextEntityIds) };
}
