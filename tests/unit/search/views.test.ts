import { describe, expect, it } from 'vitest';
import { articleDetails } from '../../../src/search/views';
import { corpus } from './seed';

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
