import nlp from 'compromise';
import type { EntityKind } from '../core/types';
import { isCompassWord, isTownName, placeNamed } from './gazetteer';
import {
  beginsAsPerson,
  beginsAsStorm,
  endsAsCreed,
  endsAsOrganisation,
  endsAsOther,
  endsAsPlace,
  holdsOrganisationWord,
  isOrganisationWord,
  isPlaceWord,
} from './titles';
import { isAllCaps, isOrdinaryWord } from './words';
import { tagsOfWord } from './word-tags';

/** What the corpus shows about a name, counted over its mentions. */
export interface NameEvidence {
  mentions: number;
  /** Mentions after a title or role ("President Hadi", "Mr. Berman", "Democrat Jon Ossoff") or with what only follows a person's name ("Lechin, 83,", "Laroche said he"). */
  markedAsPerson: number;
  /** Mentions marked as an organisation's: "Arthur Andersen and Co", "Berry, a privately-owned company", "… Corporation (Freddie Mac)". */
  markedAsOrganisation: number;
  /** Mentions followed by a lower-case noun that makes them the name of a programme, system or index ("Hang Seng index"). */
  markedAsOther: number;
  /** Mentions after a preposition of place ("twins from Chorlton"). */
  located: number;
  /** A lone word that ends people's names elsewhere in the corpus ("Egan" after "John Egan", "Brian Egan"). */
  surname?: boolean;
}

/** A person or firm is marked so often enough: one mention in five ("President Hadi"); a stray title proves nothing. */
const MARK_SHARE = 5;
/** Mentions enough to show that a one-word name the tagger calls a place is never used as one. */
const UNPLACED_MENTIONS = 5;
/** A programme or index: at least two mentions in three say so ("Danville system" once in five mentions says nothing). */
const OTHER_SHARE = 3;

const KIND_BY_TAG: [string, EntityKind][] = [
  ['#Person', 'person'],
  ['(#Place|#Country|#City|#Region)', 'place'],
  ['(#Organization|#Company|#SportsTeam)', 'organisation'],
];

/**
 * A name's head: what comes before any "of" or "for" ("Bank of Boston" is a bank, "District Court for the District of
 * Columbia" a court, "Office for Immigration Review" an office).
 */
const headOf = (name: string) => name.split(/ (?:of|for) /)[0]!;

/**
 * The kind compromise's lexicon and tagger give a name, if any, read from its head's last word. compromise tags
 * every word of a person's name, so a person is any word.
 */
export function kindByTagger(name: string): EntityKind | undefined {
  const doc = nlp(headOf(name));
  const last = doc.terms().last();
  return KIND_BY_TAG.find(([tag]) => (tag === '#Person' ? doc : last).has(tag))?.[1];
}

/**
 * A model or article number after one word that is no first name: "Cray II" is a machine, "Title VII" a law,
 * "Elizabeth II" a queen. Not III or IV, which end people's names ("Robert Mueller III").
 */
function isNumberedModel(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && /^(?:II|V|VI{1,3}|IX|X)$/.test(words[1]!) && !tagsOfWord(words[0]!).firstName;
}

/**
 * Whether compromise reads a word as English by its suffix ("Agricultural", "Stabilization"). A verb's "-ing" is no
 * such reading where the word is no English word: "Xiaoping", "Jinping" are names.
 */
const readByItsSuffix = (word: string) => tagsOfWord(word).common && !tagsOfWord(word).gerund;

/**
 * Two or three capitalised words none of which is an English word (by the word list, or by compromise's reading of
 * its suffix: "Agricultural Stabilization"), an acronym or a place ("Makoto Kuroda", not "Illinois Coop").
 */
export function shapedLikePersonName(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => w.length > 1 && !isAllCaps(w) && !isOrdinaryWord(w) && !readByItsSuffix(w) && !placeNamed(w) && kindByTagger(w) !== 'place')
  );
}

/**
 * "Air Canada", "Statistics Canada", "Electricite de France": a country's name after words that make no region or
 * era of it ("Eastern Ukraine", "Greater China") nor a feature in it ("Lake Tanganyika") is a body of that country,
 * unless the corpus puts it on a map ("in Nazi Germany"). compromise reads all of them as places by their last word.
 */
function namesBodyOfCountry(name: string, evidence: NameEvidence): boolean {
  const words = name.split(' ');
  if (words.length < 2 || placeNamed(words.at(-1)!)?.scale !== 'country' || evidence.located > 0) return false;
  const first = words[0]!;
  return !isCompassWord(first) && !tagsOfWord(first).adjective && !isPlaceWord(first);
}

/**
 * The kind of an extracted name, strongest evidence first: the words it ends or begins with (an event, law or plan
 * is `other`), the gazetteer,
 * titles in front of it, compromise's lexicon, then where and how the corpus uses it, then the towns. Names nothing
 * places are organisations.
 */
export function kindOfName(name: string, evidence: NameEvidence): EntityKind {
  const head = headOf(name);
  if (endsAsOrganisation(head) || (head !== name && (isOrganisationWord(head) || endsAsOrganisation(name)))) return 'organisation';
  if (endsAsPlace(head) || placeNamed(name)) return 'place';
  if (endsAsOther(name, head) || endsAsCreed(head) || beginsAsStorm(name)) return 'other';
  // An acronym names an institution ("CBO", "HRC"), never a person, whatever stands beside it.
  if (isAllCaps(name)) return 'organisation';
  // A firm is often named after people ("Morgan Grenfell and Co"): the stronger mark decides. "Stephen Roach of Morgan
  // Stanley" is a person of the firm that ends the name.
  const firm = head === name && evidence.markedAsOrganisation * MARK_SHARE >= evidence.mentions && evidence.markedAsOrganisation >= evidence.markedAsPerson;
  if (firm) return 'organisation';
  if (evidence.markedAsPerson * MARK_SHARE >= evidence.mentions || evidence.surname || beginsAsPerson(name)) return 'person';
  if ((evidence.markedAsOther >= 2 && evidence.markedAsOther * OTHER_SHARE >= evidence.mentions) || isNumberedModel(name)) return 'other';
  if (holdsOrganisationWord(head)) return 'organisation';
  const located = evidence.located * 2 > evidence.mentions;
  const tagged = kindByTagger(name);
  // compromise knows many first names that are also towns ("Orlando"); the corpus saying "in X" decides.
  if (tagged === 'person' && !name.includes(' ') && located) return 'place';
  // compromise reads "-bury" and "-ville" as places ("Pillsbury"): a corpus that never puts one on a map says otherwise.
  const unplaced = tagged === 'place' && !name.includes(' ') && evidence.located === 0 && evidence.mentions >= UNPLACED_MENTIONS;
  if (tagged === 'place' && namesBodyOfCountry(name, evidence)) return 'organisation';
  if (tagged && !unplaced) return tagged;
  if (located || isTownName(name)) return 'place';
  return shapedLikePersonName(head) ? 'person' : 'organisation';
}
