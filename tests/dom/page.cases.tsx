/**
 * DOM unit cases for src/page and src/ui, run inside headless Chromium by page.dom.test.ts (bundled with esbuild,
 * injected into a blank page). Each case builds its own DOM under a fresh root, checks, and throws on failure. The
 * page index's steps (a generator, for the scanner to yield between) are run straight through. A case may be async:
 * it then waits on conditions (a callback, an observer), never on time.
 */
import { render } from 'preact';
import type { EntityViewModel } from '../../src/card/entity-view-model';
import { DEFAULT_SETTINGS, withGlobal, withSite, type Settings } from '../../src/core/settings';
import { compileDictionary, createMatcher } from '../../src/match/index';
import { startEarly, takeEarlyStart } from '../../src/page/early-start';
import { isDisplayLabel } from '../../src/page/labels';
import { PageIndex } from '../../src/page/page-index';
import { Painter } from '../../src/page/painter';
import { PageSession, type PageServices } from '../../src/page/session';
import { Scanner } from '../../src/page/scanner';
import { textRuns } from '../../src/page/text-runs';
import { Card } from '../../src/ui/card/Card';
import { COMPLETE_RESULTS_MARK, FIRST_RESULTS_MARK } from '../../src/ui/marks';
import { Popup } from '../../src/ui/Popup';
import type { SearchResults } from '../../src/search/types';

function equal(actual: unknown, expected: unknown, what: string): void {
  const [a, b] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== b) throw new Error(`${what}: expected ${b}, got ${a}`);
}

function fresh(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.body.appendChild(document.createElement('div'));
  // Test markup is the test's own, never page text: the product never does this.
  root.innerHTML = html;
  return root;
}

const walk = { isOwn: () => false, onShadowRoot: () => undefined };
const runs = (root: Node) => [...textRuns(root, walk)].map((run) => ({ text: run.text, furniture: run.furniture.holds(run.nodes[0]!) }));

const matcher = () =>
  createMatcher(
    compileDictionary([
      { alias: 'ISIS', entityId: 'isis' },
      { alias: 'GhostSec', entityId: 'ghostsec' },
      { alias: 'Twitter', entityId: 'twitter', caseSensitive: true },
    ]).compiled,
  );

const painterNamed = (styleSheet?: (on: boolean) => void) =>
  new Painter({ name: 'dom-test-name', handle: 'dom-test-handle', hashtag: 'dom-test-hashtag' }, styleSheet);
/** The range of the `i`th word of a text node of "ISIS " repeated. */
const isisRange = (text: Text, i: number) => new StaticRange({ startContainer: text, startOffset: i * 5, endContainer: text, endOffset: i * 5 + 4 });
/** A fresh paragraph of "ISIS " `count` times, and a range over each. */
function isisRanges(count: number): StaticRange[] {
  const text = fresh(`<p>${'ISIS '.repeat(count)}</p>`).querySelector('p')!.firstChild as Text;
  return Array.from({ length: count }, (_, i) => isisRange(text, i));
}
const registered = (painter: Painter) => (CSS.highlights.get(painter.names.name) as unknown as Set<AbstractRange> | undefined)?.size ?? 0;

/** The observers connected now: `MutationObserver.prototype` spied on until `restore`. */
function spyOnObservers(): { connected: Set<MutationObserver>; restore(): void } {
  const connected = new Set<MutationObserver>();
  const { observe, disconnect } = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args) {
    connected.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    connected.delete(this);
    return disconnect.call(this);
  };
  return { connected, restore: () => Object.assign(MutationObserver.prototype, { observe, disconnect }) };
}

/** The listeners on `document` now: its add and remove spied on until `restore`. */
function spyOnDocumentListeners(): { listening: Set<unknown>; restore(): void } {
  const listening = new Set<unknown>();
  const { addEventListener, removeEventListener } = document;
  document.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    listening.add(listener);
    addEventListener.call(document, type, listener, options);
  };
  document.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    listening.delete(listener);
    removeEventListener.call(document, type, listener, options);
  };
  return { listening, restore: () => Object.assign(document, { addEventListener, removeEventListener }) };
}

/** Resolves once the observers have seen the next change to `root` and the page has run a task after them. */
function afterMutations(root: Node, change: () => void): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    observer.observe(root, { childList: true, subtree: true });
    change();
  });
}

