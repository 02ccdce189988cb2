/**
 * What one build accepts. Past these, input is not what a corpus holds (a headline in capitals, a pasted page as a
 * hashtag, a million-line export): it is skipped with a warning, or the build is refused, rather than let it slow the
 * page or break the dictionary's encoding.
 */

/** An extracted name: longer is a run of capitalised words, not a name. */
export const MAX_NAME_CHARS = 100;
export const MAX_NAME_WORDS = 8;
/** An extracted #hashtag or @handle. */
export const MAX_TAG_CHARS = 140;
/** An alias someone wrote (entities.json, a watch-list): more room than extraction, still not a paragraph. */
export const MAX_ALIAS_CHARS = 200;
/** Aliases in one collection: matching stays fast well past this, but compiling and loading it would not. */
export const MAX_DICTIONARY_ALIASES = 200_000;
/** Warnings a build reports in full; the rest are counted. */
export const MAX_WARNINGS = 100;

/** The start of an over-long text, to name it in a warning. */
export const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
