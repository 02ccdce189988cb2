import { browser } from 'wxt/browser';
import { ask, listenToBackground } from '../../src/extension/messages';
import { loadSettings, watchDictionary, watchSettings } from '../../src/extension/settings';
import { startPage } from '../../src/page/page';
import './highlights.css';

const articleUrl = (articleId: string, sentence: number) =>
  browser.runtime.getURL(`/article.html#${encodeURIComponent(articleId)}:${sentence}` as '/popup.html');

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    void startPage({
      loadDictionary: () => ask('page-dictionary', {}),
      load: (entityId) => ask('entity-card', { entityId }),
      articleHref: (article) => articleUrl(article.id, article.sentence),
      openArticle: (article) => void ask('open-article', { articleId: article.id, sentence: article.sentence }),
      loadSettings,
      watchSettings,
      watchDictionary,
      onStep: (onStep) => listenToBackground({ 'step-term': ({ direction }) => onStep(direction) }),
      reportTerms: (entityIds) => void ask('page-terms', { entityIds }).catch(() => undefined),
    });
  },
});
