import type { EntityViewArticle, EntityViewModel } from '../../card/entity-view-model';
import { Aliases } from '../Aliases';
import { Marked } from '../Marked';

export interface CardProps {
  /** `undefined` while loading, `null` when the bundle no longer knows the entity. */
  card: EntityViewModel | null | undefined;
  /** The load failed: say so and offer a retry, rather than "not in the corpus". */
  failed?: boolean;
  onRetry?: () => void;
  pinned: boolean;
  articleHref: (article: EntityViewArticle) => string;
  onOpenArticle: (article: EntityViewArticle) => void;
  onClose: () => void;
}

/** The hover card. Everything from the bundle is rendered as text (never as HTML). */
export function Card({ card, failed, onRetry, pinned, articleHref, onOpenArticle, onClose }: CardProps) {
  if (failed)
    return (
      <div class="card" role="dialog" aria-label="Not loaded">
        Lantern could not load this term.{' '}
        <button type="button" class="retry" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  if (card === undefined)
    return (
      <div class="card loading" role="dialog" aria-label="Loading">
        Loading…
      </div>
    );
  if (card === null)
    return (
      <div class="card" role="dialog" aria-label="Unknown term">
        Not in the corpus any more.
      </div>
    );
  return (
    <div class={`card${pinned ? ' pinned' : ''}`} role="dialog" aria-label={card.name} data-entity={card.id}>
      <header>
        <h2 class="name" dir="auto">
          {card.name}
        </h2>
        <span class={`kind kind-${card.kind}`}>{card.kindLabel}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {card.description && (
        <p class="description" dir="auto">
          {card.description}
        </p>
      )}
      {card.aliases.length > 0 && (
        <p class="aliases">
          Also: <Aliases aliases={card.aliases} />
        </p>
      )}
      <p class="count">{card.counts}</p>
      {card.articles.length > 0 && (
        <ol class="articles">
          {card.articles.map((article) => (
            <li key={article.id}>
              <a
                href={articleHref(article)}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenArticle(article);
                }}
              >
                <bdi>{article.title}</bdi>
              </a>
              <span class="meta">{article.meta}</span>
              {article.sentences.map((s) => (
                <q key={s.index} class="quote" dir="auto">
                  <Marked segments={s.segments} />
                </q>
              ))}
            </li>
          ))}
        </ol>
      )}
      {card.coMentions.length > 0 && (
        <p class="co">
          <span class="label">Mentioned with </span>
          {card.coMentions.map((other, i) => (
            <span key={other.id} class="co-name">
              {i > 0 && ', '}
              <bdi>{other.name}</bdi>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
