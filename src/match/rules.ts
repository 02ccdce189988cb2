import { isWordAt, strictKey } from './chars.ts';
import { ACRONYM, CASE_SENSITIVE, EXACT_DIACRITICS, FLAG_BASE } from './format.ts';

/** The per-alias rules the trie cannot express, checked only on candidate matches. */
export interface AliasRules {
  aliases: string[];
  /** Per alias: FLAG_BASE + flag bits. */
  flags: string;
  /** Lazily computed strict form of each strict alias. */
  strictKeys: (string | undefined)[];
}

/** How far an acronym looks for its neighbouring words: a few separators, then a word of up to this length. */
const NEIGHBOUR_GAP = 4;
const NEIGHBOUR_WORD = 32;

export function acceptsRules(rules: AliasRules, alias: number, text: string, start: number, end: number): boolean {
  const flags = rules.flags.charCodeAt(alias) - FLAG_BASE;
  if (flags === 0) return true;
  const strict = (flags & (CASE_SENSITIVE | EXACT_DIACRITICS)) !== 0;
  if (strict && !matchesStrictly(rules, alias, flags, text.slice(start, end))) return false;
  return (flags & ACRONYM) === 0 || !nextToAllCaps(text, start, end);
}

function matchesStrictly(rules: AliasRules, alias: number, flags: number, span: string): boolean {
  const foldCase = (flags & CASE_SENSITIVE) === 0;
  const foldDiacritics = (flags & EXACT_DIACRITICS) === 0;
  const key = (rules.strictKeys[alias] ??= strictKey(rules.aliases[alias]!, foldCase, foldDiacritics));
  return strictKey(span, foldCase, foldDiacritics) === key;
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
