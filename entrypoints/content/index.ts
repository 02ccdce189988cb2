import { browser } from 'wxt/browser';
import { ask, listenToBackground } from '../../src/extension/messages';
import { loadSettings, watchDictionary, watchSettings } from '../../src/extension/settings';
import { startPage } from '../../src/page/page';
import { recordErrorsForTests } from '../../src/page/test-errors';
import './highlights.css';

const articleUrl = (articleId: string, sentence: number) =>
  browser.runtime.getURL(`/article.html#${encodeURIComponent(articleId)}:${sentence}` as '/popup.html');

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const onError = import.meta.env.LANTERN_TEST ? recordErrorsForTests() : undefined;
    startPage({
      loadDictionary: () => ask('page-dictionary', {}),
      load: (entityId) => ask('entity-card', { entityId }),
      articleHref: (article) => articleUrl(article.id, article.sentence),
      openArticle: (article) => void ask('open-article', { articleId: article.id, sentence: article.sentence }),
      loadSettings,
      watchSettings,
      watchDictionary,
      onStep: (onStep) => listenToBackground({ 'step-term': ({ direction }) => onStep(direction) }),
      reportTerms: (entityIds) => void ask('page-terms', { entityIds }).catch(() => undefined),
    }).catch((error: unknown) => {
      onError?.(error);
      throw error;
    });
  },
});
