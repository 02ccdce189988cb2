import { useEffect, useMemo, useState } from 'preact/hooks';
import { layoutArticle } from '../search/article-layout';
import type { EntityViewModel } from '../card/entity-view-model';
import type { ArticleDetails } from '../search/types';
import { ArticleText } from './ArticleText';
import { EntityView } from './EntityView';
import { articleMeta, plural } from '../search/format';
import { articleHash, webLink } from './links';

interface Props {
  articleId: string;
  sentence?: number;
  loadArticle: (articleId: string) => Promise<ArticleDetails | null>;
  loadEntity: (entityId: string) => Promise<EntityViewModel | null>;
}

/** `article.html#<id>[:<sentence>]`: the article with its corpus entities; choosing one shows its view beside the text. */
export function ArticlePage({ articleId, sentence, loadArticle, loadEntity }: Props) {
  const [details, setDetails] = useState<ArticleDetails | null | undefined>(undefined);
  const [error, setError] = useState('');
  const [entity, setEntity] = useState<EntityViewModel | null>(null);
  const blocks = useMemo(() => (details ? layoutArticle(details.article, details.spans) : []), [details]);

  useEffect(() => {
    setDetails(undefined);
    loadArticle(articleId).then(setDetails, (e: unknown) => setError(String(e)));
  }, [articleId, loadArticle]);
  useEffect(() => {
    document.title = details ? `${details.article.title} · Lantern` : details === null ? 'Article not found · Lantern' : 'Lantern';
    if (details && sentence !== undefined) document.getElementById(`s-${sentence}`)?.scrollIntoView({ block: 'center' });
  }, [details, sentence]);

  const showEntity = (id: string) => loadEntity(id).then(setEntity, () => setEntity(null));

  if (error)
    return (
      <main class="article-page">
        <p role="alert">Could not load the article: {error}</p>
      </main>
    );
  if (details === undefined) return <main class="article-page" aria-busy="true" />;
  if (details === null)
    return (
      <main class="article-page" data-state="not-found">
        <h1>Article not found</h1>
        <p>
          There is no article <code>{articleId || '(none)'}</code> in this corpus. The link may come from another corpus or an older build.
        </p>
        <p>
          <a href="popup.html">Search the corpus</a>
        </p>
      </main>
    );

  const { article, entities } = details;
  const entityCount = Object.keys(entities).length;
  const original = webLink(article.url);
  return (
    <div class="article-layout">
      <main class="article-page" data-article={article.id}>
        <header>
          <h1 dir="auto">{article.title}</h1>
          <p class="result-meta">
            {[articleMeta(article), plural(entityCount, 'corpus entity', 'corpus entities')].filter(Boolean).join(' · ')}
            {original && (
              <>
                {' · '}
                <a href={original} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
        </header>
        <ArticleText blocks={blocks} entities={entities} target={sentence} selected={entity?.id ?? null} onEntity={showEntity} />
      </main>
      <aside class="article-aside" aria-live="polite">
        {entity ? (
          <EntityView entity={entity} onEntity={showEntity} onArticle={(id, s) => (location.hash = articleHash(id, s))} />
        ) : (
          <p class="state">Choose a highlighted name to see what the corpus says about it.</p>
        )}
      </aside>
    </div>
  );
}
