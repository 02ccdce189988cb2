import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Salience } from '../../../src/core/types';
import { OccurrencePolicy, type Occurrence } from '../../../src/page/occurrences';

interface TestHit extends Occurrence {
  name: string;
}

/** A policy over hits named like "twitter1", and a log of what it paints. */
function setUp(occurrences = DEFAULT_SETTINGS.occurrences) {
  const painted = new Set<string>();
  const policy = new OccurrencePolicy<TestHit>(occurrences, (hit, on) => (on ? painted.add(hit.name) : painted.delete(hit.name)));
  const hit = (name: string, salience: Salience, paintable = true): TestHit => ({ name, entityId: name.replace(/\d+$/, ''), salience, paintable, painted: false });
  return { policy, painted, hit, shown: () => [...painted].sort() };
}

describe('OccurrencePolicy', () => {
  it('paints every specific occurrence and only the first of a context entity, by default', () => {
    const { policy, hit, shown } = setUp();
    for (const h of [hit('isis1', 'specific'), hit('twitter1', 'context'), hit('isis2', 'specific'), hit('twitter2', 'context')]) policy.added(h);
    expect(shown()).toEqual(['isis1', 'isis2', 'twitter1']);
  });

  it('never paints what is not paintable, and the first paintable occurrence is the first', () => {
    const { policy, hit, shown } = setUp();
    for (const h of [hit('twitter1', 'context', false), hit('twitter2', 'context'), hit('isis1', 'specific', false)]) policy.added(h);
    expect(shown()).toEqual(['twitter2']);
  });

  it('keeps the first while the page changes, and when it leaves the earliest one left takes over', () => {
    const { policy, hit, shown } = setUp();
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
    const { policy, hit, shown } = setUp();
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
    const { policy, hit, shown } = setUp();
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
    const { policy, hit, shown } = setUp();
    const first = hit('twitter1', 'context');
    policy.added(first);
    policy.removed(first);
    policy.clear();
    policy.added(hit('twitter2', 'context'));
    expect(shown()).toEqual(['twitter2']);
  });
});
