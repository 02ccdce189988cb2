import type { Options } from 'minisearch';

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
 * Lower case, outer apostrophes and a possessive 's dropped; null drops the token. The trailing run is matched from
 * its first apostrophe only (`(?<!')`): a bare `'+$` rescanned the run from each of its apostrophes, quadratic.
 */
export const processTerm = (term: string): string | null => term.toLowerCase().replace(/^'+|(?<!')'+$/g, '').replace(/'s$/, '') || null;

/** The index options: the build and every loader must use the same ones (MiniSearch.loadJSON needs them). */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'aliases', 'text'],
  storeFields: ['type'],
  tokenize,
  processTerm,
  // Prefix and fuzzy matching only from 3 and 4 letters: "i" as a prefix expands to most of a large corpus's
  // vocabulary (0.8 s on 20,000 articles) and says nothing yet. maxFuzzy keeps a very long term cheap.
  searchOptions: { boost: { title: 3, aliases: 2 }, prefix: (term) => term.length >= 3, fuzzy: (term) => (term.length >= 4 ? 0.2 : false), maxFuzzy: 2 },
};
