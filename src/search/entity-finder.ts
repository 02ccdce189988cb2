import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../core/types';
import { processTerm, SEARCH_OPTIONS, searchAsTypedFirst, tokenize } from './options';
import type { EntityHit } from './types';

/** One entity as the finder indexes it: by its row in the finder's table, which holds what a hit shows. */
interface EntityDocument {
  row: number;
  title: string;
  /** The aliases other than the name: the name is indexed once, as the title. */
  aliases: string;
}

const OPTIONS: Options<EntityDocument> = {
  idField: 'row',
  fields: ['title', 'aliases'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS.searchOptions,
};

/**
 * Everything an entity hit shows, a column per field and a row per entity, so a hit needs no corpus. Columns rather
 * than MiniSearch's stored fields: an object per entity was half the cached finder's JSON and of its load.
 */
interface EntityTable {
  ids: string[];
  names: string[];
  /** Indices into ENTITY_KINDS. */
  kinds: number[];
  mentionCounts: number[];
  /** The aliases other than the name. */
  aliases: string[][];
}

const termsOf = (text: string) => tokenize(text).map(processTerm);

/**
 * Entities by name and alias (never by description: "isil" is ISIS, not every entity described as fighting it),
 * with the same tokens, folding and typo rules as the whole search. Small enough to be cached and loaded on its own,
 * so a popup opened right after the background started shows entities before the article index has loaded.
 */
export class EntityFinder {
  private constructor(
    private readonly index: MiniSearch<EntityDocument>,
    private readonly table: EntityTable,
  ) {}

  static of(entities: Iterable<Entity>): EntityFinder {
    const index = new MiniSearch<EntityDocument>(OPTIONS);
    const table: EntityTable = { ids: [], names: [], kinds: [], mentionCounts: [], aliases: [] };
    for (const e of entities) {
      const aliases = e.aliases.filter((alias) => alias !== e.name);
      index.add({ row: table.ids.length, title: e.name, aliases: aliases.join(' ') });
      table.ids.push(e.id);
      table.names.push(e.name);
      table.kinds.push(ENTITY_KINDS.indexOf(e.kind));
      table.mentionCounts.push(e.mentionCount);
      table.aliases.push(aliases);
    }
    return new EntityFinder(index, table);
  }

  /** From what `toJSON` wrote, parsed; throws if it is not a finder's index and table. */
  static fromJS(js: unknown): EntityFinder {
    const { index, table } = (js ?? {}) as { index?: { documentCount?: unknown }; table?: Partial<EntityTable> };
    const rows = index?.documentCount;
    const columns = [table?.ids, table?.names, table?.kinds, table?.mentionCounts, table?.aliases];
    if (typeof rows !== 'number' || !columns.every((column) => Array.isArray(column) && column.length === rows))
      throw new Error('its table does not have a row for each indexed entity');
    return new EntityFinder(MiniSearch.loadJS(index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS), table as EntityTable);
  }

  toJSON(): unknown {
    return { index: this.index.toJSON(), table: this.table };
  }

  /** The best `limit` entities holding every word of a normalised query; the alias that matched when the name did not. */
  find(query: string, limit: number): EntityHit[] {
    const hits = searchAsTypedFirst((options: SearchOptions) => this.index.search(query, options), {});
    return hits.slice(0, limit).map((hit) => this.hitOf(hit));
  }

  private hitOf(hit: SearchResult): EntityHit {
    const row = hit.id as number;
    const { ids, names, kinds, mentionCounts, aliases } = this.table;
    const matched = (text: string) => termsOf(text).some((t) => t !== null && hit.terms.includes(t));
    const via = matched(names[row]!) ? undefined : aliases[row]!.find(matched);
    return { id: ids[row]!, name: names[row]!, kind: ENTITY_KINDS[kinds[row]!] as EntityKind, mentionCount: mentionCounts[row]!, ...(via ? { via } : {}) };
  }
}
