/** Lantern's page side as its content script wires it (painter, index, scanner), for the benchmarks' page modules. */
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { highlightCss } from '../../../src/extension/highlight-css.ts';
import type { Matcher } from '../../../src/match/index.ts';
import { PageIndex } from '../../../src/page/page-index.ts';
import { Painter } from '../../../src/page/painter.ts';
import { Scanner } from '../../../src/page/scanner.ts';
import { randomHighlightNames } from '../../../src/page/term-style.ts';

/** Starts scanning `document.body`; `onIdle` runs each time the scan has caught up and its ranges are painted. */
export function startLantern(matcher: Matcher, onIdle: () => void): void {
  const painter = new Painter(randomHighlightNames(() => false));
  // The extension has the browser insert this stylesheet; here a style element paints the same.
  document.head.append(Object.assign(document.createElement('style'), { textContent: highlightCss(painter.names) }));
  painter.show(() => true);
  const index = new PageIndex(matcher, { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
  new Scanner(index, () => false, () => {
    painter.flush();
    onIdle();
  }).start(document.body);
}
