import type { Article } from '../core/types';
import { processTerm, TOKEN } from './options';
import { markRanges } from './segments';
import type { Segment } from './types';

/** Longest snippet, in characters, before it is cut around its first mark. */
const MAX_SNIPPET = 180;

export interface Snippet {
  sentence: number;
  segments: Segment[];
}

/** Where the indexed terms in `terms` occur in `text`: the same tokens and processing as the index, so marks match what was found. */
export function termRanges(text: string, terms: ReadonlySet<string>): { start: number; end: number }[] {
  const ranges = [];
  for (const token of text.matchAll(TOKEN)) {
    const term = processTerm(token[0]);
    if (term && terms.has(term)) ranges.push({ start: token.index, end: token.index + token[0].length });
  }
  return ranges;
}

/** Whole words only: moves a cut point to the nearest space so no word is split. */
function cutAtSpace(text: string, at: number, direction: 1 | -1, limit: number): number {
  for (let i = at; direction < 0 ? i > limit : i < limit; i += direction) if (/\s/.test(text[i]!)) return direction > 0 ? i + 1 : i;
  return limit;
}

/** The sentence with the most distinct matched terms (the first on ties), cut to MAX_SNIPPET around its first mark. */
export function snippet(article: Article, terms: ReadonlySet<string>): Snippet {
  const ranges = termRanges(article.text, terms);
  let best = { sentence: 0, score: 0 };
  // Sentences and ranges are both in text order: one walk over each, not a filter of all ranges per sentence.
  let next = 0;
  article.sentences.forEach((s, index) => {
    while (next < ranges.length && ranges[next]!.start < s.start) next++;
    const inside = new Set<string | null>();
    for (let r = next; r < ranges.length && ranges[r]!.start < s.end; r++)
      if (ranges[r]!.end <= s.end) inside.add(processTerm(article.text.slice(ranges[r]!.start, ranges[r]!.end)));
    if (inside.size > best.score) best = { sentence: index, score: inside.size };
  });
  const sentence = article.sentences[best.sentence] ?? { start: 0, end: article.text.length };
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > MAX_SNIPPET) {
    const first = ranges.find((r) => r.start >= from && r.end <= to);
    const anchor = first ? Math.max(from, first.start - MAX_SNIPPET / 3) : from;
    from = anchor === sentence.start ? anchor : cutAtSpace(article.text, anchor, 1, to);
    to = cutAtSpace(article.text, Math.min(to, from + MAX_SNIPPET), -1, from);
  }
  const segments = markRanges(article.text, ranges, from, to);
  if (from > sentence.start) segments.unshift({ text: '… ', marked: false });
  if (to < sentence.end) segments.push({ text: ' …', marked: false });
  return { sentence: best.sentence, segments };
}
