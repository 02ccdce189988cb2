import { describe, expect, it } from 'vitest';
import { articleDetails, entityDetails } from '../../../src/search/views';
import { corpus, show } from './seed';

describe('entityDetails', () => {
  it('lists the articles with each mentioning sentence, mentions marked', () => {
    const details = entityDetails(corpus, 'wauchulaghost')!;
    expect(details.entity).toMatchObject({ name: 'WauchulaGhost', kind: 'person' });
    expect(details.entity.aliases).toContain('Wauchula Ghost');
    expect(details.articles.length).toBeGreaterThan(0);
    const sentences = details.articles.flatMap((a) => a.sentences);
    expect(sentences.reduce((n, s) => n + s.segments.filter((x) => x.marked).length, 0)).toBe(details.entity.mentionCount);
    for (const s of sentences) expect(show(s.segments)).toMatch(/\[[^\]]*Wauchula ?Ghost\]/i);
  });

  it('resolves co-mentions to names and kinds', () => {
    const { coMentions } = entityDetails(corpus, 'isis')!;
    expect(coMentions.length).toBeGreaterThan(0);
    expect(coMentions.map((c) => c.id)).toContain('twitter');
    for (const c of coMentions) expect(c.name && c.kind && c.count > 0).toBeTruthy();
  });

  it('returns null for an unknown id', () => {
    expect(entityDetails(corpus, 'nope')).toBeNull();
  });
});

describe('articleDetails', () => {
  it('gives the article with sorted, non-overlapping entity spans that name their entities', () => {
    const [first] = corpus.bundle.articles;
    const details = articleDetails(corpus, first!.id)!;
    expect(details.article.id).toBe(first!.id);
    expect(details.spans.length).toBeGreaterThan(0);
    details.spans.forEach((span, i) => {
      expect(span.end).toBeGreaterThan(span.start);
      if (i > 0) expect(span.start).toBeGreaterThanOrEqual(details.spans[i - 1]!.end);
      expect(details.entities[span.entityId]).toBeDefined();
    });
  });

  it('returns null for an unknown id', () => {
    expect(articleDetails(corpus, '../etc/passwd')).toBeNull();
  });
});
