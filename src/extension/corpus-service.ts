import { mergeCollections, type Collection, type MergedView } from '../corpus/merge';
import type { DamagedCollection } from '../corpus/stored';
import { loadBundledCorpus } from './bundle-loader';
import { loadCollections } from './collections';
import { Corpus } from '../search/corpus';
import { createSearchService } from './search-service';
import { announceDictionary, loadCorpusSettings } from './settings';

/**
 * The background's view of everything Lantern knows: the bundled corpus (unless turned off) and every import that
 * loads. A damaged import is left out and reported, so it cannot take the others, the page highlights or search with it.
 */
export function createCorpusService() {
  let bundled: ReturnType<typeof loadBundledCorpus> | undefined;
  const merge = async (loading: ReturnType<typeof loadCollections>): Promise<MergedView> => {
    const [settings, { loaded }] = await Promise.all([loadCorpusSettings(), loading]);
    const collections: Collection[] = loaded.map(({ info, bundle }) => ({
      prefix: info.id,
      bundle,
      private: info.private,
      watchlist: info.kind === 'watchlist',
    }));
    if (settings.bundled) collections.unshift({ prefix: '', bundle: await (bundled ??= loadBundledCorpus()) });
    return mergeCollections(collections);
  };
  const open = () => {
    // Storage that cannot be opened at all (e.g. a database from a newer Lantern) must not take the bundled corpus with it.
    const loading = loadCollections().catch((error: unknown) => {
      console.error('Lantern: imported collections could not be read', error);
      return { loaded: [], damaged: [] };
    });
    const view = merge(loading);
    // Known as soon as the collections are read, whether or not the merge that follows succeeds.
    const damaged: Promise<DamagedCollection[]> = loading.then(({ damaged }) => {
      if (damaged.length) console.warn('Lantern: collections left out', damaged);
      return damaged;
    });
    const corpus = view.then((merged) => new Corpus(merged));
    return { view, damaged, cards: corpus, search: createSearchService(corpus) };
  };
  let current = open();
  return {
    view: () => current.view,
    damaged: () => current.damaged,
    cards: () => current.cards,
    search: () => current.search,
    /** Rebuilds from storage, then tells open pages to fetch the new dictionary. */
    async rebuild(): Promise<void> {
      current = open();
      await current.view;
      await announceDictionary();
    },
  };
}
