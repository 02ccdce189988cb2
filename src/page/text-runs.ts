/** Walks a subtree's text as runs: the text nodes of one block, joined, so a name may span inline elements. */
import { Furniture } from './furniture';
import { Visibility } from './visibility';

export interface TextRun {
  nodes: Text[];
  /** Start of each node's text in `text`. */
  starts: number[];
  /** The nodes' text joined, as the matcher reads it (see isBlank). */
  text: string;
  /** Whether a node is inside navigation, a site header or footer, an aside, a button, a menu or a share widget (see furniture.ts). */
  furniture: Furniture;
  /** Whether a node's text shows: hidden text is walked and matched, and its terms are dropped (see visibility.ts). */
  visibility: Visibility;
}

/** Elements whose text is not the page's reading text, or is the user's own input (editable text: see Visibility). */
// prettier-ignore
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);

/** Elements that flow inside a line: text on either side joins. Everything else (including br) ends a run. */
// prettier-ignore
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

export function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && INLINE.has((node as Element).localName));
}

/** The nearest ancestor that is not inline: the block a text node's run belongs to (a shadow root or document at the top). */
export function blockOf(node: Node, known?: Map<Node, Node>): Node {
  const path: Node[] = [];
  let current = node.parentNode;
  let block: Node | undefined;
  while (current && current.nodeType === Node.ELEMENT_NODE && INLINE.has((current as Element).localName)) {
    block = known?.get(current);
    if (block) break;
    path.push(current);
    current = current.parentNode;
  }
  block ??= current ?? node;
  // One walk fills in every inline element on the way, so deeply nested inline elements cost their depth once, not per text node.
  if (known) for (const inline of path) known.set(inline, block);
  return block;
}

export interface WalkOptions {
  /** Lantern's own UI. */
  isOwn(element: Element): boolean;
  /** Called for each open shadow root met, before its text is walked. */
  onShadowRoot(root: ShadowRoot): void;
  /**
   * Yield null after entering this many elements, inside a run too, so the caller may pause there: one run of 5,000
   * nested inline elements took 365 ms to walk in one go. Text removed during a pause is left out of the run.
   */
  pauseEvery?: number;
  /**
   * The page moved the part of the subtree the walk was in during a pause: the walk ends there, and this subtree
   * (the innermost element it was in) is to be walked again.
   */
  onLost?(subtree: Node): void;
  /**
   * Whether a text node held a term when last read: a run of whitespace alone (half the runs of a large page: the
   * spaces between blocks) is yielded only if one of its nodes did, to take the term out. Without this, every run is.
   */
  heldTerm?(text: Text): boolean;
  /**
   * Whether a block's text, read whole, holds no term. A block of text and inline elements alone is then read in one
   * call (`textContent`), and its nodes are walked only if this says it may hold one: on the WHATWG spec such blocks
   * hold nearly all the text, and reading their nodes one by one was most of a scan. Given only for a subtree where
   * no term was found before: one left in a block passed over would stay.
   */
  holdsNoTerm?(text: string): boolean;
}

/**
 * Runs under `root`, lazily, so the caller can stop between any two runs (and at the pauses it asked for) and
 * yield to the page.
 */
export function textRuns(root: Node, options: WalkOptions & { pauseEvery: number }): Generator<TextRun | null>;
export function textRuns(root: Node, options: WalkOptions): Generator<TextRun>;
export function textRuns(root: Node, options: WalkOptions): Generator<TextRun | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const view = doc.defaultView;
  // An edited region is the user's own: its changes are not walked at all (editable text inside a walk is dropped per term).
  const edited = (root.nodeType === Node.ELEMENT_NODE ? (root as HTMLElement) : root.parentElement)?.isContentEditable;
  if (doc.designMode === 'on' || !view || root.nodeType === Node.TEXT_NODE || edited) return [][Symbol.iterator]() as Generator<never>;
  // The walk itself, not a generator around it: each run would pass through two.
  return walk(root as ParentNode & Node, options, { visibility: new Visibility(view), furniture: new Furniture() });
}

/**
 * The walk reads children and siblings itself rather than through a TreeWalker: it then knows when it enters and
 * leaves each element, so runs end at blocks without a look-up per text node, and it ran about as fast as a
 * TreeWalker over the text alone (the WHATWG spec: 39 against 35 ms; a TreeWalker over elements and text took 58 ms,
 * and finding each text node's block cost as much again).
 */
