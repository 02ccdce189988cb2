import type { Article, EntityKind } from '../core/types';

/** A run of text, marked or not: what the UI renders, never HTML. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface EntityHit extends EntitySummary {
  mentionCount: number;
  /** The alias that matched, when the name itself did not ("Daesh" for ISIS). */
  via?: string;
}

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'source' | 'date'>;

export interface ArticleHit extends ArticleSummary {
  /** The sentence the snippet comes from, for `article.html#<id>:<sentence>`. */
  sentence: number;
  snippet: Segment[];
}

export interface SearchResults {
  query: string;
  entities: EntityHit[];
  articles: ArticleHit[];
  /** Other queries worth trying; filled when nothing was found. */
  suggestions: string[];
  /** Entities only, answered while the article index loads: ask again with `complete` for the articles. */
  articlesPending?: true;
}

export interface MentioningSentence {
  index: number;
  segments: Segment[];
}

/** A corpus entity inside an article: [start, end) into `Article.text`. */
export interface ArticleSpan {
  start: number;
  end: number;
  entityId: string;
}

/** Everything the article page shows. */
export interface ArticleDetails {
  article: Article;
  spans: ArticleSpan[];
  entities: Record<string, EntitySummary>;
}

/** A serialised search index and how its document ids map into the corpus searched (merged collections have several). */
export interface SearchSource {
  searchIndex: string;
  viewDocId?: (docId: string) => string;
}
