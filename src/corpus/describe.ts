import type { Article, Mention } from '../core/types';
import { isHonorific, isTitle } from './titles';

/** Words that end an appositive: the sentence goes on with a verb or a relative clause. */
const ENDS_APPOSITIVE = String.raw`(?=\s+(?:told|said|says|added|wrote|stated|claimed|called|who|which)\b|\s*[,;:.—–)]|\s*$)`;
/**
 * The appositive after a name says what it is: ", an anti-terrorist hacker with Anonymous, told…",
 * ", 45, the gunman…", ", chief executive of Twitter, said…" (a role of something needs no article).
 */
const APPOSITIVE = new RegExp(
  String.raw`^\s*(?:,|\s[—–-])\s+(?:\d{1,3},\s+)?((?:an?|the)\s[^,;:.()“”"—–]{3,100}?|\p{Ll}[^,;:.()“”"—–]{2,60}?\sof\s[^,;:.()“”"—–]{2,60}?)${ENDS_APPOSITIVE}`,
  'iu',
);
/** Capitalised words right before a name ("Kentucky Senator Rand Paul", "Twitter CEO Jack Dorsey"). */
const ROLE_BEFORE = /((?:[\p{Lu}][\p{L}\p{M}.'’-]*[ \u00A0]){1,4})$/u;

const sentenceCase = (phrase: string) => `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;

function appositiveAfter(mention: Mention, articles: Map<string, Article>): string {
  const article = articles.get(mention.articleId)!;
  const sentence = article.sentences[mention.sentence]!;
  const phrase = APPOSITIVE.exec(article.text.slice(mention.end, sentence.end))?.[1]?.trim();
  return phrase && phrase.split(' ').length >= 3 ? sentenceCase(phrase) : '';
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
