import { describe, expect, it, vi } from 'vitest';
import type { RawArticle } from '../../../src/corpus/read';
import { buildBundle } from '../../../src/corpus/bundle';
import { formatWarning } from '../../../src/corpus/errors';

// Stand-ins for failures no known input causes any more (a regex out of stack, a library bug): a marker in the text throws.
vi.mock('../../../src/corpus/article', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/corpus/article')>();
  return {
    ...actual,
    prepareArticle: (raw: RawArticle) => {
      if (raw.text.includes('CRASH-WHILE-CLEANING')) throw new RangeError('Maximum call stack size exceeded');
      return actual.prepareArticle(raw);
    },
  };
});
vi.mock('../../../src/corpus/names', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/corpus/names')>();
  return {
    ...actual,
    findNames: (text: string) => {
      if (text.includes('CRASH-WHILE-NAMING')) throw new Error('too much recursion');
      return actual.findNames(text);
    },
  };
});

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const GOOD = Array.from({ length: 20 }, (_, i) => file(`good-${i}.txt`, `GhostSec reported ${i} accounts to Twitter on Monday.`));
const build = (poison: ReturnType<typeof file>) => {
  const { bundle, warnings } = buildBundle({ name: 'import', files: [...GOOD, poison] });
  return { articles: bundle.articles.length, warnings: warnings.map(formatWarning) };
};

describe('each file is built on its own', () => {
  it('skips a file that throws while it is read, with one warning naming it', () => {
    expect(build(file('crash.txt', 'Text, then CRASH-WHILE-CLEANING.'))).toEqual({
      articles: 20,
      warnings: ['crash.txt: Maximum call stack size exceeded; file skipped'],
    });
  });

  it('skips the whole file when one of its articles throws', () => {
    const jsonl = [JSON.stringify({ id: 'fine', text: 'Fine text.' }), JSON.stringify({ id: 'bad', text: 'CRASH-WHILE-CLEANING' })].join('\n');
    expect(build(file('crash.jsonl', jsonl))).toEqual({ articles: 20, warnings: ['crash.jsonl: Maximum call stack size exceeded; file skipped'] });
  });

  it('leaves out an article that throws while it is read for names', () => {
    expect(build(file('names.txt', 'Text, then CRASH-WHILE-NAMING.'))).toEqual({
      articles: 20,
      warnings: ['names.txt: cannot be read for names (too much recursion); skipped'],
    });
  });
});
