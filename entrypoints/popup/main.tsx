import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import { ask } from '../../src/extension/messages';
import '../../src/ui/theme.css';

const params = new URLSearchParams(location.search);

render(
  <Popup
    loadSummary={() => ask('corpus-summary', {})}
    search={(query) => ask('search', { query })}
    loadEntity={(entityId) => ask('entity', { entityId })}
    openArticle={(articleId, sentence) => void ask('open-article', { articleId, sentence })}
    initialQuery={params.get('q') ?? ''}
    initialEntity={params.get('entity') ?? undefined}
  />,
  document.getElementById('app')!,
);
