import type { Matcher } from '../match/index';
import type { Occurrences } from '../core/settings';
import type { Match, Salience } from '../core/types';
import { isDisplayLabel } from './labels';
import { OccurrencePolicy, type Occurrence } from './occurrences';
import { nodeAt, spansAt, unchangedPrefix } from './offsets';
import type { Painter } from './painter';
import { termStyle, type TermStyle } from './term-style';
import type { TextRun } from './text-runs';

export interface Hit extends Occurrence {
  start: number;
  end: number;
  style: TermStyle;
  range: StaticRange;
  /**
   * In page furniture (navigation, a footer, a share widget) or an ordinary-word name used as a label ("Anonymous" as
   * a commenter): not what the page is about, so found (popup) but neither painted nor counted on the badge.
   */
  incidental: boolean;
}

/** Which entities the dictionary marks: private ones are never painted, context ones as the settings say. */
export interface EntityClasses {
  privateIds: ReadonlySet<string>;
  contextIds: ReadonlySet<string>;
}

/** Terms matched between two chances for the scanner to yield. */
const HITS_PER_STEP = 2_000;
/** Characters after a term the matcher reads to decide it (a word boundary, a possessive): they must be unchanged too. */
const LOOKAHEAD = 3;

const hitKey = (span: { start: number; end: number; entityId: string }) => `${span.start}:${span.end}:${span.entityId}`;

interface IndexedRun extends TextRun {
  hits: Hit[];
}

/** The terms found on the page: runs that have at least one, their ranges, and lookups by text node. */
export class PageIndex {
  private readonly runOf = new WeakMap<Text, IndexedRun>();
  private readonly runs = new Set<IndexedRun>();
  private readonly policy: OccurrencePolicy<Hit>;

  constructor(
    private matcher: Matcher,
    private classes: EntityClasses,
    private readonly painter: Painter,
    occurrences: Occurrences,
  ) {
    this.policy = new OccurrencePolicy(
      occurrences,
      (hit, on) => (on ? painter.add(hit.style, hit.range) : painter.delete(hit.style, hit.range)),
      () => this.allHits(),
    );
  }

  /** A new dictionary (collections changed): everything found with the old one is forgotten. */
  replaceMatcher(matcher: Matcher, classes: EntityClasses): void {
    this.clear();
    this.matcher = matcher;
    this.classes = classes;
  }

  /** New settings for which occurrences are painted: applied to every hit at once. */
  setOccurrences(occurrences: Occurrences): void {
    this.policy.change(occurrences, this.allHits());
  }

  /**
   * Matches a run, replacing whatever was found before in any of its nodes. A generator: it pauses after every few
   * thousand terms so the scanner can yield to the page inside one long run. The terms of the run's unchanged start
   * (text appended to a block, say) keep their ranges, so an edit costs the changed part, not the whole block.
   */
  *add(run: TextRun): Generator<void> {
    const before = this.runOf.get(run.nodes[0]!);
    const prefix = before && before.nodes[0] === run.nodes[0] ? unchangedPrefix(before, run) : 0;
    const kept = new Map<string, Hit>();
    if (before) for (const hit of before.hits) if (hit.end + LOOKAHEAD <= prefix) kept.set(hitKey(hit), hit);
    for (const node of run.nodes) {
      const old = this.runOf.get(node);
      if (old) this.drop(old, kept);
    }
    const matches = this.matcher.find(run.text);
    if (!matches.length) return this.settle();
    const indexed: IndexedRun = { ...run, hits: [] };
    this.runs.add(indexed);
    for (const node of run.nodes) this.runOf.set(node, indexed);
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i]!;
      const keep = kept.size === 0 ? undefined : kept.get(hitKey(match));
      // A kept hit was out of every run while it waited: a page that turned to the story meanwhile did not repaint it.
      if (keep) this.policy.refresh(keep);
      const hit = keep ?? this.newHit(run, match);
      indexed.hits.push(hit);
      if (i % HITS_PER_STEP === HITS_PER_STEP - 1) {
        yield;
        // The page removed the run's text meanwhile: what was added went with it.
        if (!this.runs.has(indexed)) return;
      }
    }
    this.settle();
  }

  private newHit(run: TextRun, match: Match): Hit {
    const first = nodeAt(run.starts, match.start, true);
    const last = nodeAt(run.starts, match.end, false);
    const range = new StaticRange({
      startContainer: run.nodes[first]!,
      startOffset: match.start - run.starts[first]!,
      endContainer: run.nodes[last]!,
      endOffset: match.end - run.starts[last]!,
    });
    const { entityId } = match;
    const incidental = run.furniture || (match.ordinaryWord === true && isDisplayLabel(run.text, run.nodes[first]!, run.text.slice(match.start, match.end)));
    const salience: Salience = this.classes.contextIds.has(entityId) ? 'context' : 'specific';
    const paintable = !incidental && !this.classes.privateIds.has(entityId);
    const hit: Hit = { start: match.start, end: match.end, entityId, style: termStyle(match.alias), range, salience, incidental, paintable, painted: false };
    this.policy.added(hit);
    return hit;
  }

  /** Forgets runs any of whose nodes left the document (their blocks' rescans find what the rest still says). */
  sweep(): void {
    for (const run of this.runs) if (run.nodes.some((node) => !node.isConnected)) this.drop(run);
    this.settle();
  }

  /** An entity painted at its first occurrence whose first left the page: its earliest one left takes over. */
  private settle(): void {
    this.policy.settle(() => this.hits());
  }

  /** Hits whose text covers the given caret position (at most two: a term ending where the next starts). */
  hitsAt(node: Text, offset: number): Hit[] {
    const run = this.runOf.get(node);
    if (!run) return [];
    return spansAt(run.hits, run.starts[run.nodes.indexOf(node)]! + offset);
  }

  /** Every hit, in document order. */
  hits(): Hit[] {
    const runs = [...this.runs].sort((a, b) => (a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return runs.flatMap((run) => run.hits);
  }

  /** The specific entities the page's own text mentions (furniture and labels aside): what the badge counts. */
  specificEntityIds(): string[] {
    const ids = new Set<string>();
    for (const hit of this.allHits()) if (hit.salience === 'specific' && !hit.incidental) ids.add(hit.entityId);
    return [...ids].sort();
  }

  /** Each entity found, with how many times, most first (ties by id). */
  counts(): { entityId: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const run of this.runs) for (const hit of run.hits) counts.set(hit.entityId, (counts.get(hit.entityId) ?? 0) + 1);
    return [...counts].map(([entityId, count]) => ({ entityId, count })).sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1));
  }

  clear(): void {
    for (const run of this.runs) this.drop(run); // deleting the entry being visited is safe in a Set
    this.policy.clear();
  }

  private *allHits(): Generator<Hit> {
    for (const run of this.runs) yield* run.hits;
  }

  /** Forgets a run and unpaints its hits, but for those kept for the run that replaces it. */
  private drop(run: IndexedRun, kept?: Map<string, Hit>): void {
    this.runs.delete(run);
    for (const node of run.nodes) if (this.runOf.get(node) === run) this.runOf.delete(node);
    const keeps = kept !== undefined && kept.size > 0;
    for (const hit of run.hits) if (!keeps || kept.get(hitKey(hit)) !== hit) this.policy.removed(hit);
  }
}
