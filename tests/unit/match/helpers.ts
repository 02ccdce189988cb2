import type { DictionaryEntry } from '../../../src/core/types.ts';
import { compileDictionary, createMatcher, type Matcher } from '../../../src/match/index.ts';

/** Compiles entries and round-trips them through JSON, as the bundle does. */
export function matcherFor(entries: DictionaryEntry[]): Matcher {
  const { compiled } = compileDictionary(entries);
  return createMatcher(JSON.parse(JSON.stringify(compiled)));
}

/** The matched slices of the original text, each with its entity id. */
export function found(entries: DictionaryEntry[], text: string): string[] {
  return matcherFor(entries)
    .find(text)
    .map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);
}

export const entry = (alias: string, entityId = 'e', rule: Omit<DictionaryEntry, 'alias' | 'entityId'> = {}) => ({
  alias,
  entityId,
  ...rule,
});
