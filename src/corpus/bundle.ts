import { BUNDLE_VERSION, type Article, type Bundle, type DictionaryEntry, type Entity, type Mention } from '../core/types';
import { COLLISION_RULE, compileDictionary, createMatcher, DictionaryError, type Collision } from '../match';
import { buildSearchIndex } from '../search/build';
import { prepareArticle } from './article';
import { parseCuratedEntities } from './curated';
import { describeFromCorpus } from './describe';
import { defaultExtractOptions, extractEntities, type DraftEntity, type ExtractOptions } from './entities';
import { CorpusError, nothingFound, type CorpusWarning } from './errors';
import { coMentions, findMentions, rankArticles } from './mentions';
import { readCorpusFile, type CorpusFile } from './read';
import { parseWatchlists } from './watchlist';

/** The curated entities file that may sit beside the articles. */
export const CURATED_FILE = 'entities.json';

export interface CorpusInput {
  /** Shown in the popup: the corpus folder's name. */
  name: string;
  files: CorpusFile[];
}

export interface BuildOptions {
  /** Turn every warning (a skipped file or line) into an error. */
  strict?: boolean;
  extract?: Partial<ExtractOptions>;
  /** Told when each stage starts (and how far the entity stage is, 0–1), so a long in-browser import can show progress. */
  onStage?: (stage: BuildStage, fraction?: number) => void;
}

/** The build's stages, in order. */
export const BUILD_STAGES = ['articles', 'entities', 'mentions', 'index'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

export interface BuildResult {
  bundle: Bundle;
  warnings: CorpusWarning[];
}

function dictionaryOf(entities: DraftEntity[]): DictionaryEntry[] {
  return entities.flatMap((entity) => entity.aliases.map(({ alias, ...rule }) => ({ alias, entityId: entity.id, ...rule })));
}

function describeCollision({ kept, dropped }: Collision): string {
  return `alias "${dropped.alias}" of "${dropped.entityId}" is the same as "${kept.alias}" of "${kept.entityId}"; "${kept.entityId}" keeps it (${COLLISION_RULE})`;
}

/** Compiles the dictionary; an alias that can never match is an error in the curated file it came from. */
function compile(dictionary: DictionaryEntry[], curatedName: string) {
  try {
    return compileDictionary(dictionary);
  } catch (error) {
    if (error instanceof DictionaryError) throw new CorpusError({ file: curatedName }, error.message);
    throw error;
  }
}

function readArticles(files: CorpusFile[], warnings: CorpusWarning[]): Article[] {
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    let read;
    try {
      read = readCorpusFile(file);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      warnings.push({ ...error.location, reason: `${error.reason}; file skipped` });
      continue;
    }
    warnings.push(...read.warnings);
    for (const raw of read.articles) {
      const where = { file: raw.file, line: raw.line };
      if (ids.has(raw.id)) {
        warnings.push({ ...where, reason: `duplicate article id "${raw.id}"; skipped` });
        continue;
      }
      const article = prepareArticle(raw);
      if (!article) {
        warnings.push({ ...where, reason: 'nothing left after removing boilerplate; skipped' });
        continue;
      }
      ids.add(article.id);
      articles.push(article);
    }
  }
  return articles;
}

/**
 * Builds the bundle from a corpus: pure, so the Node build and the in-browser import share it.
 * A bad article file or line is skipped with a warning that names it (the rest of a large corpus is still
 * worth having); a bad `entities.json`, or a corpus with no article left, is an error.
 */
export function buildBundle(input: CorpusInput, options: BuildOptions = {}): BuildResult {
  const warnings: CorpusWarning[] = [];
  const stage = options.onStage ?? (() => undefined);
  stage('articles');
  const sorted = [...input.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isCurated = (file: CorpusFile) => file.name.split('/').pop() === CURATED_FILE;
  const curatedFile = sorted.find(isCurated);
  const curated = curatedFile
    ? parseCuratedEntities(curatedFile.name, new TextDecoder().decode(curatedFile.bytes))
    : [];
  const articles = readArticles(sorted.filter((f) => !isCurated(f)), warnings);
  if (options.strict && warnings.length) throw new CorpusError(warnings[0]!, warnings[0]!.reason);
  if (!articles.length) throw nothingFound({ file: input.name }, 'no articles found (expected .txt, .md, .html, .htm or .jsonl files)', warnings);

  stage('entities');
  const onArticle = (done: number, total: number) => stage('entities', done / total);
  const drafts = extractEntities(articles, curated, { ...defaultExtractOptions(articles.length), onArticle, ...options.extract });
  const curatedName = curatedFile?.name ?? CURATED_FILE;
  const { compiled: candidateMatcher } = compile(dictionaryOf(drafts), curatedName);
  stage('mentions');
  const mentions = findMentions(articles, createMatcher(candidateMatcher));
  // An extracted name the matcher never finds (a longer alias always wins) is not worth a dictionary entry.
  const kept = drafts.filter((d) => d.curated || mentions.has(d.id));
  const articleIds = new Map(kept.map((d) => [d.id, rankArticles(mentions.get(d.id) ?? [])]));
  const related = coMentions(articleIds);
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const entities: Entity[] = kept
    .map((draft): Entity => {
      const found: Mention[] = mentions.get(draft.id) ?? [];
      return {
        id: draft.id,
        name: draft.name,
        kind: draft.kind,
        aliases: draft.aliases.map((a) => a.alias),
        description: draft.description || describeFromCorpus(found, articlesById),
        articleIds: articleIds.get(draft.id)!,
        mentionCount: found.length,
        mentions: found,
        coMentions: related.get(draft.id)!,
        ...(draft.salience && { salience: draft.salience }),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const dictionary = dictionaryOf(kept);
  const { compiled, collisions } = compile(dictionary, curatedName);
  for (const c of collisions) warnings.push({ file: curatedName, reason: describeCollision(c) });
  stage('index');
  return {
    bundle: {
      version: BUNDLE_VERSION,
      corpus: { name: input.name, articleCount: articles.length, entityCount: entities.length, aliasCount: dictionary.length },
      articles,
      entities,
      dictionary,
      matcher: compiled,
      searchIndex: buildSearchIndex(articles, entities),
    },
    warnings,
  };
}

/**
 * Builds the bundle of a watch-list: its entries are entities with no articles (they still highlight on pages,
 * their note is the description). Lines that cannot be used are skipped with warnings, as in `buildBundle`.
 */
export function buildWatchlistBundle(input: CorpusInput): BuildResult {
  const { entries, warnings } = parseWatchlists(input.name, input.files);
  const entities = entries.map(
    ({ aliases, ...entry }): Entity => ({ ...entry, aliases: aliases.map((a) => a.alias), articleIds: [], mentionCount: 0, mentions: [], coMentions: [] }),
  );
  const dictionary = dictionaryOf(entries.map((entry) => ({ ...entry, curated: true })));
  const { compiled, collisions } = compile(dictionary, input.name);
  for (const c of collisions) warnings.push({ file: input.name, reason: describeCollision(c) });
  return {
    bundle: {
      version: BUNDLE_VERSION,
      corpus: { name: input.name, articleCount: 0, entityCount: entities.length, aliasCount: dictionary.length },
      articles: [],
      entities,
      dictionary,
      matcher: compiled,
      searchIndex: buildSearchIndex([], entities),
    },
    warnings,
  };
}
