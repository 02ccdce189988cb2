import type { Options, SearchOptions, SearchResult } from 'minisearch';
import { foldKey } from '../match/chars';

/** One document of the search index: an article or an entity, told apart by `type`. */
export interface SearchDocument {
  id: string;
  type: 'article' | 'entity';
  /** Article title or entity name. */
  title: string;
  /** Entity aliases, or the article's publisher. */
  aliases: string;
  /** Article text or entity description. */
  text: string;
}

/** A token: letters, marks, digits, '_' and apostrophes; '#' and '@' are kept so "#opisis" and "@wauchulaghost" are terms of their own. */
export const TOKEN = /[\p{L}\p{M}\p{N}_#@']+/gu;

/** Every token of `text`, in order. Snippets use it too, so marked words are exactly the indexed terms. */
export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * Folded as the page matcher folds (case, diacritics, quote style: "Kolářová" is "kolarova"), outer apostrophes and a
 * possessive 's dropped; null drops the token, and one letter or digit alone says nothing to search for. The trailing
 * run is matched from its first apostrophe only (`(?<!')`): a bare `'+$` rescanned the run from each apostrophe.
 */
export const processTerm = (term: string): string | null => {
  const processed = foldKey(term)
    .replace(/^'+|(?<!')'+$/g, '')
    .replace(/'s$/, '');
  return processed.length > 1 ? processed : null;
};

/** Typos allowed: none below 4 letters, one up to 7, two from 8 ("twiter" finds twitter, "isil" stays isil). */
export const fuzzyDistance = (term: string): number | false => (term.length < 4 ? false : term.length < 8 ? 1 : 2);

/** The index options: the build and every loader must use the same ones (MiniSearch.loadJSON needs them). */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'aliases', 'text'],
  storeFields: ['type'],
  tokenize,
  processTerm,
  // Prefix matching only from 3 letters: "i" as a prefix expands to most of a large corpus's vocabulary (0.8 s on
  // 20,000 articles) and says nothing yet. Every word of a query must match.
  searchOptions: { boost: { title: 3, aliases: 2 }, prefix: (term) => term.length >= 3, fuzzy: fuzzyDistance, maxFuzzy: 2, combineWith: 'AND' },
};

/** Typos are forgiven only when the words as typed find nothing: "isil" is an alias of ISIS, not a typo of "isis". */
export function searchAsTypedFirst(search: (options: SearchOptions) => SearchResult[], options: SearchOptions): SearchResult[] {
  const asTyped = search({ ...options, fuzzy: false });
  return asTyped.length ? asTyped : search(options);
}
