/** Lantern's page side as its content script wires it (painter, index, scanner), for the benchmarks' page modules. */
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { highlightCss } from '../../../src/extension/highlight-css.ts';
import type { Matcher } from '../../../src/match/index.ts';
import { PageIndex } from '../../../src/page/page-index.ts';
import { releaseWhenHidden } from '../../../src/page/page-lifecycle.ts';
import { Painter } from '../../../src/page/painter.ts';
import { Scanner } from '../../../src/page/scanner.ts';
import { randomHighlightNames } from '../../../src/page/term-style.ts';

/** Lantern's painter, with its highlight stylesheet in the page; `remove` takes both out again. */
export function lanternPainter(): { painter: Painter; remove(): void } {
  const painter = new Painter(randomHighlightNames(() => false));
  // The extension has the browser insert this stylesheet; here a style element paints the same.
  const style = document.head.appendChild(Object.assign(document.createElement('style'), { textContent: highlightCss(painter.names) }));
  painter.show(() => true);
  return {
    painter,
    remove() {
      painter.show(() => false);
      style.remove();
    },
  };
}

export interface LanternPage {
  /** What was found, painted or not. */
  index: PageIndex;
  /** How many ranges are painted. */
  painted(): number;
  /** Stops the scan and takes its highlights and stylesheet out of the page, so a benchmark can run Lantern again. */
  stop(): void;
}

/** Starts scanning `document.body`; `onIdle` runs each time the scan has caught up and all its ranges are painted. */
export function startLantern(matcher: Matcher, onIdle: () => void, styled = lanternPainter()): LanternPage {
  const { painter } = styled;
  const index = new PageIndex(matcher, { privateIds: new Set(), contextIds: new Set() }, painter, DEFAULT_SETTINGS.occurrences);
  const scanner = new Scanner(index, {
    isOwn: () => false,
    onIdle: () => {
      painter.flush();
      void painter.whenPainted().then(onIdle);
    },
    onTextChange: (node, now) => painter.textChanged(node, now),
  });
  scanner.start(document.body);
  releaseWhenHidden(
    () => {
      scanner.stop();
      index.clear();
    },
    () => scanner.start(document.body),
  );
  return {
    index,
    painted: () => Object.values(painter.names).reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
    stop() {
      scanner.stop();
      // Not index.clear(): deleting ranges one by one from a registered highlight takes seconds in Firefox.
      styled.remove();
    },
  };
}
