import { describe, expect, it } from 'vitest';
import { parseCuratedEntities } from '../../../src/corpus/curated';
import { coMentions } from '../../../src/corpus/mentions';

const curatedFile = (count: number) =>
  JSON.stringify({ entities: Array.from({ length: count }, (_, i) => ({ id: `e-${i}`, name: `Name ${i}`, kind: 'person', aliases: [`Name ${i}`] })) }, null, 2);

// Bounded time shows as finishing at all: on these sizes the quadratic code ran for minutes.
describe('corpus build at scale', () => {
  it('counts co-mentions exactly in an ordinary article', () => {
    const related = coMentions(
      new Map([
        ['a', ['x', 'y']],
        ['b', ['x', 'y']],
        ['c', ['y']],
      ]),
    );
    expect(related.get('a')).toEqual([
      { id: 'b', count: 2 },
      { id: 'c', count: 1 },
    ]);
    expect(related.get('c')).toEqual([
      { id: 'a', count: 1 },
      { id: 'b', count: 1 },
    ]);
  });

  it('pairs 100,000 entities of one article with its most widely found ones', { timeout: 30_000 }, () => {
    const byEntity = new Map(Array.from({ length: 100_000 }, (_, i) => [`e${i}`, ['big']]));
    byEntity.set('everywhere', ['big', 'other']);
    byEntity.set('also', ['big', 'other']);
    const related = coMentions(byEntity);
    expect(related.get('e5')).toHaveLength(12);
    expect(related.get('e5')![0]).toEqual({ id: 'also', count: 1 });
    expect(related.get('also')![0]).toEqual({ id: 'everywhere', count: 2 });
  });

  it('reads an entities.json of 100,000 entries', { timeout: 30_000 }, () => {
    expect(parseCuratedEntities('entities.json', curatedFile(100_000))).toHaveLength(100_000);
  });

  it('still names the line of a bad entry in a large entities.json', { timeout: 30_000 }, () => {
    const source = curatedFile(100_000).replace(
      '"kind": "person",\n      "aliases": [\n        "Name 99999"',
      '"kind": "star",\n      "aliases": [\n        "Name 99999"',
    );
    expect(() => parseCuratedEntities('entities.json', source)).toThrow(/^entities\.json:\d+: entities\[99999\] \("e-99999"\): "kind" must be one of/);
    const line = source.slice(0, source.indexOf('"e-99999"')).split('\n').length;
    expect(() => parseCuratedEntities('entities.json', source)).toThrow(`entities.json:${line}:`);
  });
});
