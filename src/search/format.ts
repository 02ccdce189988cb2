import type { EntityKind } from '../core/types';
import type { ArticleSummary } from './types';

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  group: 'Group',
  organisation: 'Organisation',
  place: 'Place',
  campaign: 'Campaign',
  other: 'Other',
  hashtag: 'Hashtag',
  handle: 'Handle',
};

/** How the card, the popup and the article page name a kind ("Person", not "person"). */
export const kindLabel = (kind: EntityKind): string => KIND_LABELS[kind];

/** "Publisher · 10 Sep 2014", leaving out whatever the article lacks. */
export function articleMeta({ source, date }: Pick<ArticleSummary, 'source' | 'date'>): string {
  const day = date ? new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '';
  return [source, day].filter(Boolean).join(' · ');
}

export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
