import { ORDINARY_WORDS, WELL_KNOWN_NAMES } from './data/lexicon';

/** A set built on first use: the import worker pays for the word lists only when it reads names. */
function lazySet(words: string): () => Set<string> {
  let set: Set<string> | undefined;
  return () => (set ??= new Set(words.split(' ')));
}

const ordinaryWords = lazySet(ORDINARY_WORDS);
const wellKnownNames = lazySet(WELL_KNOWN_NAMES);

/** A word or name written in capitals throughout: an acronym ("CBO") or shouting. */
export const isAllCaps = (word: string) => word === word.toUpperCase();

/** A short all-caps name ("UK", "US"): matched as an acronym, never inside shouting. */
export const isAcronym = (name: string) => name.length <= 3 && isAllCaps(name);

/** Whether a capitalised word is an ordinary English word ("Web", "Internet"); all-caps words are acronyms, never ordinary. */
export function isOrdinaryWord(word: string): boolean {
  return !isAllCaps(word) && ordinaryWords().has(word.toLowerCase());
}

/** Whether a name is a word everybody says capitalised ("Congress", "Texas", "Hollywood"), by spoken English. */
export function isWellKnownName(name: string): boolean {
  const titleCase = name.length > 1 ? `${name[0]!.toUpperCase()}${name.slice(1).toLowerCase()}` : name;
  return wellKnownNames().has(name) || wellKnownNames().has(titleCase);
}
