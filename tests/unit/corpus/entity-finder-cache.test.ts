import { describe, expect, it } from 'vitest';
import { ENTITY_FINDER_FORMAT, entityFinderOf, readCachedEntityFinder, toCachedEntityFinder } from '../../../src/corpus/entity-finder-cache';
import { mergeCollections } from '../../../src/corpus/merge';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { Corpus } from '../../../src/search/corpus';
import { EntityFinder } from '../../../src/search/entity-finder';
import { SearchEngine } from '../../../src/search/engine';

const view = mergeCollections([{ prefix: '', bundle: buildBundleFromDir('seeds').bundle }]);
const engine = new SearchEngine(new Corpus(view));
const QUERIES = ['daesh', 'isis', 'islamic state', 'twiter', '#opisis', '@wauchulaghost', 'ghost', 'mateen', 'nothing like it'];
const reason = (read: { ok: boolean; reason?: string } | undefined) => (read === undefined ? 'none' : read.ok ? 'ok' : read.reason);

describe('the cached entity finder', () => {
  it('finds, once read back for its key, exactly the entities the whole search finds', () => {
    const cached = toCachedEntityFinder('key 1', entityFinderOf(view));
    const read = readCachedEntityFinder(structuredClone(cached), 'key 1');
    if (!read?.ok) throw new Error(`not read: ${reason(read)}`);
    for (const query of QUERIES) expect([query, read.value.find(query, 6)]).toEqual([query, engine.search(query).entities]);
    expect(read.value.find('daesh', 6)[0]).toMatchObject({ id: 'isis', name: 'ISIS', kind: 'group', via: 'Daesh' });
  });

  it('is no answer for another key, and is set aside, with why, when damaged or not an index', () => {
    const cached = toCachedEntityFinder('key 1', entityFinderOf(view));
    expect(readCachedEntityFinder(cached, 'key 2')).toBeUndefined();
    expect(readCachedEntityFinder(undefined, 'key 1')).toBeUndefined();
    expect(reason(readCachedEntityFinder({ ...cached, format: ENTITY_FINDER_FORMAT + 1 }, 'key 1'))).toBe(`its format is not ${ENTITY_FINDER_FORMAT}`);
    expect(reason(readCachedEntityFinder({ ...cached, json: cached.json.slice(0, -10) }, 'key 1'))).toMatch(/checksum does not match/);
    const notAnIndex = toCachedEntityFinder('key 1', { toJSON: () => ({ documentCount: 'many' }) } as unknown as EntityFinder);
    expect(reason(readCachedEntityFinder(notAnIndex, 'key 1'))).toMatch(/not an entity index/);
  });
});
