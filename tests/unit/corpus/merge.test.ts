import { describe, expect, it } from 'vitest';
import { buildBundle, buildWatchlistBundle } from '../../../src/corpus/bundle';
import { mergeCollections } from '../../../src/corpus/merge';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { createMatcher } from '../../../src/match';
import type { Bundle, Salience } from '../../../src/core/types';
import { Corpus } from '../../../src/search/corpus';
import { SearchEngine } from '../../../src/search/engine';

const encode = (text: string) => new TextEncoder().encode(text);
const seeds = buildBundleFromDir('seeds').bundle;
const seedId = seeds.articles[0]!.id;
const articles = buildBundle({
  name: 'import',
  files: [
    {
      name: 'news.jsonl',
      bytes: encode(
        [
          { id: seedId, title: 'Zorbulon Lantern Society meets', text: 'The Zorbulon Lantern Society met in Tampa. It thanked WauchulaGhost for coming.' },
          { id: 'two', title: 'Second', text: 'Members of the Zorbulon Lantern Society said little.' },
        ]
          .map((a) => JSON.stringify(a))
          .join('\n'),
      ),
    },
  ],
}).bundle;
const watchlist = buildWatchlistBundle({
  name: 'list',
  files: [{ name: 'w.csv', bytes: encode('@WauchulaGhost,watched hacker\n@QuuxWatcher,only the list knows\n') }],
}).bundle;
const view = mergeCollections([
  { prefix: '', bundle: seeds },
  { prefix: 'c1', bundle: articles },
  { prefix: 'c2', bundle: watchlist },
]);
const entity = (id: string) => view.entities.find((e) => e.id === id);

describe('mergeCollections', () => {
  it('keeps the bundled ids and namespaces imported ones, so equal ids never clash', () => {
    const ids = view.articles.map((a) => a.id);
    expect(ids).toEqual([...seeds.articles.map((a) => a.id), `c1~${seedId}`, 'c1~two']);
    expect(entity('c1~zorbulon-lantern-society')!.articleIds).toEqual([`c1~${seedId}`, 'c1~two']);
    expect(entity('c1~zorbulon-lantern-society')!.mentions.every((m) => m.articleId.startsWith('c1~'))).toBe(true);
    expect(view.corpus).toMatchObject({ name: 'seeds + import + list', articleCount: seeds.articles.length + 2 });
  });

  it('merges entities that share an alias: the bundled one keeps its id and gains aliases, articles and mentions', () => {
    const seed = seeds.entities.find((e) => e.aliases.includes('WauchulaGhost'))!;
    const merged = entity(seed.id)!;
    expect(view.entities.filter((e) => e.aliases.some((a) => a.toLowerCase().includes('wauchulaghost')))).toHaveLength(1);
    expect(merged.aliases).toEqual(expect.arrayContaining([...seed.aliases, '@WauchulaGhost']));
    expect(merged.articleIds).toEqual(expect.arrayContaining([...seed.articleIds, `c1~${seedId}`]));
    expect(merged.mentionCount).toBeGreaterThan(seed.mentionCount);
    expect(merged.description).toBe(seed.description);
    expect(merged.coMentions.map((c) => c.id)).toContain('c1~zorbulon-lantern-society');
    expect(entity('c1~zorbulon-lantern-society')!.coMentions).toContainEqual({ id: seed.id, count: 1 });
  });

  it("compiles one dictionary that finds every collection's terms under the view's ids", () => {
    const found = createMatcher(view.matcher).find('ISIS, the Zorbulon Lantern Society, @quuxwatcher and @WauchulaGhost.');
    const isis = seeds.entities.find((e) => e.aliases.includes('ISIS'))!.id;
    const ghost = seeds.entities.find((e) => e.aliases.includes('WauchulaGhost'))!.id;
    expect(found.map((m) => m.entityId)).toEqual([isis, 'c1~zorbulon-lantern-society', 'c2~handle-quuxwatcher', ghost]);
    expect(entity('c2~handle-quuxwatcher')!.description).toBe('only the list knows');
  });

  it("searches every collection's index, hits under the view's ids", () => {
    const engine = new SearchEngine(new Corpus(view));
    expect(engine.search('Zorbulon').articles.map((a) => a.id)).toEqual([`c1~${seedId}`, 'c1~two']);
    expect(engine.search('quuxwatcher').entities.map((e) => e.id)).toEqual(['c2~handle-quuxwatcher']);
    expect(engine.search('WauchulaGhost').entities.filter((e) => e.name.includes('Wauchula'))).toHaveLength(1);
    expect(engine.search('Twitter').articles.length).toBeGreaterThan(0);
  });

  it('calls an entity context only if every collection that says anything says context, and never one a watch-list knows', () => {
    const says = (bundle: Bundle, salience: Record<string, Salience>): Bundle => ({
      ...bundle,
      entities: bundle.entities.map((e) => (salience[e.name] ? { ...e, salience: salience[e.name] } : { ...e, salience: undefined })),
    });
    const news = buildBundle({
      name: 'news',
      files: [{ name: 'n.txt', bytes: encode('Hackers say ISIS posted on Twitter; they fought ISIS and Twitter with WauchulaGhost.') }],
    }).bundle;
    const merged = mergeCollections([
      { prefix: '', bundle: says(seeds, { Twitter: 'context', ISIS: 'context', WauchulaGhost: 'context', GhostSec: 'context' }) },
      { prefix: 'c1', bundle: says(news, { ISIS: 'specific' }) },
      { prefix: 'c2', bundle: watchlist, watchlist: true },
    ]);
    const id = (name: string) => seeds.entities.find((e) => e.name === name)!.id;
    // Twitter: the import says nothing; ISIS: the import says specific; WauchulaGhost: on the watch-list.
    expect(merged.contextEntityIds.sort()).toEqual([id('GhostSec'), id('Twitter')].sort());
    expect(mergeCollections([{ prefix: '', bundle: says(seeds, {}) }]).contextEntityIds).toEqual([]);
  });

  it('leaves a lone bundled corpus as it is', () => {
    const alone = mergeCollections([{ prefix: '', bundle: seeds }]);
    expect(alone.matcher).toBe(seeds.matcher);
    expect(alone.articles).toEqual(seeds.articles);
    expect(alone.entities).toEqual(seeds.entities);
  });

  it('merges nothing into an empty view whose dictionary matches nothing (bundled corpus off, no imports)', () => {
    const empty = mergeCollections([]);
    expect(empty.corpus).toEqual({ name: '', articleCount: 0, entityCount: 0, aliasCount: 0 });
    expect(createMatcher(empty.matcher).find('ISIS and @WauchulaGhost')).toEqual([]);
    expect(new SearchEngine(new Corpus(empty)).search('isis').entities).toEqual([]);
  });
});

