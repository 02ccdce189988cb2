import type { AliasRule, Article, EntityKind, Salience } from '../core/types';
import type { CuratedAlias, CuratedEntity } from './curated';
import { findNames, isCommonWord, kindOfName, type NameCandidate } from './names';
import { findTags, isHandle, isHashtag } from './tags';

/** An entity before mentions are counted: what it is called and how each alias matches. */
export interface DraftEntity {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  aliases: CuratedAlias[];
  curated: boolean;
  salience?: Salience;
}

export interface ExtractOptions {
  /** A name, hashtag or handle found by extraction must appear in at least this many articles (curated entries need none). */
  minArticles: number;
  /** Told after each article is read for names: the longest part of a large build. */
  onArticle?: (done: number, total: number) => void;
}

/** Small corpora keep every name they have; large ones need a name to recur before it becomes an entity. */
export function defaultExtractOptions(articleCount: number): ExtractOptions {
  return { minArticles: articleCount >= 100 ? 2 : 1 };
}

/** The key under which two spellings are the same alias: case, whitespace and quote style do not count. */
export function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

interface Tally<T> {
  value: T;
  articles: Set<string>;
  count: number;
  variants: Map<string, number>;
}

function tally<T>(map: Map<string, Tally<T>>, key: string, surface: string, articleId: string, value: T): Tally<T> {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { value, articles: new Set(), count: 0, variants: new Map() }));
  entry.articles.add(articleId);
  entry.count++;
  entry.variants.set(surface, (entry.variants.get(surface) ?? 0) + 1);
  return entry;
}

/** Spellings, most frequent first (ties: first seen), so the display name is the usual one. */
function byUse(variants: Map<string, number>): string[] {
  return [...variants].sort((a, b) => b[1] - a[1]).map(([surface]) => surface);
}

/**
 * Entities of a corpus: curated entries, then names (compromise), then #hashtags and @handles, merged by alias:
 * a spelling that is already an alias of an entity joins it, and a tag whose text is a known name joins that
 * name (#Orlando → Orlando, #Anonymous → Anonymous).
 */
export function extractEntities(articles: Article[], curated: CuratedEntity[], options: ExtractOptions): DraftEntity[] {
  const entities: DraftEntity[] = [];
  const byAlias = new Map<string, DraftEntity>();
  const usedIds = new Set<string>();
  const claim = (entity: DraftEntity, alias: CuratedAlias) => {
    const key = aliasKey(alias.alias);
    if (byAlias.has(key)) return;
    byAlias.set(key, entity);
    if (!entity.aliases.some((a) => a.alias === alias.alias)) entity.aliases.push(alias);
  };
  const add = (entity: DraftEntity) => {
    let id = entity.id;
    for (let n = 2; usedIds.has(id); n++) id = `${entity.id}-${n}`;
    usedIds.add(id);
    const added = { ...entity, id, aliases: [] };
    entities.push(added);
    for (const alias of entity.aliases) claim(added, alias);
    return added;
  };

  for (const entry of curated) add({ ...entry, curated: true });

  const names = new Map<string, Tally<NameCandidate>>();
  const tags = new Map<string, Tally<null>>();
  const lowerCaseWords = new Set<string>();
  for (const [index, article] of articles.entries()) {
    options.onArticle?.(index + 1, articles.length);
    for (const word of article.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu) ?? []) lowerCaseWords.add(word);
    for (const candidate of findNames(article.text)) {
      const entry = tally(names, aliasKey(candidate.surface), candidate.surface, article.id, candidate);
      entry.value = { ...entry.value, midSentence: entry.value.midSentence || candidate.midSentence };
    }
    for (const tag of findTags(article.text)) tally(tags, aliasKey(tag), tag, article.id, null);
  }

  const people: DraftEntity[] = [];
  const singles: [string, Tally<NameCandidate>][] = [];
  for (const [key, entry] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [name] = byUse(entry.variants) as [string];
    const known = byAlias.get(key);
    if (known) {
      for (const variant of entry.variants.keys()) claim(known, { alias: variant });
      continue;
    }
    if (entry.articles.size < options.minArticles) continue;
    // "ISIS Twitter accounts": known names side by side are not a new name.
    if (name.split(' ').every((word) => byAlias.has(aliasKey(word)))) continue;
    if (!name.includes(' ')) {
      singles.push([name, entry]);
      continue;
    }
    const entity = add({ id: slugify(name), name, kind: kindOfName(name), description: '', aliases: [{ alias: name }], curated: false });
    if (entity.kind === 'person') people.push(entity);
  }
  for (const [name, entry] of singles) {
    if (!entry.value.midSentence || isCommonWord(name, lowerCaseWords)) continue;
    // A lone first name or surname of exactly one person is that person ("Sotloff", "Salma").
    const owners = people.filter((p) => { const words = p.name.split(' '); return words[0] === name || words.at(-1) === name; });
    const rule: AliasRule = { caseSensitive: true };
    if (owners.length === 1) claim(owners[0]!, { alias: name, ...rule });
    else if (owners.length === 0) add({ id: slugify(name), name, kind: kindOfName(name), description: '', aliases: [{ alias: name, ...rule }], curated: false });
  }

  for (const [key, entry] of [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const variants = byUse(entry.variants);
    const named = byAlias.get(key) ?? byAlias.get(key.slice(1));
    if (named) {
      for (const variant of variants) claim(named, { alias: variant });
      continue;
    }
    if (entry.articles.size < options.minArticles) continue;
    const [name] = variants as [string];
    const kind: EntityKind = isHashtag(name) ? 'hashtag' : isHandle(name) ? 'handle' : 'hashtag';
    add({ id: `${kind}-${slugify(name.slice(1))}`, name, kind, description: '', aliases: [{ alias: name }], curated: false });
  }
  return entities;
}
