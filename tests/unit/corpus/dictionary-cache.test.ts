import { describe, expect, it } from 'vitest';
import { CACHE_FORMAT, dictionaryKey, readCachedDictionary, toCachedDictionary, type DictionarySources } from '../../../src/corpus/dictionary-cache';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { mergeCollections } from '../../../src/corpus/merge';
import { bundledDictionaryOf, checkPageDictionary, pageDictionaryOf } from '../../../src/corpus/page-dictionary';
import { checksumOf } from '../../../src/corpus/stored';

const seeds = buildBundleFromDir('seeds').bundle;
const dictionary = pageDictionaryOf(mergeCollections([{ prefix: '', bundle: seeds }]));
const SOURCES: DictionarySources = {
  bundledFile: 'fnv1a32:00000001',
  bundled: true,
  collections: [
    { id: 'c1', kind: 'articles', private: false },
    { id: 'c2', kind: 'watchlist', private: true },
  ],
};
const reason = (read: { ok: boolean; reason?: string } | undefined) => (read === undefined ? 'none' : read.ok ? 'ok' : read.reason);

describe('dictionaryKey', () => {
  it('says what the merge read, one line each', () => {
    expect(dictionaryKey(SOURCES)).toBe('build fnv1a32:00000001\nbundled on\nc1 articles\nc2 watchlist private');
  });

  it('changes with anything that changes the merged dictionary', () => {
    const [c1, c2] = SOURCES.collections as [DictionarySources['collections'][number], DictionarySources['collections'][number]];
    const changes: Partial<DictionarySources>[] = [
      { bundledFile: 'fnv1a32:00000002' }, // another build, or another bundled corpus
      { bundled: false }, // the bundled corpus switched off
      { collections: [c1] }, // one removed
      { collections: [c1, c2, { id: 'c3', kind: 'articles', private: false }] }, // one imported
      { collections: [c2, c1] }, // merged in another order
      { collections: [c1, { ...c2, private: false }] }, // the private switch
    ];
    const keys = changes.map((change) => dictionaryKey({ ...SOURCES, ...change }));
    expect(new Set([dictionaryKey(SOURCES), ...keys]).size).toBe(changes.length + 1);
    expect(dictionaryKey(structuredClone(SOURCES))).toBe(dictionaryKey(SOURCES));
  });
});

describe('the cached dictionary', () => {
  const key = dictionaryKey(SOURCES);
  const cached = toCachedDictionary(key, dictionary);

  it('reads back for its key, and is no answer for any other', () => {
    expect(readCachedDictionary(structuredClone(cached), key)).toEqual({ ok: true, value: dictionary });
    expect(readCachedDictionary(cached, dictionaryKey({ ...SOURCES, bundled: false }))).toBeUndefined();
    expect(readCachedDictionary(undefined, key)).toBeUndefined();
  });

  it('is set aside, with why, when damaged or of another format', () => {
    expect(reason(readCachedDictionary({ ...cached, json: cached.json.slice(0, -5) }, key))).toBe(
      'its checksum does not match, so it was changed or cut short',
    );
    expect(reason(readCachedDictionary({ ...cached, format: CACHE_FORMAT + 1 }, key))).toBe(`its format is not ${CACHE_FORMAT}`);
    expect(reason(readCachedDictionary('junk', key))).toBe(`its format is not ${CACHE_FORMAT}`);
    expect(reason(readCachedDictionary({ ...cached, json: '{"no', checksum: checksumOf('{"no') }, key))).toBe('it is not valid JSON');
    const old = JSON.stringify({ ...dictionary, matcher: { format: 1 } });
    expect(reason(readCachedDictionary({ ...cached, json: old, checksum: checksumOf(old) }, key))).toBe('dictionary.matcher.format 1 is not 2');
  });
});

describe('the bundled dictionary', () => {
  it('is what the background merges from the bundled corpus alone, with the build it came from', () => {
    const bundled = bundledDictionaryOf(seeds, 'fnv1a32:12345678');
    expect(bundled).toEqual({ build: 'fnv1a32:12345678', dictionary });
    expect(bundled.dictionary.matcher).toBe(seeds.matcher);
    expect(bundled.dictionary.privateEntityIds).toEqual([]);
    expect(bundled.dictionary.contextEntityIds).toContain('twitter');
    expect(checkPageDictionary(bundled.dictionary).ok).toBe(true);
  });
});