function* walk(root: ParentNode & Node, options: WalkOptions, place: Pick<TextRun, 'visibility' | 'furniture'>): Generator<TextRun | null> {
  /** Whether to walk into an element (and its shadow root). No style or attribute is read: that would cost a call per element. */
  const enters = (element: Element, name: string): boolean => !SKIPPED.has(name) && !options.isOwn(element);
  if (root.nodeType === Node.ELEMENT_NODE && !enters(root as Element, (root as Element).localName)) return;

  let nodes: Text[] = [];
  /** Which of the run's nodes separate items (see isBlank). */
  let gaps: boolean[] = [];
  /** Whether the run's text so far is whitespace alone. */
  let blank = true;
  /** Whether the walk paused since the run began: the page may have taken some of its text out meanwhile. */
  let pausedInRun = false;
  const flush = (): TextRun | null => {
    if (pausedInRun) {
      gaps = gaps.filter((_, i) => nodes[i]!.isConnected);
      nodes = nodes.filter((text) => text.isConnected);
    }
    const run = nodes.length && (!blank || !options.heldTerm || nodes.some(options.heldTerm)) ? joined(nodes, gaps, place) : null;
    nodes = [];
    gaps = [];
    blank = true;
    pausedInRun = false;
    return run;
  };
  /** The elements the walk is inside, innermost last; whether leaving each ends a run (it is a block). */
  const open: Element[] = [];
  const endsRun: boolean[] = [];
  let walked = 0;
  /**
   * Blocks read whole and passed over, and read whole but walked all the same. Once the second outnumber the first by
   * READ_TWICE_MARGIN, the walk stops reading blocks whole: most hold terms here (a list of names).
   */
  let passed = 0;
  let readTwice = 0;
  let pauses = 0;
  /** The pause count when each open element was entered: one left after a pause is checked to be still in place. */
  const pausesAtEntry: number[] = [];
  let next: Node | null = root.firstChild;
  /** Whether the node before `next` among its siblings is an element. */
  let afterElement = false;
  for (;;) {
    if (next === null) {
      const left = open.pop();
      if (left === undefined) break;
      const parent = open.at(-1) ?? root;
      if (pausesAtEntry.pop() !== pauses && left.parentNode !== parent) return options.onLost?.(parent);
      if (endsRun.pop()) {
        const run = flush();
        if (run) yield run;
      }
      next = left.nextSibling;
      afterElement = true;
      continue;
    }
    const node: Node = next;
    const type = node.nodeType;
    next = node.nextSibling;
    if (type === Node.TEXT_NODE) {
      const spaces = isBlank((node as Text).data);
      nodes.push(node as Text);
      gaps.push(spaces && afterElement && next?.nodeType === Node.ELEMENT_NODE);
      blank &&= spaces;
      afterElement = false;
      continue;
    }
    afterElement = type === Node.ELEMENT_NODE;
    if (!afterElement) continue;
    if (options.pauseEvery && ++walked % options.pauseEvery === 0) {
      yield null;
      pauses++;
      pausedInRun = true;
      const parent = open.at(-1) ?? root;
      if (node.parentNode !== parent) return options.onLost?.(parent);
      next = node.nextSibling;
    }
    const element = node as Element;
    const name = element.localName;
    if (!enters(element, name)) continue;
    const shadow = element.shadowRoot;
    const block = !INLINE.has(name);
    if (shadow || block) {
      const run = flush();
      if (run) yield run;
    }
    if (block && !shadow && options.holdsNoTerm && readTwice <= passed + READ_TWICE_MARGIN && holdsOnlyInline(element)) {
      const text = element.textContent!;
      if (text.length <= WHOLE_BLOCK_UNITS && options.holdsNoTerm(text)) {
        passed++;
        continue;
      }
      readTwice++;
    }
    if (shadow) {
      options.onShadowRoot(shadow);
      yield* walk(shadow, options, place);
    }
    const first = element.firstChild;
    if (first) {
      open.push(element);
      endsRun.push(block);
      pausesAtEntry.push(pauses);
      next = first;
      afterElement = false;
    }
  }
  const run = flush();
  if (run) yield run;
}

/** The most elements and text a block may hold to be read whole: a larger one is walked, which pauses in between. */
const WHOLE_BLOCK_ELEMENTS = 256;
const WHOLE_BLOCK_UNITS = 1 << 16;
const READ_TWICE_MARGIN = 64;

/**
 * Whether a block holds text and inline elements alone, so that its text read whole is its run's: no element there
 * ends a run, is skipped, or holds a shadow root (of the inline elements, only a span can).
 */
function holdsOnlyInline(block: Element): boolean {
  let seen = 0;
  for (let element = block.firstElementChild; element; element = element.firstElementChild ?? nextElementAfter(element, block)) {
    const name = element.localName;
    if (++seen > WHOLE_BLOCK_ELEMENTS || !INLINE.has(name) || (name === 'span' && element.shadowRoot)) return false;
  }
  return true;
}

/** The next element after `element`'s subtree within `block`, in document order. */
function nextElementAfter(element: Element, block: Element): Element | null {
  for (let current: Element | null = element; current && current !== block; current = current.parentElement) {
    const sibling = current.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

function joined(nodes: Text[], gaps: boolean[], place: Pick<TextRun, 'visibility' | 'furniture'>): TextRun {
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < nodes.length; i++) {
    starts.push(text.length);
    const data = nodes[i]!.data;
    text += gaps[i] ? '\n'.repeat(data.length) : data;
  }
  // Not `...place`: spreading an object per run was a tenth of a 100,000-element burst's matching in Firefox.
  return { nodes, starts, text, visibility: place.visibility, furniture: place.furniture };
}

/**
 * Whitespace alone. Between two elements (`<a>Asia</a> <a>Twitter</a>`, a row of links or tags) it separates items:
 * the matcher reads it as a line break, across which no name continues (same length, so offsets still map to the nodes).
 */
function isBlank(data: string): boolean {
  return !(data.charCodeAt(0) > 0x20) && data.trim() === '';
}
