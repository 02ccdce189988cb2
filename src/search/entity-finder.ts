import MiniSearch, { type AsPlainObject, type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../core/types';
import { withinEdits } from './edit-distance';
import { fuzzyDistance, processTerm, SEARCH_OPTIONS, searchAsTypedFirst, tokenize } from './options';
import type { EntityHit } from './types';

/** One entity as the finder indexes it: by its row in the finder's table, which holds what a hit shows. */
interface EntityDocument {
  row: number;
  title: string;
  /** The aliases other than the name: the name is indexed once, as the title. */
  aliases: string;
}

/** The finder's MiniSearch options: exported for the tests, which load its whole index to compare. */
export const ENTITY_INDEX_OPTIONS: Options<EntityDocument> = {
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

/** Each term's postings as MiniSearch writes them: field id → document id → term frequency. */
type Postings = Record<string, Record<string, number>>;

const termsOf = (text: string) => tokenize(text).map(processTerm);

/** Whether an indexed term can answer a query term: as typed or as its prefix, or, with `typos`, within those forgiven. */
const mayAnswer = (indexed: string, typed: string, typos: boolean) =>
  indexed.startsWith(typed) || (typos && withinEdits(indexed, typed, Number(fuzzyDistance(typed) || 0)));

/**
 * Entities by name and alias (never by description: "isil" is ISIS, not every entity described as fighting it),
 * with the same tokens, folding and typo rules as the whole search. Small enough to be cached and loaded on its own,
 * so a popup opened right after the background started shows entities before the article index has loaded.
 *
 * The index is kept as MiniSearch serialises it, and each query loads into MiniSearch only the terms it can match
 * and the documents they hold: loading all 9,600 terms of the 20,000 articles' entities took 37–61 ms in a service
 * worker that had just started, most of a wake's wait for the popup's first results. A query's scores are the same:
 * BM25 reads a term's own postings, its documents' field lengths, and counts kept whole.
 */
export class EntityFinder {
  private constructor(
    private readonly index: AsPlainObject,
    private readonly table: EntityTable,
  ) {}

  static of(entities: Iterable<Entity>): EntityFinder {
    const index = new MiniSearch<EntityDocument>(ENTITY_INDEX_OPTIONS);
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
    // Through JSON, as the cached one is read: one form, one way to search it.
    return EntityFinder.fromJS(JSON.parse(JSON.stringify({ index, table })));
  }

  /** From what `toJSON` wrote, parsed; throws if it is not a finder's index and table. */
  static fromJS(js: unknown): EntityFinder {
    const { index, table } = (js ?? {}) as { index?: Partial<AsPlainObject>; table?: Partial<EntityTable> };
    const rows = index?.documentCount;
    const columns = [table?.ids, table?.names, table?.kinds, table?.mentionCounts, table?.aliases];
    if (typeof rows !== 'number' || !columns.every((column) => Array.isArray(column) && column.length === rows))
      throw new Error('its table does not have a row for each indexed entity');
    if (!Array.isArray(index!.index) || typeof index!.documentIds !== 'object' || typeof index!.fieldLength !== 'object')
      throw new Error('its index has no terms or documents');
    // Loaded once here, empty, so that an index MiniSearch cannot read throws now rather than at the first query.
    MiniSearch.loadJS({ ...(index as AsPlainObject), index: [], documentIds: {}, fieldLength: {}, storedFields: {} }, ENTITY_INDEX_OPTIONS);
    return new EntityFinder(index as AsPlainObject, table as EntityTable);
  }

  toJSON(): unknown {
    return { index: this.index, table: this.table };
  }

  /** The best `limit` entities holding every word of a normalised query; the alias that matched when the name did not. */
  find(query: string, limit: number): EntityHit[] {
    // Typos are looked for only when the words as typed find nothing: the terms they could be are loaded only then.
    const hits = searchAsTypedFirst((options: SearchOptions) => this.loadFor(query, options.fuzzy !== false).search(query, options), {});
    return hits.slice(0, limit).map((hit) => this.hitOf(hit));
  }

  /** MiniSearch holding the terms `query` can match (with `typos`, or as typed), with every document they hold. */
  private loadFor(query: string, typos: boolean): MiniSearch<EntityDocument> {
    const typed = termsOf(query).filter((term) => term !== null);
    const { documentIds, fieldLength } = this.index;
    const terms = (this.index.index as [string, Postings][]).filter(([term]) => typed.some((t) => mayAnswer(term, t, typos)));
    const documents = new Set(terms.flatMap(([, postings]) => Object.values(postings).flatMap((byDocument) => Object.keys(byDocument))));
    const pick = <T>(all: Record<string, T>) => Object.fromEntries([...documents].map((id) => [id, all[id]!]));
    return MiniSearch.loadJS(
      { ...this.index, index: terms, documentIds: pick(documentIds), fieldLength: pick(fieldLength), storedFields: {} },
      ENTITY_INDEX_OPTIONS,
    );
  }

  private hitOf(hit: SearchResult): EntityHit {
    const row = hit.id as number;
    const { ids, names, kinds, mentionCounts, aliases } = this.table;
    const matched = (text: string) => termsOf(text).some((t) => t !== null && hit.terms.includes(t));
    const via = matched(names[row]!) ? undefined : aliases[row]!.find(matched);
    return { id: ids[row]!, name: names[row]!, kind: ENTITY_KINDS[kinds[row]!] as EntityKind, mentionCount: mentionCounts[row]!, ...(via ? { via } : {}) };
  }
}
