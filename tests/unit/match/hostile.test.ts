import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../src/match/index.ts';
import { entry, found, matcherFor } from './helpers.ts';

const dictionary = [entry('ISIS', 'isis'), entry('#OpISIS', 'opisis'), entry('IS', 'isis', { acronym: true })];

describe('hostile text', () => {
  it('survives lone surrogates and control characters', () => {
    const text = '\ud800ISIS\udc00 \udfffISIS\ud800 \u0000ISIS\u0007 \u200b#OpISIS\ufeff \uffff';
    expect(found(dictionary, text)).toEqual(['ISIS=isis', 'ISIS=isis', 'ISIS=isis', '#OpISIS=opisis']);
  });

  // Linear time shows as finishing at all: a backtracking scan of 10 MB would not end within the generous timeout.
  it('scans 10 MB without a space', { timeout: 60_000 }, () => {
    const matcher = matcherFor(dictionary);
    for (const unit of ['a', '#', 'I', 'é']) {
      const text = unit.repeat(10_000_000);
      expect(matcher.find(text)).toEqual([]);
    }
  });

  it('scans a 10 MB run of near-matches', { timeout: 60_000 }, () => {
    const text = 'ISI '.repeat(2_500_000) + 'ISIS';
    expect(matcherFor(dictionary).find(text)).toEqual([{ start: 10_000_000, end: 10_000_004, entityId: 'isis', alias: 'ISIS' }]);
  });

  it('refuses a 1,000,000-character alias by its length, not with a stack overflow', () => {
    expect(() => compileDictionary([entry('a'.repeat(1_000_000))])).toThrow(/is longer than \d+$/);
  });
});
