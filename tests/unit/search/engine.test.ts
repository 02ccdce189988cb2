import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normaliseQuery } from '../../../src/search/query';
import { buildWatchlistBundle } from '../../../src/corpus/bundle';
import { mergeCollections } from '../../../src/corpus/merge';
import { Corpus } from '../../../src/search/corpus';
import { asksNothing, LIMITS, popularNames, popularResults, SearchEngine } from '../../../src/search/engine';
import { corpus, engine, show } from './seed';

const entityIds = (query: string) => engine.search(query).entities.map((e) => e.id);

describe('search over the seed corpus', () => {
  it.each([
    ['daesh', 'isis'],
    ['wauchula', 'wauchulaghost'],
    ['twiter', 'twitter'],
    ['#opisis', 'opisis'],
    ['@wauchulaghost', 'wauchulaghost'],
    ['Islamic State', 'isis'],
    ['mateen', 'omar-mateen'],
  ])('%s finds the entity %s first', (query, id) => {
    expect(entityIds(query)[0]).toBe(id);
  });

  it('says which alias matched when the name did not', () => {
    expect(engine.search('daesh').entities[0]).toMatchObject({ name: 'ISIS', kind: 'group', via: 'Daesh' });
    expect(engine.search('isis').entities[0]?.via).toBeUndefined();
  });

  it('gives entities their kind and mention count', () => {
    const [twitter] = engine.search('twitter').entities;
    expect(twitter).toMatchObject({ id: 'twitter', kind: 'organisation' });
    expect(twitter!.mentionCount).toBeGreaterThan(10);
  });

  it('returns articles with title, publisher, date and a snippet marking the query terms', () => {
    const { articles } = engine.search('#opisis');
    expect(articles.length).toBeGreaterThan(0);
    const [first] = articles;
    expect(first).toHaveProperty('source');
    expect(first).toHaveProperty('date');
    expect(first!.title).toBeTruthy();
    expect(first!.snippet.filter((s) => s.marked).map((s) => s.text.toLowerCase())).toContain('#opisis');
  });

  it('marks the fuzzy-matched word, not the misspelling', () => {
    const marked = engine.search('twiter').articles.flatMap((a) => a.snippet.filter((s) => s.marked).map((s) => s.text));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((t) => /^@?twitter$/i.test(t))).toBe(true);
  });

  it('keeps snippets short and whole-worded', () => {
    for (const article of engine.search('accounts').articles) {
      const text = show(article.snippet);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text).toMatch(/\[accounts\]/i);
    }
  });

  it('respects the group limits', () => {
    const { entities, articles } = engine.search('a e i o u isis twitter');
    expect(entities.length).toBeLessThanOrEqual(LIMITS.entities);
    expect(articles.length).toBeLessThanOrEqual(LIMITS.articles);
  });
});

describe('empty and no-result states', () => {
  it('suggests popular entities for an empty query', () => {
    const results = engine.search('');
    expect(results.entities).toEqual([]);
    expect(results.articles).toEqual([]);
    expect(results.suggestions[0]).toBe('ISIS');
  });

  it('answers a query that asks nothing as the empty one, from the popular names alone (the cached first screen)', () => {
    for (const raw of ['', '   ', '?!', '🙂']) {
      expect(asksNothing(raw)).toBe(true);
      expect(engine.search(raw)).toEqual(popularResults(raw, popularNames(corpus.entities.values())));
    }
    expect(asksNothing('a')).toBe(false); // a token, if too short to search: near terms are suggested instead
  });

  it('suggests near terms when nothing matches', () => {
    const results = engine.search('twiterrr');
    expect(results.entities.length + results.articles.length).toBe(0);
    expect(results.suggestions).toContain('twitter');
  });
});

describe('hostile queries never throw', () => {
  it.each([
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'isis twitter '.repeat(800)],
    ['regex metacharacters', '.*+?^${}()|[]\\/'],
    ['only punctuation', '!!! ,,, ;;; ---'],
    ['emoji', '🔥🙂👨‍👩‍👧'],
    ['right-to-left text', 'داعش الدولة الإسلامية'],
    ['lone surrogate', '\ud800abc'],
    ['null bytes and controls', '\u0000\u0007isis\u202e'],
  ])('%s', (_label, query) => {
    const results = engine.search(query);
    expect(results.query).toBe(query);
    expect(Array.isArray(results.entities) && Array.isArray(results.articles) && Array.isArray(results.suggestions)).toBe(true);
  });

  it('cuts the query and keeps only tokens', () => {
    expect(normaliseQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
    expect(normaliseQuery('.*+? 🙂 (isis)')).toBe('isis');
    expect(normaliseQuery('!!!')).toBe('');
  });
});

/** A fixed pseudo-random string of letters and spaces, as pasted junk. */
function junk(length: number): string {
  let state = 0x9e3779b9;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += ' abcdefghijklmnopqrstuvwxyz'[(state >>> 0) % 27];
  }
  return out;
}

describe('search means what was typed', () => {
  const articleCount = (query: string) => engine.search(query).articles.length;
  it.each([
    ['a random 500-character string', junk(500), [], 0],
    ['one letter', 's', [], 0],
    ['an alias, and only its entity', 'isil', ['isis'], undefined],
    ['two words, both in the name', 'islamic state', ['isis'], undefined],
    ['a typo in a 6-letter word', 'twiter', ['twitter'], undefined],
    ['a prefix', 'wauchula', ['wauchulaghost'], undefined],
    ['a 3-letter prefix, never fuzzed', 'isi', ['isis', 'opisis'], undefined],
    ['a 3-letter word, never fuzzed', 'isx', [], 0],
  ] as const)('%s: %j', (_label, query, entityIdsExpected, articles) => {
    expect(entityIds(query)).toEqual(entityIdsExpected);
    if (articles !== undefined) expect(articleCount(query)).toBe(articles);
  });

  it('folds accents and case in the index and in queries, as pages do', () => {
    const kolarova = buildWatchlistBundle({ name: 'w', files: [{ name: 'w.csv', bytes: new TextEncoder().encode('Dana Kolářová;analyst;person\n') }] }).bundle;
    const folded = new SearchEngine(new Corpus(mergeCollections([{ prefix: 'c1', bundle: kolarova }])));
    for (const query of ['kolarova', 'Kolářová', 'KOLAROVA', 'dana kolarova'])
      expect(folded.search(query).entities.map((e) => e.name)).toEqual(['Dana Kolářová']);
    expect(folded.search('kolarova').suggestions).toEqual([]);
  });

  it('suggests only what is close when nothing matches, and says so with nothing otherwise', () => {
    expect(engine.search('twiterrr').suggestions).toContain('twitter');
    expect(engine.search('xqzzy').suggestions).toEqual([]);
  });
});
