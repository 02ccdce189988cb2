import { render } from 'preact';
import { ArticlePage } from '../../src/ui/ArticlePage';
import { parseArticleHash } from '../../src/ui/links';
import { useHash } from '../../src/ui/useHash';
import { ask } from '../../src/extension/messages';
import '../../src/ui/theme.css';

const loadArticle = (articleId: string) => ask('article', { articleId });
const loadEntity = (entityId: string) => ask('entity', { entityId });

function App() {
  const { articleId, sentence } = parseArticleHash(useHash());
  return <ArticlePage articleId={articleId} sentence={sentence} loadArticle={loadArticle} loadEntity={loadEntity} />;
}

render(<App />, document.getElementById('app')!);
