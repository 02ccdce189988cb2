/**
 * Character classes and folding, shared by the compiler (alias keys) and the scanner (text), so both
 * sides fold every UTF-16 unit through the same table and can never disagree.
 *
 * One Int32 per code unit, filled lazily (computing all 65,536 up front would cost tens of ms per page):
 * bits 0–15 the folded unit, bit 16 "computed", bit 17 "word character", bit 18 "surrogate".
 */

export const SKIP = 0xffff; // folded away: a combining diacritic
export const SPACE = 0x20;
export const FOLD_MASK = 0xffff;
export const KNOWN = 1 << 16;
export const WORD = 1 << 17;
export const SURROGATE = 1 << 18;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const WHITESPACE = /^\s$/u;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
/** Curly quotes, low quotes and primes fold to their straight forms. */
const APOSTROPHE_LIKE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

export const charInfo = new Int32Array(0x10000);
const astralWordCache = new Map<number, boolean>();

export function infoOf(unit: number): number {
  return charInfo[unit] || computeInfo(unit);
}

function computeInfo(unit: number): number {
  let info: number;
  if (unit >= 0xd800 && unit <= 0xdfff) {
    info = KNOWN | SURROGATE | unit; // classified per pair by isWordAt
  } else {
    const ch = String.fromCharCode(unit);
    if (WHITESPACE.test(ch)) info = KNOWN | SPACE;
    else if (ch.replace(APOSTROPHE_LIKE, "'") === "'") info = KNOWN | APOSTROPHE;
    else if (ch.replace(QUOTE_LIKE, '"') === '"') info = KNOWN | QUOTE;
    else info = KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | foldLetter(ch, unit);
  }
  charInfo[unit] = info;
  return info;
}

/** Lower case, then strip Latin combining diacritics; a lone diacritic folds to SKIP. */
function foldLetter(ch: string, unit: number): number {
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD').replace(COMBINING_DIACRITICS, '');
  if (base.length === 0) return SKIP;
  if (base.length === 1) return base.charCodeAt(0);
  return lower.length === 1 ? lower.charCodeAt(0) : unit; // multi-unit expansions stay as they are
}

function astralIsWord(codePoint: number): boolean {
  let word = astralWordCache.get(codePoint);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(codePoint));
    astralWordCache.set(codePoint, word);
  }
  return word;
}

/** Is the character (a whole surrogate pair counts as one) covering index `i` a word character? */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  const info = infoOf(unit);
  if ((info & SURROGATE) === 0) return (info & WORD) !== 0;
  const codePoint = text.codePointAt(unit >= 0xdc00 && i > 0 ? i - 1 : i) ?? unit;
  return codePoint > 0xffff && astralIsWord(codePoint);
}

/** The key an alias is stored under: every unit folded, whitespace runs collapsed, trimmed. */
export function foldKey(alias: string): string {
  const units: number[] = [];
  for (let i = 0; i < alias.length; i++) {
    const folded = infoOf(alias.charCodeAt(i)) & FOLD_MASK;
    if (folded === SKIP) continue;
    if (folded === SPACE && (units.length === 0 || units[units.length - 1] === SPACE)) continue;
    units.push(folded);
  }
  if (units[units.length - 1] === SPACE) units.pop();
  return unitsToString(units);
}

/** String.fromCharCode in chunks: spreading a million arguments would overflow the stack. */
export function unitsToString(units: number[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 8192) chunks.push(String.fromCharCode(...units.slice(i, i + 8192)));
  return chunks.join('');
}

/**
 * The form a strict alias is verified in: whitespace, quotes and Unicode composition normalised,
 * letter case and diacritics kept unless asked to fold. Only runs on candidate matches, so strings are fine here.
 */
export function strictKey(text: string, foldCase: boolean, foldDiacritics: boolean): string {
  let key = text.normalize('NFC').replace(/\s+/gu, ' ').replace(APOSTROPHE_LIKE, "'").replace(QUOTE_LIKE, '"').trim();
  if (foldCase) key = key.toLowerCase();
  if (foldDiacritics) key = key.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
  return key;
}

/** Does the text name something: at least one letter or digit? */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
