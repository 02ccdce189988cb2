/** What the hover card shows about one entity, computed from the bundle by the background. Pure. */
import type { EntityKind } from '../core/types';
import type { Corpus } from '../search/corpus';

/** A sentence cut around the mention, so the card can emphasise the term without parsing anything. */
export interface Quote {
  before: string;
  term: string;
  after: string;
}

export interface CardArticle {
  id: string;
  title: string;
  source: string;
  date: string;
  /** Index into the article's sentences: the article page scrolls to it. */
  sentence: number;
  quote: Quote;
}

export interface EntityCard {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other names, the name itself left out. */
  aliases: string[];
  description: string;
  mentionCount: number;
  articleCount: number;
  /** Most relevant first (the bundle orders them by mentions). */
  articles: CardArticle[];
  coMentions: { id: string; name: string; kind: EntityKind; count: number }[];
}

export interface CardLimits {
  articles: number;
  coMentions: number;
}

export const DEFAULT_LIMITS: CardLimits = { articles: 5, coMentions: 8 };

/** The look-ups a card needs: the search's `Corpus` has them, so the background keeps one set of maps. */
export type CardIndex = Pick<Corpus, 'entities' | 'articles'>;

export function entityCard(index: CardIndex, entityId: string, limits: CardLimits = DEFAULT_LIMITS): EntityCard | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const articles: CardArticle[] = [];
  for (const articleId of entity.articleIds) {
    if (articles.length >= limits.articles) break;
    const article = index.articles.get(articleId);
    const mention = entity.mentions.find((m) => m.articleId === articleId);
    const sentence = mention && article?.sentences[mention.sentence];
    if (!article || !mention || !sentence) continue;
    articles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      date: article.date,
      sentence: mention.sentence,
      quote: quote(article.text, sentence, mention),
    });
  }
  const coMentions = entity.coMentions.slice(0, limits.coMentions).flatMap(({ id, count }) => {
    const other = index.entities.get(id);
    return other ? [{ id, name: other.name, kind: other.kind, count }] : [];
  });
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases.filter((alias) => alias !== entity.name),
    description: entity.description,
    mentionCount: entity.mentionCount,
    articleCount: entity.articleIds.length,
    articles,
    coMentions,
  };
}

/** The sentence split at the mention; a mention outside its sentence (bad bundle) quotes the sentence plain. */
export function quote(text: string, sentence: { start: number; end: number }, mention: { start: number; end: number }): Quote {
  const start = Math.min(Math.max(mention.start, sentence.start), sentence.end);
  const end = Math.min(Math.max(mention.end, start), sentence.end);
  return { before: text.slice(sentence.start, start), term: text.slice(start, end), after: text.slice(end, sentence.end) };
}
