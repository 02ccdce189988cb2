import type { Segment } from './types';

interface Range {
  start: number;
  end: number;
}

/** Cuts text[from, to) into runs, each inside one of the ranges (sorted, non-overlapping; clipped to the window) or between them. */
export function splitByRanges<R extends Range>(text: string, ranges: readonly R[], from = 0, to = text.length): { text: string; range?: R }[] {
  const runs: { text: string; range?: R }[] = [];
  const push = (start: number, end: number, range?: R) => {
    if (end > start) runs.push(range ? { text: text.slice(start, end), range } : { text: text.slice(start, end) });
  };
  let at = from;
  for (const range of ranges) {
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
