import type { Occurrences } from '../core/settings';
import type { Salience } from '../core/types';

/** What the policy needs of a found term. `painted` is the policy's to set. */
export interface Occurrence {
  entityId: string;
  salience: Salience;
  /** False for terms that are never painted (private, page furniture, a display label). */
  paintable: boolean;
  painted: boolean;
}

/**
 * Specific entities a page must mention before its context terms are painted: "United States" on a cooking page says
 * nothing the corpus knows, and one stray name ("Isis" the goddess) is not yet a page about the corpus's story.
 */
export const ON_TOPIC_SPECIFIC_ENTITIES = 2;

/**
 * Which occurrences are painted, per salience class: all, the entity's first on the page, or none. The first is the
 * first met in document order and stays first while the page changes; when it leaves, the earliest one left takes over.
 * Context terms are painted only on a page about the corpus's story: one that mentions enough specific entities.
 */
export class OccurrencePolicy<H extends Occurrence> {
  private readonly firsts = new Map<string, H>();
  /** Entities whose first left the page: the next settle names the earliest left, in document order. */
  private readonly orphaned = new Set<string>();
  /**
   * Paintable occurrences of each specific entity on the page. Paintable only: a private term must not decide what
   * is painted, or the page would see it in the registry.
   */
  private readonly specificCounts = new Map<string, number>();

  constructor(
    private occurrences: Occurrences,
    /** Paints (`on`) or unpaints a hit. */
    private readonly paint: (hit: H, on: boolean) => void,
    /** Every hit on the page, in any order: context terms are repainted when the page turns to the story or away. */
    private readonly hits: () => Iterable<H>,
  ) {}

  added(hit: H): void {
    if (!hit.paintable) return;
    if (!this.firsts.has(hit.entityId) && !this.orphaned.has(hit.entityId)) this.firsts.set(hit.entityId, hit);
    this.update(hit);
    if (hit.salience === 'specific') this.countSpecific(hit.entityId, 1);
  }

  removed(hit: H): void {
    if (hit.painted) {
      hit.painted = false;
      this.paint(hit, false);
    }
    if (this.firsts.get(hit.entityId) === hit) {
      this.firsts.delete(hit.entityId);
      this.orphaned.add(hit.entityId);
    }
    if (hit.paintable && hit.salience === 'specific') this.countSpecific(hit.entityId, -1);
  }

  /** After a batch of changes: each orphaned entity's earliest hit becomes its first. `hits` in document order. */
  settle(hits: () => Iterable<H>): void {
    if (this.orphaned.size === 0) return;
    for (const hit of hits()) {
      if (!hit.paintable || !this.orphaned.delete(hit.entityId)) continue;
      this.firsts.set(hit.entityId, hit);
      this.update(hit);
      if (this.orphaned.size === 0) return;
    }
    this.orphaned.clear();
  }

  /** Repaints one hit as the page now stands. */
  refresh(hit: H): void {
    this.update(hit);
  }

  /** New settings: every hit repainted as they say, at once. */
  change(occurrences: Occurrences, hits: Iterable<H>): void {
    this.occurrences = occurrences;
    for (const hit of hits) this.update(hit);
  }

  clear(): void {
    this.firsts.clear();
    this.orphaned.clear();
    this.specificCounts.clear();
  }

  private get onTopic(): boolean {
    return this.specificCounts.size >= ON_TOPIC_SPECIFIC_ENTITIES;
  }

  private countSpecific(entityId: string, by: 1 | -1): void {
    const wasOnTopic = this.onTopic;
    const count = (this.specificCounts.get(entityId) ?? 0) + by;
    if (count > 0) this.specificCounts.set(entityId, count);
    else this.specificCounts.delete(entityId);
    if (this.onTopic === wasOnTopic) return;
    const extent = this.occurrences.context;
    // At "first" only the firsts can change, so a page toggling a name costs its entities, not its every term.
    if (extent === 'all') for (const hit of this.hits()) this.update(hit);
    else if (extent === 'first') for (const hit of this.firsts.values()) this.update(hit);
  }

  private update(hit: H): void {
    const extent = this.occurrences[hit.salience];
    const wanted =
      hit.paintable &&
      (hit.salience === 'specific' || this.onTopic) &&
      (extent === 'all' || (extent === 'first' && this.firsts.get(hit.entityId) === hit));
    if (wanted === hit.painted) return;
    hit.painted = wanted;
    this.paint(hit, wanted);
  }
}
