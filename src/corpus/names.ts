import nlp from 'compromise';
import type { EntityKind } from '../core/types';

/**
 * Names in text, in two steps so that large corpora stay fast: a regular expression finds capitalised runs
 * (linear, no NLP), and compromise's lexicon and tagger judge each distinct word or run once (cached).
 */

/** A capitalised run found in the text, before evidence rules decide whether it becomes an entity. */
export interface NameCandidate {
  surface: string;
  /** Seen somewhere other than at the start of a sentence. */
  midSentence: boolean;
}

/** A capitalised word; a hyphen joins only capitalised parts ("Al-Nusra", not "IS-supporting"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}&'’]*(?:-\p{Lu}[\p{L}\p{M}\p{N}&'’]*)*`;
/** Words that may sit inside a name ("Bank of England", "Umm al Qura") but never start or end one. */
const CONNECTOR = String.raw`(?:of|al|el|bin|ibn|de|del|la|le|von|van|der|da|du)`;
/** A run of capitalised words on one line, not inside a word, hashtag, handle or URL. */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_#@/.\\-])${WORD}(?:[ \u00A0](?:${CONNECTOR}[ \u00A0])*${WORD})*`, 'gu');
/** What may precede a sentence (or a quotation, list item or caption body): capitals after it prove nothing. */
const SENTENCE_BOUNDARY = /[.!?:;"“”‘'(\[—–•-]/;
const POSSESSIVE = /['’]s$/;

function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i < 0 || text[i] === '\n' || SENTENCE_BOUNDARY.test(text[i]!);
}

const wordTags = new Map<string, { dateWord: boolean; common: boolean }>();

/** How compromise's lexicon reads a word in lower case, cached: most words recur across a corpus. */
function tagsOfWord(word: string) {
  let tags = wordTags.get(word);
  if (!tags) {
    const doc = nlp(word.toLowerCase());
    tags = {
      dateWord: doc.has('(#Month|#WeekDay|#Date)'),
      common: doc.has('(#Adjective|#Demonym|#Verb|#Pronoun|#Determiner|#Preposition|#Conjunction|#Adverb|#Expression|#QuestionWord|#Modal|#Copula)'),
    };
    wordTags.set(word, tags);
  }
  return tags;
}

/** Titles and roles before a name: "Kentucky Senator Rand Paul" is Rand Paul, "Vice President" is nobody. */
const TITLE = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|president|vice|senator|sen|rep|representative|congressman|congresswoman|gov|governor|secretary|minister|prime|chancellor|king|queen|prince|princess|pope|judge|justice|chief|executive|gen|col|colonel|lt|sgt|captain|capt|officer|speaker|leader|chairman|chairwoman|chair|director|managing|ceo|attorney|ambassador|mayor|sheikh|imam|rabbi|former|acting|deputy|spokesman|spokeswoman|candidate|nominee|commissioner|sheriff|professor|prof)\.?$/i;
const isConnector = (word: string) => new RegExp(`^${CONNECTOR}$`).test(word);
const isAllCaps = (word: string) => word === word.toUpperCase();

/** Whether a line is shouting (a headline or a rant in capitals): its capitals say nothing about names. */
function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return letters.length > 20 && lower < letters.length / 3;
}

/** The name inside a capitalised run: sentence-opening words, dates, titles and stray capitals trimmed off. */
function trimRun(words: string[], initial: boolean): { words: string[]; initial: boolean } {
  let start = 0;
  let end = words.length;
  const first = () => words[start]!;
  const last = () => words[end - 1]!;
  for (;;) {
    if (start >= end) break;
    if (tagsOfWord(first()).dateWord || isConnector(first())) start++;
    // At a sentence start, a capital proves nothing: drop ordinary words there ("In", "Erasing ISIS", "The").
    // Mid-sentence, a capitalised "The" is part of the name ("told The Epoch Times").
    else if (initial && tagsOfWord(first()).common) start++;
    else break;
    initial = false;
  }
  const lastTitle = words.slice(start, end).findLastIndex((w) => TITLE.test(w));
  if (lastTitle >= 0) {
    start += lastTitle + 1;
    initial = false;
    while (start < end && isConnector(first())) start++;
  }
  // "Trump IS", "Donald J", "Fourth of": a shouted word, an initial or a connector cannot end a name.
  while (end > start && (tagsOfWord(last()).dateWord || last().length < 2 || isConnector(last()) || (isAllCaps(last()) && tagsOfWord(last()).common))) end--;
  return { words: words.slice(start, end), initial };
}

/** Capitalised runs in `text` that may be names. */
export function findNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const line of text.split('\n')) {
    if (!isShouting(line)) {
      for (const match of line.matchAll(RUN)) {
        let words = match[0].split(/[ \u00A0]/).map((w) => w.replace(/['’&]+$/, ''));
        // A possessive ends the name: "Steven Sotloff's assassination", "Twitter's management".
        const possessive = words.findIndex((w) => POSSESSIVE.test(w));
        if (possessive >= 0) words = [...words.slice(0, possessive), words[possessive]!.replace(POSSESSIVE, '')];
        const name = trimRun(words, startsSentence(line, match.index));
        // Capitals side by side ("DO NOT", "NEVER TRUMP") are shouting, not a name.
        if (name.words.length > 1 && name.words.every(isAllCaps)) continue;
        if (!name.words.length || (name.words.length === 1 && name.words[0]!.length < 2)) continue;
        found.push({ surface: name.words.join(' '), midSentence: !name.initial });
      }
    }
  }
  return found;
}

/** Whether a single capitalised word is an ordinary word: used in lower case in the corpus, or not a noun at all. */
export function isCommonWord(word: string, lowerCaseWords: Set<string>): boolean {
  if (lowerCaseWords.has(word.toLowerCase())) return true;
  return word !== word.toUpperCase() && tagsOfWord(word).common;
}

const KIND_BY_TAG: [string, EntityKind][] = [
  ['#Person', 'person'],
  ['(#Place|#Country|#City|#Region)', 'place'],
  ['(#Organization|#Company|#SportsTeam)', 'organisation'],
];
/** Last words that make a name an organisation whatever compromise says ("George Washington University"). */
const ORGANISATION_WORDS = /^(?:university|college|times|post|news|inc\.?|corp\.?|ltd\.?|party|ministry|agency|department|council|committee|network|institute|foundation|bank|group|company|association|union|army|front|brigades?)$/i;

/** The kind of a name, by compromise's tagger; names it cannot place are organisations. */
export function kindOfName(name: string): EntityKind {
  if (ORGANISATION_WORDS.test(name.split(' ').at(-1)!)) return 'organisation';
  const doc = nlp(name);
  return KIND_BY_TAG.find(([tag]) => doc.has(tag))?.[1] ?? 'organisation';
}
