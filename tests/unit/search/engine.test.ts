import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/search/engine';
import { MAX_QUERY_CHARS, normaliseQuery } from '../../../src/search/query';
import { engine, show } from './seed';

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
    expect(results.entities.length + results.articles.length + results.suggestions.length).toBeGreaterThan(0);
  });

  it('cuts the query and keeps only tokens', () => {
    expect(normaliseQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
    expect(normaliseQuery('.*+? 🙂 (isis)')).toBe('isis');
    expect(normaliseQuery('!!!')).toBe('');
  });
});
