/**
 * DOM unit cases for src/page and src/ui, run inside headless Chromium by page.dom.test.ts (bundled with esbuild,
 * injected into a blank page). Each case builds its own DOM under a fresh root, checks, and throws on failure. The
 * page index's steps (a generator, for the scanner to yield between) are run straight through.
 */
import { render } from 'preact';
import type { EntityCard } from '../../src/card/entity-card';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { compileDictionary, createMatcher } from '../../src/match/index';
import { PageIndex } from '../../src/page/page-index';
import { Painter } from '../../src/page/painter';
import { textRuns } from '../../src/page/text-runs';
import { Card } from '../../src/ui/card/Card';

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
const runs = (root: Node) => [...textRuns(root, walk)].map((run) => ({ text: run.text, furniture: run.furniture }));

const matcher = () =>
  createMatcher(
    compileDictionary([
      { alias: 'ISIS', entityId: 'isis' },
      { alias: 'GhostSec', entityId: 'ghostsec' },
      { alias: 'Twitter', entityId: 'twitter', caseSensitive: true },
    ]).compiled,
  );

const painterNamed = () => new Painter({ name: 'dom-test-name', handle: 'dom-test-handle', hashtag: 'dom-test-hashtag' });
const registered = (painter: Painter) => (CSS.highlights.get(painter.names.name) as unknown as Set<AbstractRange> | undefined)?.size ?? 0;

export const cases: Record<string, () => void> = {
  'text runs join inline elements inside a block and split at blocks'() {
    const root = fresh('<p>Wauchula<b>Ghost</b> and <a href="#">GhostSec</a></p><div>ISIS</div><p>one<br>two</p>');
    equal(
      runs(root).map((run) => run.text),
      ['WauchulaGhost and GhostSec', 'ISIS', 'one', 'two'],
      'runs',
    );
  },

  'text runs skip hidden text, form fields and scripts, and mark page furniture'() {
    const root = fresh(
      '<p style="display:none">hidden ISIS</p><p style="visibility:hidden">invisible</p><textarea>typed ISIS</textarea>' +
        '<script>var ISIS</script><p>shown</p><nav><a href="#">GhostSec</a></nav><footer>About ISIS</footer>',
    );
    equal(
      runs(root),
      [
        { text: 'shown', furniture: false },
        { text: 'GhostSec', furniture: true },
        { text: 'About ISIS', furniture: true },
      ],
      'runs',
    );
  },

  'the painter registers ranges only when flushed, and takes many out at once keeping the rest'() {
    const root = fresh(`<p>${'ISIS '.repeat(100)}</p>`);
    const text = root.querySelector('p')!.firstChild as Text;
    const painter = painterNamed();
    painter.show(() => true);
    const ranges = Array.from(
      { length: 100 },
      (_, i) => new StaticRange({ startContainer: text, startOffset: i * 5, endContainer: text, endOffset: i * 5 + 4 }),
    );
    for (const range of ranges) painter.add('name', range);
    equal(registered(painter), 0, 'before the flush');
    painter.flush();
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

  'a page index paints an entity at most 500 times and clears in one go'() {
    const root = fresh(`<p>GhostSec</p>${'<p>ISIS</p>'.repeat(600)}`);
    const painter = painterNamed();
    painter.show(() => true);
    const index = new PageIndex(matcher(), { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
    for (const run of textRuns(root, walk)) for (const _ of index.add(run));
    painter.flush();
    equal([index.hits().length, registered(painter)], [601, 501], 'found and painted');
    index.clear();
    equal([index.hits().length, registered(painter)], [0, 0], 'after clear');
    painter.show(() => false);
  },

  'the card shows the kind label, dates as days, plurals, and a retry when it could not load'() {
    const root = fresh('');
    const card: EntityCard = {
      id: 'ghostsec',
      name: 'GhostSec',
      kind: 'group',
      aliases: ['Ghost Security'],
      description: 'Hacktivists.',
      mentionCount: 1,
      articleCount: 1,
      articles: [
        { id: 'a', title: 'A title', source: 'CNNMoney', date: '2015-03-16', sentence: 0, quote: { before: 'So ', term: 'GhostSec', after: ' said.' } },
      ],
      coMentions: [],
    };
    const noop = () => undefined;
    render(<Card card={card} pinned={false} articleHref={() => '#'} onOpenArticle={noop} onClose={noop} />, root);
    const text = root.textContent ?? '';
    for (const part of ['Group', '1 mention in 1 article', 'CNNMoney · 16 Mar 2015', 'Also: Ghost Security'])
      if (!text.includes(part)) throw new Error(`card text lacks "${part}": ${text}`);
    let retried = 0;
    render(<Card card={undefined} failed onRetry={() => retried++} pinned={false} articleHref={() => '#'} onOpenArticle={noop} onClose={noop} />, root);
    root.querySelector<HTMLButtonElement>('button.retry')!.click();
    equal([root.textContent?.includes('could not load'), retried], [true, 1], 'failed card');
    render(null, root);
  },
};

(globalThis as unknown as { domCases: object }).domCases = { names: () => Object.keys(cases), run: (name: string) => cases[name]!() };
