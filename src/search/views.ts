import { entityHitOf, summariseEntity, type Corpus } from './corpus';
import type { ArticleDetails, EntityHit, EntitySummary } from './types';

/** The article page: its text and the corpus entities in it. */
export function articleDetails(corpus: Corpus, id: string): ArticleDetails | null {
  const article = corpus.articles.get(id);
  if (!article) return null;
  const spans = corpus.spans.get(id) ?? [];
  const entities: Record<string, EntitySummary> = {};
  for (const { entityId } of spans) {
    const entity = corpus.entities.get(entityId);
    if (entity) entities[entityId] = summariseEntity(entity);
  }
  return { article, spans, entities };
}

/** Name, kind and mention count of each known id, in the order given (the popup's "On this page"). */
export function entityHits(corpus: Corpus, ids: string[]): EntityHit[] {
  return ids.flatMap((id) => {
    const entity = corpus.entities.get(id);
    return entity ? [entityHitOf(entity)] : [];
  });
}
