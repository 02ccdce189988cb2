import type { Sentence } from '../core/types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Characters segmented at once. V8's segmenter is quadratic in its input (one 200,000-character line: 5 s), so long lines go in windows. */
const WINDOW = 1_000;
/** A sentence longer than this is cut here: it is not prose. */
const MAX_WINDOW = 16_000;

/**
 * Sentences of clean text with offsets. Paragraphs are lines, and a sentence never crosses a line,
 * so a heading or caption is never glued to the next sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    addLineSentences(line, lineStart, sentences);
    lineStart += line.length + 1;
  }
  return sentences;
}

/**
 * Segments one line window by window. The window's end cuts its last segment short and may fake the break before
 * it ("on Nov. | 6, 2016" breaks only when the text stops after "6"), so the last two segments are segmented again
 * at the start of the next window; a window with too few segments grows (up to MAX_WINDOW) instead.
 */
function addLineSentences(line: string, lineStart: number, sentences: Sentence[]): void {
  let at = 0;
  let window = WINDOW;
  while (at < line.length) {
    const end = Math.min(line.length, at + window);
    const segments = [...segmenter.segment(line.slice(at, end))];
    const settled = end === line.length ? segments.length : segments.length - 2;
    if (settled <= 0 && window < MAX_WINDOW) {
      window *= 2;
      continue;
    }
    const taken = segments.slice(0, Math.max(settled, 1));
    for (const { segment, index } of taken) {
      const start = lineStart + at + index + segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (body) sentences.push({ start, end: start + body.length });
    }
    const last = taken.at(-1)!;
    at += last.index + last.segment.length;
    window = WINDOW;
  }
}

/** Index of the sentence containing `offset` (binary search; sentences are sorted). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
