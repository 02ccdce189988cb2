import type { CompiledDictionary } from '../core/types';
import { FORMAT as MATCHER_FORMAT } from '../match/format';
import { exactly, failed, list, record, text, type Read } from './checks';
import { mergeCollections, type Collection, type MergedView } from './merge';

/**
 * What a page needs to find terms: the compiled dictionary, the entities it must find but never paint (private), and
 * those that are background, painted as the settings say for context entities (at their first occurrence by default).
 */
export interface PageDictionary {
  matcher: CompiledDictionary;
  privateEntityIds: string[];
  contextEntityIds: string[];
}

export const pageDictionaryOf = ({ matcher, privateEntityIds, contextEntityIds }: MergedView): PageDictionary => ({
  matcher,
  privateEntityIds,
  contextEntityIds,
});

/**
 * `dictionary.json`, shipped beside the bundle: the bundled corpus's page dictionary, so that a page is answered
 * without reading the whole bundle, and a fingerprint of the build, which the cached merged dictionary is keyed by.
 */
export interface BundledDictionary {
  /** A checksum of the sources the extension was built from: a cache made by other code is not to be trusted. */
  build: string;
  dictionary: PageDictionary;
}

/** The bundled corpus's page dictionary, as the background merges it when nothing else is on. */
export const bundledDictionaryOf = (bundled: Collection['bundle'], build: string): BundledDictionary => ({
  build,
  dictionary: pageDictionaryOf(mergeCollections([{ prefix: '', bundle: bundled }])),
});

const dictionaryShape = record({
  matcher: record({ format: exactly(MATCHER_FORMAT) }),
  privateEntityIds: list(text),
  contextEntityIds: list(text),
});

export function checkPageDictionary(value: unknown): Read<PageDictionary> {
  const problem = dictionaryShape(value);
  return problem ? failed(`dictionary${problem}`) : { ok: true, value: value as PageDictionary };
}
