import { describe, expect, it } from 'vitest';
import { entityViewModel } from '../../../src/card/entity-view-model';
import type { Article, Entity } from '../../../src/core/types';
import { splitSentences } from '../../../src/corpus/sentences';
import { layoutArticle } from '../../../src/search/article-layout';
import { Corpus } from '../../../src/search/corpus';
import { processTerm } from '../../../src/search/options';
import { snippet } from '../../../src/search/snippet';
import { show } from './seed';

const articleOf = (id: string, text: string): Article => ({ id, title: '', date: '', source: '', url: '', text, sentences: splitSentences(text) });

/** `count` articles "Foo said.", each mentioning entity "foo" once. */
function widelyMentioned(count: number): Corpus {
  const articles = Array.from({ length: count }, (_, i) => articleOf(`a${i}`, 'Foo said.'));
  const entity: Entity = {
    id: 'foo',
    name: 'Foo',
    kind: 'person',
    aliases: ['Foo'],
    description: '',
    mentionCount: count,
    coMentions: [],
    articleIds: articles.map((a) => a.id),
    mentions: articles.map((a) => ({ articleId: a.id, sentence: 0, start: 0, end: 3 })),
  };
  return new Corpus({ articles, entities: [entity], searchIndex: '' });
}

// Bounded time shows as finishing at all: on these sizes the quadratic code ran for many seconds to minutes.
describe('search views at scale', () => {
  it('shows an entity found in 100,000 articles', { timeout: 30_000 }, () => {
    const details = entityViewModel(widelyMentioned(100_000), 'foo')!;
    expect(details.articles).toHaveLength(100_000);
    expect(show(details.articles[99_999]!.sentences[0]!.segments)).toBe('[Foo] said.');
  });

  it('finds the snippet in an article of 200,000 sentences', { timeout: 30_000 }, () => {
    const text = `${'Ghost spoke here. '.repeat(200_000)}Ghost and Sec met.`;
    const found = snippet(articleOf('long', text), new Set(['ghost', 'sec']));
    expect(found.sentence).toBe(200_000);
    expect(show(found.segments)).toBe('[Ghost] and [Sec] met.');
  });

  it('lays out an article of 200,000 sentences, each with a mention', { timeout: 30_000 }, () => {
    const article = articleOf('long', 'Foo said. '.repeat(200_000).trim());
    const spans = article.sentences.map((s) => ({ start: s.start, end: s.start + 3, entityId: 'foo' }));
    const blocks = layoutArticle(article, spans).filter((b) => b.sentence !== null);
    expect(blocks).toHaveLength(200_000);
    expect(blocks[199_999]!.pieces).toEqual([{ text: 'Foo', entityId: 'foo' }, { text: ' said.' }]);
  });

  it('processes a token of 1,000,000 apostrophes', { timeout: 30_000 }, () => {
    expect(processTerm(`o${"'".repeat(1_000_000)}k`)).toBe(`o${"'".repeat(1_000_000)}k`);
    expect(processTerm(`'ok${"'".repeat(1_000_000)}`)).toBe('ok');
  });
});
