import MiniSearch from 'minisearch';
import type { Article, Entity } from '../core/types';
import { SEARCH_OPTIONS, type SearchDocument } from './options';

export const articleDocId = (id: string) => `a:${id}`;
export const entityDocId = (id: string) => `e:${id}`;
/** The article or entity id inside a document id made by the two above. */
export const idOfDoc = (docId: string) => docId.slice(2);

/** The MiniSearch index over articles and entities, serialised for the bundle. */
export function buildSearchIndex(articles: Article[], entities: Entity[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll([
    ...entities.map((e): SearchDocument => ({ id: entityDocId(e.id), type: 'entity', title: e.name, aliases: e.aliases.join(' '), text: e.description })),
    ...articles.map((a): SearchDocument => ({ id: articleDocId(a.id), type: 'article', title: a.title, aliases: a.source, text: a.text })),
  ]);
  return JSON.stringify(index);
}
