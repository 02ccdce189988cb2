import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_FORMAT, firstScreenOf, readCachedFirstScreen, toCachedFirstScreen } from '../../../src/corpus/first-screen';
import { mergeCollections } from '../../../src/corpus/merge';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { Corpus } from '../../../src/search/corpus';
import { SearchEngine } from '../../../src/search/engine';

const seeds = buildBundleFromDir('seeds').bundle;
const view = mergeCollections([{ prefix: '', bundle: seeds }]);
const screen = firstScreenOf(view);
const reason = (read: { ok: boolean; reason?: string } | undefined) => (read === undefined ? 'none' : read.ok ? 'ok' : read.reason);

describe('the first screen', () => {
  it('is the view’s summary and what the search engine suggests for an empty query', () => {
    expect(screen.summary).toEqual(view.corpus);
    expect(screen.popular).toEqual(new SearchEngine(new Corpus(view)).search('').suggestions);
    expect(screen.popular[0]).toBe('ISIS');
  });

  it('reads back for its key, and is no answer for any other', () => {
    const cached = toCachedFirstScreen('key 1', screen);
    expect(readCachedFirstScreen(structuredClone(cached), 'key 1')).toEqual({ ok: true, value: screen });
    expect(readCachedFirstScreen(cached, 'key 2')).toBeUndefined();
    expect(readCachedFirstScreen(undefined, 'key 1')).toBeUndefined();
  });

  it('is set aside, with why, when damaged or of another format', () => {
    const cached = toCachedFirstScreen('key 1', screen);
    expect(reason(readCachedFirstScreen({ ...cached, format: FIRST_SCREEN_FORMAT + 1 }, 'key 1'))).toBe(
      `first screen.format ${FIRST_SCREEN_FORMAT + 1} is not ${FIRST_SCREEN_FORMAT}`,
    );
    expect(reason(readCachedFirstScreen('junk', 'key 1'))).toBe('first screen is not an object');
    expect(reason(readCachedFirstScreen({ ...cached, summary: { ...cached.summary, entityCount: '9' } }, 'key 1'))).toBe(
      'first screen.summary.entityCount is not a number',
    );
    expect(reason(readCachedFirstScreen({ ...cached, popular: ['ISIS', 7] }, 'key 1'))).toBe('first screen.popular[1] is not text');
  });
});
