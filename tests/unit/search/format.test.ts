import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../src/core/types';
import { articleMeta, kindLabel, plural } from '../../../src/search/format';

describe('the words the card, the popup and the article page share', () => {
  it('label every kind the same way, capitalised', () => {
    expect(ENTITY_KINDS.map(kindLabel)).toEqual(['Person', 'Group', 'Organisation', 'Place', 'Campaign', 'Other', 'Hashtag', 'Handle']);
  });

  it('count with one plural rule', () => {
    expect([plural(1, 'mention'), plural(2, 'mention'), plural(0, 'entity', 'entities')]).toEqual(['1 mention', '2 mentions', '0 entities']);
  });

  it('write a date as a day, leaving out what an article lacks', () => {
    expect(articleMeta({ source: 'CNNMoney', date: '2015-03-16' })).toBe('CNNMoney · 16 Mar 2015');
    expect(articleMeta({ source: '', date: '2015-03-16' })).toBe('16 Mar 2015');
    expect(articleMeta({ source: 'Vocativ', date: '' })).toBe('Vocativ');
  });
});
