import { describe, expect, it } from 'vitest';
import { buildBundle, buildWatchlistBundle } from '../../../src/corpus/bundle';
import { salienceOf, SPREAD_CONTEXT_SHARE, SPREAD_MIN_ARTICLES } from '../../../src/corpus/salience';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('salience', () => {
  it('is context for countries, continents, regions and cities, by any of their names', () => {
    for (const name of ['United Kingdom', 'UK', 'Europe', 'Western Europe', 'Paris', 'Orlando', 'San Francisco'])
      expect(salienceOf({ name, aliases: [name], kind: 'place', articleCount: 1 }, 5)).toBe('context');
    // A town too small for the gazetteer is what a story is about.
    expect(salienceOf({ name: 'Chorlton', aliases: ['Chorlton'], kind: 'place', articleCount: 1 }, 5)).toBe('specific');
  });

  it('is context for a name everyone says, by spoken English', () => {
    expect(salienceOf({ name: 'Congress', aliases: ['Congress'], kind: 'organisation', articleCount: 1 }, 5)).toBe('context');
    expect(salienceOf({ name: 'Vocativ', aliases: ['Vocativ'], kind: 'organisation', articleCount: 1 }, 5)).toBe('specific');
  });

  it('is context for an organisation spread over a large corpus, never in a small one', () => {
    const share = Math.ceil(SPREAD_MIN_ARTICLES * SPREAD_CONTEXT_SHARE);
    expect(salienceOf({ name: 'Vocativ', aliases: ['Vocativ'], kind: 'organisation', articleCount: share }, SPREAD_MIN_ARTICLES)).toBe('context');
    expect(salienceOf({ name: 'Vocativ', aliases: ['Vocativ'], kind: 'organisation', articleCount: share - 1 }, SPREAD_MIN_ARTICLES)).toBe('specific');
    expect(salienceOf({ name: 'Vocativ', aliases: ['Vocativ'], kind: 'organisation', articleCount: 10 }, 10)).toBe('specific');
  });

  it('is context for a body known by a short acronym alone, specific once the corpus spells it out', () => {
    const organisation = (...aliases: string[]) => salienceOf({ name: aliases[0]!, aliases, kind: 'organisation', articleCount: 2 }, 5);
    expect(['UA', 'WTC', 'M1'].map((name) => organisation(name))).toEqual(['context', 'context', 'context']);
    expect(organisation('ATF', 'Bureau of Alcohol, Tobacco, Firearms and Explosives')).toBe('specific');
    expect(organisation('NATO')).toBe('specific'); // four letters: a name of its own
    expect(salienceOf({ name: 'YPG', aliases: ['YPG'], kind: 'group', articleCount: 2 }, 5)).toBe('specific');
  });

  it('is specific for people, groups, tags and campaigns, however common', () => {
    for (const kind of ['person', 'group', 'handle', 'hashtag', 'campaign'] as const)
      expect(salienceOf({ name: 'Paris', aliases: ['Paris'], kind, articleCount: 900 }, 1000)).toBe('specific');
  });

  it('is written into corpus bundles as context only, and never into watch-lists', () => {
    const { bundle } = buildBundle({ name: 'c', files: [file('a.txt', 'Marlowe Quint flew to France on Monday.')] });
    expect(bundle.entities.map((e) => [e.name, e.salience])).toEqual([
      ['France', 'context'],
      ['Marlowe Quint', undefined],
    ]);
    const list = buildWatchlistBundle({ name: 'w', files: [file('list.txt', 'France\n@someone')] }).bundle;
    expect(list.entities.every((e) => e.salience === undefined)).toBe(true);
  });
});
