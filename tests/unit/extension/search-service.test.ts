import { describe, expect, it } from 'vitest';
import { firstScreenOf } from '../../../src/corpus/first-screen';
import { mergeCollections } from '../../../src/corpus/merge';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { createSearchService } from '../../../src/extension/search-service';
import { Corpus } from '../../../src/search/corpus';
import { EntityFinder } from '../../../src/search/entity-finder';

const view = mergeCollections([{ prefix: '', bundle: buildBundleFromDir('seeds').bundle }]);
const finder = EntityFinder.of(view.entities);

/** A service whose corpus (and so its article index) loads only when the test says so. */
function service(entityFinder: () => Promise<EntityFinder> = async () => finder) {
  let loadCorpus!: () => void;
  const corpusLoaded = new Promise<Corpus>((resolve) => (loadCorpus = () => resolve(new Corpus(view))));
  const search = createSearchService({ corpus: () => corpusLoaded, firstScreen: async () => firstScreenOf(view), entityFinder });
  return { ...search, loadCorpus };
}

describe('the background search', () => {
  it('answers a typed query with the entities while the article index loads, then everything when asked to complete', async () => {
    const { search, loadCorpus } = service();
    const early = await search('daesh', false);
    expect(early).toMatchObject({ articlesPending: true, articles: [], suggestions: [] });
    expect(early.entities[0]).toMatchObject({ id: 'isis', via: 'Daesh' });
    const complete = search('daesh', true);
    loadCorpus();
    const everything = await complete;
    expect(everything.articlesPending).toBeUndefined();
    expect(everything.articles.length).toBeGreaterThan(0);
    expect(everything.entities).toEqual(early.entities);
    // Loaded now: no more early answers.
    expect((await search('daesh', false)).articlesPending).toBeUndefined();
  });

  it('waits for everything when the cached finder cannot be read', async () => {
    const { search, loadCorpus } = service(async () => Promise.reject(new Error('damaged')));
    const answer = search('daesh', false);
    loadCorpus();
    expect((await answer).articles.length).toBeGreaterThan(0);
  });

  it('answers an empty query from the first screen, without the index', async () => {
    const { search } = service();
    expect(await search('  ', false)).toEqual({ query: '  ', entities: [], articles: [], suggestions: firstScreenOf(view).popular });
  });
});
