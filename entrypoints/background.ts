import { isExtensionPage, serve } from '../src/extension/messages';
import { CARD_LIMITS, entityViewModel } from '../src/card/entity-view-model';
import { createBadge } from '../src/extension/badge';
import { forwardStepCommands } from '../src/extension/commands';
import { browser } from 'wxt/browser';
import { createCorpusService } from '../src/extension/corpus-service';
import { acceptPagePorts } from '../src/extension/lifetime';
import { welcomeOnInstall } from '../src/extension/welcome';
import { registerLookup } from '../src/extension/lookup';
import { setPageStyles } from '../src/extension/page-styles';
import { extensionUrl } from '../src/extension/urls';
import { articleHref } from '../src/ui/links';

export default defineBackground(() => {
  const corpus = createCorpusService();
  const badge = createBadge();
  forwardStepCommands();
  acceptPagePorts();
  welcomeOnInstall();
  registerLookup();
  serve({
    'corpus-summary': async () => (await corpus.firstScreen()).summary,
    'damaged-collections': () => corpus.damaged(),
    'page-dictionary': () => corpus.dictionary(),
    'entity-card': async ({ entityId }) => entityViewModel(await corpus.cards(), entityId, CARD_LIMITS),
    'highlight-styles': ({ names, on }, sender) => setPageStyles(sender, names, on),
    'page-terms': async ({ entityIds }, sender) => {
      if (sender.tab?.id !== undefined) await badge.report(sender.tab.id, sender.frameId ?? 0, entityIds);
    },
    'open-article': async ({ articleId, sentence }) => {
      await browser.tabs.create({ url: extensionUrl(articleHref(articleId, sentence)) });
    },
    search: ({ query, complete }) => corpus.search().search(query, complete),
    entity: ({ entityId }) => corpus.search().entity(entityId),
    article: ({ articleId }) => corpus.search().article(articleId),
    entities: ({ entityIds }) => corpus.search().entities(entityIds),
    'collections-changed': async (_message, sender) => {
      if (isExtensionPage(sender)) await corpus.rebuild();
    },
  });
});
