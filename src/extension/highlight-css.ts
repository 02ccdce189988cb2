/**
 * The highlight stylesheet for one frame, inserted by the browser as a user stylesheet while Lantern paints there
 * and removed when it stops: not in `document.styleSheets`, and in quiet or off mode `::highlight()` of any name is
 * inert. The names are the page's random ones (randomHighlightNames), checked here because they come by message.
 */
import type { HighlightKind as TermStyle, HighlightNames } from '../core/settings';

const COLOURS: Record<TermStyle, { fill: string; line: string }> = {
  // Translucent fills and a solid underline read on light and dark pages.
  name: { fill: 'rgb(255 196 0 / 0.38)', line: 'rgb(214 134 0)' },
  handle: { fill: 'rgb(64 156 255 / 0.3)', line: 'rgb(28 112 214)' },
  hashtag: { fill: 'rgb(60 200 120 / 0.3)', line: 'rgb(22 150 80)' },
};

const IDENTIFIER = /^[a-z][a-z0-9]{4,30}$/;

/** The CSS for the given names, or an error naming the value that is not a plain identifier. */
export function highlightCss(names: HighlightNames): string {
  return (Object.keys(COLOURS) as TermStyle[])
    .map((style) => {
      const name = names[style];
      if (typeof name !== 'string' || !IDENTIFIER.test(name)) throw new Error(`highlight name for ${style} is not a plain identifier: ${JSON.stringify(name)}`);
      const { fill, line } = COLOURS[style];
      return `::highlight(${name}) { background-color: ${fill}; text-decoration: underline 2px ${line}; text-underline-offset: 2px; }`;
    })
    .join('\n');
}
