import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/types';
import { markRanges } from '../../../src/search/segments';
import { layoutArticle } from '../../../src/search/article-layout';
import { snippet, termRanges } from '../../../src/search/snippet';
import { show } from './seed';

const article = (text: string, sentences: [number, number][]): Article => ({
  id: 't',
  title: 'T',
  date: '',
  source: '',
  url: '',
  text,
  sentences: sentences.map(([start, end]) => ({ start, end })),
});

describe('markRanges', () => {
  it('cuts text into marked and unmarked runs', () => {
    expect(show(markRanges('one two three', [{ start: 4, end: 7 }]))).toBe('one [two] three');
  });
  it('clips ranges to the window', () => {
    expect(
      show(
        markRanges(
          'one two three',
          [
            { start: 2, end: 5 },
            { start: 8, end: 13 },
          ],
          4,
          10,
        ),
      ),
    ).toBe('[t]wo [th]');
  });
  it('returns no empty segments', () => {
    expect(markRanges('ab', [{ start: 0, end: 2 }])).toEqual([{ text: 'ab', marked: true }]);
  });
});

describe('snippet', () => {
  it('marks terms the way the index tokenises them', () => {
    expect(termRanges("ISIS's #OpISIS and @Twitter", new Set(['isis', '#opisis']))).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 14 },
    ]);
  });

  it('picks the sentence with the most distinct matched terms', () => {
    const a = article('Cats sleep. Dogs and cats play. Birds sing.', [
      [0, 11],
      [12, 31],
      [32, 43],
    ]);
    const s = snippet(a, new Set(['cats', 'dogs']));
    expect(s.sentence).toBe(1);
    expect(show(s.segments)).toBe('[Dogs] and [cats] play.');
  });

  it('cuts a long sentence around its first mark, on word boundaries, with ellipses', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const text = `${words} target ${words}.`;
    const s = show(snippet(article(text, [[0, text.length]]), new Set(['target'])).segments);
    expect(s).toMatch(/^… w\d+ .*\[target\].* w\d+ …$/);
    expect(s.length).toBeLessThanOrEqual(190);
  });

  it('falls back to the first sentence when only the title matched', () => {
    const a = article('First one. Second one.', [
      [0, 10],
      [11, 22],
    ]);
    expect(show(snippet(a, new Set(['title'])).segments)).toBe('First one.');
  });
});

describe('layoutArticle', () => {
  it('cuts the text into sentence blocks and gaps, entity mentions as their own pieces, losing nothing', () => {
    const text = 'ISIS and Twitter.\nThen Anonymous.';
    const blocks = layoutArticle(
      {
        text,
        sentences: [
          { start: 0, end: 17 },
          { start: 18, end: 33 },
        ],
      },
      [
        { start: 0, end: 4, entityId: 'isis' },
        { start: 9, end: 16, entityId: 'twitter' },
        { start: 23, end: 32, entityId: 'anonymous' },
      ],
    );
    expect(blocks.map((b) => b.sentence)).toEqual([0, null, 1]);
    expect(blocks[0]!.pieces).toEqual([{ text: 'ISIS', entityId: 'isis' }, { text: ' and ' }, { text: 'Twitter', entityId: 'twitter' }, { text: '.' }]);
    expect(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join('')).toBe(text);
  });
});
