/** The page Lantern opens once, when it is installed: what it does, shown live, and where to go next. */
import { render } from 'preact';
import { ask } from '../../src/extension/messages';
import { extensionUrl } from '../../src/extension/urls';
import { Welcome } from '../../src/ui/Welcome';
import '../../src/ui/theme.css';

render(
  <Welcome
    loadSummary={() => ask('corpus-summary', {})}
    loadDictionary={() => ask('page-dictionary', {})}
    optionsUrl={extensionUrl('options.html')}
    searchUrl={extensionUrl('popup.html')}
  />,
  document.getElementById('app')!,
);