describe('one alias key everywhere', () => {
  const list = (name: string, lines: string) => buildWatchlistBundle({ name, files: [{ name: `${name}.csv`, bytes: encode(lines) }] }).bundle;

  it('merges spellings the page cannot tell apart (Zoë and Zoe, curly and straight quotes) into one entity that highlights', () => {
    const merged = mergeCollections([
      { prefix: 'a', bundle: list('a', 'Zoë Quillfeather;first list\nO’Brannagh Vex;curly quote\n') },
      { prefix: 'b', bundle: list('b', "Zoe Quillfeather;second list\nO'Brannagh Vex;straight quote\n") },
    ]);
    expect(merged.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Zoë Quillfeather', ['Zoë Quillfeather', 'Zoe Quillfeather']],
      ['O’Brannagh Vex', ['O’Brannagh Vex', "O'Brannagh Vex"]],
    ]);
    const found = createMatcher(merged.matcher).find("Zoe Quillfeather met O'Brannagh Vex; ZOË QUILLFEATHER left.");
    expect(found.map((m) => m.entityId)).toEqual([merged.entities[0]!.id, merged.entities[1]!.id, merged.entities[0]!.id]);
  });

  it('treats such spellings as one term within a watch-list, warning about the repeat', () => {
    const { bundle, warnings } = buildWatchlistBundle({ name: 'w', files: [{ name: 'w.csv', bytes: encode('Zoë Quillfeather\nZoe Quillfeather\n') }] });
    expect(bundle.entities).toHaveLength(1);
    expect(warnings).toContainEqual(expect.objectContaining({ file: 'w.csv', line: 2, reason: expect.stringMatching(/already listed at w.csv:1/) }));
  });
});

describe('one import of several files', () => {
  it('keeps one copy of an article whose id two files share, and the warning names both places', () => {
    const line = (id: string, text: string) => JSON.stringify({ id, text });
    const { bundle, warnings } = buildBundle({
      name: 'two files',
      files: [
        { name: 'a.jsonl', bytes: encode([line('x1', 'Quorvath Lindqvist met GhostSec.'), line('x2', 'Another day.')].join('\n')) },
        { name: 'b.jsonl', bytes: encode(line('x1', 'Quorvath Lindqvist met GhostSec again.')) },
      ],
    });
    expect(bundle.articles.map((a) => a.id)).toEqual(['x1', 'x2']);
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'b.jsonl', line: 1, reason: 'duplicate article id "x1", first seen at a.jsonl:1; this copy skipped' }),
    );
  });
});

describe('a watch-list merged with the corpus', () => {
  it('keeps the kind the watch-list names, and only a named one', () => {
    const list = (lines: string) => buildWatchlistBundle({ name: 'w', files: [{ name: 'w.csv', bytes: encode(lines) }] }).bundle;
    const named = mergeCollections([
      { prefix: '', bundle: seeds },
      { prefix: 'c1', bundle: list('Twitter;the platform;group\n'), watchlist: true },
    ]);
    expect(named.entities.find((e) => e.id === 'twitter')!.kind).toBe('group');
    const guessed = mergeCollections([
      { prefix: '', bundle: seeds },
      { prefix: 'c1', bundle: list('Twitter;the platform\n'), watchlist: true },
    ]);
    expect(guessed.entities.find((e) => e.id === 'twitter')!.kind).toBe('organisation');
  });
});
