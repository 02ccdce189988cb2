import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightNames } from '../core/settings';

/** How a matched term is painted (see `highlightKindOf`). */
export const TERM_STYLES = HIGHLIGHT_KINDS;
export type TermStyle = HighlightKind;

/**
 * Highlight registry names, fresh and random for every page load: the page can read the registry while Lantern
 * paints, so the names must say nothing about the extension, must not be reusable on a later visit (to probe
 * `::highlight()` in quiet mode), and must not take over a name the page registered itself.
 */
export function randomHighlightNames(taken: (name: string) => boolean): HighlightNames {
  const used = new Set<string>();
  const fresh = (): string => {
    for (;;) {
      const bytes = crypto.getRandomValues(new Uint8Array(6));
      // A letter first: a CSS identifier may not start with a digit.
      const name = String.fromCharCode(97 + (bytes[0]! % 26)) + [...bytes.subarray(1)].map((b) => b.toString(36).padStart(2, '0')).join('');
      if (!used.has(name) && !taken(name)) return (used.add(name), name);
    }
  };
  return { name: fresh(), handle: fresh(), hashtag: fresh() };
}
