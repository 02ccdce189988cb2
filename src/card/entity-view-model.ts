/**
 * What the hover card and the popup's entity view show about one entity, computed from the corpus by the background
 * and rendered as it is by both: one set of rules for names, counts, dates and quotes. Pure.
 */
import type { EntityKind, Mention } from '../core/types';
import type { Corpus } from '../search/corpus';
import { articleMeta, kindLabel, plural } from '../search/format';
import { markRanges } from '../search/segments';
import type { MentioningSentence } from '../search/types';

export interface EntityViewArticle {
  id: string;
  /** The article's title, or its id when it has none. */
  title: string;
  /** "Publisher · 10 Sep 2014", or what of it the article has. */
  meta: string;
  /** Where its title opens it: the first sentence that mentions the entity. */
  sentence: number;
  /** The sentences that mention the entity, in text order, every mention marked. */
  sentences: MentioningSentence[];
}

export interface EntityCoMention {
  id: string;
  name: string;
  kind: EntityKind;
  /** "Group, 2 shared articles". */
  label: string;
}

export interface EntityViewModel {
  id: string;
  name: string;
  kind: EntityKind;
  /** "Group". */
  kindLabel: string;
  /** "3 mentions in 2 articles". */
  counts: string;
  description: string;
  /** Other names, the name itself left out. */
  aliases: string[];
  /** Most relevant first (the corpus orders them by mentions). */
  articles: EntityViewArticle[];
  /** Most shared articles first. */
  coMentions: EntityCoMention[];
}

/** How much of the entity to show: the card is a glance, the popup shows everything. */
export interface EntityViewLimits {
  articles: number;
  sentencesPerArticle: number;
  coMentions: number;
}

export const CARD_LIMITS: EntityViewLimits = { articles: 5, sentencesPerArticle: 1, coMentions: 8 };
export const NO_LIMITS: EntityViewLimits = { articles: Infinity, sentencesPerArticle: Infinity, coMentions: Infinity };

/** The look-ups a view needs: the search's `Corpus` has them, so the background keeps one set of maps. */
export type EntityIndex = Pick<Corpus, 'entities' | 'articles'>;

export function entityViewModel(index: EntityIndex, entityId: string, limits: EntityViewLimits = NO_LIMITS): EntityViewModel | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const found = entity.articleIds.flatMap((id) => {
    const article = index.articles.get(id);
    return article ? [article] : [];
  });
  const mentionsByArticle = groupByArticle(entity.mentions);
  const articles = found.slice(0, limits.articles).map((article): EntityViewArticle => {
    const mentions = mentionsByArticle.get(article.id) ?? [];
    const indexes = [...new Set(mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    const sentences = indexes.flatMap((index): MentioningSentence[] => {
      const s = article.sentences[index];
      // A mention outside its sentence (a damaged bundle) is clipped away: the sentence shows plain.
      return s ? [{ index, segments: markRanges(article.text, mentions, s.start, s.end) }] : [];
    });
    return {
      id: article.id,
      title: article.title || article.id,
      meta: articleMeta(article),
      sentence: sentences[0]?.index ?? 0,
      sentences: sentences.slice(0, limits.sentencesPerArticle),
    };
  });
  const coMentions = entity.coMentions.slice(0, limits.coMentions).flatMap(({ id, count }): EntityCoMention[] => {
    const other = index.entities.get(id);
    return other ? [{ id, name: other.name, kind: other.kind, label: `${kindLabel(other.kind)}, ${plural(count, 'shared article')}` }] : [];
  });
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    kindLabel: kindLabel(entity.kind),
    counts: `${plural(entity.mentionCount, 'mention')} in ${plural(found.length, 'article')}`,
    description: entity.description,
    aliases: entity.aliases.filter((alias) => alias !== entity.name),
    articles,
    coMentions,
  };
}

/** Mentions by article, each list in text order: one pass, where filtering all mentions per article was quadratic. */
function groupByArticle(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byArticle = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byArticle.get(mention.articleId);
    if (list) list.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  return byArticle;
}
