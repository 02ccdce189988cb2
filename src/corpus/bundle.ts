import { BUNDLE_VERSION, type Article, type Bundle, type DictionaryEntry, type Entity, type Mention } from '../core/types';
import { COLLISION_RULE, compileDictionary, createMatcher, DictionaryError, type Collision } from '../match';
import { buildSearchIndex } from '../search/build';
import { prepareArticle } from './article';
import { parseCuratedEntities, shownNames } from './curated';
import { describeFromCorpus } from './describe';
import { defaultExtractOptions, extractEntities, type DraftEntity, type ExtractOptions } from './entities';
import { CorpusError, fileSkipped, nothingFound, summariseWarnings, tooManyAliases, type CorpusWarning, type Location } from './errors';
import { MAX_DICTIONARY_ALIASES } from './limits';
import { coMentions, findMentions, rankArticles } from './mentions';
import { readCorpusFile, type CorpusFile } from './read';
import { salienceOf } from './salience';
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
  return entities.flatMap((entity) => entity.aliases.map(({ alias, misspelling: _, ...rule }) => ({ alias, entityId: entity.id, ...rule })));
}

function describeCollision({ kept, dropped }: Collision): string {
  return `alias "${dropped.alias}" of "${dropped.entityId}" is the same as "${kept.alias}" of "${kept.entityId}"; "${kept.entityId}" keeps it (${COLLISION_RULE})`;
}

/**
 * Compiles the dictionary, refusing one over MAX_DICTIONARY_ALIASES. An alias that can never match, or that the
 * format cannot hold, is an error in the file it came from (`entities.json`, or the collection).
 */
function compile(dictionary: DictionaryEntry[], source: string) {
  if (dictionary.length > MAX_DICTIONARY_ALIASES) throw tooManyAliases(source);
  try {
    return compileDictionary(dictionary);
  } catch (error) {
    if (error instanceof DictionaryError || error instanceof RangeError) throw new CorpusError({ file: source }, error.message);
    throw error;
  }
}

/** The articles of one file, all or none: whatever goes wrong in it throws, and the caller skips the file. */
function prepareFile(file: CorpusFile, warnings: CorpusWarning[]): { article: Article; where: Location }[] {
  const read = readCorpusFile(file);
  for (const warning of read.warnings) warnings.push(warning);
  return read.articles.flatMap((raw) => {
    const where = { file: raw.file, line: raw.line };
    const article = prepareArticle(raw);
    if (!article) warnings.push({ ...where, reason: 'nothing left after removing boilerplate; skipped' });
    return article ? [{ article, where }] : [];
  });
}

/** Every file's articles, each file read on its own: one that fails, however it fails, is one warning naming it. */
function readArticles(files: CorpusFile[], warnings: CorpusWarning[]): { articles: Article[]; locations: Map<string, Location> } {
  const articles: Article[] = [];
  const locations = new Map<string, Location>();
  for (const file of files) {
    const fileWarnings: CorpusWarning[] = [];
    let prepared;
    try {
      prepared = prepareFile(file, fileWarnings);
    } catch (error) {
      warnings.push(fileSkipped(file.name, error));
      continue;
    }
    for (const warning of fileWarnings) warnings.push(warning);
    for (const { article, where } of prepared) {
      const first = locations.get(article.id);
      if (first) {
        const at = first.line === undefined ? first.file : `${first.file}:${first.line}`;
        warnings.push({ ...where, reason: `duplicate article id "${article.id}", first seen at ${at}; this copy skipped` });
        continue;
      }
      locations.set(article.id, where);
      articles.push(article);
    }
  }
  return { articles, locations };
}

/** The warnings, summarised past MAX_WARNINGS, and the bundle: how every build ends. */
const result = (bundle: Bundle, warnings: CorpusWarning[]): BuildResult => ({ bundle, warnings: summariseWarnings(warnings, bundle.corpus.name) });

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
  const curated = curatedFile ? parseCuratedEntities(curatedFile.name, new TextDecoder().decode(curatedFile.bytes)) : [];
  const read = readArticles(
    sorted.filter((f) => !isCurated(f)),
    warnings,
  );
  const noArticles = () => nothingFound({ file: input.name }, 'no articles found (expected .txt, .md, .html, .htm or .jsonl files)', warnings);
  if (!read.articles.length) throw noArticles();

  stage('entities');
  const onArticle = (done: number, total: number) => stage('entities', done / total);
  const extraction = extractEntities(read.articles, curated, { ...defaultExtractOptions(read.articles.length), onArticle, ...options.extract });
  for (const { articleId, reason } of extraction.skipped) warnings.push({ ...read.locations.get(articleId)!, reason });
  for (const { articleId, reason } of extraction.failed) warnings.push({ ...read.locations.get(articleId)!, reason: `${reason}; skipped` });
  if (options.strict && warnings.length) throw new CorpusError(warnings[0]!, warnings[0]!.reason);
  const failed = new Set(extraction.failed.map((f) => f.articleId));
  const articles = read.articles.filter((a) => !failed.has(a.id));
  if (!articles.length) throw noArticles();
  const drafts = extraction.entities;
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
      const ids = articleIds.get(draft.id)!;
      // A curated salience wins; absent means 'specific', so only 'context' is written.
      const salience = draft.salience ?? salienceOf({ ...draft, aliases: draft.aliases.map((a) => a.alias), articleCount: ids.length }, articles.length);
      return {
        id: draft.id,
        name: draft.name,
        kind: draft.kind,
        aliases: shownNames(draft.aliases),
        description: draft.description || describeFromCorpus(found, articlesById, draft.kind),
        ...(salience === 'context' ? { salience } : {}),
        articleIds: ids,
        mentionCount: found.length,
        mentions: found,
        coMentions: related.get(draft.id)!,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const dictionary = dictionaryOf(kept);
  const { compiled, collisions } = compile(dictionary, curatedName);
  for (const c of collisions) warnings.push({ file: curatedName, reason: describeCollision(c) });
  stage('index');
  return result(
    {
      version: BUNDLE_VERSION,
      corpus: { name: input.name, articleCount: articles.length, entityCount: entities.length, aliasCount: dictionary.length },
      articles,
      entities,
      dictionary,
      matcher: compiled,
      searchIndex: buildSearchIndex(articles, entities),
    },
    warnings,
  );
}

/**
 * Builds the bundle of a watch-list: its entries are entities with no articles (they still highlight on pages,
 * their note is the description). Lines that cannot be used are skipped with warnings, as in `buildBundle`.
 */
export function buildWatchlistBundle(input: CorpusInput): BuildResult {
  const { entries, warnings } = parseWatchlists(input.name, input.files);
  const entities = entries.map(({ aliases, ...entry }): Entity => ({
    ...entry,
    aliases: shownNames(aliases),
    articleIds: [],
    mentionCount: 0,
    mentions: [],
    coMentions: [],
  }));
  const dictionary = dictionaryOf(entries.map((entry) => ({ ...entry, curated: true })));
  const { compiled, collisions } = compile(dictionary, input.name);
  for (const c of collisions) warnings.push({ file: input.name, reason: describeCollision(c) });
  return result(
    {
      version: BUNDLE_VERSION,
      corpus: { name: input.name, articleCount: 0, entityCount: entities.length, aliasCount: dictionary.length },
      articles: [],
      entities,
      dictionary,
      matcher: compiled,
      searchIndex: buildSearchIndex([], entities),
    },
    warnings,
  );
}
