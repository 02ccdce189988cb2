import type { Article, Mention } from '../core/types';
import type { Matcher } from '../match';
import { sentenceAt } from './sentences';

/** Every mention of every entity in the articles, found by the same matcher the pages use. */
export function findMentions(articles: Article[], matcher: Matcher): Map<string, Mention[]> {
  const byEntity = new Map<string, Mention[]>();
  for (const article of articles) {
    for (const match of matcher.find(article.text)) {
      const mention = { articleId: article.id, sentence: sentenceAt(article.sentences, match.start), start: match.start, end: match.end };
      const list = byEntity.get(match.entityId);
      if (list) list.push(mention);
      else byEntity.set(match.entityId, [mention]);
    }
  }
  return byEntity;
}

/** Article ids by how often they mention the entity, then corpus order. */
export function rankArticles(mentions: Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const { articleId } of mentions) counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * Partners counted per article. Pairs within one article are quadratic in its entities (20,000 in one article took
 * 52 s), so each entity pairs only with the article's most widely found entities: all of them in an ordinary article.
 */
export const MAX_PARTNERS_PER_ARTICLE = 200;

/** For each entity, the others that share its articles, most shared articles first, at most `limit`. */
export function coMentions(articleIdsByEntity: Map<string, string[]>, limit = 12): Map<string, { id: string; count: number }[]> {
  const entitiesByArticle = new Map<string, string[]>();
  for (const [entityId, articleIds] of articleIdsByEntity)
    for (const articleId of articleIds) {
      const list = entitiesByArticle.get(articleId);
      if (list) list.push(entityId);
      else entitiesByArticle.set(articleId, [entityId]);
    }
  const reach = (id: string) => articleIdsByEntity.get(id)!.length;
  for (const [articleId, entityIds] of entitiesByArticle)
    if (entityIds.length > MAX_PARTNERS_PER_ARTICLE)
      entitiesByArticle.set(articleId, [...entityIds].sort((a, b) => reach(b) - reach(a) || (a < b ? -1 : 1)).slice(0, MAX_PARTNERS_PER_ARTICLE));
  const result = new Map<string, { id: string; count: number }[]>();
  for (const [entityId, articleIds] of articleIdsByEntity) {
    const shared = new Map<string, number>();
    for (const articleId of articleIds)
      for (const other of entitiesByArticle.get(articleId)!) if (other !== entityId) shared.set(other, (shared.get(other) ?? 0) + 1);
    result.set(
      entityId,
      [...shared]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([id, count]) => ({ id, count })),
    );
  }
  return result;
}
