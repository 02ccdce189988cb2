import { loadBundledCorpus } from '../src/extension/bundle-loader';
import { serve } from '../src/extension/messages';
import { cardIndex, entityCard } from '../src/card/entity-card';
import { createBadge } from '../src/extension/badge';
import { forwardStepCommands } from '../src/extension/commands';
import { browser } from 'wxt/browser';
import { createSearchService } from '../src/extension/search-service';
import { registerLookup } from '../src/extension/lookup';

export default defineBackground(() => {
  const bundle = loadBundledCorpus();
  const cards = bundle.then(cardIndex);
  const badge = createBadge();
  const search = createSearchService(bundle);
  forwardStepCommands();
  registerLookup();
  serve({
    'corpus-summary': async () => (await bundle).corpus,
    'page-dictionary': async () => (await bundle).matcher,
    'entity-card': async ({ entityId }) => entityCard(await cards, entityId),
    'page-terms': async ({ entityIds }, sender) => {
      if (sender.tab?.id !== undefined) await badge.report(sender.tab.id, sender.frameId ?? 0, entityIds);
    },
    'open-article': async ({ articleId, sentence }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/article.html#${encodeURIComponent(articleId)}:${sentence}` as '/popup.html') });
    },
    search: ({ query }) => search.search(query),
    entity: ({ entityId }) => search.entity(entityId),
    article: ({ articleId }) => search.article(articleId),
  });
});
