import type { FirstScreen } from '../corpus/first-screen';
import type { Corpus } from '../search/corpus';
import { asksNothing, popularResults, SearchEngine } from '../search/engine';
import { entityViewModel } from '../card/entity-view-model';
import { articleDetails, entityHits } from '../search/views';

/**
 * The background's search and views. The search index is loaded on the first search, not at start-up, and kept while
 * the background lives; entity and article views need only the corpus's look-ups (loaded on first use too). An empty
 * query (the popup just opened) is answered from the cached first screen, and starts loading the index for the typed
 * query that follows.
 */
export function createSearchService(corpus: () => Promise<Corpus>, firstScreen: () => Promise<FirstScreen>) {
  let engine: Promise<SearchEngine> | undefined;
  const search = () => (engine ??= corpus().then((c) => new SearchEngine(c)));
  return {
    search: async (query: unknown) => {
      const raw = typeof query === 'string' ? query : '';
      if (!asksNothing(raw)) return (await search()).search(raw);
      const { popular } = await firstScreen();
      // A failure here is reported to the typed search that waits for it.
      search().catch(() => undefined);
      return popularResults(raw, popular);
    },
    entity: async (id: unknown) => entityViewModel(await corpus(), String(id)),
    article: async (id: unknown) => articleDetails(await corpus(), String(id)),
    entities: async (ids: unknown) => entityHits(await corpus(), Array.isArray(ids) ? ids.map(String) : []),
  };
}
