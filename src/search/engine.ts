import MiniSearch, { type SearchResult } from 'minisearch';
import { idOfDoc } from './build';
import { searchSources, entityHitOf, summariseArticle, type Corpus } from './corpus';
import { processTerm, SEARCH_OPTIONS, tokenize, type SearchDocument } from './options';
import { normaliseQuery } from './query';
import { snippet } from './snippet';
import type { ArticleHit, EntityHit, SearchResults } from './types';

export const LIMITS = { entities: 6, articles: 10, suggestions: 5 };

/** Looser than the search itself, so a query that found nothing still gets somewhere to go. */
const SUGGEST_OPTIONS = { prefix: true, fuzzy: 0.4, maxFuzzy: 3, combineWith: 'OR' } as const;

const termsOf = (text: string) => tokenize(text).map(processTerm);

interface Index {
  index: MiniSearch<SearchDocument>;
  viewDocId: (docId: string) => string;
}

/** A hit with its document id in the corpus searched: the best score when several indexes hold the same entity. */
function mergeHits(perIndex: { hits: SearchResult[]; viewDocId: (docId: string) => string }[]): SearchResult[] {
  if (perIndex.length === 1) return perIndex[0]!.hits;
  const byId = new Map<string, SearchResult>();
  for (const { hits, viewDocId } of perIndex)
    for (const hit of hits) {
      const id = viewDocId(String(hit.id));
      const best = byId.get(id);
      if (!best || hit.score > best.score) byId.set(id, { ...hit, id });
    }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

const sameId = (docId: string) => docId;

/**
 * Searches the MiniSearch indexes (one per collection; the bundle's own by default) and turns hits into what the
 * popup shows. Scores of separate indexes are comparable enough to interleave: same options, same boosts.
 */
export class SearchEngine {
  private readonly indexes: Index[];
  /** The most mentioned entities: the suggestions when there is nothing better. */
  private readonly popular: string[];

  constructor(private readonly corpus: Corpus) {
    this.indexes = searchSources(corpus.bundle).map(({ searchIndex, viewDocId }) => ({
      index: MiniSearch.loadJSON(searchIndex, SEARCH_OPTIONS),
      viewDocId: viewDocId ?? sameId,
    }));
    this.popular = [...corpus.entities.values()]
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, LIMITS.suggestions)
      .map((e) => e.name);
  }

  search(raw: string): SearchResults {
    const query = normaliseQuery(raw);
    const hits = query ? mergeHits(this.indexes.map(({ index, viewDocId }) => ({ hits: index.search(query), viewDocId }))) : [];
    const entities: EntityHit[] = [];
    const articles: ArticleHit[] = [];
    for (const hit of hits) {
      if (hit.type === 'entity' && entities.length < LIMITS.entities) {
        const entity = this.entityHit(hit);
        if (entity) entities.push(entity);
      } else if (hit.type === 'article' && articles.length < LIMITS.articles) {
        const article = this.articleHit(hit);
        if (article) articles.push(article);
      }
    }
    const found = entities.length + articles.length > 0;
    return { query: raw, entities, articles, suggestions: found ? [] : this.suggest(query) };
  }

  private suggest(query: string): string[] {
    const near = query ? this.indexes.flatMap(({ index }) => index.autoSuggest(query, SUGGEST_OPTIONS)) : [];
    const best = [...new Set(near.sort((a, b) => b.score - a.score).map((s) => s.suggestion))];
    return (best.length ? best : this.popular).slice(0, LIMITS.suggestions);
  }

  private entityHit(hit: SearchResult): EntityHit | null {
    const entity = this.corpus.entities.get(idOfDoc(String(hit.id)));
    if (!entity) return null;
    const matched = (text: string) => termsOf(text).some((t) => t !== null && hit.terms.includes(t));
    const via = matched(entity.name) ? undefined : entity.aliases.find(matched);
    return { ...entityHitOf(entity), ...(via ? { via } : {}) };
  }

  private articleHit(hit: SearchResult): ArticleHit | null {
    const article = this.corpus.articles.get(idOfDoc(String(hit.id)));
    if (!article) return null;
    const { sentence, segments } = snippet(article, new Set(hit.terms));
    return { ...summariseArticle(article), sentence, snippet: segments };
  }
}
