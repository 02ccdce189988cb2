/** Walks a subtree's text as runs: the text nodes of one block, joined, so a name may span inline elements. */
import { furnitureAround, isFurniture } from './furniture';
import { Visibility } from './visibility';

export interface TextRun {
  nodes: Text[];
  /** Start of each node's text in `text`. */
  starts: number[];
  /** The nodes' text joined, as the matcher reads it (see separatesItems). */
  text: string;
  /** Inside navigation, a site header or footer, an aside, a button, a menu or a share widget (see furniture.ts). */
  furniture: boolean;
  /** Whether a node's text shows: hidden text is walked and matched, and its terms are dropped (see visibility.ts). */
  visibility: Visibility;
}

/** Elements whose text is not the page's reading text, or is the user's own input. */
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
}

/**
 * Runs under `root`, lazily, so the caller can stop between any two runs (and at the pauses it asked for) and
 * yield to the page. Furniture is a run boundary: a run is all furniture or none.
 */
export function textRuns(root: Node, options: WalkOptions & { pauseEvery: number }): Generator<TextRun | null>;
export function textRuns(root: Node, options: WalkOptions): Generator<TextRun>;
export function* textRuns(root: Node, options: WalkOptions): Generator<TextRun | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const view = doc.defaultView;
  if (doc.designMode === 'on' || !view) return;
  yield* walk(root, options, furnitureAround(root) !== null, new Visibility(view));
}

function* walk(root: Node, options: WalkOptions, inFurniture: boolean, visibility: Visibility): Generator<TextRun | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const editable = new Set(root.nodeType === Node.TEXT_NODE ? [] : (root as ParentNode).querySelectorAll('[contenteditable]'));
  /** Null to skip an element's subtree, else its name. No style is read: a NodeFilter or a style read would cost a call per element. */
  const enter = (element: Element): string | null => {
    const name = element.localName;
    if (SKIPPED.has(name) || options.isOwn(element)) return null;
    if (editable.size && editable.has(element) && (element as HTMLElement).isContentEditable) return null;
    return name;
  };
  if (root.nodeType === Node.ELEMENT_NODE && enter(root as Element) === null) return;
  if ((root.nodeType === Node.ELEMENT_NODE ? (root as HTMLElement) : root.parentElement)?.isContentEditable) return;

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const blocks = new Map<Node, Node>();
  let nodes: Text[] = [];
  let block: Node | null = null;
  let parent: Node | null = null;
  /** The furniture element the walk is in, when the root is not inside furniture already. */
  let furniture: Element | null = null;
  let walked = 0;
  const flush = (): TextRun | null => {
    if (options.pauseEvery) nodes = nodes.filter((text) => text.isConnected);
    const run = nodes.length ? joined(nodes, inFurniture || furniture !== null, visibility) : null;
    nodes = [];
    block = null;
    parent = null;
    return run;
  };
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const nodeParent = node.parentNode!;
      // Siblings share a block: look it up only when the parent changes.
      if (nodeParent !== parent) {
        if (furniture && !furniture.contains(nodeParent)) {
          const run = flush();
          if (run) yield run;
          furniture = null;
        }
        parent = nodeParent;
        const nodeBlock = blockOf(node, blocks);
        if (nodeBlock !== block) {
          const run = flush();
          if (run) yield run;
          block = nodeBlock;
          parent = nodeParent;
        }
      }
      nodes.push(node as Text);
      node = walker.nextNode();
      continue;
    }
    if (options.pauseEvery && ++walked % options.pauseEvery === 0) yield null;
    const element = node as Element;
    const name = enter(element);
    if (name === null) {
      node = nextOutside(walker);
      continue;
    }
    // One check per element entered: has the walk left the furniture it was in, or does this element start some?
    const left = furniture !== null && !furniture.contains(element);
    const entered = !inFurniture && (furniture === null || left) && isFurniture(element, name);
    const shadow = element.shadowRoot;
    if (shadow || left || entered || !INLINE.has(name)) {
      const run = flush();
      if (run) yield run;
    }
    if (left) furniture = null;
    if (entered) furniture = element;
    if (shadow) {
      options.onShadowRoot(shadow);
      yield* walk(shadow, options, inFurniture || furniture !== null, visibility);
    }
    node = walker.nextNode();
  }
  const run = flush();
  if (run) yield run;
}

/** The node after the walker's current one and its whole subtree, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function joined(nodes: Text[], furniture: boolean, visibility: Visibility): TextRun {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += separatesItems(node) ? '\n'.repeat(node.data.length) : node.data;
  }
  return { nodes, starts, text, furniture, visibility };
}

/**
 * Only spaces between two elements (`<a>Asia</a> <a>Twitter</a>`, a row of links or tags) separate items: the matcher
 * reads them as a line break, across which no name continues. Same length, so offsets still map to the nodes.
 */
function separatesItems(node: Text): boolean {
  // The text's own tests first: a sibling is a DOM call, and most text is not whitespace alone.
  const data = node.data;
  return (
    data.charCodeAt(0) <= 0x20 && data.trim() === '' && node.previousSibling?.nodeType === Node.ELEMENT_NODE && node.nextSibling?.nodeType === Node.ELEMENT_NODE
  );
}
