import type { EntityDetails } from '../search/types';
import { follow } from './follow';
import { articleMeta, kindLabel, plural } from './format';
import { articleHref, entityHref } from './links';
import { Marked } from './Marked';

interface Props {
  details: EntityDetails;
  onEntity: (entityId: string) => void;
  onArticle: (articleId: string, sentence: number) => void;
}

/** Everything the corpus says about one entity. Shared by the popup and the article page. */
export function EntityView({ details, onEntity, onArticle }: Props) {
  const { entity, articles, coMentions } = details;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return (
    <article class="entity-view" data-entity={entity.id} aria-labelledby="entity-name">
      <header>
        <h2 id="entity-name" dir="auto">
          {entity.name}
        </h2>
        <span class={`kind kind-${entity.kind}`}>{kindLabel(entity.kind)}</span>
        <span class="result-meta">
          {plural(entity.mentionCount, 'mention')} in {plural(articles.length, 'article')}
        </span>
      </header>
      {entity.description && (
        <p class="description" dir="auto">
          {entity.description}
        </p>
      )}
      {aliases.length > 0 && (
        <p class="aliases">
          <span class="label">Also</span> {aliases.join(' · ')}
        </p>
      )}
      <h3>Articles</h3>
      <ul class="mentions">
        {articles.map(({ article, sentences }) => (
          <li key={article.id}>
            <a class="article-link" href={articleHref(article.id)} onClick={follow(() => onArticle(article.id, sentences[0]?.index ?? 0))}>
              <bdi>{article.title}</bdi>
            </a>
            {articleMeta(article) && <span class="result-meta"> · {articleMeta(article)}</span>}
            {sentences.map((s) => (
              <blockquote key={s.index}>
                <a href={articleHref(article.id, s.index)} onClick={follow(() => onArticle(article.id, s.index))}>
                  <Marked segments={s.segments} />
                </a>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
      {coMentions.length > 0 && (
        <>
          <h3>Mentioned with</h3>
          <p class="co-mentions">
            {coMentions.map((c) => (
              <a
                key={c.id}
                class="chip"
                href={entityHref(c.id)}
                data-entity={c.id}
                title={`${kindLabel(c.kind)}, ${plural(c.count, 'shared article')}`}
                onClick={follow(() => onEntity(c.id))}
              >
                {c.name}
              </a>
            ))}
          </p>
        </>
      )}
    </article>
  );
}
