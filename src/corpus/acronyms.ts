/**
 * Acronyms the corpus spells out: "Syrian Democratic Forces (SDF)", news's way of introducing one. The long form's
 * capitalised words, in order, must give the acronym's letters (small joining words aside: "Bureau of Land
 * Management (BLM)"); anything looser ("Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)") is left alone.
 */

/** An acronym in brackets, perhaps plural ("(NGOs)"), and the text just before it. */
const BRACKETED = /\(([A-Z][A-Z0-9]{1,5})s?\)/g;
/** Words a long form may hold without a letter in the acronym. */
const JOINING = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'el', '&']);
/** How far before the bracket a long form is looked for. */
const MAX_WORDS_BACK = 12;

/** Long forms per acronym in one text, each as written ("SDF" → ["Syrian Democratic Forces"]). */
export function spelledOut(text: string): [acronym: string, longForm: string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const acronym = match[1]!;
    const longForm = longFormBefore(text.slice(Math.max(0, match.index - 200), match.index), acronym);
    if (longForm) found.push([acronym, longForm]);
  }
  return found;
}

/** The words at the end of `before` whose capitals spell `acronym`, or undefined. */
function longFormBefore(before: string, acronym: string): string | undefined {
  const words = before.trimEnd().split(/\s+/).slice(-MAX_WORDS_BACK);
  let letter = acronym.length - 1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (JOINING.has(word) && i < words.length - 1) continue;
    // The long form ends at the bracket: the word before it carries no punctuation of its own ("said, (SDF)").
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word) || word[0] !== acronym[letter]) return undefined;
    if (letter-- === 0) return words.slice(i).join(' ');
  }
  return undefined;
}
