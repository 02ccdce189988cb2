import type { HighlightKind } from './settings';

/** How each kind of term is painted, on pages and in Lantern's own pages: translucent fills and a solid underline read on light and dark pages. */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, { fill: string; line: string }> = {
  name: { fill: 'rgb(255 196 0 / 0.38)', line: 'rgb(214 134 0)' },
  handle: { fill: 'rgb(64 156 255 / 0.3)', line: 'rgb(28 112 214)' },
  hashtag: { fill: 'rgb(60 200 120 / 0.3)', line: 'rgb(22 150 80)' },
};
