import type { Mention } from '../core/types';
import { entityHitOf, summariseArticle, summariseEntity, type Corpus } from './corpus';
import { markRanges } from './segments';
import type { ArticleDetails, EntityDetails, EntityHit, EntitySummary, MentioningSentence } from './types';

/** Mentions by article, each list in text order: one pass, where filtering all mentions per article was quadratic. */
function groupByArticle(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byArticle = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byArticle.get(mention.articleId);
    if (list) list.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  return byArticle;
}

/** The entity view: its articles with each mentioning sentence (mentions marked) and its co-mentioned entities. */
export function entityDetails(corpus: Corpus, id: string): EntityDetails | null {
  const entity = corpus.entities.get(id);
  if (!entity) return null;
  const mentionsByArticle = groupByArticle(entity.mentions);
  const articles = entity.articleIds.flatMap((articleId) => {
    const article = corpus.articles.get(articleId);
    if (!article) return [];
    const mentions = mentionsByArticle.get(articleId) ?? [];
    const indexes = [...new Set(mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    const sentences = indexes.flatMap((index): MentioningSentence[] => {
      const s = article.sentences[index];
      return s ? [{ index, segments: markRanges(article.text, mentions, s.start, s.end) }] : [];
    });
    return [{ article: summariseArticle(article), sentences }];
  });
  const coMentions = entity.coMentions.flatMap(({ id: other, count }) => {
    const co = corpus.entities.get(other);
    return co ? [{ ...summariseEntity(co), count }] : [];
  });
  const { name, kind, aliases, description, mentionCount } = entity;
  return { entity: { id, name, kind, aliases, description, mentionCount }, articles, coMentions };
}

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
