import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { idOfDoc } from './build';
import type { Entity } from '../core/types';
import { searchSources, summariseArticle, type Corpus } from './corpus';
import { EntityFinder } from './entity-finder';
import { SEARCH_OPTIONS, searchAsTypedFirst, type SearchDocument } from './options';
import { normaliseQuery } from './query';
import { snippet } from './snippet';
import type { ArticleHit, SearchResults } from './types';

export const LIMITS = { entities: 6, articles: 10, suggestions: 5 };

/** A little looser than the search itself, so a query that found nothing still gets somewhere close to go. */
const SUGGEST_OPTIONS = { prefix: true, fuzzy: (term: string) => (term.length < 4 ? false : 0.4), maxFuzzy: 3, combineWith: 'AND' } as const;

/** The first `limit` hits that still resolve to something in the corpus. */
function firstOf<T>(hits: SearchResult[], limit: number, resolve: (hit: SearchResult) => T | null): T[] {
  const out: T[] = [];
  for (const hit of hits) {
    if (out.length === limit) break;
    const resolved = resolve(hit);
    if (resolved) out.push(resolved);
  }
  return out;
}

/** The most mentioned entities' names: what an empty query suggests. */
export const popularNames = (entities: Iterable<Entity>): string[] =>
  [...entities]
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .slice(0, LIMITS.suggestions)
    .map((e) => e.name);

/** True when `raw` asks for nothing: it is answered with the popular names alone, without the index. */
export const asksNothing = (raw: string) => !normaliseQuery(raw);

/** What a query that asks nothing gets. */
export const popularResults = (raw: string, popular: string[]): SearchResults => ({ query: raw, entities: [], articles: [], suggestions: popular });

/** The entities a query finds, before the article index has loaded: the articles are still to come. */
export const entityResults = (raw: string, finder: EntityFinder): SearchResults => ({
  query: raw,
  entities: finder.find(normaliseQuery(raw), LIMITS.entities),
  articles: [],
  suggestions: [],
  articlesPending: true,
});

interface Index {
  index: MiniSearch<SearchDocument>;
  viewDocId: (docId: string) => string;
}

const sameId = (docId: string) => docId;

/** A hit with its document id in the corpus searched: the best score when several indexes hold the same entity. */
function mergeHits(perIndex: { hits: SearchResult[]; viewDocId: (docId: string) => string }[]): SearchResult[] {
  // One index whose ids are the view's already (the bundled corpus alone): nothing to map or merge.
  if (perIndex.length === 1 && perIndex[0]!.viewDocId === sameId) return perIndex[0]!.hits;
  const byId = new Map<string, SearchResult>();
  for (const { hits, viewDocId } of perIndex)
    for (const hit of hits) {
      const id = viewDocId(String(hit.id));
      const best = byId.get(id);
      if (!best || hit.score > best.score) byId.set(id, { ...hit, id });
    }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Searches the MiniSearch indexes (one per collection; the bundle's own by default) and turns hits into what the
 * popup shows. Scores of separate indexes are comparable enough to interleave: same options, same boosts.
 */
export class SearchEngine {
  private readonly indexes: Index[];
  /** The most mentioned entities: the suggestions when there is nothing better. */
  private readonly popular: string[];

  /** `entities`: the finder over the corpus's entities, made from them unless given (the background caches one). */
  constructor(
    private readonly corpus: Corpus,
    private readonly entities = EntityFinder.of(corpus.entities.values()),
  ) {
    this.indexes = searchSources(corpus.bundle).map(({ searchIndex, viewDocId }) => ({
      index: MiniSearch.loadJSON(searchIndex, SEARCH_OPTIONS),
      viewDocId: viewDocId ?? sameId,
    }));
    this.popular = popularNames(corpus.entities.values());
  }

  /**
   * Entities whose name or aliases hold every word of the query (never their description: "isil" is ISIS, not
   * every entity described as fighting it), then articles that hold every word. Entities come first.
   */
  search(raw: string): SearchResults {
    if (asksNothing(raw)) return popularResults(raw, this.popular);
    const query = normaliseQuery(raw);
    const searchAll = (options: SearchOptions) => mergeHits(this.indexes.map(({ index, viewDocId }) => ({ hits: index.search(query, options), viewDocId })));
    const articleHits = searchAsTypedFirst(searchAll, { filter: (hit) => hit.type === 'article' });
    const entities = this.entities.find(query, LIMITS.entities);
    const articles = firstOf(articleHits, LIMITS.articles, (hit) => this.articleHit(hit));
    const found = entities.length + articles.length > 0;
    return { query: raw, entities, articles, suggestions: found ? [] : this.suggest(query) };
  }

  /** Terms close to what was typed; none when nothing is close (no list of unrelated entities). */
  private suggest(query: string): string[] {
    const near = this.indexes.flatMap(({ index }) => index.autoSuggest(query, SUGGEST_OPTIONS));
    return [...new Set(near.sort((a, b) => b.score - a.score).map((s) => s.suggestion))].slice(0, LIMITS.suggestions);
  }

  private articleHit(hit: SearchResult): ArticleHit | null {
    const article = this.corpus.articles.get(idOfDoc(String(hit.id)));
    if (!article) return null;
    const { sentence, segments } = snippet(article, new Set(hit.terms));
    return { ...summariseArticle(article), sentence, snippet: segments };
  }
}
