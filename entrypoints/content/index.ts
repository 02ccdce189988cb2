import { answerExtension, ask } from '../../src/extension/messages';
import { loadSettings, watchDictionary, watchSettings } from '../../src/extension/settings';
import { startPage } from '../../src/page/page';
import { recordErrorsForTests } from '../../src/page/test-errors';
import { extensionUrl } from '../../src/extension/urls';
import { articleHref } from '../../src/ui/links';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const onError = import.meta.env.LANTERN_TEST ? recordErrorsForTests() : undefined;
    startPage({
      loadDictionary: () => ask('page-dictionary', {}),
      load: (entityId) => ask('entity-card', { entityId }),
      articleHref: (article) => extensionUrl(articleHref(article.id, article.sentence)),
      openArticle: (article) => void ask('open-article', { articleId: article.id, sentence: article.sentence }),
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
    }).then(
      // An updated or removed extension leaves this script running without its background: clean the page up.
      (stop) => ctx.onInvalidated(stop),
      (error: unknown) => {
        onError?.(error);
        throw error;
      },
    );
  },
});
