import { MAX_DICTIONARY_ALIASES, MAX_WARNINGS } from './limits';

/** Where a problem is: a file and, for line-based formats, a 1-based line. */
export interface Location {
  file: string;
  line?: number;
}

export function formatLocation({ file, line }: Location): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** A problem that stops the build: the message names the file (and line) and what is wrong. */
export class CorpusError extends Error {
  constructor(
    readonly location: Location,
    readonly reason: string,
  ) {
    super(`${formatLocation(location)}: ${reason}`);
    this.name = 'CorpusError';
  }
}

/** A problem that loses one article (or line) but not the build. */
export interface CorpusWarning extends Location {
  reason: string;
}

export function formatWarning(warning: CorpusWarning): string {
  return `${formatLocation(warning)}: ${warning.reason}`;
}

/** Why a build found nothing: its first few warnings, which name the files and lines at fault. */
export function nothingFound(location: Location, what: string, warnings: CorpusWarning[]): CorpusError {
  const shown = warnings.slice(0, 3).map(formatWarning).join('; ');
  const more = warnings.length > 3 ? ` (and ${warnings.length - 3} more)` : '';
  return new CorpusError(location, warnings.length ? `${what}: ${shown}${more}` : what);
}

/** The first MAX_WARNINGS warnings and one that counts the rest: what the options page and the CLI show. */
export function summariseWarnings(warnings: CorpusWarning[], collection: string): CorpusWarning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), { file: collection, reason: `… and ${warnings.length - MAX_WARNINGS} more warnings` }];
}

/** The warning for a file that could not be used: a CorpusError says where and why; anything else is named by its message. */
export function fileSkipped(file: string, error: unknown): CorpusWarning {
  if (error instanceof CorpusError) return { ...error.location, reason: `${error.reason}; file skipped` };
  return { file, reason: `${error instanceof Error ? error.message : String(error)}; file skipped` };
}

/** A collection whose dictionary is over MAX_DICTIONARY_ALIASES. */
export const tooManyAliases = (collection: string) =>
  new CorpusError(
    { file: collection },
    `more than ${MAX_DICTIONARY_ALIASES.toLocaleString('en')} aliases, the limit for one collection; split it into smaller collections`,
  );
