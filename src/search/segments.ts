import type { Segment } from './types';

/** Cuts text[from, to) into segments, marking the given [start, end) ranges (sorted, non-overlapping; clipped to the window). */
export function markRanges(text: string, ranges: readonly { start: number; end: number }[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  const push = (start: number, end: number, marked: boolean) => {
    if (end > start) segments.push({ text: text.slice(start, end), marked });
  };
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    push(at, start, false);
    push(start, end, true);
    at = end;
  }
  push(at, to, false);
  return segments;
}
