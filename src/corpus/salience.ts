import type { Entity, EntityKind } from '../core/types';
import { placeNamed } from './gazetteer';
import { isAcronym, isWellKnownName } from './words';

export type Salience = NonNullable<Entity['salience']>;

/** Who and what a corpus is about: never background, however often they appear. */
const SPECIFIC_KINDS: readonly EntityKind[] = ['person', 'group', 'handle', 'hashtag', 'campaign'];
/** Below this many articles a corpus is about a few things, and every name in it is spread wide. */
export const SPREAD_MIN_ARTICLES = 200;
/** In a larger corpus, an organisation or place in at least this share of the articles is background. */
export const SPREAD_CONTEXT_SHARE = 0.02;

/** What salience is judged from: the entity, and how many of the corpus's articles mention it. */
export interface SalienceInput {
  name: string;
  /** Every name it goes by, the name included. */
  aliases: readonly string[];
  kind: EntityKind;
  articleCount: number;
}

/**
 * Whether an entity is what the corpus is about ('specific') or background ('context'): a place the gazetteer knows
 * (a country, continent, region or city of 100,000 people: a story's city is still one that thousands of unrelated
 * pages name); a name everyone says (spoken English's counts); or an organisation or place mentioned in a large share
 * of a large corpus; or a body known by a short acronym alone ("UA", "CR", "WTC"), which the corpus never spells out:
 * on a page it is as often something else (a user agent, a carriage return in a spec), and even where it is the
 * corpus's it says little. People, groups, tags and campaigns are always specific.
 */
export function salienceOf(entity: SalienceInput, corpusArticleCount: number): Salience {
  if (SPECIFIC_KINDS.includes(entity.kind)) return 'specific';
  if (placeNamed(entity.name) || isWellKnownName(entity.name) || entity.aliases.every(isAcronym)) return 'context';
  const spread = corpusArticleCount >= SPREAD_MIN_ARTICLES && entity.articleCount >= corpusArticleCount * SPREAD_CONTEXT_SHARE;
  return spread ? 'context' : 'specific';
}
