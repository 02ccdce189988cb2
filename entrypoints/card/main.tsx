/** The hover card's page, framed by the content script inside web pages (see src/core/card-frame.ts). */
import { render } from 'preact';
import { ask } from '../../src/extension/messages';
import { watchDictionary } from '../../src/extension/settings';
import { extensionUrl } from '../../src/extension/urls';
import { acceptCardPort } from '../../src/ui/card/card-port';
import { CardFrame } from '../../src/ui/card/CardFrame';
import { articleHref } from '../../src/ui/links';
import '../../src/ui/card/card.css';

acceptCardPort(window, (port) =>
  render(
    <CardFrame
      port={port}
      load={(entityId) => ask('entity-card', { entityId })}
      watchDictionary={watchDictionary}
      articleHref={(article) => extensionUrl(articleHref(article.id, article.sentence))}
      openArticle={(article) => void ask('open-article', { articleId: article.id, sentence: article.sentence })}
    />,
    document.getElementById('app')!,
  ),
);
