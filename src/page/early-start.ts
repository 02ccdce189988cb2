/**
 * A frame's early start, run at document_start (entrypoints/page-start.ts): before the page is parsed, Lantern picks
 * the frame's highlight names and has the browser insert their stylesheet, where it restyles next to nothing; inserted
 * into a parsed page, any stylesheet with a `::highlight` rule restyles every element (0.6–1.2 s on the WHATWG spec
 * in Chromium, 0.35–0.54 s in Firefox). It also asks for the dictionary, which then travels while the page loads.
 * The session, started at document_idle in the same isolated world (never the page's), takes the result over.
 */
import { pageMode } from '../core/settings';
import { Painter } from './painter';
import type { EarlyStart, PageServices } from './session';
import { randomHighlightNames } from './term-style';

/** The content scripts' own global, keyed by a symbol: the page's scripts run in another world, with another global. */
const HANDOVER = Symbol.for('lantern.early-start');
type Handover = { [HANDOVER]?: Promise<EarlyStart> };

export function startEarly(services: Pick<PageServices, 'loadDictionary' | 'loadSettings' | 'paintStyles'>): void {
  // The page has run no script yet, so no name of its own can be taken.
  const names = randomHighlightNames(() => false);
  const dictionary = services.loadDictionary();
  // Taken over later, or not at all: a failure is the session's to report, not an unhandled rejection now.
  dictionary.catch(() => undefined);
  const styleSheetIn = services
    .loadSettings()
    .then(async (settings) => {
      if (pageMode(settings, location.hostname) !== 'paint' || !Painter.supported()) return false;
      await services.paintStyles(names, true);
      if (import.meta.env.LANTERN_TEST) document.documentElement.dataset.testStyleSheetAt = document.readyState;
      return true;
    })
    .catch(() => false);
  (globalThis as Handover)[HANDOVER] = styleSheetIn.then((styleSheetIn) => ({ names, styleSheetIn, dictionary }));
}

/** This frame's early start, once; undefined when it had none (a frame the extension came to after it began). */
export function takeEarlyStart(): Promise<EarlyStart> | undefined {
  const handover = globalThis as Handover;
  const early = handover[HANDOVER];
  delete handover[HANDOVER];
  return early;
}
