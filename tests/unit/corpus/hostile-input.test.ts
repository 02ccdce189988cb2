import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../../src/corpus/clean';
import { readCorpusFile } from '../../../src/corpus/read';
import { splitSentences } from '../../../src/corpus/sentences';

const markdown = (text: string) => readCorpusFile({ name: 'hostile.md', bytes: new TextEncoder().encode(text) }).articles[0]!;

// Bounded time shows as finishing at all: on these sizes the backtracking regexes they replace ran for minutes.
describe('hostile corpus text', () => {
  it('still splits glued sentences', () => {
    expect(cleanLines(['Florida.The hacker said so!Then he left.'])).toEqual(['Florida. The hacker said so! Then he left.']);
  });

  it('cleans a 1 MiB run of lower-case letters', { timeout: 30_000 }, () => {
    const run = 'a'.repeat(1 << 20);
    expect(cleanLines([`${run}.The end`])).toEqual([`${run}. The end`]);
  });

  it('reads Markdown markup as before', () => {
    const article = markdown('---\ntitle: x\n---\n# Head\n\nSee [the site](https://e.org/a_(b)) and ![img](i.png) now.\n\n- one\n  * two\n1. **three** `3`');
    expect(article.title).toBe('Head');
    expect(article.text.split('\n').filter(Boolean)).toEqual(['See the site and  now.', 'one', 'two', 'three 3']);
  });

  it('reads Markdown with 100,000 blank lines, in any line ending', { timeout: 30_000 }, () => {
    for (const newline of ['\n', '\r\n', '\r']) expect(markdown(`x${newline.repeat(100_000)}- y`).text.endsWith('y')).toBe(true);
  });

  it('reads Markdown full of unclosed links, images and front matter', { timeout: 30_000 }, () => {
    for (const text of ['!['.repeat(100_000), '['.repeat(200_000), '[a]('.repeat(100_000), `---\n${'a\n'.repeat(100_000)}`])
      expect(markdown(text).text.length).toBeGreaterThan(0);
  });

  it('splits a line of 200,000 sentences, as one segmentation of it would', { timeout: 30_000 }, () => {
    const line = 'Then on Nov. 6, 2016 the FBI said so. '.repeat(200_000);
    const sentences = splitSentences(line);
    expect(sentences).toHaveLength(200_000);
    expect(sentences.every(({ start, end }) => line.slice(start, end) === 'Then on Nov. 6, 2016 the FBI said so.')).toBe(true);
  });

  it('cuts a sentence that never stops', { timeout: 30_000 }, () => {
    const sentences = splitSentences('word '.repeat(200_000));
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.at(-1)!.end).toBe(1_000_000 - 1);
  });
});
