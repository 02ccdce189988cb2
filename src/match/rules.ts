import { isWordAt, strictKey } from './chars.ts';
import { ACRONYM, CASE_SENSITIVE, EXACT_DIACRITICS } from './format.ts';
import { isInsideLongerName, isOneWordName, isSentenceInitialAdjective } from './name-context.ts';
import type { RecordTable } from './records.ts';

/** How an alias is written, which decides the context rules it is checked by; 0 until first needed. */
const PLAIN = 1;
/** A one-word name ("Asia"): not inside a longer name. */
const ONE_WORD_NAME = 2;
/** A one-word name that is also an ordinary word ("Anonymous", case-sensitive): not an adjective either. */
const ORDINARY_WORD = 3;

/** The per-alias rules the trie cannot express, checked only on candidate matches. */
export class AliasRules {
  /** Lazily computed strict form of each strict alias. */
  private readonly strictKeys = new Map<number, string>();
  private readonly shapes: Uint8Array;

  constructor(private readonly records: RecordTable) {
    this.shapes = new Uint8Array(records.size);
  }

  accepts(alias: number, text: string, start: number, end: number): boolean {
    if (!this.acceptsAsWritten(alias, text, start, end)) return false;
    const shape = this.shapeOf(alias);
    // "ISIS" written "Isis" reads as a one-word name, and "Isis-Urania" is then part of a longer one.
    if (shape === PLAIN) return !isCapitalisedWord(text, start, end) || !isInsideLongerName(text, start, end);
    return !isInsideLongerName(text, start, end) && (shape !== ORDINARY_WORD || !isSentenceInitialAdjective(text, start, end));
  }

  /**
   * The rules that read the candidate itself and its neighbours across any whitespace alike: case, diacritics, and an
   * acronym's shouted run or code. Not the name rules, for which a line break ends a name where a space does not.
   */
  acceptsAsWritten(alias: number, text: string, start: number, end: number): boolean {
    const flags = this.records.flags(alias);
    if ((flags & (CASE_SENSITIVE | EXACT_DIACRITICS)) !== 0 && !this.matchesStrictly(alias, flags, text, start, end)) return false;
    return (flags & ACRONYM) === 0 || !(nextToAllCaps(text, start, end) || isPartOfCode(text, start, end));
  }

  /** Is the alias also an ordinary word, so that a page checks it is not used as a label? */
  isOrdinaryWord(alias: number): boolean {
    return this.shapeOf(alias) === ORDINARY_WORD;
  }

  private shapeOf(alias: number): number {
    let shape = this.shapes[alias]!;
    if (shape === 0) {
      const flags = this.records.flags(alias);
      if (!isOneWordName(this.records.alias(alias))) shape = PLAIN;
      else shape = (flags & CASE_SENSITIVE) !== 0 && (flags & ACRONYM) === 0 ? ORDINARY_WORD : ONE_WORD_NAME;
      this.shapes[alias] = shape;
    }
    return shape;
  }

  private matchesStrictly(alias: number, flags: number, text: string, start: number, end: number): boolean {
    const foldCase = (flags & CASE_SENSITIVE) === 0;
    const foldDiacritics = (flags & EXACT_DIACRITICS) === 0;
    let key = this.strictKeys.get(alias);
    if (key === undefined) this.strictKeys.set(alias, (key = strictKey(this.records.alias(alias), foldCase, foldDiacritics)));
    // Candidates are frequent ("is" for the acronym IS): spare them the string work when strictKey would not change them.
    if (isPlainAscii(text, start, end)) return equalsAscii(text, start, end, key, foldCase);
    return strictKey(text.slice(start, end), foldCase, foldDiacritics) === key;
  }
}

/** How far an acronym looks for its neighbouring words: a few separators, then a word of up to this length. */
const NEIGHBOUR_GAP = 4;
const NEIGHBOUR_WORD = 32;

/** Printable ASCII and single spaces: text strictKey leaves as it is, but for letter case. */
function isPlainAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0x7e || unit < 0x20 || (unit === 0x20 && text.charCodeAt(i - 1) === 0x20)) return false;
  }
  return true;
}

function equalsAscii(text: string, start: number, end: number, key: string, foldCase: boolean): boolean {
  if (end - start !== key.length) return false;
  for (let i = start; i < end; i++) {
    let unit = text.charCodeAt(i);
    if (foldCase && unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    if (unit !== key.charCodeAt(i - start)) return false;
  }
  return true;
}

/** One capital, then at least one lowercase letter and no space: "Isis", not "ISIS" or "Islamic State". */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return isOneWordName(text.slice(start, end));
  let lower = false;
  for (let i = start + 1; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 || unit === 0xa0) return false;
    if (unit >= 0x61 && unit <= 0x7a) lower = true;
  }
  return lower;
}

/** "en-US", "/US/Apps", "US$": an acronym glued to a code, a path or an amount names nothing. */
function isPartOfCode(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return (
    ((before === 0x2d || before === 0x2f || before === 0x5f) && isLowerOrDigit(text.charCodeAt(start - 2))) ||
    after === 0x24 ||
    (after === 0x2f && isWordAt(text, end + 1))
  );
}

function isLowerOrDigit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
}

/** "THIS IS A TEST": an acronym whose previous or next word is itself all caps is part of a shouted run. */
function nextToAllCaps(text: string, start: number, end: number): boolean {
  return isAllCaps(wordBefore(text, start)) || isAllCaps(wordAfter(text, end));
}

function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > start - NEIGHBOUR_GAP && end > 0 && !isWordAt(text, end - 1)) end--;
  let begin = end;
  while (begin > end - NEIGHBOUR_WORD && isWordAt(text, begin - 1)) begin--;
  return text.slice(begin, end);
}

function wordAfter(text: string, end: number): string {
  let begin = end;
  while (begin < end + NEIGHBOUR_GAP && begin < text.length && !isWordAt(text, begin)) begin++;
  let stop = begin;
  while (stop < begin + NEIGHBOUR_WORD && isWordAt(text, stop)) stop++;
  return text.slice(begin, stop);
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
