import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import { ask } from '../../src/extension/messages';
import { pageAccess } from '../../src/extension/page-access';
import '../../src/ui/theme.css';

const params = new URLSearchParams(location.search);

render(
  <Popup
    loadSummary={() => ask('corpus-summary', {})}
    search={(query, complete) => ask('search', { query, complete })}
    loadEntity={(entityId) => ask('entity', { entityId })}
    openArticle={(articleId, sentence) => void ask('open-article', { articleId, sentence })}
    initialQuery={params.get('q') ?? ''}
    initialEntity={params.get('entity') ?? undefined}
    page={pageAccess(params.get('tab'))}
  />,
  document.getElementById('app')!,
);
