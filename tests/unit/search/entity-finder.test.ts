import fc from 'fast-check';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/types';
import { withinEdits } from '../../../src/search/edit-distance';
import { ENTITY_INDEX_OPTIONS, EntityFinder } from '../../../src/search/entity-finder';
import { searchAsTypedFirst } from '../../../src/search/options';
import { corpus } from './seed';

/** Made-up names from a few syllables, so that many share prefixes and lie a typo or two apart. */
const SYLLABLES = ['al', 'an', 'is', 'il', 'sa', 'ma', 'ter', 'ghost', 'sec', 'ka', 'ri', 'mo', 'on', 'ar'];
const madeUp = (seed: number): Entity => {
  let n = seed * 7919 + 13;
  const next = () => (n = (n * 48271) % 2147483647) % SYLLABLES.length;
  const word = () => Array.from({ length: 1 + (next() % 3) }, () => SYLLABLES[next()]).join('');
  const name = `${word()} ${word()}`;
  return {
    id: `made-${seed}`,
    name,
    kind: 'person',
    aliases: seed % 3 ? [name] : [name, word()],
    description: '',
    articleIds: [],
    mentionCount: seed % 17,
    mentions: [],
    coMentions: [],
  } as unknown as Entity;
};
const entities = [...corpus.entities.values(), ...Array.from({ length: 2_000 }, (_, i) => madeUp(i))];
const finder = EntityFinder.of(entities);

/** The same search over the whole index, loaded into MiniSearch in one go: what the finder's partial loads must equal. */
const whole = MiniSearch.loadJS((finder.toJSON() as { index: AsPlainObject }).index, ENTITY_INDEX_OPTIONS);
const wholeIds = (query: string) => searchAsTypedFirst((options) => whole.search(query, options), {}).map((hit) => entities[hit.id as number]!.id);

const typo = (word: string, at: number, kind: number) =>
  kind === 0 ? word.slice(0, at) + word.slice(at + 1) : kind === 1 ? word.slice(0, at) + 'x' + word.slice(at) : word.slice(0, at) + 'q' + word.slice(at + 1);
const query = fc.oneof(
  fc.tuple(fc.nat(entities.length - 1), fc.nat(20)).map(([i, cut]) => entities[i]!.name.slice(0, 2 + cut)),
  fc.tuple(fc.nat(entities.length - 1), fc.nat(20), fc.nat(2)).map(([i, at, kind]) => typo(entities[i]!.name.toLowerCase(), at, kind)),
  fc.tuple(fc.nat(entities.length - 1), fc.nat(entities.length - 1)).map(([a, b]) => `${entities[a]!.name.split(' ')[0]} ${entities[b]!.aliases.at(-1)}`),
  fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
);

describe('the entity finder', () => {
  it('finds, loading only the terms a query can match, exactly what the whole index finds, in the same order', () => {
    for (const q of ['isis', 'daesh', 'islamic state', 'twiter', '#opisis', '@wauchulaghost', 'ghost', 'mateen', 'alis', 'ghostsec ter'])
      expect([q, finder.find(q, 1_000).map((hit) => hit.id)]).toEqual([q, wholeIds(q)]);
    fc.assert(
      fc.property(query, (q) => {
        expect([q, finder.find(q, 1_000).map((hit) => hit.id)]).toEqual([q, wholeIds(q)]);
      }),
      { numRuns: 300 },
    );
  });

  it('says which alias matched when the name did not', () => {
    expect(finder.find('daesh', 1)[0]).toMatchObject({ id: 'isis', name: 'ISIS', kind: 'group', via: 'Daesh' });
    expect(finder.find('isis', 1)[0]).not.toHaveProperty('via');
  });

  it('refuses what is not its own serialised form, naming what is wrong', () => {
    const { index, table } = finder.toJSON() as { index: AsPlainObject; table: { ids: string[] } };
    expect(() => EntityFinder.fromJS({ index, table: { ...table, ids: table.ids.slice(1) } })).toThrow(/a row for each indexed entity/);
    expect(() => EntityFinder.fromJS({ index: { ...index, index: 'terms' }, table })).toThrow(/no terms or documents/);
    expect(() => EntityFinder.fromJS({ index: { ...index, serializationVersion: 99 }, table })).toThrow(/incompatible version/);
  });
});

describe('withinEdits', () => {
  it('agrees with the full Levenshtein table', () => {
    const levenshtein = (a: string, b: string): number => {
      const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return rows[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.nat(3), (a, b, max) => {
        expect([a, b, max, withinEdits(a, b, max)]).toEqual([a, b, max, levenshtein(a, b) <= max]);
      }),
      { numRuns: 1_000 },
    );
  });
});
