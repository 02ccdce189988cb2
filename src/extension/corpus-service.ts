import { dictionaryKey } from '../corpus/dictionary-cache';
import { mergeCollections, type Collection, type MergedView } from '../corpus/merge';
import { firstScreenOf } from '../corpus/first-screen';
import { pageDictionaryOf, type BundledDictionary } from '../corpus/page-dictionary';
import type { DamagedCollection } from '../corpus/stored';
import type { Bundle } from '../core/types';
import { loadBundledCorpus, loadBundledDictionary } from './bundle-loader';
import { listCollections, loadCollections } from './collections';
import { cachedDictionary, cachedEntityFinder, cachedFirstScreen } from './cached-records';
import { entityFinderOf } from '../corpus/entity-finder-cache';
import { Corpus } from '../search/corpus';
import { createSearchService } from './search-service';
import { announceDictionary, loadCorpusSettings } from './settings';

/** Made on first use, then kept. */
const lazy = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

/** A small part of the merged view kept in IndexedDB, so a background that has just started answers it without the view. */
interface CachedPart<T> {
  of: (view: MergedView) => T;
  load: (key: string) => Promise<T | undefined>;
  save: (key: string, value: T) => Promise<void>;
  /** The part when only the bundled corpus is merged, from the file shipped beside it. */
  bundledOnly?: (file: BundledDictionary) => T;
}

/**
 * The background's view of everything Lantern knows: the bundled corpus (unless turned off) and every import that
 * loads. A damaged import is left out and reported, so it cannot take the others, the page highlights or search with it.
 * Nothing is loaded before it is asked for, and a page's dictionary and the popup's first screen are answered without
 * loading any collection when they can: a background that has just started would otherwise unpack every collection
 * before a page sees a highlight or the popup its summary.
 */
export function createCorpusService() {
  let bundled: Promise<Bundle> | undefined;
  const bundledDictionary = lazy(loadBundledDictionary);

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

  /** What the merged view is made from, read from the small records only; and the bundled dictionary. */
  const dictionarySources = async () => {
    const [settings, listed, file] = await Promise.all([loadCorpusSettings(), listCollections(), bundledDictionary()]);
    const collections = listed.flatMap(({ info }) => (info ? [info] : []));
    return {
      key: dictionaryKey({ bundledFile: file.checksum, bundled: settings.bundled, collections }),
      bundledOnly: settings.bundled && !collections.length,
      file,
    };
  };

  /**
   * What stands in for the cache when nothing else is merged, if anything does; else the part cached for exactly these
   * sources; else the view's, cached if nothing changed while the view loaded (the key would otherwise name what it is
   * not made of).
   */
  const cached = async <T>(view: () => Promise<MergedView>, part: CachedPart<T>): Promise<T> => {
    const sources = await dictionarySources().catch((error: unknown) => console.error('Lantern: the cached records cannot be keyed', error));
    if (!sources) return part.of(await view());
    if (sources.bundledOnly && part.bundledOnly) return part.bundledOnly(sources.file);
    const hit = await part.load(sources.key);
    if (hit) return hit;
    const value = part.of(await view());
    if ((await dictionarySources()).key === sources.key) await part.save(sources.key, value);
    return value;
  };

  const open = () => {
    // Storage that cannot be opened at all (e.g. a database from a newer Lantern) must not take the bundled corpus with it.
    const loading = lazy(() =>
      loadCollections().catch((error: unknown) => {
        console.error('Lantern: imported collections could not be read', error);
        return { loaded: [], damaged: [] };
      }),
    );
    const view = lazy(() => merge(loading()));
    const corpus = lazy(async () => new Corpus(await view()));
    const firstScreen = lazy(() => cached(view, { of: firstScreenOf, ...cachedFirstScreen }));
    const entityFinder = lazy(() => cached(view, { of: entityFinderOf, ...cachedEntityFinder }));
    return {
      view,
      // Known as soon as the collections are read, whether or not the merge that follows succeeds.
      damaged: lazy(async (): Promise<DamagedCollection[]> => {
        const { damaged } = await loading();
        if (damaged.length) console.warn('Lantern: collections left out', damaged);
        return damaged;
      }),
      cards: corpus,
      firstScreen,
      entityFinder,
      search: createSearchService({ corpus, firstScreen, entityFinder }),
      dictionary: lazy(() => cached(view, { of: pageDictionaryOf, ...cachedDictionary, bundledOnly: (file) => file.dictionary })),
    };
  };
  let current = open();
  return {
    view: () => current.view(),
    damaged: () => current.damaged(),
    cards: () => current.cards(),
    firstScreen: () => current.firstScreen(),
    search: () => current.search,
    dictionary: () => current.dictionary(),
    /** Starts again from storage, then tells open pages to fetch the new dictionary (merged and cached by then, with the popup's records). */
    async rebuild(): Promise<void> {
      current = open();
      await Promise.all([current.dictionary(), current.firstScreen(), current.entityFinder()]);
      await announceDictionary();
    },
  };
}
