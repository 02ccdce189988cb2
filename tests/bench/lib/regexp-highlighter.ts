/**
 * The page section's hand-written baseline, page side: one RegExp (lib/alias-regexp.ts) run over every text node,
 * each match a range in one highlight registered once in `CSS.highlights` (the same API Lantern paints with).
 */

/** Raw text that is not the page's reading text (mark.js skips script and style too; Lantern skips more). */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA']);

export const REGEXP_HIGHLIGHT = 'regexp-baseline';

/** Highlights every match of `regexp` (global) in the body's text nodes; returns how many ranges it made. */
export function highlightMatches(regexp: RegExp): number {
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (SKIPPED_PARENTS.has(node.parentNode!.nodeName)) continue;
    const text = node.data;
    regexp.lastIndex = 0;
    for (let match = regexp.exec(text); match; match = regexp.exec(text)) {
      const end = match.index + match[0].length;
      // StaticRange, as Lantern uses: a live Range would be updated on every later DOM change.
      highlight.add(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: end }));
    }
  }
  CSS.highlights.set(REGEXP_HIGHLIGHT, highlight);
  return highlight.size;
}
