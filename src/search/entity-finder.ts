import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Entity, EntityKind } from '../core/types';
import { processTerm, SEARCH_OPTIONS, searchAsTypedFirst, tokenize } from './options';
import type { EntityHit } from './types';

/** One entity as the finder indexes and returns it: everything an entity hit shows, so a hit needs no corpus. */
interface EntityDocument {
  id: string;
  title: string;
  aliases: string;
  kind: EntityKind;
  mentionCount: number;
  aliasList: string[];
}

const OPTIONS: Options<EntityDocument> = {
  fields: ['title', 'aliases'],
  storeFields: ['title', 'kind', 'mentionCount', 'aliasList'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS.searchOptions,
};

const termsOf = (text: string) => tokenize(text).map(processTerm);

/**
 * Entities by name and alias (never by description: "isil" is ISIS, not every entity described as fighting it),
 * with the same tokens, folding and typo rules as the whole search. Small enough to be cached and loaded on its own,
 * so a popup opened right after the background started shows entities before the article index has loaded.
 */
export class EntityFinder {
  private constructor(private readonly index: MiniSearch<EntityDocument>) {}

  static of(entities: Iterable<Entity>): EntityFinder {
    const index = new MiniSearch<EntityDocument>(OPTIONS);
    for (const e of entities)
      index.add({ id: e.id, title: e.name, aliases: e.aliases.join(' '), kind: e.kind, mentionCount: e.mentionCount, aliasList: e.aliases });
    return new EntityFinder(index);
  }

  /** From what `toJSON` wrote, parsed; throws if it is not a finder's index. */
  static fromJS(js: unknown): EntityFinder {
    return new EntityFinder(MiniSearch.loadJS(js as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS));
  }

  toJSON(): unknown {
    return this.index.toJSON();
  }

  /** The best `limit` entities holding every word of a normalised query; the alias that matched when the name did not. */
  find(query: string, limit: number): EntityHit[] {
    const hits = searchAsTypedFirst((options: SearchOptions) => this.index.search(query, options), {});
    return hits.slice(0, limit).map(hitOf);
  }
}

function hitOf(hit: SearchResult): EntityHit {
  const { id, title, kind, mentionCount, aliasList } = hit as SearchResult & { title: string; kind: EntityKind; mentionCount: number; aliasList: string[] };
  const matched = (text: string) => termsOf(text).some((t) => t !== null && hit.terms.includes(t));
  const via = matched(title) ? undefined : aliasList.find(matched);
  return { id: String(id), name: title, kind, mentionCount, ...(via ? { via } : {}) };
}
