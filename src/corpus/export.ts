import type { Bundle } from '../core/types';
import type { CollectionKind } from './collection';

/**
 * A collection as JSONL, one object a line: articles in the import format ({id, title, date, source, url, text},
 * so an export imports again), watch-list entries as {name, aliases, kind, note}.
 */
export function exportJsonl(kind: CollectionKind, bundle: Pick<Bundle, 'articles' | 'entities'>): string {
  const records =
    kind === 'articles'
      ? bundle.articles.map(({ id, title, date, source, url, text }) => ({ id, title, date, source, url, text }))
      : bundle.entities.map(({ name, aliases, kind: entityKind, description }) => ({ name, aliases, kind: entityKind, note: description }));
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
