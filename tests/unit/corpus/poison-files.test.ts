import { describe, expect, it } from 'vitest';
import { buildBundle, buildWatchlistBundle, type BuildResult } from '../../../src/corpus/bundle';
import { formatWarning } from '../../../src/corpus/errors';
import { MAX_WARNINGS } from '../../../src/corpus/limits';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const GOOD = Array.from({ length: 20 }, (_, i) =>
  file(`good-${String(i).padStart(2, '0')}.txt`, `GhostSec and CtrlSec reported ${i} accounts to Twitter on Monday.\nAnonymous said more would follow.`),
);
const build = (...poison: ReturnType<typeof file>[]) => buildBundle({ name: 'import', files: [...GOOD, ...poison] });
const goodImported = ({ bundle }: BuildResult) => GOOD.every((g) => bundle.articles.some((a) => a.id === g.name.replace('.txt', '')));
const messages = ({ warnings }: BuildResult) => warnings.map(formatWarning);

/** 15,000 capitalised words in a row. */
const CAPITALISED_RUN = Array.from({ length: 15_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
const LONG_HASHTAG = `#${'a'.repeat(60_000)}`;
const hiddenHtml = (body: string) => `<html><body><p>A page about nothing much.</p><div style="display:none">${body}</div></body></html>`;

// Each case ran into a RangeError (the dictionary cannot hold the "name") or a stack overflow and lost the whole import.
describe('a poison file among good ones', () => {
  it.each([
    ['run.txt', `It said ${CAPITALISED_RUN} today.`, /^run\.txt: name "Worda Wordb .*…" is longer than 100 characters; skipped$/],
    ['tag.txt', `See ${LONG_HASHTAG} now.`, /^tag\.txt: #hashtag "#a+…" is longer than 140 characters; skipped$/],
    ['hidden-run.html', hiddenHtml(`It said ${CAPITALISED_RUN} today.`), /^hidden-run\.html: name ".*" is longer than 100 characters; skipped$/],
    ['hidden-tag.html', hiddenHtml(`See ${LONG_HASHTAG} now.`), /^hidden-tag\.html: #hashtag ".*" is longer than 140 characters; skipped$/],
    [
      'words.jsonl',
      JSON.stringify({ id: 'w', text: `Some ${Array.from({ length: 9 }, (_, i) => `Name${i}`).join(' ')} here.` }),
      /^words\.jsonl:1: name "Name0 .*" has more than 8 words; skipped$/,
    ],
  ])('%s: the good files import and one warning names the poison', { timeout: 30_000 }, (name, text, warning) => {
    const result = build(file(name, text));
    expect(goodImported(result)).toBe(true);
    expect(result.bundle.articles).toHaveLength(21); // the poison file's own text is an article; only the name is left out
    expect(messages(result)).toHaveLength(1);
    expect(messages(result)[0]).toMatch(warning);
  });

  it('imports hostile text that is not poison any more: no warning at all', { timeout: 30_000 }, () => {
    const result = build(file('lower.txt', `${'a'.repeat(1 << 20)}.`), file('blank.md', `# Blank\n${'\n'.repeat(100_000)}Still here.`));
    expect(result.bundle.articles).toHaveLength(22);
    expect(result.warnings).toEqual([]);
  });

  it('summarises 200,000 bad lines as the first hundred and a count', { timeout: 30_000 }, () => {
    const result = build(file('bad.jsonl', '{\n'.repeat(200_000)));
    expect(goodImported(result)).toBe(true);
    expect(result.bundle.articles).toHaveLength(20);
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(messages(result)[0]).toMatch(/^bad\.jsonl:1: not valid JSON/);
    expect(messages(result).at(-1)).toBe(`import: … and ${200_000 - MAX_WARNINGS} more warnings`);
  });
});

describe('dictionary size limit', () => {
  it('refuses a watch-list of 1,000,000 lines, naming the collection', { timeout: 30_000 }, () => {
    const lines = Array.from({ length: 1_000_000 }, (_, i) => `@user${i}`).join('\n');
    expect(() => buildWatchlistBundle({ name: 'huge list', files: [file('huge.txt', lines)] })).toThrow(
      'huge list: more than 200,000 aliases, the limit for one collection; split it into smaller collections',
    );
  });

  it('refuses an entities.json with more aliases than that, naming it', { timeout: 30_000 }, () => {
    const aliases = Array.from({ length: 200_001 }, (_, i) => `Alias ${i}`);
    const curated = file('entities.json', JSON.stringify({ entities: [{ id: 'many', name: 'Many', kind: 'group', aliases }] }));
    expect(() => build(curated)).toThrow('entities.json: more than 200,000 aliases, the limit for one collection');
  });
});
