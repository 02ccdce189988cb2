/**
 * The highlight stylesheet for one frame, inserted by the browser as a user stylesheet while Lantern paints there
 * and removed when it stops: not in `document.styleSheets`, and in quiet or off mode `::highlight()` of any name is
 * inert. The names are the page's random ones (randomHighlightNames), checked here because they come by message.
 */
import { HIGHLIGHT_COLOURS } from '../core/highlight-colours';
import type { HighlightKind as TermStyle, HighlightNames } from '../core/settings';

const IDENTIFIER = /^[a-z][a-z0-9]{4,30}$/;

/** The CSS for the given names, or an error naming the value that is not a plain identifier. */
export function highlightCss(names: HighlightNames): string {
  return (Object.keys(HIGHLIGHT_COLOURS) as TermStyle[])
    .map((style) => {
      const name = names[style];
      if (typeof name !== 'string' || !IDENTIFIER.test(name)) throw new Error(`highlight name for ${style} is not a plain identifier: ${JSON.stringify(name)}`);
      const { fill, line } = HIGHLIGHT_COLOURS[style];
      return `::highlight(${name}) { background-color: ${fill}; text-decoration: underline 2px ${line}; text-underline-offset: 2px; }`;
    })
    .join('\n');
}
