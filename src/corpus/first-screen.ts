/**
 * The popup's first screen: the corpus summary and the most mentioned entities (what an empty query suggests). Cached
 * in IndexedDB beside the merged dictionary and keyed the same way (`dictionaryKey`: it is made from the same merge),
 * so a background that has just started shows it without loading any collection or search index. Pure:
 * src/extension/cached-records.ts does the storing.
 */
import type { Bundle } from '../core/types';
import { popularNames } from '../search/engine';
import { isNoRecordFor } from './cached-json';
import { exactly, failed, list, number, record, text, type Read } from './checks';
import type { MergedView } from './merge';

export interface FirstScreen {
  summary: Bundle['corpus'];
  popular: string[];
}

export const firstScreenOf = ({ corpus, entities }: Pick<MergedView, 'corpus' | 'entities'>): FirstScreen => ({
  summary: corpus,
  popular: popularNames(entities),
});

export const FIRST_SCREEN_FORMAT = 1;

/** Small and kept as it is (no JSON inside): its shape is checked when read. */
export interface CachedFirstScreen extends FirstScreen {
  format: typeof FIRST_SCREEN_FORMAT;
  key: string;
}

export const toCachedFirstScreen = (key: string, { summary, popular }: FirstScreen): CachedFirstScreen => ({
  format: FIRST_SCREEN_FORMAT,
  key,
  summary,
  popular,
});

const shape = record({
  format: exactly(FIRST_SCREEN_FORMAT),
  key: text,
  summary: record({ name: text, articleCount: number, entityCount: number, aliasCount: number }),
  popular: list(text),
});

/** As `readCachedDictionary`: undefined if there is none or it was made for another key; why not, if damaged. */
export function readCachedFirstScreen(raw: unknown, key: string): Read<FirstScreen> | undefined {
  if (isNoRecordFor(raw, key, FIRST_SCREEN_FORMAT)) return undefined;
  const problem = shape(raw);
  if (problem) return failed(`first screen${problem}`);
  const { summary, popular } = raw as CachedFirstScreen;
  return { ok: true, value: { summary, popular } };
}
