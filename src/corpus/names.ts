import nlp from 'compromise';
import type { EntityKind } from '../core/types';

/** A capitalised name found in the text, before evidence rules decide whether it becomes an entity. */
export interface NameCandidate {
  surface: string;
  kind: EntityKind;
  /** Seen somewhere other than at the start of a sentence. */
  midSentence: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

/** Words that may sit inside a name ("Umm al Qura", "Bank of England") but never start or end one. */
const CONNECTORS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'de', 'del', 'la', 'le', 'von', 'van', 'der', 'da', 'du']);
/** Tags that make a capitalised word something other than a name, unless compromise also calls it a proper noun. */
const NOT_A_NAME = ['Determiner', 'Conjunction', 'Preposition', 'Adverb', 'Verb', 'Month', 'WeekDay', 'Date', 'Value',
  'Honorific', 'QuestionWord', 'Expression'];
/** Never names, even capitalised and tagged proper ("We condemn…" after a colon). */
const NEVER_A_NAME = ['Pronoun'];
/** Capitalised adjectives ("British", "Islamic") may open a name ("British Airways") but are not one alone. */
const WEAK = ['Adjective', 'Demonym'];
/** One word of a name: letters, digits, and the marks names carry ("Ja'far", "Al-Nusra", "AT&T"). */
const WORD = /^[\p{L}\p{M}\p{N}'’&.-]+$/u;
const KIND_BY_TAG: [string, EntityKind][] = [
  ['Person', 'person'],
  ['Place', 'place'],
  ['Country', 'place'],
  ['City', 'place'],
  ['Region', 'place'],
  ['Organization', 'organisation'],
  ['Company', 'organisation'],
  ['SportsTeam', 'organisation'],
];
const POSSESSIVE = /['’]s$/;
const CAPITALISED = /^\p{Lu}/u;
/** "GhostSec", "WauchulaGhost", "ISIS": capitals past the first letter make a name even at a sentence start. */
const INNER_CAPITAL = /^\p{Lu}.*\p{Lu}/u;

function isNameWord(term: Term, sentenceStart: boolean): boolean {
  const word = term.text.replace(POSSESSIVE, '');
  if (!CAPITALISED.test(word) || !WORD.test(word) || term.tags.some((tag) => NEVER_A_NAME.includes(tag))) return false;
  const proper = term.tags.includes('ProperNoun') || term.tags.includes('Person') || term.tags.includes('Place');
  if (!proper && term.tags.some((tag) => NOT_A_NAME.includes(tag))) return false;
  return !sentenceStart || proper || INNER_CAPITAL.test(word);
}

const isWeak = (term: Term) => term.tags.some((tag) => WEAK.includes(tag)) && !term.tags.includes('Person');

/** Last words that make a name an organisation whatever its other words are tagged ("George Washington University"). */
const ORGANISATION_WORDS = /^(?:university|college|times|post|news|inc\.?|corp\.?|ltd\.?|party|ministry|agency|department|council|committee|network|institute|foundation|bank|group|company|association|union|army|front|brigades?)$/i;

function kindOf(terms: Term[]): EntityKind {
  if (ORGANISATION_WORDS.test(terms.at(-1)!.text)) return 'organisation';
  const votes = new Map<EntityKind, number>();
  for (const term of terms)
    for (const [tag, kind] of KIND_BY_TAG) if (term.tags.includes(tag)) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  let best: EntityKind = 'organisation';
  let bestVotes = 0;
  for (const [kind, count] of votes) if (count > bestVotes) [best, bestVotes] = [kind, count];
  return best;
}

/** Capitalised names in `text`, using compromise's part-of-speech tags to tell names from ordinary capitals. */
export function findNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  const sentences = nlp(text).json({ terms: { text: true, tags: true } }) as { terms: Term[] }[];
  for (const { terms } of sentences) {
    let run: Term[] = [];
    let runMid = false;
    const flush = () => {
      while (run.length && (CONNECTORS.has(run.at(-1)!.text.toLowerCase()) || isWeak(run.at(-1)!))) run.pop();
      if (run.length) {
        const surface = run.map((t, i) => (i < run.length - 1 ? t.text : t.text.replace(POSSESSIVE, ''))).join(' ');
        found.push({ surface, kind: kindOf(run), midSentence: runMid });
      }
      run = [];
    };
    terms.forEach((term, index) => {
      // A quote, bracket or colon starts a new sentence for capitalisation: "Twitter: Terror group warns".
      const sentenceStart = index === 0 || /["“‘'(]$/.test(term.pre.trim()) || /:\s*$/.test(terms[index - 1]!.post);
      // Punctuation before a word ends the name before it: "Syria (ISIS)".
      if (/[^\s]/.test(term.pre)) flush();
      const connector = run.length > 0 && CONNECTORS.has(term.text.toLowerCase());
      if (connector || isNameWord(term, sentenceStart)) {
        if (!run.length) runMid = !sentenceStart;
        run.push(term);
      } else flush();
      // Punctuation or a possessive ends a name: "Twitter's management", "Orlando, Florida".
      if (run.length && (/[^\s]/.test(term.post) || POSSESSIVE.test(term.text))) flush();
    });
    flush();
  }
  return found;
}
