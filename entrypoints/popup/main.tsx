import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import { ask } from '../../src/extension/messages';
import '../../src/ui/theme.css';

render(<Popup loadSummary={() => ask('corpus-summary', {})} />, document.getElementById('app')!);
