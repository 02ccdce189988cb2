import type { PageIndex } from './page-index';
import { blockOf, isInline, textRuns, type WalkOptions } from './text-runs';
import { afterNextFrame, yieldToPage } from './yield';

/** Work done between two yields to the page: well under a 16 ms frame. */
const SLICE_MS = 8;

/** Elements walked between two looks at the clock: a long run of nested inline elements pauses inside. */
const PAUSE_EVERY_ELEMENTS = 64;

/** Whole runs between two looks at the clock (a long run's steps and the walk's pauses look every time). */
const CLOCK_EVERY = 8;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface ScannerHooks {
  /** Whether an element is Lantern's own (the card host): never scanned. */
  isOwn(element: Element): boolean;
  /** Called each time the queue runs dry. */
  onIdle(): void;
  /** The page changed a text node's text, in the batch of changes seen at `now` (`performance.now()`). */
  onTextChange(node: Node, now: number): void;
}

/**
 * Scans the page once, then only what changes: a queue of subtrees drained in time slices.
 * Mutations are batched by the observer and reduced to the blocks they touch.
 */
export class Scanner {
  private readonly queue = new Set<Node>();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private draining = false;
  private stopped = true;
  private readonly walk: WalkOptions & { pauseEvery: number };
  /** While nothing is found on the page: blocks whose text holds no term are passed over unwalked. */
  private readonly firstWalk: WalkOptions & { pauseEvery: number };

  constructor(
    private readonly index: PageIndex,
    private readonly hooks: ScannerHooks,
  ) {
    this.walk = {
      isOwn: hooks.isOwn,
      onShadowRoot: (root) => this.observer.observe(root, OBSERVED),
      pauseEvery: PAUSE_EVERY_ELEMENTS,
      onLost: (subtree) => this.queue.add(subtree),
      heldTerm: (text) => index.heldTerm(text),
    };
    this.firstWalk = { ...this.walk, holdsNoTerm: (text) => !index.mayHoldTerm(text) };
  }

  start(root: Node): void {
    this.stopped = false;
    this.observer.observe(root.ownerDocument ?? root, OBSERVED);
    this.enqueue(root, false);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.queue.clear();
  }

  /**
   * A change is scanned after the page's next frame, not in the page's own task: there the first style read forces the
   * browser to compute styles for everything the page just added (1 s for 5,000 nested elements) in one task with the
   * scanner's first slice. The first scan, at document idle, finds the styles computed already.
   */
  private enqueue(node: Node, changed = true): void {
    // A queued ancestor, not walked yet, will walk it as it then stands: taken first, it would be walked twice
    // (1,000 posts appended to a new feed: the feed, then each post again).
    if (this.hasQueuedAncestor(node)) return;
    this.queue.add(node);
    if (!this.draining) void this.drain(changed);
  }

  private async drain(afterFrame: boolean): Promise<void> {
    this.draining = true;
    if (afterFrame) await afterNextFrame();
    let sliceStart = performance.now();
    let runs = 0;
    const spent = () => performance.now() - sliceStart > SLICE_MS;
    /** After a whole run, by the clock every few runs: most runs are short, and reading the clock is not free. */
    const spentAfterRun = () => ++runs % CLOCK_EVERY === 0 && spent();
    /** Lets the page run; true when the scanner was stopped meanwhile. */
    const pause = async () => {
      await yieldToPage();
      sliceStart = performance.now();
      return this.stopped;
    };
    for (;;) {
      while (this.queue.size && !this.stopped) {
        const root: Node = this.queue.values().next().value!;
        this.queue.delete(root);
        if (!root.isConnected || this.hasQueuedAncestor(root)) continue;
        this.index.walkFrom(root);
        walk: for (const run of textRuns(root, this.index.isEmpty ? this.firstWalk : this.walk)) {
          // Also inside a run: a long one with many terms is added in steps, and a long walk pauses (null).
          if (run) for (const _ of this.index.add(run)) if (spent() && (await pause())) break walk;
          if ((run ? spentAfterRun() : spent()) && (await pause())) break;
        }
      }
      // The idle work (painting what was found) gets a task of its own when this one is spent; the page may queue
      // more meanwhile.
      if (this.stopped || !spent() || (await pause()) || !this.queue.size) break;
    }
    this.draining = false;
    if (!this.stopped) this.hooks.onIdle();
  }

  private hasQueuedAncestor(node: Node): boolean {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (this.queue.has(parent)) return true;
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    const now = performance.now();
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === Node.ELEMENT_NODE && this.hooks.isOwn(target as Element)) continue;
      if (record.type === 'characterData') {
        this.hooks.onTextChange(target, now);
        this.enqueue(blockOf(target));
        continue;
      }
      for (const node of record.removedNodes) {
        removed = true;
        // Moved (taken out and put back in one batch): its runs stand where it was, and each walk is placed among them.
        if (node.isConnected) this.index.forget(node);
        // Text that joined across the removed node may now read differently.
        if (isInline(node)) this.enqueue(isInline(target) ? blockOf(target) : target);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && this.hooks.isOwn(node as Element)) continue;
        if (isInline(node)) this.enqueue(isInline(target) ? blockOf(target) : target);
        else if (node.nodeType === Node.ELEMENT_NODE) this.enqueue(node);
      }
    }
    if (removed) this.index.sweep();
  }
}
