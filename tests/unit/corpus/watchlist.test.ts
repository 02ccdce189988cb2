import { describe, expect, it } from 'vitest';
import { buildWatchlistBundle } from '../../../src/corpus/bundle';
import { formatWarning } from '../../../src/corpus/errors';
import { parseWatchlists, splitFields } from '../../../src/corpus/watchlist';
import { createMatcher } from '../../../src/match';

const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});
const parse = (...files: ReturnType<typeof file>[]) => parseWatchlists('list', files);
const warnings = (...files: ReturnType<typeof file>[]) => parse(...files).warnings.map(formatWarning);

describe('watch-list fields', () => {
  it('splits on commas, semicolons and tabs, even mixed, and keeps quoted delimiters', () => {
    expect(splitFields('@a, note; person')).toEqual(['@a', 'note', 'person']);
    expect(splitFields('@a\tnote,group')).toEqual(['@a', 'note', 'group']);
    expect(splitFields('"Smith, John";"says ""hi"""')).toEqual(['Smith, John', 'says "hi"']);
    expect(splitFields('"never closed, here')).toBeNull();
  });
});

describe('parseWatchlists', () => {
  it('infers kinds from @ and #, takes a given kind, defaults names to person; the note is the description', () => {
    const { entries } = parse(file('w.csv', '@WauchulaGhost,anti-ISIS hacker\n#OpISIS\nGhostSec;hacker collective;group\nJohn Smith\n'));
    expect(entries.map(({ id, name, kind, description }) => ({ id, name, kind, description }))).toEqual([
      { id: 'handle-wauchulaghost', name: '@WauchulaGhost', kind: 'handle', description: 'anti-ISIS hacker' },
      { id: 'hashtag-opisis', name: '#OpISIS', kind: 'hashtag', description: '' },
      { id: 'ghostsec', name: 'GhostSec', kind: 'group', description: 'hacker collective' },
      { id: 'john-smith', name: 'John Smith', kind: 'person', description: '' },
    ]);
  });

  it('reads a UTF-8 BOM, CRLF line ends and a header row that reorders the columns', () => {
    const { entries, warnings: w } = parse(file('w.csv', '\uFEFFkind,handle,note\r\ngroup,@CtrlSec,reports accounts\r\n'));
    expect(w).toEqual([]);
    expect(entries).toEqual([
      { id: 'group-ctrlsec', name: '@CtrlSec', kind: 'group', description: 'reports accounts', aliases: [{ alias: '@CtrlSec' }], kindGiven: true },
    ]);
  });

  it('takes aliases separated by |, with case rules for single words and acronyms', () => {
    const [entry] = parse(file('w.txt', 'Islamic State|ISIS|Daesh;militant group;group')).entries;
    expect(entry!.aliases).toEqual([{ alias: 'Islamic State' }, { alias: 'ISIS', acronym: true }, { alias: 'Daesh', caseSensitive: true }]);
  });

  it('skips bad lines with the file, line and reason, and keeps the rest', () => {
    const list = ['@ok', '"unclosed, quote', '@two words', '!!!', '@Ok,again', 'Someone,,alien', ';note only', 'x'.repeat(201), '@fine'].join('\n');
    expect(warnings(file('w.csv', list))).toEqual([
      'w.csv:2: a quote is never closed; line skipped',
      'w.csv:3: "@two words": a @handle cannot contain spaces; line skipped',
      'w.csv:4: "!!!" has no letter or digit; line skipped',
      'w.csv:5: already listed at w.csv:1; line skipped',
      'w.csv:6: unknown kind "alien" (use person, group, organisation, place, campaign, other, hashtag, handle); line skipped',
      'w.csv:7: no name, @handle or #hashtag; line skipped',
      'w.csv:8: longer than 200 characters; line skipped',
    ]);
    expect(parse(file('w.csv', list)).entries.map((e) => e.name)).toEqual(['@ok', '@fine']);
  });

  it('finds duplicates across files and skips a file that is not text, naming it', () => {
    expect(warnings(file('a.txt', '#tag'), file('b.csv', '#TAG'), file('c.csv', new Uint8Array([0x40, 0, 1])))).toEqual([
      'b.csv:1: already listed at a.txt:1; line skipped',
      'c.csv:1: binary file (NUL byte), not text; file skipped',
    ]);
  });

  it('fails when nothing usable is left, and refuses other file types', () => {
    expect(() => parse(file('e.csv', '\n\n'))).toThrow('list: no watch-list entries found');
    expect(() => parse(file('b.csv', new Uint8Array([0x40, 0])))).toThrow(
      'no watch-list entries found (one @handle, #hashtag or name a line): b.csv:1: binary file',
    );
    expect(warnings(file('x.json', '{}'), file('ok.txt', '@a'))).toEqual(['x.json: unsupported watch-list type ".json" (use .csv, .txt); file skipped']);
  });
});

describe('buildWatchlistBundle', () => {
  it('makes entities without articles whose aliases the matcher finds', () => {
    const { bundle } = buildWatchlistBundle({ name: 'list', files: [file('w.csv', '@WauchulaGhost,hacker\nGhost Sec|GhostSec')] });
    expect(bundle.corpus).toEqual({ name: 'list', articleCount: 0, entityCount: 2, aliasCount: 3 });
    expect(bundle.entities[0]).toMatchObject({ id: 'handle-wauchulaghost', description: 'hacker', articleIds: [], mentionCount: 0 });
    const found = createMatcher(bundle.matcher).find('Ghost Sec and @wauchulaghost, not ghostsec');
    expect(found.map((m) => m.entityId)).toEqual(['ghost-sec', 'handle-wauchulaghost']);
  });
});
