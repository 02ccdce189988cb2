import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/search/engine';
import { engine } from './seed';

/** Words of the seed corpus, search syntax MiniSearch might read, and arbitrary text. */
// prettier-ignore
const PIECES = ['isis', 'ghost', 'GhostSec', '#OpISIS', '@WauchulaGhost', 'Twitter', "'s", "'''", '"', '*', '~', '^', '-', 'AND', 'OR', ' ', '\u0000', '\uD800', 'é', '\u0301'];
const query = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 30 }).map((parts) => parts.join(' ')),
);

describe('search on arbitrary queries', () => {
  it('never throws and returns bounded lists', () => {
    fc.assert(
      fc.property(query, (raw) => {
        const results = engine.search(raw);
        expect(results.query).toBe(raw);
        expect(Array.isArray(results.entities) && Array.isArray(results.articles) && Array.isArray(results.suggestions)).toBe(true);
        expect(results.entities.length).toBeLessThanOrEqual(LIMITS.entities);
        expect(results.articles.length).toBeLessThanOrEqual(LIMITS.articles);
        expect(results.suggestions.length).toBeLessThanOrEqual(LIMITS.suggestions);
        for (const article of results.articles) expect(article.snippet.every((s) => typeof s.text === 'string')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
