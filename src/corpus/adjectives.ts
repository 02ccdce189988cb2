import { placeNamed } from './gazetteer';
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

/** Whether a word is the people or adjective of a country, continent or region ("Yemeni", "Syrians", "European", "Iowans"). */
export function isDemonym(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return DEMONYM_RULES.some(([ending, placeEndings]) => {
    if (!singular.endsWith(ending) || singular.length <= ending.length + 2) return false;
    const stem = singular.slice(0, -ending.length);
    return placeEndings.some((end) => {
      const scale = placeNamed(stem + end)?.scale;
      // compromise knows the places the gazetteer lacks.
      return scale === 'country' || scale === 'continent' || scale === 'region' || (!scale && kindByTagger(stem + end) === 'place');
    });
  });
}

/** Whether the corpus mostly writes a word right before a lower-case noun, as an adjective ("Sunni areas", "Sharia law", "Islamist propaganda"). */
export function isUsedAsAdjective(mentions: number, attributive: number): boolean {
  return attributive * 2 > mentions;
}

/** A plural acronym ("NGOs", "MPs", "NICs") names a class of things, not one of them. */
export const isPluralAcronym = (word: string) => /^\p{Lu}{2,}s$/u.test(word);
