import type { Segment } from './types';

interface Range {
  start: number;
  end: number;
}

/** Index of the first range that ends after `offset` (binary search: sorted, non-overlapping ranges have sorted ends). */
function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Cuts text[from, to) into runs, each inside one of the ranges (sorted, non-overlapping; clipped to the window) or between them. */
export function splitByRanges<R extends Range>(text: string, ranges: readonly R[], from = 0, to = text.length): { text: string; range?: R }[] {
  const runs: { text: string; range?: R }[] = [];
  const push = (start: number, end: number, range?: R) => {
    if (end > start) runs.push(range ? { text: text.slice(start, end), range } : { text: text.slice(start, end) });
  };
  let at = from;
  // Only the ranges inside the window are visited: a sentence-by-sentence layout would otherwise scan all of them per sentence.
  for (let i = firstEndingAfter(ranges, from); i < ranges.length && ranges[i]!.start < to; i++) {
    const range = ranges[i]!;
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    push(at, start);
    push(start, end, range);
    at = end;
  }
  push(at, to);
  return runs;
}

/** Segments of text[from, to) with the given ranges marked. */
export function markRanges(text: string, ranges: readonly Range[], from = 0, to = text.length): Segment[] {
  return splitByRanges(text, ranges, from, to).map((run) => ({ text: run.text, marked: run.range !== undefined }));
}
