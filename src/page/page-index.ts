import type { Matcher } from '../match/index';
import { nodeAt, spansAt } from './offsets';
import type { Painter } from './painter';
import { termStyle, type TermStyle } from './term-style';
import type { TextRun } from './text-runs';

export interface Hit {
  start: number;
  end: number;
  entityId: string;
  style: TermStyle;
  range: StaticRange;
  /** From a private collection: found (badge, popup) but never painted, so the page's registry cannot list it. */
  unpainted: boolean;
}

interface IndexedRun extends TextRun {
  hits: Hit[];
}

/** The terms found on the page: runs that have at least one, their ranges, and lookups by text node. */
export class PageIndex {
  private readonly runOf = new WeakMap<Text, IndexedRun>();
  private readonly runs = new Set<IndexedRun>();

  constructor(
    private matcher: Matcher,
    private privateIds: ReadonlySet<string>,
    private readonly painter: Painter,
  ) {}

  /** A new dictionary (collections changed): everything found with the old one is forgotten. */
  replaceMatcher(matcher: Matcher, privateIds: ReadonlySet<string>): void {
    this.clear();
    this.matcher = matcher;
    this.privateIds = privateIds;
  }

  /** Matches a run, replacing whatever was found before in any of its nodes. */
  add(run: TextRun): void {
    for (const node of run.nodes) {
      const old = this.runOf.get(node);
      if (old) this.drop(old);
    }
    const matches = this.matcher.find(run.text);
    if (!matches.length) return;
    const hits = matches.map((match): Hit => {
      const first = nodeAt(run.starts, match.start, true);
      const last = nodeAt(run.starts, match.end, false);
      const range = new StaticRange({
        startContainer: run.nodes[first]!,
        startOffset: match.start - run.starts[first]!,
        endContainer: run.nodes[last]!,
        endOffset: match.end - run.starts[last]!,
      });
      const unpainted = this.privateIds.has(match.entityId);
      return { start: match.start, end: match.end, entityId: match.entityId, style: termStyle(match.alias), range, unpainted };
    });
    const indexed: IndexedRun = { ...run, hits };
    this.runs.add(indexed);
    for (const node of run.nodes) this.runOf.set(node, indexed);
    for (const hit of hits) if (!hit.unpainted) this.painter.add(hit.style, hit.range);
  }

  /** Forgets runs any of whose nodes left the document (their blocks' rescans find what the rest still says). */
  sweep(): void {
    for (const run of this.runs) if (run.nodes.some((node) => !node.isConnected)) this.drop(run);
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

  entityIds(): string[] {
    return this.counts().map((c) => c.entityId).sort();
  }

  /** Each entity found, with how many times, most first (ties by id). */
  counts(): { entityId: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const run of this.runs) for (const hit of run.hits) counts.set(hit.entityId, (counts.get(hit.entityId) ?? 0) + 1);
    return [...counts].map(([entityId, count]) => ({ entityId, count })).sort((a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : 1));
  }

  clear(): void {
    for (const run of [...this.runs]) this.drop(run);
  }

  private drop(run: IndexedRun): void {
    this.runs.delete(run);
    for (const node of run.nodes) if (this.runOf.get(node) === run) this.runOf.delete(node);
    for (const hit of run.hits) if (!hit.unpainted) this.painter.delete(hit.style, hit.range);
  }
}
