import type { Matcher } from '../match/index';
import { highlightKindOf, type Occurrences } from '../core/settings';
import type { Match, Salience } from '../core/types';
import { isDisplayLabel } from './labels';
import { OccurrencePolicy, type Occurrence } from './occurrences';
import { nodeAt, spansAt, unchangedPrefix } from './offsets';
import type { Painter } from './painter';
import type { TermStyle } from './term-style';
import type { TextRun } from './text-runs';
import { precedesOutside } from './tree';

export interface Hit extends Occurrence {
  readonly start: number;
  readonly end: number;
  readonly style: TermStyle;
  readonly range: StaticRange;
  /**
   * In page furniture (navigation, a footer, a share widget) or an ordinary-word name used as a label ("Anonymous" as
   * a commenter): not what the page is about, so found (popup) but neither painted nor counted on the badge.
   */
  readonly incidental: boolean;
}

/**
 * A term found in a run. Its range is made the first time it is asked for (to paint, hover or step to the term):
 * most terms on a long page are never painted (the caps, context terms painted once), and a StaticRange for each of
 * 200,000 terms was much of a burst's cost.
 */
class FoundTerm implements Hit {
  painted = false;
  private made: StaticRange | undefined;

  constructor(
    private readonly run: TextRun,
    readonly start: number,
    readonly end: number,
    readonly entityId: string,
    readonly style: TermStyle,
    readonly salience: Salience,
    readonly incidental: boolean,
    readonly paintable: boolean,
  ) {}

  get range(): StaticRange {
    return (this.made ??= rangeOf(this.run, this.start, this.end));
  }
}

/** The range of `start`–`end` in a run's joined text, across its nodes: offsets in the nodes as the run read them. */
function rangeOf(run: TextRun, start: number, end: number): StaticRange {
  const first = nodeAt(run.starts, start, true);
  const last = nodeAt(run.starts, end, false);
  return new StaticRange({
    startContainer: run.nodes[first]!,
    startOffset: start - run.starts[first]!,
    endContainer: run.nodes[last]!,
    endOffset: end - run.starts[last]!,
  });
}

/** Which entities the dictionary marks: private ones are never painted, context ones as the settings say. */
export interface EntityClasses {
  privateIds: ReadonlySet<string>;
  contextIds: ReadonlySet<string>;
}

/** Terms matched between two chances for the scanner to yield. */
const HITS_PER_STEP = 2_000;
/**
 * Characters after a term that can decide it (a word boundary, a possessive, the next word for the name rules): a term
 * is kept as found only if they are unchanged too. Generous: the rules read a few characters and one word.
 */
const DECIDING_CONTEXT = 64;
/** Characters after a term the matcher reads for its boundary: a term re-found where it was, with these unchanged, is the same. */
const LOOKAHEAD = 3;

interface IndexedRun extends TextRun {
  hits: Hit[];
}

/** For each match, the old hit at or after `from` it finds again, with its text and lookahead unchanged. */
function refound(old: Hit[], from: number, prefix: number, matches: Match[]): (Hit | undefined)[] {
  let near = from;
  return matches.map((match) => {
    while (near < old.length && old[near]!.start < match.start) near++;
    const hit = old[near];
    return hit && hit.end + LOOKAHEAD <= prefix && hit.start === match.start && hit.end === match.end && hit.entityId === match.entityId ? hit : undefined;
  });
}

/** Whether a term's text shows: its first and last nodes' (a term inside hidden text is not on the page for the reader). */
function shows(run: TextRun, match: Match): boolean {
  const first = nodeAt(run.starts, match.start, true);
  const last = nodeAt(run.starts, match.end, false);
  return run.visibility.shows(run.nodes[first]!) && (last === first || run.visibility.shows(run.nodes[last]!));
}

