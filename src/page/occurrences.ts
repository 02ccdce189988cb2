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
 * Which occurrences are painted, per salience class: all, the entity's first on the page, or none. The first is the
 * first met in document order and stays first while the page changes; when it leaves, the earliest one left takes over.
 */
export class OccurrencePolicy<H extends Occurrence> {
  private readonly firsts = new Map<string, H>();
  /** Entities whose first left the page: the next settle names the earliest left, in document order. */
  private readonly orphaned = new Set<string>();

  constructor(
    private occurrences: Occurrences,
    /** Paints (`on`) or unpaints a hit. */
    private readonly paint: (hit: H, on: boolean) => void,
  ) {}

  added(hit: H): void {
    if (!hit.paintable) return;
    if (!this.firsts.has(hit.entityId) && !this.orphaned.has(hit.entityId)) this.firsts.set(hit.entityId, hit);
    this.update(hit);
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

  /** New settings: every hit repainted as they say, at once. */
  change(occurrences: Occurrences, hits: Iterable<H>): void {
    this.occurrences = occurrences;
    for (const hit of hits) this.update(hit);
  }

  clear(): void {
    this.firsts.clear();
    this.orphaned.clear();
  }

  private update(hit: H): void {
    const extent = this.occurrences[hit.salience];
    const wanted = hit.paintable && (extent === 'all' || (extent === 'first' && this.firsts.get(hit.entityId) === hit));
    if (wanted === hit.painted) return;
    hit.painted = wanted;
    this.paint(hit, wanted);
  }
}
