import { ENTITY_KINDS, SALIENCE_CLASSES, type AliasRule, type EntityKind, type Salience } from '../core/types';
import { CorpusError } from './errors';
import { MAX_ALIAS_CHARS } from './limits';

/** An entry of `entities.json`: knowledge the corpus cannot give (aliases, kind, description, match rules). */
export interface CuratedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  aliases: CuratedAlias[];
  /** Overrides the salience the build computes: `context` for background every page shares (Twitter, a country). */
  salience?: Salience;
  /** A watch-list line named the kind: it wins over any other collection's when entities merge. */
  kindGiven?: boolean;
}

export interface CuratedAlias extends AliasRule {
  alias: string;
  /** A spelling the sources got wrong ("Omar Marteen"): found on pages, never shown as one of the entity's names. */
  misspelling?: boolean;
}

const ALIAS_KEYS = ['caseSensitive', 'acronym', 'foldDiacritics', 'misspelling'] as const;

/** The names an entity is shown under: its aliases but the sources' misspellings. */
export const shownNames = (aliases: readonly CuratedAlias[]): string[] => aliases.filter((a) => !a.misspelling).map((a) => a.alias);

/** 1-based line of the first occurrence of `needle` in `source`, or undefined. */
function lineOf(source: string, needle: string): number | undefined {
  const at = source.indexOf(needle);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}

/** Whether JSON.parse fails on `prefix` only because it ends early (so the error lies further on). */
function failsOnlyAtEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    return message.includes('end of JSON input') || message.includes(`at position ${prefix.length}`);
  }
}

/**
 * Offset of a JSON syntax error. V8 names the position for some errors only, so find the shortest
 * prefix that fails for a reason other than ending early (binary search; such prefixes only grow).
 */
function jsonErrorOffset(source: string): number {
  let low = 0;
  let high = source.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsOnlyAtEnd(source.slice(0, mid + 1))) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Parses and validates `entities.json`. Every problem throws a CorpusError naming the file, the line
 * and the entry, because a curated file with a typo would silently change what Lantern highlights.
 */
export function parseCuratedEntities(file: string, source: string): CuratedEntity[] {
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch (error) {
    const line = source.slice(0, jsonErrorOffset(source)).split('\n').length;
    throw new CorpusError({ file, line }, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const list = (root as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) throw new CorpusError({ file, line: 1 }, 'expected an object with an "entities" array');
  const ids = new Set<string>();
  return list.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : '';
    const fail = (reason: string): never => {
      // The line is looked up only here: a search of the whole source per entry made large files quadratic.
      const where = { file, line: lineOf(source, `"${id}"`) ?? 1 };
      throw new CorpusError(where, `entities[${index}]${id ? ` ("${id}")` : ''}: ${reason}`);
    };
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail('"id" must be a lower-case slug like "omar-mateen"');
    if (id.length > MAX_ALIAS_CHARS) fail(`"id" is longer than ${MAX_ALIAS_CHARS} characters`);
    if (ids.has(id)) fail(`duplicate id "${id}"`);
    ids.add(id);
    if (typeof record.name !== 'string' || !record.name.trim()) fail('"name" must be a non-empty string');
    if ((record.name as string).trim().length > MAX_ALIAS_CHARS) fail(`"name" is longer than ${MAX_ALIAS_CHARS} characters`);
    if (!ENTITY_KINDS.includes(record.kind as EntityKind)) fail(`"kind" must be one of ${ENTITY_KINDS.join(', ')}`);
    if (record.description !== undefined && typeof record.description !== 'string') fail('"description" must be a string');
    if (record.salience !== undefined && !SALIENCE_CLASSES.includes(record.salience as Salience))
      fail(`"salience" must be one of ${SALIENCE_CLASSES.join(', ')}`);
    if (!Array.isArray(record.aliases) || record.aliases.length === 0) fail('"aliases" must be a non-empty array');
    const aliases = (record.aliases as unknown[]).map((value, aliasIndex): CuratedAlias => {
      const alias = typeof value === 'string' ? { alias: value } : (value as Record<string, unknown> | null);
      if (!alias || typeof alias.alias !== 'string' || !alias.alias.trim())
        return fail(`aliases[${aliasIndex}] must be a non-empty string or {"alias": "..."}`);
      if (alias.alias.trim().length > MAX_ALIAS_CHARS) fail(`aliases[${aliasIndex}] is longer than ${MAX_ALIAS_CHARS} characters`);
      for (const key of Object.keys(alias)) {
        if (key !== 'alias' && !(ALIAS_KEYS as readonly string[]).includes(key))
          fail(`aliases[${aliasIndex}] has unknown rule "${key}" (known: ${ALIAS_KEYS.join(', ')})`);
        if (key !== 'alias' && typeof alias[key] !== 'boolean') fail(`aliases[${aliasIndex}].${key} must be true or false`);
      }
      return { ...(alias as unknown as CuratedAlias), alias: alias.alias.trim() };
    });
    return {
      id,
      name: (record.name as string).trim(),
      kind: record.kind as EntityKind,
      description: ((record.description as string | undefined) ?? '').trim(),
      aliases,
      ...(record.salience !== undefined && { salience: record.salience as Salience }),
    };
  });
}
