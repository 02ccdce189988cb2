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

/** The index options: the build and every loader must use the same ones (MiniSearch.loadJSON needs them). */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'aliases', 'text'],
  storeFields: ['type'],
  // Keep '#' and '@' inside tokens so "#opisis" and "@wauchulaghost" are terms of their own.
  tokenize: (text) => text.split(/[^\p{L}\p{M}\p{N}_#@']+/u).filter(Boolean),
  processTerm: (term) => term.toLowerCase().replace(/^'+|'+$/g, '').replace(/'s$/, '') || null,
  searchOptions: { boost: { title: 3, aliases: 2 }, prefix: true, fuzzy: 0.2 },
};
