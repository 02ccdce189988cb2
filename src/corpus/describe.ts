import nlp from 'compromise';
import type { Article, Mention } from '../core/types';
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
 * Whether a phrase after a comma goes on with the sentence rather than naming what came before: ", but fear of…",
 * ", and the Under Secretary of…", ", says of…", ", about 10 km south of…". compromise reads its first word in context
 * ("head of the association" is a noun there).
 */
const beginsAsClause = (phrase: string) => !ARTICLE.test(phrase) && nlp(phrase).terms().first().has('(#Conjunction|#Verb|#Preposition|#Adverb|#Pronoun)');
const ARTICLE = /^(?:an?|the)\s/i;

const sentenceCase = (phrase: string) => `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;

function appositiveAfter(mention: Mention, articles: Map<string, Article>): string {
  const article = articles.get(mention.articleId)!;
  const sentence = article.sentences[mention.sentence]!;
  const phrase = APPOSITIVE.exec(article.text.slice(mention.end, sentence.end))?.[1]?.trim();
  return phrase && phrase.split(' ').length >= 3 && !beginsAsClause(phrase) ? sentenceCase(phrase) : '';
}

/** The role in front of a name, if it ends in a title that says more than Mr or Dr ("Prime Minister", "Twitter CEO"). */
function roleBefore(mention: Mention, articles: Map<string, Article>): string {
  const article = articles.get(mention.articleId)!;
  const sentence = article.sentences[mention.sentence]!;
  const role = ROLE_BEFORE.exec(article.text.slice(sentence.start, mention.start))?.[1]?.trim() ?? '';
  const title = role.split(/[ \u00A0]/).at(-1)!;
  return role && isTitle(title) && !isHonorific(title) ? sentenceCase(role.replace(/\.$/, '')) : '';
}

/**
 * A one-line description the corpus itself gives: the first appositive after a mention
 * ("Omar Marteen, the gunman responsible for the massacre in Orlando, …"), else the first role before one
 * ("Democrat Jon Ossoff" → "Democrat."). '' when the corpus gives neither.
 */
export function describeFromCorpus(mentions: Mention[], articles: Map<string, Article>): string {
  for (const mention of mentions) {
    const found = appositiveAfter(mention, articles);
    if (found) return found;
  }
  for (const mention of mentions) {
    const found = roleBefore(mention, articles);
    if (found) return found;
  }
  return '';
}