/** Resolves when `condition` holds, checked at every frame (effects such as user-timing marks change no DOM to observe). */
function when(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (condition() ? resolve() : requestAnimationFrame(check));
    check();
  });
}

/** A page session on fake services that record what the session asked of the extension. */
async function startSession() {
  let firstReport!: () => void;
  const scanned = new Promise<void>((resolve) => (firstReport = resolve));
  const subscribed = new Set<string>();
  const subscribe = (what: string) => (subscribed.add(what), () => void subscribed.delete(what));
  const styles: boolean[] = [];
  let answered: Parameters<PageServices['answer']>[0] | undefined;
  let onSettings: ((settings: Settings) => void) | undefined;
  const session = await PageSession.start({
    // A blank frame, of this page's origin: the card page itself is not under test.
    cardPage: { url: 'about:blank', origin: location.origin },
    loadDictionary: async () => ({
      matcher: compileDictionary([
        { alias: 'ISIS', entityId: 'isis' },
        { alias: 'GhostSec', entityId: 'ghostsec' },
      ]).compiled,
      privateEntityIds: [],
      contextEntityIds: [],
    }),
    loadSettings: async () => DEFAULT_SETTINGS,
    watchSettings: (onChange) => ((onSettings = onChange), subscribe('settings')),
    watchDictionary: () => subscribe('dictionary'),
    answer: (handlers) => ((answered = handlers), subscribe('answer')),
    reportTerms: () => firstReport(),
    paintStyles: async (_names, on) => void styles.push(on),
  });
  await scanned;
  return { session, subscribed, styles, answered: answered!, changeSettings: onSettings! };
}

const highlightSizes = () => [...CSS.highlights.values()].map((highlight) => highlight.size);

