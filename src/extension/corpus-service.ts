import { mergeCollections, type Collection, type MergedView } from '../corpus/merge';
import { loadBundledCorpus } from './bundle-loader';
import { loadCollections } from './collections';
import { Corpus } from '../search/corpus';
import { createSearchService } from './search-service';
import { announceDictionary, loadCorpusSettings } from './settings';

/** The background's view of everything Lantern knows: the bundled corpus (unless turned off) and every import. */
export function createCorpusService() {
  let bundled: ReturnType<typeof loadBundledCorpus> | undefined;
  const merge = async (): Promise<MergedView> => {
    const [settings, imported] = await Promise.all([loadCorpusSettings(), loadCollections()]);
    const collections: Collection[] = imported.map(({ info, bundle }) => ({ prefix: info.id, bundle }));
    if (settings.bundled) collections.unshift({ prefix: '', bundle: await (bundled ??= loadBundledCorpus()) });
    return mergeCollections(collections);
  };
  const open = () => {
    const view = merge();
    const corpus = view.then((merged) => new Corpus(merged));
    return { view, cards: corpus, search: createSearchService(corpus) };
  };
  let current: { view: Promise<MergedView>; cards: Promise<Corpus>; search: ReturnType<typeof createSearchService> } = open();
  return {
    view: () => current.view,
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
