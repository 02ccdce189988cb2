import type { Article, Bundle, CompiledDictionary, DictionaryEntry, Entity } from '../core/types';
import { compileDictionary } from '../match';
import { articleDocId, entityDocId, idOfDoc } from '../search/build';
import type { SearchSource } from '../search/types';
import { aliasKey } from './entities';
import { rankArticles } from './mentions';

/** One collection to merge: `prefix` namespaces its article and entity ids ('' keeps them, for the bundled corpus). */
export interface Collection {
  prefix: string;
  bundle: Bundle;
  /** A private collection's terms are found on pages (badge, popup) but never painted where the page could see them. */
  private?: boolean;
  /** A watch-list names whom the user watches: its entities are specific, whatever another collection says. */
  watchlist?: boolean;
}

/** Several collections seen as one: what the background serves to pages, cards, search and article pages. */
export interface MergedView {
  corpus: Bundle['corpus'];
  articles: Article[];
  entities: Entity[];
  /** The combined dictionary, compiled: what the content script receives. */
  matcher: CompiledDictionary;
  /** Each collection's own search index, with its document ids mapped into the view. */
  sources: SearchSource[];
  /**
   * Entities that only private collections know. An entity a public collection also knows stays painted: leaving
   * a bundled term unpainted would itself tell the page that a private list watches it.
   */
  privateEntityIds: string[];
  /** Entities every collection that says anything calls `context`: painted at their first occurrence only, by default. */
  contextEntityIds: string[];
}

/** Separates a collection's prefix from its own ids; ids made by src/corpus never contain it. */
export const PREFIX_SEPARATOR = '~';
const CO_MENTION_LIMIT = 12;

const namespace = (prefix: string) => (prefix ? (id: string) => `${prefix}${PREFIX_SEPARATOR}${id}` : (id: string) => id);

interface Part {
  collection: number;
  entity: Entity;
}

/**
 * Merges collections, highest priority first, into one view. Entities that share an alias key become one (the
 * earlier collection's id, name, kind and description win; aliases, articles, mentions and co-mentions combine).
 * On an alias two entities claim, the earlier collection wins, as in the dictionary compiler.
 */
export function mergeCollections(collections: Collection[]): MergedView {
  const articleIdOf = collections.map((c) => namespace(c.prefix));
  const entityIdOf = collections.map(() => new Map<string, string>());
  const owners = new Map<string, Entity>();
  const parts = new Map<Entity, Part[]>();

  collections.forEach(({ prefix, bundle }, collection) => {
    const ns = namespace(prefix);
    const nsArticle = articleIdOf[collection]!;
    for (const entity of bundle.entities) {
      const keys = entity.aliases.map(aliasKey);
      const known = keys.map((key) => owners.get(key)).find((owner) => owner !== undefined);
      const mentions = prefix ? entity.mentions.map((m) => ({ ...m, articleId: nsArticle(m.articleId) })) : entity.mentions;
      let merged: Entity;
      if (known) {
        merged = known;
        // A kind a watch-list names wins ("group", where the corpus guessed "organisation"); the first such wins.
        if (entity.kindGiven && !merged.kindGiven) Object.assign(merged, { kind: entity.kind, kindGiven: true });
        merged.aliases = [...new Set([...merged.aliases, ...entity.aliases])];
        merged.mentions = [...merged.mentions, ...mentions];
        merged.mentionCount += entity.mentionCount;
        merged.articleIds = rankArticles(merged.mentions);
        merged.description ||= entity.description;
      } else {
        merged = { ...entity, id: ns(entity.id), mentions, articleIds: prefix ? entity.articleIds.map(nsArticle) : entity.articleIds };
        parts.set(merged, []);
      }
      parts.get(merged)!.push({ collection, entity });
      entityIdOf[collection]!.set(entity.id, merged.id);
      for (const key of keys) if (!owners.has(key)) owners.set(key, merged);
    }
  });

  const entities = [...parts.keys()];
  for (const [merged, from] of parts)
    if (from.length > 1 || collections[from[0]!.collection]!.prefix) merged.coMentions = combineCoMentions(merged, from, entityIdOf);

  const articles = collections.flatMap(({ prefix, bundle }, collection) =>
    prefix ? bundle.articles.map((a) => ({ ...a, id: articleIdOf[collection]!(a.id) })) : bundle.articles,
  );
  const dictionary = collections.flatMap(({ bundle }, collection): DictionaryEntry[] =>
    bundle.dictionary.map((entry) => ({ ...entry, entityId: entityIdOf[collection]!.get(entry.entityId)! })),
  );
  const matcher = collections.length === 1 ? collections[0]!.bundle.matcher : compileDictionary(dictionary).compiled;
  const sources = collections.map(({ bundle }, collection): SearchSource => ({
    searchIndex: bundle.searchIndex,
    viewDocId: (docId) => {
      const id = idOfDoc(docId);
      return docId === articleDocId(id) ? articleDocId(articleIdOf[collection]!(id)) : entityDocId(entityIdOf[collection]!.get(id)!);
    },
  }));
  const privateEntityIds = [...parts].filter(([, from]) => from.every((part) => collections[part.collection]!.private)).map(([merged]) => merged.id);
  const saliences = (from: Part[]) => from.map(({ collection, entity }) => (collections[collection]!.watchlist ? 'specific' : entity.salience));
  const contextEntityIds = [...parts]
    .filter(([, from]) => saliences(from).includes('context') && !saliences(from).includes('specific'))
    .map(([merged]) => merged.id);
  return {
    privateEntityIds,
    contextEntityIds,
    corpus: {
      name: collections.map((c) => c.bundle.corpus.name).join(' + '),
      articleCount: articles.length,
      entityCount: entities.length,
      aliasCount: entities.reduce((sum, e) => sum + e.aliases.length, 0),
    },
    articles,
    entities,
    matcher,
    sources,
  };
}

/** Co-mentions of every part, renamed into the view and summed; the entity itself left out. */
function combineCoMentions(merged: Entity, from: Part[], entityIdOf: Map<string, string>[]): Entity['coMentions'] {
  const counts = new Map<string, number>();
  for (const { collection, entity } of from)
    for (const { id, count } of entity.coMentions) {
      const viewId = entityIdOf[collection]!.get(id) ?? id;
      if (viewId !== merged.id) counts.set(viewId, (counts.get(viewId) ?? 0) + count);
    }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CO_MENTION_LIMIT)
    .map(([id, count]) => ({ id, count }));
}
