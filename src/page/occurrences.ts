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
 * Painted occurrences of one entity on a page, and of all together. A page that repeats a name thousands of times
 * (a forum dump, or a page built to stall Lantern) makes each painted range cost every rendering update; past these
 * the rest are found (the popup counts them) but not painted, until painted ones leave the page.
 */
export const PAINT_CAP_PER_ENTITY = 500;
export const PAINT_CAP = 5_000;

/**
 * Which occurrences are painted, per salience class: all, the entity's first on the page, or none. The first is the
 * first met in document order and stays first while the page changes; when it leaves, the earliest one left takes over.
 * Context terms are painted only on a page about the corpus's story: one that mentions enough specific entities.
 * Painting stops at the caps; when painted occurrences leave, the earliest unpainted ones take their place.
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
  private readonly paintedBy = new Map<string, number>();
  private paintedTotal = 0;
  /** Entities with an occurrence left unpainted for want of room. */
  private readonly crowded = new Set<string>();
  /** A painted occurrence left while some were crowded out: the next settle gives the room to the earliest. */
  private roomFreed = false;

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
      this.setPainted(hit, false);
      if (this.crowded.size > 0) this.roomFreed = true;
    }
    if (this.firsts.get(hit.entityId) === hit) {
      this.firsts.delete(hit.entityId);
      this.orphaned.add(hit.entityId);
    }
    if (hit.paintable && hit.salience === 'specific') this.countSpecific(hit.entityId, -1);
  }

  /**
   * After a batch of changes: each orphaned entity's earliest hit becomes its first, and room freed under the caps
   * goes to the earliest crowded-out hits. `hits` in document order.
   */
  settle(hits: () => Iterable<H>): void {
    if (this.orphaned.size === 0 && !this.roomFreed) return;
    const refill = this.roomFreed;
    this.roomFreed = false;
    for (const hit of hits()) {
      if (!hit.paintable) continue;
      if (this.orphaned.delete(hit.entityId)) {
        this.firsts.set(hit.entityId, hit);
        this.update(hit);
      } else if (refill && !hit.painted && this.crowded.has(hit.entityId)) this.update(hit);
      else if (!refill && this.orphaned.size === 0) return;
    }
    this.orphaned.clear();
  }

  /** Repaints one hit as the page now stands. */
  refresh(hit: H): void {
    this.update(hit);
  }

  /** New settings: every hit repainted as they say, at once. `hits` in document order, so the caps keep the earliest. */
  change(occurrences: Occurrences, hits: Iterable<H>): void {
    this.occurrences = occurrences;
    const all = [...hits];
    // Unpaint first, so that what the new settings take away makes room for what they add.
    for (const hit of all) if (hit.painted && !this.wanted(hit)) this.setPainted(hit, false);
    for (const hit of all) this.update(hit);
  }

  clear(): void {
    this.firsts.clear();
    this.orphaned.clear();
    this.specificCounts.clear();
    this.paintedBy.clear();
    this.paintedTotal = 0;
    this.crowded.clear();
    this.roomFreed = false;
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

  private wanted(hit: H): boolean {
    const extent = this.occurrences[hit.salience];
    return (
      hit.paintable && (hit.salience === 'specific' || this.onTopic) && (extent === 'all' || (extent === 'first' && this.firsts.get(hit.entityId) === hit))
    );
  }

  private update(hit: H): void {
    const wanted = this.wanted(hit);
    if (wanted === hit.painted) return;
    if (wanted && (this.paintedTotal >= PAINT_CAP || (this.paintedBy.get(hit.entityId) ?? 0) >= PAINT_CAP_PER_ENTITY)) {
      this.crowded.add(hit.entityId);
      return;
    }
    this.setPainted(hit, wanted);
  }

  private setPainted(hit: H, on: boolean): void {
    hit.painted = on;
    this.paintedTotal += on ? 1 : -1;
    const count = (this.paintedBy.get(hit.entityId) ?? 0) + (on ? 1 : -1);
    if (count > 0) this.paintedBy.set(hit.entityId, count);
    else this.paintedBy.delete(hit.entityId);
    this.paint(hit, on);
  }
}
