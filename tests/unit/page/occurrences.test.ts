import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Salience } from '../../../src/core/types';
import { OccurrencePolicy, PAINT_CAP, PAINT_CAP_PER_ENTITY, type Occurrence } from '../../../src/page/occurrences';

interface TestHit extends Occurrence {
  name: string;
}

/** A policy over hits named like "twitter1", and a log of what it paints. */
function setUp(occurrences = DEFAULT_SETTINGS.occurrences) {
  const painted = new Set<string>();
  const all: TestHit[] = [];
  const policy = new OccurrencePolicy<TestHit>(
    occurrences,
    (hit, on) => (on ? painted.add(hit.name) : painted.delete(hit.name)),
    () => all,
  );
  const hit = (name: string, salience: Salience, paintable = true): TestHit => {
    const made = { name, entityId: name.replace(/\d+$/, ''), salience, paintable, painted: false };
    all.push(made);
    return made;
  };
  /** Two specific entities make the page one about the story, where context terms are painted. */
  const onTopic = () => [hit('ghostsec1', 'specific'), hit('ctrlsec1', 'specific')].forEach((h) => policy.added(h));
  return { policy, painted, hit, onTopic, shown: () => [...painted].filter((name) => !/^(ghostsec|ctrlsec)/.test(name)).sort() };
}

describe('OccurrencePolicy', () => {
  it('paints every specific occurrence and only the first of a context entity, by default', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    for (const h of [hit('isis1', 'specific'), hit('twitter1', 'context'), hit('isis2', 'specific'), hit('twitter2', 'context')]) policy.added(h);
    expect(shown()).toEqual(['isis1', 'isis2', 'twitter1']);
  });

  it('never paints what is not paintable, and the first paintable occurrence is the first', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    for (const h of [hit('twitter1', 'context', false), hit('twitter2', 'context'), hit('isis1', 'specific', false)]) policy.added(h);
    expect(shown()).toEqual(['twitter2']);
  });

  it('keeps the first while the page changes, and when it leaves the earliest one left takes over', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    const [one, two, three] = [hit('twitter1', 'context'), hit('twitter2', 'context'), hit('twitter3', 'context')];
    policy.added(two);
    policy.added(three);
    policy.added(one); // added later, though earlier in the document: the first stays
    expect(shown()).toEqual(['twitter2']);
    policy.removed(two);
    policy.settle(() => [one, three]);
    expect(shown()).toEqual(['twitter1']);
  });

  it('waits for the settle to name a new first, so a re-added earlier occurrence wins over a later one', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    const [old, later] = [hit('twitter1', 'context'), hit('twitter2', 'context')];
    policy.added(old);
    policy.added(later);
    policy.removed(old);
    const renewed = hit('twitter1', 'context');
    policy.added(renewed);
    expect(shown()).toEqual([]);
    policy.settle(() => [renewed, later]);
    expect(shown()).toEqual(['twitter1']);
  });

  it('applies new settings at once, per class', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    const hits = [hit('isis1', 'specific'), hit('isis2', 'specific'), hit('twitter1', 'context'), hit('twitter2', 'context')];
    for (const h of hits) policy.added(h);
    policy.change({ specific: 'first', context: 'all' }, hits);
    expect(shown()).toEqual(['isis1', 'twitter1', 'twitter2']);
    policy.change({ specific: 'none', context: 'none' }, hits);
    expect(shown()).toEqual([]);
    policy.change(DEFAULT_SETTINGS.occurrences, hits);
    expect(shown()).toEqual(['isis1', 'isis2', 'twitter1']);
  });

  it('unpaints a removed hit and forgets every first on clear', () => {
    const { policy, hit, shown, onTopic } = setUp();
    onTopic();
    const first = hit('twitter1', 'context');
    policy.added(first);
    policy.removed(first);
    policy.clear();
    onTopic();
    policy.added(hit('twitter2', 'context'));
    expect(shown()).toEqual(['twitter2']);
  });

  it('paints context terms only on a page with two specific entities, and follows the page as it changes', () => {
    const { policy, hit, painted } = setUp();
    const twitter = hit('twitter1', 'context');
    const isis = hit('isis1', 'specific');
    const ghost = hit('ghostsec1', 'specific');
    policy.added(twitter);
    policy.added(isis);
    expect([...painted]).toEqual(['isis1']);
    policy.added(ghost);
    expect([...painted].sort()).toEqual(['ghostsec1', 'isis1', 'twitter1']);
    policy.removed(ghost);
    expect([...painted]).toEqual(['isis1']);
  });

  it('counts neither unpaintable (private) terms nor repeats of one entity towards the story', () => {
    const { policy, hit, painted } = setUp({ specific: 'all', context: 'all' });
    for (const h of [
      hit('twitter1', 'context'),
      hit('isis1', 'specific'),
      hit('isis2', 'specific'),
      hit('secret1', 'specific', false),
      hit('twitter2', 'context'),
    ])
      policy.added(h);
    expect([...painted].sort()).toEqual(['isis1', 'isis2']);
    policy.added(hit('ghostsec1', 'specific'));
    expect([...painted].sort()).toEqual(['ghostsec1', 'isis1', 'isis2', 'twitter1', 'twitter2']);
  });

  it('paints an entity at most PAINT_CAP_PER_ENTITY times, and a crowded-out one takes the room a painted one leaves', () => {
    const { policy, hit, painted, onTopic } = setUp();
    onTopic();
    const isis = Array.from({ length: PAINT_CAP_PER_ENTITY + 2 }, (_, i) => hit(`isis${i}`, 'specific'));
    for (const h of isis) policy.added(h);
    const paintedIsis = () => [...painted].filter((name) => name.startsWith('isis'));
    expect(paintedIsis()).toHaveLength(PAINT_CAP_PER_ENTITY);
    expect(isis.at(-1)!.painted).toBe(false);
    policy.removed(isis[0]!);
    policy.settle(() => isis.slice(1));
    expect(paintedIsis()).toHaveLength(PAINT_CAP_PER_ENTITY);
    // The earliest crowded-out occurrence took the room, not the last.
    expect(isis[PAINT_CAP_PER_ENTITY]!.painted).toBe(true);
    expect(isis.at(-1)!.painted).toBe(false);
  });

  it('paints at most PAINT_CAP occurrences in all, the earliest when settings change', () => {
    const { policy, hit, painted } = setUp({ specific: 'first', context: 'none' });
    const entities = Math.ceil(PAINT_CAP / PAINT_CAP_PER_ENTITY) + 1;
    const hits = Array.from({ length: entities * PAINT_CAP_PER_ENTITY }, (_, i) => hit(`e${i % entities}-${i}`, 'specific'));
    for (const h of hits) h.entityId = h.name.split('-')[0]!;
    for (const h of hits) policy.added(h);
    expect(painted.size).toBe(entities);
    policy.change({ specific: 'all', context: 'none' }, hits);
    expect(painted.size).toBe(PAINT_CAP);
    expect(hits.slice(0, PAINT_CAP).every((h) => h.painted)).toBe(true);
    policy.change({ specific: 'first', context: 'none' }, hits);
    expect(painted.size).toBe(entities);
  });
});
