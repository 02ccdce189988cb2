import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../../src/corpus/clean';
import { readCorpusFile } from '../../../src/corpus/read';

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
});
