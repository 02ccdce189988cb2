import { isWordAt } from './chars.ts';
import { FUNCTION_WORDS } from './data/function-words.ts';

/**
 * Is a candidate used as a name where it stands? Checked on candidate matches only, with a few character tests
 * around them, so the scan itself costs what it did (README "Matching rules").
 */

/** Capitalised words that stand next to names without being part of them: titles, days, months, calls to action. */
// prettier-ignore
const BESIDE_NAMES = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Princess',
  'President', 'Senator', 'Sen', 'Rep', 'Governor', 'Gov', 'Minister', 'Chancellor', 'Premier', 'Mayor', 'Judge', 'Justice',
  'General', 'Gen', 'Colonel', 'Col', 'Captain', 'Capt', 'Commander', 'Lieutenant', 'Sergeant', 'Sheikh', 'Imam', 'Pope',
  'Follow', 'Like', 'Share', 'Join', 'Meet', 'Watch', 'Visit', 'Contact', 'Message', 'Subscribe', 'Support', 'Thank', 'Thanks',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** Words that open a sentence without being a name ("Yesterday Asia", "But Foley"); any other is one ("Peter Foley"). */
const OPENING_WORDS = new Set(FUNCTION_WORDS.split(' '));

/** Words after a sentence-initial name that make it the subject ("Anonymous said"), not an adjective ("Anonymous sources"). */
// prettier-ignore
const VERBS_AFTER_A_NAME = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should',
  'did', 'does', 'do', 'said', 'says', 'claims', 'took', 'made', 'began', 'became', 'went', 'gave', 'told', 'wrote',
  'also', 'then', 'now', 'still', 'just', 'never', 'already', 'reportedly',
]);

/** One capitalised word, not all capitals ("Asia", "Obama", "WauchulaGhost"; not "ISIS" or "#Asia"). */
export function isOneWordName(alias: string): boolean {
  return /^\p{Lu}\S*\p{Ll}\S*$/u.test(alias);
}

/**
 * "Asia" in "Asia Society", "East Asia", "Asia-Pacific", "Michelle Obama" or "Thomas J. Foley": a capitalised word or
 * an initial right before it, a capitalised word right after it, or one joined by a hyphen, makes it part of a longer
 * name. Not a neighbour: a word across punctuation or a line break, a function word opening a sentence ("Yesterday
 * Asia", "But Foley"), a title or date ("President Obama", "Monday").
 */
export function isInsideLongerName(text: string, start: number, end: number): boolean {
  return capitalisedAfter(text, end) || capitalisedBefore(text, start);
}

/** "Anonymous sources said": an ordinary word opening a sentence before a lowercase word that is not a verb. */
export function isSentenceInitialAdjective(text: string, start: number, end: number): boolean {
  if (!isHorizontalSpace(text.charCodeAt(end)) || !startsSentence(text, start)) return false;
  let next = end;
  while (isHorizontalSpace(text.charCodeAt(next))) next++;
  if (!isLowerAt(text, next)) return false;
  const word = wordFrom(text, next);
  // "Anonymous and GhostSec": a function word after it makes it a name in a list, not an adjective.
  return !word.endsWith('ed') && !VERBS_AFTER_A_NAME.has(word) && !OPENING_WORDS.has(word);
}

function capitalisedAfter(text: string, end: number): boolean {
  const unit = text.charCodeAt(end);
  if (isHyphen(unit)) return isUpperAt(text, end + 1);
  if (!isHorizontalSpace(unit)) return false; // the name ends: punctuation, a possessive, a line break, the text's end
  let next = end + 1;
  while (isHorizontalSpace(text.charCodeAt(next))) next++;
  return isUpperAt(text, next) && !BESIDE_NAMES.has(wordFrom(text, next));
}

function capitalisedBefore(text: string, start: number): boolean {
  const hyphen = isHyphen(text.charCodeAt(start - 1));
  if (!hyphen && !isHorizontalSpace(text.charCodeAt(start - 1))) return false;
  let last = start - 2;
  if (!hyphen) while (isHorizontalSpace(text.charCodeAt(last))) last--;
  if (!hyphen && isInitialAt(text, last)) return true;
  if (!isWordAt(text, last)) return false;
  let first = last;
  while (isWordAt(text, first - 1)) first--;
  if (!isUpperAt(text, first)) return false;
  if (hyphen) return true;
  const word = text.slice(first, last + 1);
  return !BESIDE_NAMES.has(word) && !(startsSentence(text, first) && OPENING_WORDS.has(word.toLowerCase()));
}

/** "J." ending at `dot`: one capital letter standing alone before a full stop. */
function isInitialAt(text: string, dot: number): boolean {
  return text.charCodeAt(dot) === 0x2e && isUpperAt(text, dot - 1) && !isWordAt(text, dot - 2);
}

/** Nothing but opening quotes or brackets between `at` and the text's start, a line break or a sentence's end. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isHorizontalSpace(text.charCodeAt(i)) || OPENING.has(text.charCodeAt(i)))) i--;
  return i < 0 || SENTENCE_BREAKS.has(text.charCodeAt(i));
}

const OPENING = new Set([...'"\'([{«‹“‘„¿¡'].map((c) => c.charCodeAt(0)));
const SENTENCE_BREAKS = new Set([...'.!?…:;\n\r\u2028\u2029'].map((c) => c.charCodeAt(0)));

function wordFrom(text: string, start: number): string {
  let end = start;
  while (isWordAt(text, end)) end++;
  return text.slice(start, end);
}

/** Spaces within a line (a line break ends a name: lists put one item a line). */
function isHorizontalSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x202f || unit === 0x205f || unit === 0x3000;
}

function isHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

function isUpperAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

function isLowerAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  const ch = text.charAt(i);
  return ch !== ch.toUpperCase();
}
