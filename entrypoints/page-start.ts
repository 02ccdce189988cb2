/** The frame's first content script (document_start), declared in the manifest by wxt.config.ts: see src/page/early-start.ts. */
import { ask } from '../src/extension/messages';
import { loadSettings } from '../src/extension/settings';
import { startEarly } from '../src/page/early-start';

export default defineUnlistedScript(() =>
  startEarly({
    loadDictionary: () => ask('page-dictionary', {}),
    loadSettings,
    paintStyles: (names, on) => ask('highlight-styles', { names, on }),
  }),
);
