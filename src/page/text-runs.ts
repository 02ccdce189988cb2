/** Walks a subtree's visible text as runs: the text nodes of one block, joined, so a name may span inline elements. */

export interface TextRun {
  nodes: Text[];
  /** Start of each node's text in `text`. */
  starts: number[];
  text: string;
}

/** Elements whose text is not the page's reading text, or is the user's own input. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio']);

/** Elements that flow inside a line: text on either side joins. Everything else (including br) ends a run. */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

export function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && INLINE.has((node as Element).localName));
}

/** The nearest ancestor that is not inline: the block a text node's run belongs to (a shadow root or document at the top). */
export function blockOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && INLINE.has((current as Element).localName)) current = current.parentNode;
  return current ?? node;
}

export interface WalkOptions {
  /** Lantern's own UI. */
  isOwn(element: Element): boolean;
  /** Called for each open shadow root met, before its text is walked. */
  onShadowRoot(root: ShadowRoot): void;
}

/** Visible runs under `root`, lazily, so the caller can stop between any two runs and yield to the page. */
export function* textRuns(root: Node, options: WalkOptions): Generator<TextRun> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return;
  const view = doc.defaultView;
  if (!view) return;
  const invisible = new WeakSet<Element>();
  const filter = (node: Node): number => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = (node as Text).parentElement;
      return parent && invisible.has(parent) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
    const element = node as Element;
    if (SKIPPED.has(element.localName) || options.isOwn(element) || (element as HTMLElement).isContentEditable) return NodeFilter.FILTER_REJECT;
    const style = view.getComputedStyle(element);
    if (style.display === 'none') return NodeFilter.FILTER_REJECT;
    // Children of a visibility:hidden element may be visible again; only its own text is skipped.
    if (style.visibility !== 'visible') invisible.add(element);
    return NodeFilter.FILTER_ACCEPT;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
  let nodes: Text[] = [];
  let block: Node | null = null;
  const flush = (): TextRun | null => {
    const run = nodes.length ? joined(nodes) : null;
    nodes = [];
    block = null;
    return run;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const nodeBlock = blockOf(node);
      if (nodeBlock !== block) {
        const run = flush();
        if (run) yield run;
        block = nodeBlock;
      }
      nodes.push(node as Text);
      continue;
    }
    const shadow = (node as Element).shadowRoot;
    if (!isInline(node) || shadow) {
      const run = flush();
      if (run) yield run;
    }
    if (shadow) {
      options.onShadowRoot(shadow);
      yield* textRuns(shadow, options);
    }
  }
  const run = flush();
  if (run) yield run;
}

function joined(nodes: Text[]): TextRun {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { nodes, starts, text };
}
