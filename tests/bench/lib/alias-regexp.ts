/**
 * The strongest single RegExp baseline for a dictionary: what a skilled engineer would write instead of Lantern's
 * matcher. Self-contained (no imports) so the page modules can bundle it; the matcher and page sections share it.
 */

/** Case-insensitive like Lantern's folding; `u` for the Unicode property classes of the boundaries. */
export const ALIAS_REGEXP_FLAGS = 'giu';

/** The part of a dictionary entry the RegExp can express (a structural subset of DictionaryEntry). */
export interface RegexpAlias {
  alias: string;
  caseSensitive?: boolean;
  /** Implies caseSensitive in Lantern. */
  acronym?: boolean;
}

/** Just what the RegExp needs of each entry, to send to a page. */
export function regexpAliases(entries: readonly RegexpAlias[]): RegexpAlias[] {
  return entries.map(({ alias, caseSensitive, acronym }) => ({ alias, caseSensitive, acronym }));
}

/**
 * One alternation of every alias, escaped, longest first (so the longest alias at a position wins, as in Lantern),
 * whitespace matching any run of whitespace (Lantern folds runs to one space), between word boundaries; like
 * Lantern, nothing starts right after `#` or `@` (inside a handle, a hashtag, an address). Case-sensitive aliases
 * ("IS", "Anonymous") keep their case through a `(?-i:…)` modifier group; without it "is" alone matches thousands
 * of times a page.
 */
export function aliasRegexpSource(aliases: readonly RegexpAlias[]): string {
  const alternatives = [...aliases]
    .sort((a, b) => b.alias.length - a.alias.length)
    .map((entry) => {
      const escaped = entry.alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
      return entry.caseSensitive || entry.acronym ? `(?-i:${escaped})` : escaped;
    });
  return `(?<![\\p{L}\\p{N}_#@])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`;
}

/** Longer than V8's threshold (1,000) for compiling a RegExp to machine code on its first run rather than interpreting it. */
const WARM_LENGTH = 10_000;
const ONE_BYTE_TEXT = 'lorem ipsum '.repeat(WARM_LENGTH / 12);
/** An em dash makes the string two-byte: V8 compiles a RegExp once per string representation. */
const TWO_BYTE_TEXT = `${ONE_BYTE_TEXT}\u2014`;

/** Random per page load: the engine's RegExp cache outlives a page (the next page load may run in the same process). */
const SALT = Math.random().toString(36).slice(2);
let fresh = 0;

/**
 * Builds and compiles the RegExp, ready to time: one run over a long one-byte and one over a long two-byte string.
 * `uncached` adds a distinct never-matching alternative, so the engine's RegExp cache cannot hand back code compiled earlier.
 * Null when the engine refuses it ("regular expression too large", which V8 reports on the first run).
 */
export function buildAliasRegexp(source: string, uncached = false): RegExp | null {
  try {
    const regexp = new RegExp(uncached ? `${source}|\\u{10FFFF}${SALT}${++fresh}` : source, ALIAS_REGEXP_FLAGS);
    for (const text of [ONE_BYTE_TEXT, TWO_BYTE_TEXT]) {
      regexp.lastIndex = 0;
      regexp.exec(text);
    }
    regexp.lastIndex = 0;
    return regexp;
  } catch {
    return null;
  }
}
