import nlp from 'compromise';
import type { Article, EntityKind, Mention } from '../core/types';
import { isHonorific, isTitle } from './titles';

/** Words that end an appositive: the sentence goes on with a verb or a relative clause. */
const ENDS_APPOSITIVE = String.raw`(?=\s+(?:told|said|says|added|wrote|stated|claimed|called|who|which)\b|\s*(?:[,;:—–)]|\.(?!\p{L}))|\s*$)`;
/** A character inside an appositive: no punctuation that ends it, but the full stops inside "U.N." and "U.S.". */
const PHRASE_CHAR = String.raw`(?:[^,;:.()“”"—–]|\.(?=\p{L}))`;
/**
 * The appositive after a name says what it is: ", an anti-terrorist hacker with Anonymous, told…",
 * ", 45, the gunman…", ", chief executive of Twitter, said…" (a role of something needs no article).
 */
const APPOSITIVE = new RegExp(
  String.raw`^\s*(?:,|\s[—–-])\s+(?:\d{1,3},\s+)?((?:an?|the)\s${PHRASE_CHAR}{3,100}?|\p{Ll}${PHRASE_CHAR}{2,60}?\sof\s${PHRASE_CHAR}{2,60}?)${ENDS_APPOSITIVE}`,
  'iu',
);
/** Capitalised words right before a name ("Kentucky Senator Rand Paul", "Twitter CEO Jack Dorsey"). */
const ROLE_BEFORE = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*[ \u00A0]){1,4})$/u;

/**
 * Whether a phrase after a comma goes on with the sentence rather than saying what came before. Without an article it
 * begins with a word that can head a description, in lower case or as a role ("Chairman of the Exchange"), as
 * compromise reads it in context ("head of the association" is a noun there): not ", but fear of…", ", which
 * reported…", ", Georgia in…". It holds no modal and ends in no verb of saying: ", Kushner will take…", ", the Times reported".
 */
function goesOnAsClause(phrase: string): boolean {
  const terms = nlp(phrase).terms();
  const first = terms.first();
  if (!ARTICLE.test(phrase)) {
    if (first.has('(#Conjunction|#Verb|#Preposition|#Adverb|#Pronoun|#Determiner|#QuestionWord)')) return true;
    if (!/^\p{Ll}/u.test(phrase) && !first.has('#Actor') && !isTitle(phrase.split(' ')[0]!)) return true;
  }
  return terms.has('#Modal') || SAYING.test(phrase.split(' ').at(-1)!);
}
const ARTICLE = /^(?:an?|the)\s/i;
const SAYING = /^(?:reported|said|says|wrote|added|noted|told|explained|announced|stated|claimed)$/;

const sentenceCase = (phrase: string) => `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;

function appositiveAfter(mention: Mention, articles: Map<string, Article>): string {
  const article = articles.get(mention.articleId)!;
  const sentence = article.sentences[mention.sentence]!;
  const phrase = APPOSITIVE.exec(article.text.slice(mention.end, sentence.end))?.[1]?.trim();
  return phrase && phrase.split(' ').length >= 3 && !goesOnAsClause(phrase) ? sentenceCase(phrase) : '';
}

/** The role in front of a name, if it ends in a title that says more than Mr or Dr ("Prime Minister", "Twitter CEO"). */
function roleBefore(mention: Mention, articles: Map<string, Article>): string {
  const article = articles.get(mention.articleId)!;
  const sentence = article.sentences[mention.sentence]!;
  const role = ROLE_BEFORE.exec(article.text.slice(sentence.start, mention.start))?.[1]?.trim() ?? '';
  const title = role.split(/[ \u00A0]/).at(-1)!;
  return role && isTitle(title) && !isHonorific(title) ? sentenceCase(role.replace(/\.$/, '')) : '';
}

/** An appositive that says what a place is, by its head word: "The capital of Uzbekistan", "A city along the border". */
const PLACE_HEAD = /^(?:capital|city|town|village|port|region|province|state|country|island|home|suburb|district|county|enclave|territory)$/i;
const HEAD_ENDS = /^(?:of|in|on|at|off|along|near|with|for|to|that|which|who|and|or)$/i;
function describesAPlace(phrase: string): boolean {
  const words = phrase.replace(/\.$/, '').split(' ');
  const end = words.findIndex((word) => HEAD_ENDS.test(word));
  return PLACE_HEAD.test(words[(end < 0 ? words.length : end) - 1] ?? '');
}

/**
 * A one-line description the corpus itself gives: the first appositive after a mention
 * ("Omar Marteen, the gunman responsible for the massacre in Orlando, …"), else the first role before one
 * ("Democrat Jon Ossoff" → "Democrat."). '' when the corpus gives neither. A place is described only as a place.
 */
export function describeFromCorpus(mentions: Mention[], articles: Map<string, Article>, kind: EntityKind): string {
  for (const mention of mentions) {
    const found = appositiveAfter(mention, articles);
    // After a place, a comma mostly goes on with a list or the sentence: only "the capital of…", "a town in…" say what it is.
    if (found && (kind !== 'place' || describesAPlace(found))) return found;
  }
  if (kind === 'place') return '';
  for (const mention of mentions) {
    const found = roleBefore(mention, articles);
    if (found) return found;
  }
  return '';
}
