import type { Article, Bundle, Entity } from '../core/types';
import type { ArticleSpan, ArticleSummary, EntityHit, EntitySummary, SearchSource } from './types';

/** What a corpus is made of: a bundle, or merged collections that keep one search index each. */
export type CorpusData = Pick<Bundle, 'articles' | 'entities'> & ({ searchIndex: string } | { sources: SearchSource[] });

export const searchSources = (data: CorpusData): SearchSource[] => ('sources' in data ? data.sources : [{ searchIndex: data.searchIndex }]);

/** The bundle with look-ups by id: built once when the background loads it. */
export class Corpus {
  readonly articles = new Map<string, Article>();
  readonly entities = new Map<string, Entity>();
  /** Entity spans of each article, in text order. */
  readonly spans = new Map<string, ArticleSpan[]>();

  constructor(readonly bundle: CorpusData) {
    for (const article of bundle.articles) {
      this.articles.set(article.id, article);
      this.spans.set(article.id, []);
    }
    for (const entity of bundle.entities) {
      this.entities.set(entity.id, entity);
      for (const { articleId, start, end } of entity.mentions) this.spans.get(articleId)?.push({ start, end, entityId: entity.id });
    }
    for (const spans of this.spans.values()) spans.sort((a, b) => a.start - b.start);
  }
}

export const summariseEntity = ({ id, name, kind }: Entity): EntitySummary => ({ id, name, kind });
export const entityHitOf = (entity: Entity): EntityHit => ({ ...summariseEntity(entity), mentionCount: entity.mentionCount });
export const summariseArticle = ({ id, title, source, date }: Article): ArticleSummary => ({ id, title, source, date });