/** The terms found on the page: runs that have at least one, their ranges, and lookups by text node. */
export class PageIndex {
  private runOf = new WeakMap<Text, IndexedRun>();
  private readonly runs = new Set<IndexedRun>();
  /**
   * The runs in document order, with those dropped since the last walk began still among them. A walk yields runs in
   * document order, so each is put where its walk's root stands, after the one before: sorting the runs by
   * `compareDocumentPosition` instead, which walks a parent's children from the first, took 163 ms on the 9/11 list
   * (8,060 hits, a table of 3,000 rows) at each step to the next term and each settle.
   */
  private ordered: IndexedRun[] = [];
  private droppedSinceWalk = 0;
  /** Where in `ordered` the walk's next run goes. */
  private insertAt = 0;
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
      () => this.inOrder(),
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
    this.policy.change(occurrences, this.hits());
  }

  /**
   * A walk of `root` begins: its runs go where `root` stands among the runs found so far, after those before it (a
   * binary search, a dozen comparisons), in the order the walk yields them. The runs must stand in the page's order:
   * those of a subtree the page moved are forgotten first (`forget`).
   */
  walkFrom(root: Node): void {
    if (this.droppedSinceWalk > 0) this.ordered = this.ordered.filter((run) => this.runs.has(run));
    this.droppedSinceWalk = 0;
    let [low, high] = [0, this.ordered.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (precedesOutside(this.ordered[middle]!.nodes[0]!, root)) low = middle + 1;
      else high = middle;
    }
    this.insertAt = low;
  }

  /**
   * Matches a run, replacing whatever was found before in any of its nodes. A generator: it pauses after every few
   * thousand terms so the scanner can yield to the page inside one long run. The terms of the run's unchanged start
   * (text appended to a block, say) stand as they were and matching resumes after them, so an edit costs the changed
   * part, not the whole block: matches never overlap, so a scan from the last kept term's end finds what a whole one would.
   */
  *add(run: TextRun): Generator<void> {
    const before = this.runOf.get(run.nodes[0]!);
    const prefix = before && before.nodes[0] === run.nodes[0] ? unchangedPrefix(before, run) : 0;
    const old = before?.hits ?? [];
    let keep = 0;
    while (keep < old.length && old[keep]!.end + DECIDING_CONTEXT <= prefix) keep++;
    const kept = old.slice(0, keep);
    const matches = this.matcher.find(run.text, kept.at(-1)?.end ?? 0).filter((match) => shows(run, match));
    // Near the change, a term found again where it was keeps its range (the page may hold on to it).
    const reused = keep < old.length ? refound(old, keep, prefix, matches) : [];
    const reusedSet = reused.length ? new Set(reused) : undefined;
    for (const node of run.nodes) {
      const previous = this.runOf.get(node);
      if (previous) this.drop(previous, previous === before ? keep : 0, reusedSet);
    }
    if (!matches.length && !kept.length) return this.settle();
    // In the index before the new terms are added, so that a repaint they cause reaches the kept ones too.
    const { nodes, starts, text, furniture, visibility } = run;
    const indexed: IndexedRun = { nodes, starts, text, furniture, visibility, hits: kept };
    this.runs.add(indexed);
    this.ordered.splice(this.insertAt++, 0, indexed);
    for (const node of run.nodes) this.runOf.set(node, indexed);
    for (let i = 0; i < matches.length; i++) {
      const again = reused[i];
      // A reused hit was out of every run for a moment: a repaint meanwhile did not reach it.
      if (again) this.policy.refresh(again);
      indexed.hits.push(again ?? this.newHit(run, matches[i]!));
      if (i % HITS_PER_STEP === HITS_PER_STEP - 1) {
        yield;
        // The page removed the run's text meanwhile: what was added went with it.
        if (!this.runs.has(indexed)) return;
      }
    }
    this.settle();
  }

  /** Whether no term was found yet: no block holds one that a walk passing over it would leave behind. */
  get isEmpty(): boolean {
    return this.runs.size === 0;
  }

  /** Whether the matcher may find a term in a block's text read whole (Matcher.mayFind). */
  mayHoldTerm(text: string): boolean {
    return this.matcher.mayFind(text);
  }

  /** Whether a text node was in a run that held a term. */
  heldTerm(text: Text): boolean {
    return this.runOf.has(text);
  }

  private newHit(run: TextRun, match: Match): Hit {
    const { entityId, start, end } = match;
    const incidental =
      run.furniture.holds(run.nodes[nodeAt(run.starts, start, true)]!) ||
      (match.ordinaryWord === true && isDisplayLabel(run.text, run.nodes[nodeAt(run.starts, start, true)]!, run.text.slice(start, end)));
    const salience: Salience = this.classes.contextIds.has(entityId) ? 'context' : 'specific';
    const paintable = !incidental && !this.classes.privateIds.has(entityId);
    const hit = new FoundTerm(run, start, end, entityId, highlightKindOf(match.alias), salience, incidental, paintable);
    this.policy.added(hit);
    return hit;
  }

  /** Forgets the runs of a subtree the page moved elsewhere: out of order now, they are found again where it stands. */
  forget(subtree: Node): void {
    const texts = (subtree.ownerDocument ?? (subtree as Document)).createTreeWalker(subtree, NodeFilter.SHOW_TEXT);
    for (let node: Node | null = subtree; node; node = texts.nextNode()) {
      const run = node.nodeType === Node.TEXT_NODE && this.runOf.get(node as Text);
      if (run) this.drop(run);
    }
    this.settle();
  }

  /** Forgets runs any of whose nodes left the document (their blocks' rescans find what the rest still says). */
  sweep(): void {
    for (const run of this.runs) if (run.nodes.some((node) => !node.isConnected)) this.drop(run);
    this.settle();
  }

  /** An entity painted at its first occurrence whose first left the page: its earliest one left takes over. */
  private settle(): void {
    this.policy.settle(() => this.inOrder());
  }

  /** Hits whose text covers the given caret position (at most two: a term ending where the next starts). */
  hitsAt(node: Text, offset: number): Hit[] {
    const run = this.runOf.get(node);
    if (!run) return [];
    return spansAt(run.hits, run.starts[run.nodes.indexOf(node)]! + offset);
  }

  /** Every hit, in document order. */
  hits(): Hit[] {
    return [...this.inOrder()];
  }

  /** The specific entities the page's own text mentions (furniture and labels aside): what the badge counts. */
  specificEntityIds(): string[] {
    const ids = new Set<string>();
    for (const hit of this.inOrder()) if (hit.salience === 'specific' && !hit.incidental) ids.add(hit.entityId);
    return [...ids].sort();
  }

  /** Each entity found, with how many times, most first (ties by id). */
  counts(): { entityId: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const run of this.runs) for (const hit of run.hits) counts.set(hit.entityId, (counts.get(hit.entityId) ?? 0) + 1);
    return [...counts].map(([entityId, count]) => ({ entityId, count })).sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1));
  }

  /** Forgets everything found, with one clear of the painter rather than a delete per range. */
  clear(): void {
    this.painter.clear();
    this.runs.clear();
    this.ordered = [];
    this.droppedSinceWalk = 0;
    this.insertAt = 0;
    this.runOf = new WeakMap();
    this.policy.clear();
  }

  private *inOrder(): Generator<Hit> {
    for (const run of this.ordered) if (this.runs.has(run)) yield* run.hits;
  }

  /** Forgets a run and unpaints its hits, but for its first `kept` and the `reused`, which the run replacing it keeps. */
  private drop(run: IndexedRun, kept = 0, reused?: ReadonlySet<Hit | undefined>): void {
    this.runs.delete(run);
    this.droppedSinceWalk++;
    for (const node of run.nodes) if (this.runOf.get(node) === run) this.runOf.delete(node);
    for (let i = kept; i < run.hits.length; i++) if (!reused?.has(run.hits[i]!)) this.policy.removed(run.hits[i]!);
  }
}
