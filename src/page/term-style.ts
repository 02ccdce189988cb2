import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/settings';

/** How a matched term is painted: by the form of the alias that matched, so `#ISIS` looks like a hashtag. */
export const TERM_STYLES = HIGHLIGHT_KINDS;
export type TermStyle = HighlightKind;

export function termStyle(alias: string): TermStyle {
  if (alias.startsWith('#')) return 'hashtag';
  if (alias.startsWith('@')) return 'handle';
  return 'name';
}

/**
 * Highlight registry names, also used by highlights.css. Pages can read the registry, so the names say nothing
 * about the extension: they look like any site's own highlight names.
 */
export const HIGHLIGHT_NAMES: Record<TermStyle, string> = { name: 'mark-a', handle: 'mark-b', hashtag: 'mark-c' };
