import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/corpus/bundle';
import { CorpusError } from '../../../src/corpus/errors';
import { MAX_ALIAS_CHARS, MAX_WARNINGS } from '../../../src/corpus/limits';
import { readCorpusFile, type CorpusFile } from '../../../src/corpus/read';
import { parseWatchlists } from '../../../src/corpus/watchlist';

/** Pieces that exercise the readers' markup and the extractors' patterns, mixed with arbitrary text. */
// prettier-ignore
const PIECES = [
  '\n', '\r\n', '\r', ' ', '\t', ',', ';', '|', '"', "'", '’', '#', '@', '.', '!', '?', '-', '*', '[', ']', '(', ')', '![', '](', '---\n',
  '# ', '- ', '1. ', '**', '`', '{', '}', '<p>', '</p>', '<div style="display:none">', '</div>', '<script>', '<br>', '&amp;', '\u0000', '\uFFFD',
  '\u00A0', '\u2028', 'e\u0301', 'Ghost Sec', 'ISIS', 'Islamic State', 'of', 'The', 'Mr.', 'said', '#OpISIS', '@WauchulaGhost', '{"text": "', '"}',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join(''));
const name = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('.txt', '.md', '.html', '.htm', '.jsonl', '.csv', '.TXT', '', '.pdf'))
  .map(([stem, ext]) => stem + ext);
const bytes = fc.oneof(
  text.map((t) => new TextEncoder().encode(t)),
  fc.uint8Array({ maxLength: 200 }),
);
const corpusFile = fc.record({ name, bytes }) as fc.Arbitrary<CorpusFile>;

/** Runs `read`; the only failure allowed is a CorpusError, which names a file. */
function onlyCorpusErrors<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).location.file).toBeTruthy();
    return null;
  }
}

describe('corpus readers on arbitrary input', () => {
  it('readCorpusFile reads or refuses with a CorpusError, never anything else', () => {
    fc.assert(
      fc.property(corpusFile, (file) => {
        const read = onlyCorpusErrors(() => readCorpusFile(file));
        if (!read) return;
        for (const article of read.articles) {
          expect(article.id).toMatch(/^[\p{L}\p{N}_.-]+$/u);
          expect(article.file).toBe(file.name);
          expect(typeof article.text).toBe('string');
        }
        for (const warning of read.warnings) expect(warning.file).toBe(file.name);
      }),
      { numRuns: 200 },
    );
  });

  it('the watch-list parser gives usable entries or a CorpusError', () => {
    const listFile = fc.record({ name: fc.constantFrom('list.csv', 'list.txt', 'list.tsv'), bytes }) as fc.Arbitrary<CorpusFile>;
    fc.assert(
      fc.property(fc.array(listFile, { minLength: 1, maxLength: 3 }), (files) => {
        const parsed = onlyCorpusErrors(() => parseWatchlists('list', files));
        if (!parsed) return;
        const ids = new Set<string>();
        for (const entry of parsed.entries) {
          expect(ids.has(entry.id)).toBe(false);
          ids.add(entry.id);
          expect(entry.aliases.length).toBeGreaterThan(0);
          for (const { alias } of entry.aliases) {
            expect(alias.trim()).toBe(alias);
            expect(alias.length).toBeGreaterThan(0);
            expect(alias.length).toBeLessThanOrEqual(MAX_ALIAS_CHARS);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a build of arbitrary files gives a bundle or a CorpusError, with at most the summarised warnings', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(corpusFile, { minLength: 1, maxLength: 4 }), (files) => {
        const built = onlyCorpusErrors(() => buildBundle({ name: 'fuzz', files }));
        if (!built) return;
        expect(built.bundle.articles.length).toBeGreaterThan(0);
        expect(built.warnings.length).toBeLessThanOrEqual(MAX_WARNINGS + 1);
      }),
      { numRuns: 50 },
    );
  });
});
