import { Corpus, type CorpusData } from '../search/corpus';
import { SearchEngine } from '../search/engine';
import { articleDetails, entityDetails, entityHits } from '../search/views';

/** The background's search: the index is loaded on the first request, not at start-up, and kept while the background lives. */
export function createSearchService(bundle: Promise<CorpusData>) {
  let ready: Promise<{ corpus: Corpus; engine: SearchEngine }> | undefined;
  const load = () =>
    (ready ??= bundle.then((b) => {
      const corpus = new Corpus(b);
      return { corpus, engine: new SearchEngine(corpus) };
    }));
  return {
    search: async (query: unknown) => (await load()).engine.search(typeof query === 'string' ? query : ''),
    entity: async (id: unknown) => entityDetails((await load()).corpus, String(id)),
    article: async (id: unknown) => articleDetails((await load()).corpus, String(id)),
    entities: async (ids: unknown) => entityHits((await load()).corpus, Array.isArray(ids) ? ids.map(String) : []),
  };
}
