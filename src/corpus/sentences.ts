import type { Sentence } from '../core/types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences of clean text with offsets. Paragraphs are lines, and a sentence never crosses a line,
 * so a heading or caption is never glued to the next sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (body) sentences.push({ start: lineStart + index + lead, end: lineStart + index + lead + body.length });
    }
    lineStart += line.length + 1;
  }
  return sentences;
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