export const cases: Record<string, () => void | Promise<void>> = {
  'text runs join inline elements inside a block and split at blocks'() {
    const root = fresh('<p>Wauchula<b>Ghost</b> and <a href="#">GhostSec</a></p><div>ISIS</div><p>one<br>two</p>');
    equal(
      runs(root).map((run) => run.text),
      ['WauchulaGhost and GhostSec', 'ISIS', 'one', 'two'],
      'runs',
    );
  },

  'text runs pause inside a long run when asked, and leave out text removed meanwhile'() {
    const spans = Array.from({ length: 10 }, (_, i) => `<span>w${i} </span>`).join('');
    const root = fresh(`<p>${spans}</p><div>ISIS</div>`);
    const paused: (string | null)[] = [];
    for (const run of textRuns(root, { ...walk, pauseEvery: 4 })) {
      paused.push(run && run.text);
      // At the first pause, inside the paragraph's run: the page takes a word out.
      if (run === null && paused.length === 1) root.querySelector('span')!.remove();
    }
    // 12 elements: a pause before every 4th; the paragraph's run ends as the walk leaves it, before the last pause.
    equal(paused, [null, null, 'w1 w2 w3 w4 w5 w6 w7 w8 w9 ', null, 'ISIS'], 'runs and pauses');
  },

  'a walk whose place the page takes away during a pause ends there and names the subtree to walk again'() {
    const walkLosing = (change: (root: HTMLElement) => void) => {
      const root = fresh('<div id="outer"><p id="inner"><b>one</b><b>two</b><b>three</b><b>four</b></p><p>ISIS after</p></div>');
      const lost: string[] = [];
      const texts: (string | null)[] = [];
      for (const run of textRuns(root, { ...walk, pauseEvery: 3, onLost: (subtree) => lost.push((subtree as Element).id) })) {
        texts.push(run && run.text);
        if (texts.length === 1) change(root); // at the first pause, before the walk enters the first <b>
      }
      return { texts, lost };
    };
    // The element it was to enter next is gone: the paragraph it is in is walked again.
    equal(
      walkLosing((root) => root.querySelector('b')!.remove()),
      { texts: [null], lost: ['inner'] },
      'next element removed',
    );
    // The paragraph moved elsewhere: what it was inside is walked again (the observer sees where it went).
    equal(
      walkLosing((root) => document.body.append(root.querySelector('#inner')!)),
      { texts: [null, null], lost: ['outer'] },
      'paragraph moved',
    );
  },

  'a walk that passes over blocks whose text holds no term finds what a walk of every node does'() {
    const index = () =>
      new PageIndex(
        createMatcher(
          compileDictionary([
            { alias: 'ISIS', entityId: 'isis' },
            { alias: 'Ghost Sec', entityId: 'ghostsec' },
            { alias: 'Twitter', entityId: 'twitter', caseSensitive: true },
            { alias: 'Asia', entityId: 'asia' },
            { alias: 'IS', entityId: 'is', caseSensitive: true, acronym: true },
          ]).compiled,
        ),
        { privateIds: new Set(), contextIds: new Set() },
        painterNamed(),
        DEFAULT_SETTINGS.occurrences,
      );
    // Words the rules read across whitespace (a line break between two elements ends a name: "Asia" then "Society").
    const words = ['ISIS', 'Ghost', 'Sec', 'Twitter', 'twitter', 'Asia', 'Society', 'East', 'IS', 'is', 'THE', 'said', '.'];
    const spaces = [' ', '\n', '&nbsp;', ''];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 8) % n;
    const inline = (depth: number): string => {
      const pieces = Array.from({ length: 1 + random(4) }, () => {
        const pick = random(12);
        if (pick < 6 || depth > 2) return words[random(words.length)]! + spaces[random(spaces.length)]!;
        if (pick < 9) return `<${['b', 'a', 'span'][pick - 6]}>${inline(depth + 1)}</${['b', 'a', 'span'][pick - 6]}>${spaces[random(2)]}`;
        return ['<br>', '<script>ISIS</script>', '<span data-host></span>'][pick - 9]!;
      });
      return pieces.join('');
    };
    const block = (depth: number): string => {
      const tag = ['p', 'div', 'li', 'blockquote'][random(4)]!;
      const inner = depth < 2 && random(3) === 0 ? Array.from({ length: 1 + random(3) }, () => inline(1) + block(depth + 1)).join('') : inline(0);
      return `<${tag}>${inner}</${tag}>${spaces[random(2)]}`;
    };
    const found = (root: HTMLElement, holdsNoTerm: boolean) => {
      const pageIndex = index();
      const passes = (text: string) => !pageIndex.mayHoldTerm(text) && ++passedOver > 0;
      const options = { ...walk, ...(holdsNoTerm && { holdsNoTerm: passes }) };
      for (const run of textRuns(root, options)) for (const _ of pageIndex.add(run));
      return pageIndex.hits().map(({ entityId, range }) => [entityId, range.startContainer, range.startOffset, range.endContainer, range.endOffset]);
    };
    let [passedOver, withTerms] = [0, 0];
    // Read whole, "Asia Society" is one longer name; walked, a line break stands between the links and "Asia" is a term.
    const pages = ['<p><a>Asia</a> <a>Society</a></p>', ...Array.from({ length: 300 }, () => Array.from({ length: 1 + random(5) }, () => block(0)).join(''))];
    for (const [page, html] of pages.entries()) {
      const root = fresh(html);
      for (const host of root.querySelectorAll('[data-host]')) host.attachShadow({ mode: 'open' }).append('ISIS');
      const [everyNode, passing] = [found(root, false), found(root, true)];
      if (everyNode.length !== passing.length || everyNode.some((hit, i) => hit.some((part, j) => part !== passing[i]![j]))) {
        throw new Error(
          `page ${page}: ${root.innerHTML}\nevery node: ${JSON.stringify(everyNode.map((h) => h[0]))}\npassing over: ${JSON.stringify(passing.map((h) => h[0]))}`,
        );
      }
      if (everyNode.length) withTerms++;
    }
    // Most pages hold terms, and many blocks are passed over.
    if (withTerms < 200 || passedOver < 200) throw new Error(`${withTerms} of ${pages.length} pages with terms, ${passedOver} blocks passed over`);
  },

  'a run of whitespace alone is read only where its text held a term, to take the term out'() {
    const root = fresh('<p>ISIS</p>\n<p>GhostSec</p>');
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painterNamed(), DEFAULT_SETTINGS.occurrences);
    const options = { ...walk, heldTerm: (text: Text) => index.heldTerm(text) };
    const read = () =>
      [...textRuns(root, options)].map((run) => {
        for (const _ of index.add(run));
        return run.text;
      });
    equal(read(), ['ISIS', 'GhostSec'], 'runs read: the newline between the paragraphs is not');
    (root.querySelector('p')!.firstChild as Text).data = '  ';
    equal([read(), index.hits().map((hit) => hit.entityId)], [['  ', 'GhostSec'], ['ghostsec']], 'runs read and hits after ISIS became spaces');
  },

  'terms in inline page furniture and in edited text are found as furniture or not at all, the rest of their run as it is'() {
    const root = fresh('<p>ISIS said so <a class="share-link" href="#">GhostSec</a> and <span contenteditable="true">ISIS typed</span> again</p>');
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painterNamed(), DEFAULT_SETTINGS.occurrences);
    for (const run of textRuns(root, walk)) for (const _ of index.add(run));
    equal(
      index.hits().map((hit) => `${hit.entityId} ${hit.incidental ? 'incidental' : 'painted'}`),
      ['isis painted', 'ghostsec incidental'],
      'hits',
    );
  },

  'a display label is a name in a short byline or commenter field, not in a long section that has such a class'() {
    const root = fresh(
      '<div class="comment"><span class="comment-author"><b>Anonymous</b> 3h</span><p>Anonymous said the leak was real, and it was, many times over, in every forum the group ever ran.</p></div>',
    );
    const [field, body] = [...root.querySelectorAll('b, p')].map((element) => element.firstChild as Text);
    equal([isDisplayLabel('Anonymous 3h', field!, 'Anonymous'), isDisplayLabel(body!.data, body!, 'Anonymous')], [true, false], 'field, body');
  },

  'text runs skip form fields and scripts, and mark page furniture'() {
    const root = fresh(
      '<p style="display:none">hidden ISIS</p><textarea>typed ISIS</textarea>' +
        '<script>var ISIS</script><p>shown</p><nav><a href="#">GhostSec</a></nav><footer>About ISIS</footer>',
    );
    equal(
      runs(root),
      [
        { text: 'hidden ISIS', furniture: false },
        { text: 'shown', furniture: false },
        { text: 'GhostSec', furniture: true },
        { text: 'About ISIS', furniture: true },
      ],
      'runs',
    );
  },

  'a page index finds no term in hidden text: display none on any ancestor, visibility hidden unless made visible again'() {
    const root = fresh(
      '<div style="display:none"><p>ISIS in a hidden block</p><span>ISIS in a hidden span</span></div>' +
        '<p><span style="display:contents">Twitter, in an element with no box</span></p>' +
        '<p>Seen ISIS, <span style="display:none">ISIS unseen</span> and <b style="visibility:hidden">ISIS invisible</b></p>' +
        '<p style="visibility:hidden">ISIS gone <em style="visibility:visible">GhostSec back</em></p><p id="host"></p>',
    );
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append('ISIS in a shadow root');
    (root.querySelector('#host') as HTMLElement).style.display = 'none';
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painterNamed(), DEFAULT_SETTINGS.occurrences);
    for (const run of textRuns(root, walk)) for (const _ of index.add(run));
    for (const run of textRuns(shadow, walk)) for (const _ of index.add(run));
    equal(
      index.hits().map((hit) => `${hit.entityId}: ${(hit.range.startContainer as Text).data}`),
      ['twitter: Twitter, in an element with no box', 'isis: Seen ISIS, ', 'ghostsec: GhostSec back'],
      'hits',
    );
  },

  async 'the painter registers ranges only when flushed, and takes many out at once keeping the rest'() {
    const painter = painterNamed();
    painter.show(() => true);
    const ranges = isisRanges(100);
    for (const range of ranges) painter.add('name', range);
    equal(registered(painter), 0, 'before the flush');
    painter.flush();
    await painter.whenPainted();
    equal(registered(painter), 100, 'after the flush');
    // More than the rebuild threshold: the highlight is rebuilt from the ranges it keeps.
    for (const range of ranges.slice(0, 60)) painter.delete('name', range);
    painter.flush();
    const kept = CSS.highlights.get(painter.names.name) as unknown as Set<AbstractRange>;
    equal([kept.size, kept.has(ranges[60]!), kept.has(ranges[0]!)], [40, true, false], 'after deleting 60');
    painter.clear();
    equal(registered(painter), 0, 'after clear');
    painter.show(() => false);
    equal(CSS.highlights.has(painter.names.name), false, 'out of the registry');
  },

  'the painter shows itself (registry entries, stylesheet) only once it paints something, until it is hidden'() {
    const [range] = isisRanges(1);
    const styleSheet: boolean[] = [];
    const painter = painterNamed((on) => styleSheet.push(on));
    const state = () => [Object.values(painter.names).filter((name) => CSS.highlights.has(name)).length, styleSheet.join()];
    painter.show((style) => style !== 'hashtag');
    painter.flush();
    equal(state(), [0, ''], 'shown with nothing painted: nothing in the page');
    painter.add('name', range!);
    equal(state(), [0, ''], 'found, not flushed yet');
    painter.flush();
    equal(state(), [2, 'true'], 'painted: the shown styles registered, the stylesheet asked for once');
    painter.delete('name', range!);
    painter.flush();
    equal(state(), [2, 'true'], 'kept while shown when the last range goes: no restyle back and forth');
    painter.show(() => false);
    equal(state(), [0, 'true,false'], 'hidden: out of the registry, the stylesheet taken away');
    painter.add('name', range!);
    painter.flush();
    painter.show(() => true);
    equal(state(), [3, 'true,false,true'], 'shown again holding a range: at once');
    painter.show(() => false);
  },

  'a stylesheet in from the early start stays while a style is shown, painted or not, and goes when none is'() {
    const styleSheet: boolean[] = [];
    const painter = new Painter({ name: 'dom-early-name', handle: 'dom-early-handle', hashtag: 'dom-early-hashtag' }, (on) => styleSheet.push(on), true);
    const state = () => [Object.values(painter.names).filter((name) => CSS.highlights.has(name)).length, styleSheet.join()];
    painter.flush();
    equal(state(), [0, ''], 'flushed before the settings are known: kept in');
    painter.show((style) => style !== 'hashtag');
    painter.flush();
    equal(state(), [0, ''], 'shown with nothing painted: kept in, nothing registered');
    painter.show(() => false);
    equal(state(), [0, 'false'], 'hidden: taken out');
    painter.show(() => true);
    equal(state(), [0, 'false'], 'shown again with nothing painted: not asked for again until something is');
  },

  async 'the early start asks for the stylesheet only where the page is painted, and hands its start over once'() {
    const host = location.hostname;
    const cases: [Settings, boolean][] = [
      [DEFAULT_SETTINGS, true],
      [withGlobal(DEFAULT_SETTINGS, { quiet: true }), false],
      [withSite(DEFAULT_SETTINGS, host, { enabled: false }), false],
    ];
    for (const [settings, painted] of cases) {
      const asked: boolean[] = [];
      const dictionary = { matcher: compileDictionary([{ alias: 'ISIS', entityId: 'isis' }]).compiled, privateEntityIds: [], contextEntityIds: [] };
      startEarly({ loadDictionary: async () => dictionary, loadSettings: async () => settings, paintStyles: async (_names, on) => void asked.push(on) });
      const early = await takeEarlyStart();
      equal(
        [early?.styleSheetIn, asked, Object.values(early?.names ?? {}).length],
        [painted, painted ? [true] : [], 3],
        `${JSON.stringify(settings)}: the start`,
      );
      equal(await early?.dictionary, dictionary, 'the dictionary asked for early');
      equal(takeEarlyStart(), undefined, 'taken over once');
    }
    startEarly({
      loadDictionary: () => Promise.reject(new Error('no background')),
      loadSettings: () => Promise.reject(new Error('no storage')),
      paintStyles: async () => undefined,
    });
    const failed = await takeEarlyStart();
    equal(failed?.styleSheetIn, false, 'no settings: no stylesheet, and the start still handed over');
    equal(
      await failed?.dictionary.then(
        () => 'loaded',
        (error: Error) => error.message,
      ),
      'no background',
      "the dictionary's failure left to the session",
    );
  },

  async 'the painter adds a large batch over several tasks, for a few milliseconds each, and says when all is painted'() {
    const painter = painterNamed();
    painter.show(() => true);
    for (const range of isisRanges(300)) painter.add('name', range);
    // A clock that moves 10 ms at every look: the budget runs out at the first look after the deadline, 64 ranges in.
    let clock = performance.now();
    performance.now = () => (clock += 10);
    try {
      painter.flush();
      equal(registered(painter), 64, 'after the first task');
      await painter.whenPainted();
      equal(registered(painter), 300, 'once painted');
    } finally {
      delete (performance as { now?: unknown }).now;
    }
    await painter.whenPainted();
    painter.show(() => false);
  },

  'the painter holds back the ranges of a text node that keeps changing, and paints them once it is still'() {
    const root = fresh(`<p>${'ISIS '.repeat(10)}</p><p>ISIS</p>`);
    const [live, steady] = [...root.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const painter = painterNamed();
    painter.show(() => true);
    const ranges = Array.from({ length: 10 }, (_, i) => isisRange(live!, i));
    for (const range of [...ranges, isisRange(steady!, 0)]) painter.add('name', range);
    painter.flush();
    const t = performance.now();
    painter.textChanged(live!, t);
    painter.textChanged(live!, t);
    painter.flush();
    equal(registered(painter), 11, 'after one batch of changes');
    painter.textChanged(live!, t + 500);
    // Deleted before the flush that finds the node live: gone for good, not held.
    painter.delete('name', ranges[9]!);
    painter.flush();
    equal(registered(painter), 1, 'after a second change within a second: only the steady node');
    equal([painter.holds(ranges[1]!), painter.holds(isisRange(steady!, 0))], [true, false], 'held (so shown as unpainted)');
    painter.add('name', isisRange(live!, 9));
    painter.delete('name', ranges[0]!);
    painter.textChanged(live!, t + 900);
    painter.flush();
    equal(registered(painter), 1, 'a range found in the live node waits too');
    painter.releaseStill(t + 1_800);
    equal(registered(painter), 1, 'still changing 900 ms ago');
    painter.releaseStill(t + 1_900);
    equal(registered(painter), 10, 'still for a second: painted again, the two deleted meanwhile left out');
    equal(painter.holds(ranges[1]!), false, 'no longer held');
    painter.textChanged(live!, t + 5_000);
    painter.flush();
    equal(registered(painter), 10, 'one change long after');
    painter.show(() => false);
  },

  'a grown block keeps its earlier hits as they were'() {
    const root = fresh(`<p>${'ISIS and GhostSec. '.repeat(20)}The end</p>`);
    const text = root.querySelector('p')!.firstChild as Text;
    const painter = painterNamed();
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
    const read = () => [...textRuns(root, walk)][0]!;
    for (const _ of index.add(read()));
    const before = index.hits();
    text.appendData(' Twitter and ISIS.');
    for (const _ of index.add(read()));
    const after = index.hits();
    equal([before.length, after.length], [40, 42], 'hits');
    equal(
      before.findIndex((hit, i) => after[i] !== hit),
      -1,
      'the first earlier hit not kept as it was',
    );
    equal(
      after.slice(-2).map((hit) => hit.entityId),
      ['twitter', 'isis'],
      'the new hits',
    );
  },

  async 'the hits of a page the scanner rescans as it changes stay in document order'() {
    const root = fresh(Array.from({ length: 40 }, (_, i) => `<p>${['ISIS', 'GhostSec', 'Twitter and ISIS', 'nothing'][i % 4]}</p>`).join(''));
    /** A block with a shadow root before its own text: a walk reads the shadow root's first. */
    const hosting = (text: string) => {
      const block = Object.assign(document.createElement('p'), { textContent: text });
      block.prepend(document.createElement('span'));
      block.firstElementChild!.attachShadow({ mode: 'open' }).append('GhostSec in a shadow root');
      return block;
    };
    for (const block of [...root.children].filter((_, i) => i % 5 === 0)) block.replaceWith(hosting(block.textContent!));
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painterNamed(), DEFAULT_SETTINGS.occurrences);
    let idle = () => undefined as void;
    const scanner = new Scanner(index, { isOwn: () => false, onIdle: () => idle(), onTextChange: () => undefined });
    /** Resolves when the scanner has scanned a change: one that adds a block, too, so that there is a scan to wait on. */
    const scanned = (change: () => void) =>
      new Promise<void>((resolve) => {
        idle = resolve;
        change();
        root.append(Object.assign(document.createElement('p'), { textContent: 'the end' }));
      });
    /** The hits' texts as a fresh read of the page finds them, in document order. */
    const expected = () => {
      const fresh = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painterNamed(), DEFAULT_SETTINGS.occurrences);
      for (const run of textRuns(root, walk)) for (const _ of fresh.add(run));
      return fresh.hits().map(({ range }) => `${(range.startContainer as Text).data}@${range.startOffset}`);
    };
    const actual = () => index.hits().map(({ range }) => `${(range.startContainer as Text).data}@${range.startOffset}`);
    await new Promise<void>((resolve) => ((idle = resolve), scanner.start(root)));
    equal(actual(), expected(), 'after the first scan');
    // The block of the middle run, moved to the end: the first look of a binary search among the runs falls on it.
    const runs = [...new Set(index.hits().map(({ range }) => range.startContainer.parentNode!))];
    const middle = runs[runs.length >>> 1]!;
    await scanned(() => root.append(middle instanceof ShadowRoot ? middle.host.parentElement! : middle));
    equal(actual(), expected(), 'after the middle block moved to the end');
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 8) % n;
    for (let round = 0; round < 30; round++) {
      await scanned(() => {
        for (let change = 0; change < 1 + random(3); change++) {
          const blocks = root.querySelectorAll('p');
          const block = blocks[random(blocks.length)]!;
          const text = ['GhostSec', 'ISIS then Twitter', 'none'][random(3)]!;
          const added = random(4) === 0 ? hosting(text) : Object.assign(document.createElement('p'), { textContent: text });
          [
            () => block.before(added),
            () => block.after(added),
            () => root.prepend(added),
            () => block.remove(),
            () => (block.lastChild as Text).appendData(' and GhostSec'),
            () => root.append(block), // moved: removed and added again
          ][random(6)]!();
        }
      });
      equal(actual(), expected(), `after round ${round}`);
    }
    scanner.stop();
  },

  async 'a page index paints an entity at most 500 times and clears in one go'() {
    const root = fresh(`<p>GhostSec</p>${'<p>ISIS</p>'.repeat(600)}`);
    const painter = painterNamed();
    painter.show(() => true);
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
    for (const run of textRuns(root, walk)) for (const _ of index.add(run));
    painter.flush();
    await painter.whenPainted();
    equal([index.hits().length, registered(painter)], [601, 501], 'found and painted');
    index.clear();
    equal([index.hits().length, registered(painter)], [0, 0], 'after clear');
    painter.show(() => false);
  },

  'the card shows its view model: kind label, counts, meta, the quote with its term marked, and a retry when it could not load'() {
    const root = fresh('');
    const card: EntityViewModel = {
      id: 'ghostsec',
      name: 'GhostSec',
      kind: 'group',
      kindLabel: 'Group',
      counts: '1 mention in 1 article',
      description: 'Hacktivists.',
      aliases: ['Ghost Security'],
      articles: [
        {
          id: 'a',
          title: 'A title',
          meta: 'CNNMoney · 16 Mar 2015',
          sentence: 0,
          sentences: [
            {
              index: 0,
              segments: [
                { text: 'So ', marked: false },
                { text: 'GhostSec', marked: true },
                { text: ' said.', marked: false },
              ],
            },
          ],
        },
      ],
      coMentions: [],
    };
    const noop = () => undefined;
    render(<Card card={card} pinned={false} articleHref={() => '#'} onOpenArticle={noop} onClose={noop} />, root);
    const text = root.textContent ?? '';
    for (const part of ['Group', '1 mention in 1 article', 'CNNMoney · 16 Mar 2015', 'Also: Ghost Security', 'So GhostSec said.'])
      if (!text.includes(part)) throw new Error(`card text lacks "${part}": ${text}`);
    equal(root.querySelector('.quote mark')?.textContent, 'GhostSec', 'the marked term');
    let retried = 0;
    render(<Card card={undefined} failed onRetry={() => retried++} pinned={false} articleHref={() => '#'} onOpenArticle={noop} onClose={noop} />, root);
    root.querySelector<HTMLButtonElement>('button.retry')!.click();
    equal([root.textContent?.includes('could not load'), retried], [true, 1], 'failed card');
    render(null, root);
  },

  async 'posts appended to a new feed in one task are walked once, with the feed, not again one by one'() {
    const root = fresh('<p>ISIS</p>');
    const walked: string[] = [];
    const { add } = PageIndex.prototype;
    PageIndex.prototype.add = function (run) {
      walked.push(run.text);
      return add.call(this, run);
    };
    try {
      const { session } = await startSession();
      walked.length = 0;
      const feed = root.appendChild(document.createElement('div'));
      feed.append(...['GhostSec one', 'GhostSec two', 'ISIS three'].map((text) => Object.assign(document.createElement('p'), { textContent: text })));
      await when(() => highlightSizes()[0] === 4);
      equal(walked.sort(), ['GhostSec one', 'GhostSec two', 'ISIS three'], 'runs read');
      session.dispose();
    } finally {
      PageIndex.prototype.add = add;
    }
  },

  async 'a disposed page session leaves no highlight, stylesheet, card, observer or listener, and scans nothing new'() {
    const root = fresh('<p>ISIS and GhostSec</p>');
    const observers = spyOnObservers();
    const listeners = spyOnDocumentListeners();
    try {
      const { session, subscribed, styles, answered, changeSettings } = await startSession();
      equal(highlightSizes(), [2, 0, 0], 'painted while running: two names, no handle or hashtag');
      equal(answered.showEntity('isis'), true, 'a card opened');
      equal(document.documentElement.childElementCount, 3, 'head, body and the card host');
      equal([observers.connected.size > 0, listeners.listening.size > 0, subscribed.size], [true, true, 3], 'while running');

      session.dispose();
      equal(highlightSizes(), [], 'highlights after dispose');
      equal(styles, [true, false], 'stylesheet asked for, then taken out');
      equal(document.documentElement.childElementCount, 2, 'head and body only');
      equal([observers.connected.size, listeners.listening.size, subscribed.size], [0, 0, 0], 'observers, document listeners, subscriptions');
      equal(answered.listTerms().terms, [], 'terms after dispose');

      // What still reaches a disposed session does nothing: new text, a settings change, a request for a card.
      await afterMutations(root, () => root.append(Object.assign(document.createElement('p'), { textContent: 'GhostSec again' })));
      changeSettings(DEFAULT_SETTINGS);
      equal([answered.listTerms().terms, observers.connected.size, answered.showEntity('ghostsec')], [[], 0, false], 'after new text and settings');
      equal([highlightSizes(), document.documentElement.childElementCount, styles.length], [[], 2, 2], 'still nothing in the page');
      session.dispose();
    } finally {
      observers.restore();
      listeners.restore();
    }
  },

  async 'the popup shows the entities found while the articles load, then completes the results'() {
    const root = fresh('');
    performance.clearMarks();
    const isis = { id: 'isis', name: 'ISIS', kind: 'group' as const, mentionCount: 9, via: 'Daesh' };
    const article = {
      id: 'a1',
      title: 'Anonymous ups Twitter war against ISIS',
      source: '',
      date: '',
      sentence: 0,
      snippet: [{ text: 'Daesh', marked: true }],
    };
    let complete!: (results: SearchResults) => void;
    const asked: boolean[] = [];
    const search = (query: string, wait: boolean): Promise<SearchResults> => {
      asked.push(wait);
      if (wait) return new Promise((resolve) => (complete = resolve));
      return Promise.resolve({ query, entities: [isis], articles: [], suggestions: [], articlesPending: true });
    };
    const summary = { name: 'seeds', articleCount: 5, entityCount: 63, aliasCount: 107 };
    render(<Popup loadSummary={async () => summary} search={search} loadEntity={async () => null} openArticle={() => undefined} initialQuery="daesh" />, root);
    const rows = () => [...root.querySelectorAll('[role="option"]')].map((row) => row.getAttribute('data-id'));
    const marked = () => [FIRST_RESULTS_MARK, COMPLETE_RESULTS_MARK].map((mark) => performance.getEntriesByName(mark).length);
    await when(() => rows().length === 1 && asked.length === 2 && marked()[0] === 1);
    equal([rows(), !!root.querySelector('#articles-pending'), marked(), asked], [['isis'], true, [1, 0], [false, true]], 'entities first');
    complete({ query: 'daesh', entities: [isis], articles: [article], suggestions: [] });
    await when(() => rows().length === 2 && marked()[1] === 1);
    equal([rows(), !!root.querySelector('#articles-pending'), marked()], [['isis', 'a1'], false, [1, 1]], 'then everything');
    render(null, root);
  },
};

(globalThis as unknown as { domCases: object }).domCases = { names: () => Object.keys(cases), run: (name: string) => cases[name]!() };
