/**
 * The content script, declared in the manifest by wxt.config.ts. It is an unlisted script rather than WXT's
 * `defineContentScript` because WXT's content-script context announces itself to the page (a `postMessage` and a
 * `document` event named after the extension id) and can be stopped by a page that forges that event.
 */
import { answerExtension, ask } from '../src/extension/messages';
import { whenOrphaned } from '../src/extension/lifetime';
import { loadSettings, watchDictionary, watchSettings } from '../src/extension/settings';
import { PageSession } from '../src/page/session';
import { recordErrorsForTests } from '../src/page/test-errors';
import { extensionUrl } from '../src/extension/urls';
import { CARD_PAGE } from '../src/core/card-frame';
import { takeEarlyStart } from '../src/page/early-start';

export default defineUnlistedScript(async () => {
  const onError = import.meta.env.LANTERN_TEST ? recordErrorsForTests() : undefined;
  const early = await takeEarlyStart();
  PageSession.start(
    {
      loadDictionary: () => ask('page-dictionary', {}),
      cardPage: { url: extensionUrl(CARD_PAGE), origin: new URL(extensionUrl('')).origin },
      paintStyles: (names, on) => ask('highlight-styles', { names, on }),
      loadSettings,
      watchSettings,
      watchDictionary,
      answer: ({ step, listTerms, showEntity }) =>
        answerExtension({
          'step-term': ({ direction }) => step(direction),
          'list-terms': () => listTerms(),
          'show-entity': ({ entityId }) => showEntity(entityId),
          selection: () => getSelection()?.toString() ?? '',
        }),
      reportTerms: (entityIds) => void ask('page-terms', { entityIds }).catch(() => undefined),
    },
    early,
  ).then(
    // An updated or removed extension leaves this script running without its background: clean the page up.
    (session) => whenOrphaned(() => session.dispose()),
    (error: unknown) => {
      onError?.(error);
      throw error;
    },
  );
});
