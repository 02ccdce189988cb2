import { isCompassWord, placeNamed } from './gazetteer';
import { tagsOfWord } from './word-tags';
import { kindByTagger } from './kinds';

/**
 * Capitalised words that describe rather than name: adjectives and peoples of places, religions and ideologies
 * ("Syrian", "Yemenis", "Sunni", "Islamist"). compromise's lexicon knows the common ones (see `isCommonWord`);
 * these rules find the rest from the gazetteer and from how the corpus uses the word.
 */

/** How English makes a people of a place: the ending, and what the place's name may have ended with instead. */
const DEMONYM_RULES: [ending: string, placeEndings: string[]][] = [
  ['ian', ['', 'y', 'ia', 'a', 'e']], // Iranian, Italian, Indian, Georgian
  ['ean', ['', 'e', 'a']], // Chilean, Guinean
  ['an', ['', 'a', 'e', 'o']], // Cuban, European, Mexican
  ['ese', ['', 'a', 'on', 'e']], // Japanese, Chinese, Lebanese
  ['ish', ['', 'ey', 'and']], // Turkish, Polish
  ['n', ['']], // Syrian, Kenyan
  ['i', ['', 'ia', 'a']], // Iraqi, Yemeni, Somali
];

const LARGE_PLACES = new Set(['country', 'continent', 'region']);

/** Whether a name is made from a place's name by one of the rules, the place being one `isPlace` accepts. */
function madeFromPlace(name: string, isPlace: (place: string) => boolean): boolean {
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  return DEMONYM_RULES.some(([ending, placeEndings]) => {
    if (!singular.endsWith(ending) || singular.length <= ending.length + 2) return false;
    const stem = singular.slice(0, -ending.length);
    return placeEndings.some((end) => isPlace(stem + end));
  });
}

/** Whether a word is the people or adjective of a country, continent or region ("Yemeni", "Syrians", "European", "Iowans"). */
export function isDemonym(word: string): boolean {
  return madeFromPlace(word, (place) => {
    const scale = placeNamed(place)?.scale;
    // compromise knows the places the gazetteer lacks.
    return scale ? LARGE_PLACES.has(scale) : kindByTagger(place) === 'place';
  });
}

/** A demonym by compromise's lexicon ("German") or by the rules above. */
export const isDemonymWord = (word: string) => tagsOfWord(word).demonym || isDemonym(word);

/**
 * Whether a name of several words is the people or adjective of a place: of one the gazetteer knows ("North Korean",
 * "Latin Americans", "Southeast Asian"), or a demonym after compass words ("West German"). compromise is not asked
 * here: it reads "Anglo America" as a place, and "Anglo American" is a firm.
 */
export function isDemonymPhrase(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  if (madeFromPlace(name, (place) => LARGE_PLACES.has(placeNamed(place)?.scale ?? ''))) return true;
  return words.slice(0, -1).every(isCompassWord) && isDemonymWord(words.at(-1)!);
}

/** Whether the corpus mostly writes a word right before a lower-case noun, as an adjective ("Sunni areas", "Sharia law", "Islamist propaganda"). */
export function isUsedAsAdjective(mentions: number, attributive: number): boolean {
  return attributive * 2 > mentions;
}

/** A plural acronym ("NGOs", "MPs", "NICs") names a class of things, not one of them. */
export const isPluralAcronym = (word: string) => /^\p{Lu}{2,}s$/u.test(word);
