import type { Bundle } from '../core/types';
import { buildBundle, buildWatchlistBundle, type BuildResult, type BuildStage, type CorpusInput } from './bundle';
import { CorpusError } from './errors';

/** What a user imports: articles (built like the bundled corpus) or a watch-list of terms. */
export type CollectionKind = 'articles' | 'watchlist';

/**
 * The most an import may hold, per file and in all: the bundle is about 3.5 times its text and is built in memory,
 * so a larger corpus belongs in the build (`LANTERN_CORPUS`), not in a browser tab.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses an import that is too large before anything is read, naming the file. */
export function checkImportSize(files: { name: string; size: number }[]): void {
  const big = files.find((f) => f.size > MAX_IMPORT_BYTES);
  if (big)
    throw new CorpusError({ file: big.name }, `${megabytes(big.size)} is over the import limit of ${megabytes(MAX_IMPORT_BYTES)}; split it or build it in`);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES)
    throw new CorpusError(
      { file: `${files.length} files` },
      `${megabytes(total)} in all is over the import limit of ${megabytes(MAX_IMPORT_BYTES)}; import them in parts`,
    );
}

/** Where an import is: reading the files, one of the build's stages, or writing the collection. */
export type ImportStage = 'reading' | BuildStage | 'saving';

/** "news.jsonl" → "news"; several files are named after the first. */
export function collectionName(files: { name: string }[]): string {
  const first = files[0]?.name.replace(/\.[^.]+$/, '') ?? 'import';
  return files.length > 1 ? `${first} and ${files.length - 1} more` : first;
}

export function buildCollection(kind: CollectionKind, input: CorpusInput, onStage?: (stage: BuildStage, fraction?: number) => void): BuildResult {
  return kind === 'articles' ? buildBundle(input, { onStage }) : buildWatchlistBundle(input);
}

/**
 * Whether a new import is private unless the user says otherwise: a watch-list is a list of whom one watches, which
 * a page should never be able to read; articles are reading matter, and their terms are painted like the bundled ones.
 */
export const PRIVATE_BY_DEFAULT: Record<CollectionKind, boolean> = { articles: false, watchlist: true };

export interface CollectionCounts {
  articles: number;
  entities: number;
  aliases: number;
}

/** An imported collection as listed: everything but its bundle. */
export interface CollectionInfo {
  /** Short and URL-safe: it prefixes the collection's article and entity ids in the merged view. */
  id: string;
  name: string;
  kind: CollectionKind;
  /** ISO time of the import; collections merge oldest first. */
  createdAt: string;
  counts: CollectionCounts;
  /** Its terms are found on pages (badge, popup) but never painted where the page's scripts could read them. */
  private: boolean;
}

export const countsOf = ({ corpus }: Bundle): CollectionCounts => ({ articles: corpus.articleCount, entities: corpus.entityCount, aliases: corpus.aliasCount });
