import { describe, expect, it } from 'vitest';
import { entityCard, quote } from '../../../src/card/entity-card';
import { Corpus } from '../../../src/search/corpus';
import type { Article, Entity } from '../../../src/core/types';

const text = 'GhostSec hunts accounts. Later, <b>GhostSec</b> and CtrlSec published lists.';
const article: Article = {
  id: 'a1',
  title: 'Hunters',
  date: '2015-11-20',
  source: 'Example News',
  url: '',
  text,
  sentences: [
    { start: 0, end: 24 },
    { start: 25, end: text.length },
  ],
};
const ghostsec: Entity = {
  id: 'ghostsec',
  name: 'GhostSec',
  kind: 'group',
  aliases: ['GhostSec', 'Ghost Security'],
  description: 'Hacker group.',
  articleIds: ['a1', 'missing'],
  mentionCount: 2,
  mentions: [
    { articleId: 'a1', sentence: 1, start: 35, end: 43 },
    { articleId: 'a1', sentence: 0, start: 0, end: 8 },
  ],
  coMentions: [
    { id: 'ctrlsec', count: 1 },
    { id: 'gone', count: 1 },
  ],
};
const ctrlsec: Entity = { ...ghostsec, id: 'ctrlsec', name: 'CtrlSec', aliases: ['CtrlSec'], coMentions: [] };
const index = new Corpus({ entities: [ghostsec, ctrlsec], articles: [article], searchIndex: '' });

describe('entityCard', () => {
  it('gives the entity, its articles with the mentioning sentence cut at the term, and co-mentions', () => {
    expect(entityCard(index, 'ghostsec')).toEqual({
      id: 'ghostsec',
      name: 'GhostSec',
      kind: 'group',
      aliases: ['Ghost Security'],
      description: 'Hacker group.',
      mentionCount: 2,
      articleCount: 2,
      articles: [
        {
          id: 'a1',
          title: 'Hunters',
          source: 'Example News',
          date: '2015-11-20',
          sentence: 1,
          quote: { before: 'Later, <b>', term: 'GhostSec', after: '</b> and CtrlSec published lists.' },
        },
      ],
      coMentions: [{ id: 'ctrlsec', name: 'CtrlSec', kind: 'group', count: 1 }],
    });
  });
  it('keeps to the limits', () => {
    const card = entityCard(index, 'ghostsec', { articles: 0, coMentions: 0 })!;
    expect(card.articles).toEqual([]);
    expect(card.coMentions).toEqual([]);
  });
  it('is null for an unknown entity', () => expect(entityCard(index, 'nobody')).toBeNull());
});

describe('quote', () => {
  it('clamps a mention outside its sentence', () => {
    expect(quote('abc def', { start: 0, end: 3 }, { start: 4, end: 7 })).toEqual({ before: 'abc', term: '', after: '' });
  });
});
