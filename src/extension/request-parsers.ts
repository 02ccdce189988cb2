/**
 * Every request is parsed by its type before a handler sees it: messages reach the background from content scripts
 * in pages Lantern does not trust, so a field that is missing, of the wrong type or absurdly long rejects the request
 * with an error naming the field, and nothing is done.
 */
import { isObject, type Fields } from '../core/fields';
import { HIGHLIGHT_KINDS, type HighlightNames } from '../core/settings';
import type { Requests, TabRequests } from './messages';

export class MalformedRequest extends Error {
  override name = 'MalformedRequest';
}

/** Longest entity or article id (a collection prefix, a separator and a slug). */
const MAX_ID = 1_000;
/** Longest query the popup sends: longer input is cut there. */
const MAX_QUERY = 20_000;
/** Most entity ids one request may carry (a page's distinct terms). */
const MAX_IDS = 200_000;

function text(m: Fields, field: string, max: number): string {
  const value = m[field];
  if (typeof value !== 'string' || value.length > max) throw new MalformedRequest(`${field} must be text of at most ${max} characters`);
  return value;
}

function ids(m: Fields, field: string): string[] {
  const value = m[field];
  if (!Array.isArray(value) || value.length > MAX_IDS || !value.every((id) => typeof id === 'string' && id.length <= MAX_ID))
    throw new MalformedRequest(`${field} must be a list of at most ${MAX_IDS} ids`);
  return value as string[];
}

function integer(m: Fields, field: string, min: number, max: number): number {
  const value = m[field];
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    throw new MalformedRequest(`${field} must be a whole number from ${min} to ${max}`);
  return value as number;
}

function flag(m: Fields, field: string): boolean {
  if (typeof m[field] !== 'boolean') throw new MalformedRequest(`${field} must be true or false`);
  return m[field] as boolean;
}

function names(m: Fields): HighlightNames {
  const value = m.names;
  if (!isObject(value)) throw new MalformedRequest('names must be an object');
  return Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, text(value, kind, 40)])) as HighlightNames;
}

export type Parsers<R> = { [T in keyof R]: (m: Fields) => R[T] extends { request: infer Request } ? Request : never };

const none = () => ({});

export const REQUEST_PARSERS: Parsers<Requests> = {
  'corpus-summary': none,
  'damaged-collections': none,
  'page-dictionary': none,
  'entity-card': (m) => ({ entityId: text(m, 'entityId', MAX_ID) }),
  'highlight-styles': (m) => ({ names: names(m), on: flag(m, 'on') }),
  'page-terms': (m) => ({ entityIds: ids(m, 'entityIds') }),
  'open-article': (m) => ({ articleId: text(m, 'articleId', MAX_ID), sentence: integer(m, 'sentence', 0, 10_000_000) }),
  search: (m) => ({ query: text(m, 'query', MAX_QUERY), complete: flag(m, 'complete') }),
  entity: (m) => ({ entityId: text(m, 'entityId', MAX_ID) }),
  article: (m) => ({ articleId: text(m, 'articleId', MAX_ID) }),
  entities: (m) => ({ entityIds: ids(m, 'entityIds') }),
  'collections-changed': none,
};

export const TAB_REQUEST_PARSERS: Parsers<TabRequests> = {
  'step-term': (m) => {
    const direction = integer(m, 'direction', -1, 1);
    if (direction === 0) throw new MalformedRequest('direction must be 1 or -1');
    return { direction: direction as 1 | -1 };
  },
  'list-terms': none,
  'show-entity': (m) => ({ entityId: text(m, 'entityId', MAX_ID) }),
  selection: none,
};

/**
 * The message's type, if `parsers` knows it, and its parsed request; `undefined` for a type this side does not
 * handle (another listener may). Throws MalformedRequest for a known type with a bad payload.
 */
export function parseRequest<R>(parsers: Parsers<R>, message: unknown): { type: keyof R & string; request: unknown } | undefined {
  const type = isObject(message) ? message.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(parsers, type)) return undefined;
  try {
    return { type: type as keyof R & string, request: parsers[type as keyof R](message as Fields) };
  } catch (error) {
    if (error instanceof MalformedRequest) error.message = `${type}: ${error.message}`;
    throw error;
  }
}
