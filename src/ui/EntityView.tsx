import type { EntityViewModel } from '../card/entity-view-model';
import { Aliases } from './Aliases';
import { follow } from './follow';
import { articleHref, entityHref } from './links';
import { Marked } from './Marked';

interface Props {
  entity: EntityViewModel;
  onEntity: (entityId: string) => void;
  onArticle: (articleId: string, sentence: number) => void;
}

/** Everything the corpus says about one entity. Shared by the popup and the article page. */
export function EntityView({ entity, onEntity, onArticle }: Props) {
  return (
    <article class="entity-view" data-entity={entity.id} aria-labelledby="entity-name">
      <header>
        <h2 id="entity-name" dir="auto">
          {entity.name}
        </h2>
        <span class={`kind kind-${entity.kind}`}>{entity.kindLabel}</span>
        <span class="result-meta">{entity.counts}</span>
      </header>
      {entity.description && (
        <p class="description" dir="auto">
          {entity.description}
        </p>
      )}
      {entity.aliases.length > 0 && (
        <p class="aliases">
          <span class="label">Also</span> <Aliases aliases={entity.aliases} />
        </p>
      )}
      <h3>Articles</h3>
      <ul class="mentions">
        {entity.articles.map((article) => (
          <li key={article.id}>
            <a class="article-link" href={articleHref(article.id)} onClick={follow(() => onArticle(article.id, article.sentence))}>
              <bdi>{article.title}</bdi>
            </a>
            {article.meta && <span class="result-meta"> · {article.meta}</span>}
            {article.sentences.map((s) => (
              <blockquote key={s.index}>
                <a href={articleHref(article.id, s.index)} onClick={follow(() => onArticle(article.id, s.index))}>
                  <Marked segments={s.segments} />
                </a>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
      {entity.coMentions.length > 0 && (
        <>
          <h3>Mentioned with</h3>
          <p class="co-mentions">
            {entity.coMentions.map((c) => (
              <a key={c.id} class="chip" href={entityHref(c.id)} data-entity={c.id} title={c.label} onClick={follow(() => onEntity(c.id))}>
                {c.name}
              </a>
            ))}
          </p>
        </>
      )}
    </article>
  );
}
