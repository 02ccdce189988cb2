import { ENTITY_KINDS, type EntityKind } from '../core/types';
import type { CuratedAlias, CuratedEntity } from './curated';
import { aliasKey, slugify } from './entities';
import { CorpusError, fileSkipped, nothingFound, tooManyAliases, type CorpusWarning } from './errors';
import { MAX_ALIAS_CHARS, MAX_DICTIONARY_ALIASES } from './limits';
import { decodeText, extensionOf, type CorpusFile } from './read';

/**
 * Watch-lists: `.csv`/`.txt` files of @handles, #hashtags or names, one a line, with an optional note and kind:
 *
 *     term, note, kind
 *     @WauchulaGhost, anti-ISIS hacker
 *     Islamic State|ISIS|Daesh; militant group; group
 *
 * Fields are split on commas, semicolons or tabs (mixed freely), a field in double quotes may hold any of them,
 * `|` separates a term's aliases (the first is its name), and a first line naming the columns is a header.
 */

export const WATCHLIST_EXTENSIONS = ['.csv', '.txt'] as const;

const DELIMITERS = new Set([',', ';', '\t']);
const COLUMN_NAMES: Record<string, 'term' | 'note' | 'kind'> = {
  term: 'term',
  name: 'term',
  handle: 'term',
  hashtag: 'term',
  alias: 'term',
  aliases: 'term',
  account: 'term',
  note: 'note',
  notes: 'note',
  description: 'note',
  comment: 'note',
  kind: 'kind',
  type: 'kind',
};
const POSITIONAL = { term: 0, note: 1, kind: 2 };

/** Splits one line into fields; null when a quote is never closed. */
export function splitFields(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (line[i + 1] === '"') field += line[++i];
      else quoted = false;
    } else if (ch === '"' && !field.trim()) {
      quoted = true;
      field = '';
    } else if (DELIMITERS.has(ch)) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** The column positions a header line names, or null when the line is data. */
function headerColumns(fields: string[]): typeof POSITIONAL | null {
  const named = fields.map((f) => COLUMN_NAMES[f.toLowerCase()]);
  if (!named.includes('term') || named.some((n) => n === undefined)) return null;
  return { term: named.indexOf('term'), note: named.indexOf('note'), kind: named.indexOf('kind') };
}

function isTag(term: string): boolean {
  return term.startsWith('@') || term.startsWith('#');
}

/** Why a term cannot be matched on a page, or '' when it can. */
function termProblem(term: string): string {
  if (term.length > MAX_ALIAS_CHARS) return `longer than ${MAX_ALIAS_CHARS} characters`;
  if (!/[\p{L}\p{N}]/u.test(term)) return `"${term}" has no letter or digit`;
  if (isTag(term) && /\s/.test(term)) return `"${term}": a ${term[0] === '@' ? '@handle' : '#hashtag'} cannot contain spaces`;
  return '';
}

/** A single word could be an ordinary word in another case ("Anonymous"); a short all-caps one is an acronym ("IS"). */
function aliasOf(term: string): CuratedAlias {
  if (isTag(term) || /\s/.test(term)) return { alias: term };
  if (term.length <= 5 && term === term.toUpperCase() && term !== term.toLowerCase()) return { alias: term, acronym: true };
  return { alias: term, caseSensitive: true };
}

function inferKind(name: string): EntityKind {
  return name.startsWith('@') ? 'handle' : name.startsWith('#') ? 'hashtag' : 'person';
}

/** What every file of one watch-list import shares: an alias listed twice, or an id taken, counts across files. */
interface Seen {
  aliases: Map<string, string>;
  ids: Set<string>;
}

function parseFile(file: CorpusFile, seen: Seen, entries: CuratedEntity[], warnings: CorpusWarning[]): void {
  const ext = extensionOf(file.name);
  if (!(WATCHLIST_EXTENSIONS as readonly string[]).includes(ext))
    throw new CorpusError({ file: file.name }, `unsupported watch-list type "${ext}" (use ${WATCHLIST_EXTENSIONS.join(', ')})`);
  const text = decodeText(file);
  if (!text.trim()) throw new CorpusError({ file: file.name }, 'empty file');
  const lines = text.split(/\r\n|\r|\n/);
  let columns = POSITIONAL;
  let first = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const skip = (reason: string) => void warnings.push({ file: file.name, line, reason: `${reason}; line skipped` });
    // Past the limit the import is refused (by parseWatchlists): reading the rest of a million lines is wasted.
    if (!raw.trim() || seen.aliases.size > MAX_DICTIONARY_ALIASES) return;
    const fields = splitFields(raw);
    if (!fields) return skip('a quote is never closed');
    if (first) {
      first = false;
      const header = headerColumns(fields);
      if (header) return void (columns = header);
    }
    const at = (i: number) => (i >= 0 ? (fields[i] ?? '') : '');
    const terms = at(columns.term)
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
    if (!terms.length) return skip('no name, @handle or #hashtag');
    const problem = terms.map(termProblem).find(Boolean);
    if (problem) return skip(problem);
    const kind = at(columns.kind).toLowerCase();
    if (kind && !(ENTITY_KINDS as readonly string[]).includes(kind)) return skip(`unknown kind "${kind}" (use ${ENTITY_KINDS.join(', ')})`);
    const earlier = terms.map((t) => seen.aliases.get(aliasKey(t))).find((where) => where !== undefined);
    if (earlier !== undefined) return skip(`already listed at ${earlier}`);
    for (const term of terms) seen.aliases.set(aliasKey(term), `${file.name}:${line}`);
    const name = terms[0]!;
    const resolvedKind = (kind as EntityKind) || inferKind(name);
    const base = isTag(name) ? `${resolvedKind}-${slugify(name.slice(1))}` : slugify(name);
    let id = base;
    for (let n = 2; seen.ids.has(id); n++) id = `${base}-${n}`;
    seen.ids.add(id);
    entries.push({ id, name, kind: resolvedKind, description: at(columns.note), aliases: terms.map(aliasOf), ...(kind ? { kindGiven: true } : {}) });
  });
}

/**
 * Parses watch-list files into curated entities. A line that cannot be used is skipped with a warning naming the
 * file and line; so is a whole file that is not UTF-8 text (as the article build does); no entry at all is an error.
 */
export function parseWatchlists(name: string, files: CorpusFile[]): { entries: CuratedEntity[]; warnings: CorpusWarning[] } {
  const entries: CuratedEntity[] = [];
  const warnings: CorpusWarning[] = [];
  const seen: Seen = { aliases: new Map(), ids: new Set() };
  for (const file of files) {
    try {
      parseFile(file, seen, entries, warnings);
    } catch (error) {
      warnings.push(fileSkipped(file.name, error));
    }
    if (seen.aliases.size > MAX_DICTIONARY_ALIASES) throw tooManyAliases(name);
  }
  if (!entries.length) throw nothingFound({ file: name }, 'no watch-list entries found (one @handle, #hashtag or name a line)', warnings);
  return { entries, warnings };
}
