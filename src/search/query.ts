import { tokenize } from './options';

/** Longer input is cut: nobody types more, and it bounds the work a pasted page can cause. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

/** The query MiniSearch sees: its tokens only, so punctuation, emoji and regex metacharacters simply vanish ('' when nothing is left). */
export function normaliseQuery(raw: string): string {
  return tokenize(raw.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TERMS).join(' ');
}
