import type { Article, Mention } from '../core/types';

/** ", an anti-terrorist hacker with Anonymous told…" → the appositive after a name says what it is. */
const APPOSITIVE = /^\s*(?:,|\s[—–-])\s+((?:an?|the)\s[^,;:.()“”"—–]{3,100}?)(?=\s+(?:told|said|says|added|wrote|stated|claimed|called|who|which)\b|\s*[,;:.—–)]|\s*$)/iu;

/**
 * A one-line description the corpus itself gives: the first appositive after a mention
 * ("Omar Marteen, the gunman responsible for the massacre in Orlando, …"). '' when the corpus gives none.
 */
export function describeFromCorpus(mentions: Mention[], articles: Map<string, Article>): string {
  for (const mention of mentions) {
    const article = articles.get(mention.articleId)!;
    const sentence = article.sentences[mention.sentence]!;
    const after = article.text.slice(mention.end, sentence.end);
    const phrase = APPOSITIVE.exec(after)?.[1]?.trim();
    if (phrase && phrase.split(' ').length >= 3) return `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;
  }
  return '';
}
