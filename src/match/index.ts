/** Lantern's matcher (README.md "Matching rules"): pure, no DOM, no Node APIs. */
export { compileDictionary, DictionaryError, COLLISION_RULE, isTag, type Collision } from './compile.ts';
export { createMatcher, loadMatcher, type Matcher } from './matcher.ts';
