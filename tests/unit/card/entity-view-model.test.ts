import { describe, expect, it } from 'vitest';
import { CARD_LIMITS, entityViewModel } from '../../../src/card/entity-view-model';
import { Corpus } from '../../../src/search/corpus';
import type { Article, Entity } from '../../../src/core/types';
import { corpus as seeds, show } from '../search/seed';

const text = 'GhostSec hunts accounts. Later, <b>GhostSec</b> and CtrlSec published lists. Then GhostSec quit, GhostSec said.';
const article: Article = {
  id: 'a1',
  title: 'Hunters',
  date: '2015-11-20',
  source: 'Example News',
  url: '',
  text,
  sentences: [
    { start: 0, end: 24 },
    { start: 25, end: 76 },
    { start: 77, end: text.length },
  ],
};
const untitled: Article = { ...article, id: 'a2', title: '', source: '', date: '', text: 'CtrlSec too.', sentences: [{ start: 0, end: 12 }] };
const ghostsec: Entity = {
  id: 'ghostsec',
  name: 'GhostSec',
  kind: 'group',
  aliases: ['GhostSec', 'Ghost Security'],
  description: 'Hacker group.',
  articleIds: ['a1', 'missing'],
  mentionCount: 4,
  // Not in text order: the view puts them in it.
  mentions: [
    { articleId: 'a1', sentence: 2, start: 97, end: 105 },
    { articleId: 'a1', sentence: 1, start: 35, end: 43 },
    { articleId: 'a1', sentence: 2, start: 82, end: 90 },
    { articleId: 'a1', sentence: 0, start: 0, end: 8 },
  ],
  coMentions: [
    { id: 'ctrlsec', count: 2 },
    { id: 'gone', count: 1 },
  ],
};
const ctrlsec: Entity = {
  ...ghostsec,
  id: 'ctrlsec',
  name: 'CtrlSec',
  kind: 'handle',
  aliases: ['CtrlSec'],
  articleIds: ['a2', 'a1'],
  mentionCount: 2,
  // The second mention lies outside its sentence, as in a damaged bundle.
  mentions: [
    { articleId: 'a2', sentence: 0, start: 0, end: 7 },
    { articleId: 'a1', sentence: 0, start: 52, end: 59 },
  ],
  coMentions: [],
};
const index = new Corpus({ entities: [ghostsec, ctrlsec], articles: [article, untitled], searchIndex: '' });

describe('entityViewModel', () => {
  it('gives the words both views show, its articles with every mentioning sentence marked, and its co-mentions', () => {
    const view = entityViewModel(index, 'ghostsec')!;
    expect({ ...view, articles: undefined }).toEqual({
      id: 'ghostsec',
      name: 'GhostSec',
      kind: 'group',
      kindLabel: 'Group',
      // The article the corpus no longer has is not counted.
      counts: '4 mentions in 1 article',
      description: 'Hacker group.',
      aliases: ['Ghost Security'],
      articles: undefined,
      coMentions: [{ id: 'ctrlsec', name: 'CtrlSec', kind: 'handle', label: 'Handle, 2 shared articles' }],
    });
    expect(view.articles.map(({ sentences, ...rest }) => ({ ...rest, sentences: sentences.map((s) => `${s.index}: ${show(s.segments)}`) }))).toEqual([
      {
        id: 'a1',
        title: 'Hunters',
        meta: 'Example News · 20 Nov 2015',
        sentence: 0,
        sentences: ['0: [GhostSec] hunts accounts.', '1: Later, <b>[GhostSec]</b> and CtrlSec published lists.', '2: Then [GhostSec] quit, [GhostSec] said.'],
      },
    ]);
  });

  it("keeps to the card's limits: five articles, the first mentioning sentence of each, eight co-mentions", () => {
    const card = entityViewModel(index, 'ghostsec', CARD_LIMITS)!;
    expect(card.articles.map((a) => a.sentences.map((s) => show(s.segments)))).toEqual([['[GhostSec] hunts accounts.']]);
    expect(card.counts).toBe('4 mentions in 1 article');
    const none = entityViewModel(index, 'ghostsec', { articles: 0, sentencesPerArticle: 0, coMentions: 0 })!;
    expect([none.articles, none.coMentions]).toEqual([[], []]);
  });

  it('names an untitled article by its id, and shows a sentence plain when its mention lies outside it', () => {
    const [a2, a1] = entityViewModel(index, 'ctrlsec')!.articles;
    expect([a2!.title, a2!.meta, show(a2!.sentences[0]!.segments)]).toEqual(['a2', '', '[CtrlSec] too.']);
    expect(show(a1!.sentences[0]!.segments)).toBe('GhostSec hunts accounts.');
  });

  it('is null for an unknown entity', () => expect(entityViewModel(index, 'nobody')).toBeNull());

  it('on the seed corpus, marks every mention once and resolves co-mentions', () => {
    const view = entityViewModel(seeds, 'wauchulaghost')!;
    expect([view.name, view.kindLabel]).toEqual(['WauchulaGhost', 'Person']);
    expect(view.aliases).toContain('Wauchula Ghost');
    const sentences = view.articles.flatMap((a) => a.sentences);
    expect(sentences.reduce((n, s) => n + s.segments.filter((x) => x.marked).length, 0)).toBe(seeds.entities.get('wauchulaghost')!.mentionCount);
    for (const s of sentences) expect(show(s.segments)).toMatch(/\[[^\]]*Wauchula ?Ghost\]/i);
    expect(entityViewModel(seeds, 'isis')!.coMentions.map((c) => c.id)).toContain('twitter');
  });
});
