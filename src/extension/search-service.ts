import type { Corpus } from '../search/corpus';
import { SearchEngine } from '../search/engine';
import { entityViewModel } from '../card/entity-view-model';
import { articleDetails, entityHits } from '../search/views';

/**
 * The background's search and views. The search index is loaded on the first search, not at start-up, and kept while
 * the background lives; entity and article views need only the corpus's look-ups (loaded on first use too).
 */
export function createSearchService(corpus: () => Promise<Corpus>) {
  let engine: Promise<SearchEngine> | undefined;
  const search = () => (engine ??= corpus().then((c) => new SearchEngine(c)));
  return {
    search: async (query: unknown) => (await search()).search(typeof query === 'string' ? query : ''),
    entity: async (id: unknown) => entityViewModel(await corpus(), String(id)),
    article: async (id: unknown) => articleDetails(await corpus(), String(id)),
    entities: async (ids: unknown) => entityHits(await corpus(), Array.isArray(ids) ? ids.map(String) : []),
  };
}
