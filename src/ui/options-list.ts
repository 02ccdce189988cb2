import type { ArticleHit, EntityHit, SearchResults } from '../search/types';

/** One row of the result listbox, in display order: entities first, then articles. */
export type ResultOption = { kind: 'entity'; hit: EntityHit; id: string } | { kind: 'article'; hit: ArticleHit; id: string };

export function resultOptions(results: SearchResults): ResultOption[] {
  return [
    ...results.entities.map((hit) => ({ kind: 'entity' as const, hit, id: `opt-e-${hit.id}` })),
    ...results.articles.map((hit) => ({ kind: 'article' as const, hit, id: `opt-a-${hit.id}` })),
  ];
}

/** Arrow-key movement that wraps around; -1 means nothing active. */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}
