import type { FirstScreen } from '../corpus/first-screen';
import type { Corpus } from '../search/corpus';
import type { EntityFinder } from '../search/entity-finder';
import { asksNothing, entityResults, popularResults, SearchEngine } from '../search/engine';
import type { SearchResults } from '../search/types';
import { entityViewModel } from '../card/entity-view-model';
import { articleDetails, entityHits } from '../search/views';

interface Sources {
  corpus: () => Promise<Corpus>;
  /** Cached beside the dictionary: answered without loading the corpus. */
  firstScreen: () => Promise<FirstScreen>;
  entityFinder: () => Promise<EntityFinder>;
}

/**
 * The background's search and views. The search index is loaded on the first search, not at start-up, and kept while
 * the background lives; entity and article views need only the corpus's look-ups (loaded on first use too). An empty
 * query (the popup just opened) is answered from the cached first screen, and starts loading the index for the typed
 * query that follows. A typed query that comes before the index has loaded gets the entities at once, from the cached
 * entity finder, marked `articlesPending`; asked again with `complete`, it gets everything once the index is in.
 */
export function createSearchService({ corpus, firstScreen, entityFinder }: Sources) {
  let engine: Promise<SearchEngine> | undefined;
  let loaded: SearchEngine | undefined;
  // Without a cached finder the engine makes its own from the corpus.
  const search = () =>
    (engine ??= Promise.all([corpus(), entityFinder().catch(() => undefined)]).then(([c, finder]) => (loaded = new SearchEngine(c, finder))));
  const everything = async (raw: string) => (await search()).search(raw);
  return {
    search: async (query: unknown, complete: boolean): Promise<SearchResults> => {
      const raw = typeof query === 'string' ? query : '';
      if (!asksNothing(raw)) {
        if (loaded || complete) return everything(raw);
        // Not the index yet: it would hold the worker for seconds, and the popup asks again to complete. A finder that
        // cannot be read waits for everything instead.
        return entityFinder().then(
          (finder) => entityResults(raw, finder),
          () => everything(raw),
        );
      }
      const { popular } = await firstScreen();
      // For the typed query that follows: the finder first, so that it is not queued behind the index. A failure is
      // reported to the typed search that waits for it.
      void entityFinder()
        .catch(() => undefined)
        .then(() => search().catch(() => undefined));
      return popularResults(raw, popular);
    },
    entity: async (id: unknown) => entityViewModel(await corpus(), String(id)),
    article: async (id: unknown) => articleDetails(await corpus(), String(id)),
    entities: async (ids: unknown) => entityHits(await corpus(), Array.isArray(ids) ? ids.map(String) : []),
  };
}
