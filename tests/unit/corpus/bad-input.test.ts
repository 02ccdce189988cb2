import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundleFromDir } from '../../../src/corpus/node';

const GOOD = 'GhostSec and CtrlSec reported the accounts to Twitter on Monday.\nAnonymous said more would follow.';

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const warningsOf = (dir: string) => buildBundleFromDir(dir).warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.reason}`);

describe('bad corpus input', () => {
  it('fails on a missing folder, naming it', () => {
    expect(() => buildBundleFromDir('/nonexistent/corpus')).toThrow('/nonexistent/corpus: corpus folder does not exist');
  });

  it('fails on an empty folder', () => {
    const dir = corpus({});
    expect(() => buildBundleFromDir(dir)).toThrow(`${dir}: corpus folder has no article files`);
  });

  it('skips a binary file with a warning naming it', () => {
    const dir = corpus({ 'good.txt': GOOD, 'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
    expect(warningsOf(dir)).toEqual(['photo.txt:1: binary file (NUL byte), not text; file skipped']);
  });

  it('skips a non-UTF-8 file, naming the line', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('first line\nsecond '), 0xe9, 0x74, 0xe9]);
    const dir = corpus({ 'good.txt': GOOD, 'latin1.txt': latin1 });
    expect(warningsOf(dir)).toEqual(['latin1.txt:2: not valid UTF-8 text (save it as UTF-8); file skipped']);
  });

  it('skips an empty file and an article that is only boilerplate', () => {
    const dir = corpus({ 'good.txt': GOOD, 'empty.txt': '  \n', 'furniture.txt': 'Leave a Reply\nPost a Comment' });
    expect(warningsOf(dir)).toEqual(['empty.txt: empty file; file skipped', 'furniture.txt: nothing left after removing boilerplate; skipped']);
  });

  it('fails on an unreadable file, naming it', () => {
    const dir = corpus({ 'good.txt': GOOD });
    symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling.txt'));
    expect(() => buildBundleFromDir(dir)).toThrow(/dangling\.txt: cannot read: ENOENT/);
  });

  it('skips bad JSONL lines with their line numbers and keeps the rest', () => {
    const lines = [
      JSON.stringify({ id: 'a1', title: 'One', text: GOOD }),
      '{"id": "a2", "text": "truncated',
      JSON.stringify({ id: 'a3', title: 'No text' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'a5', text: 42 }),
      '',
      JSON.stringify({ id: 'a7', text: 'Twitter suspended the accounts of GhostSec.' }),
    ];
    const dir = corpus({ 'export.jsonl': lines.join('\n') });
    const { bundle, warnings } = buildBundleFromDir(dir);
    expect(bundle.articles.map((a) => a.id)).toEqual(['a1', 'a7']);
    expect(warnings.map((w) => [w.file, w.line, w.reason.split(' (')[0]])).toEqual([
      ['export.jsonl', 2, 'not valid JSON'],
      ['export.jsonl', 3, 'no "text"; line skipped'],
      ['export.jsonl', 4, 'not a JSON object; line skipped'],
      ['export.jsonl', 5, 'field "text" must be a string; line skipped'],
    ]);
  });

  it('fails on a corpus where nothing readable is left', () => {
    const dir = corpus({ 'a.jsonl': '{broken' });
    expect(() => buildBundleFromDir(dir)).toThrow(/no articles found/);
  });

  it('turns warnings into errors in strict mode', () => {
    const dir = corpus({ 'good.txt': GOOD, 'empty.txt': '' });
    expect(() => buildBundleFromDir(dir, { strict: true })).toThrow('empty.txt: empty file; file skipped');
  });

  it('fails on malformed entities.json with the line', () => {
    const dir = corpus({ 'good.txt': GOOD, 'entities.json': '{\n  "entities": [\n    { "id": "x", }\n  ]\n}' });
    expect(() => buildBundleFromDir(dir)).toThrow(/^entities\.json:3: not valid JSON/);
  });

  it('fails on an invalid curated entry, naming it and its line', () => {
    const entities = {
      entities: [
        { id: 'ghostsec', name: 'GhostSec', kind: 'group', aliases: ['GhostSec'] },
        { id: 'bad', name: 'Bad', kind: 'gang', aliases: ['Bad'] },
      ],
    };
    const dir = corpus({ 'good.txt': GOOD, 'entities.json': JSON.stringify(entities, null, 2) });
    expect(() => buildBundleFromDir(dir)).toThrow(/^entities\.json:\d+: entities\[1\] \("bad"\): "kind" must be one of person/);
  });

  it('fails on a curated salience that is not a class, naming the entry', () => {
    const entities = { entities: [{ id: 'web', name: 'Web', kind: 'organisation', aliases: ['Web'], salience: 'background' }] };
    const dir = corpus({ 'good.txt': GOOD, 'entities.json': JSON.stringify(entities, null, 2) });
    expect(() => buildBundleFromDir(dir)).toThrow(/^entities\.json:\d+: entities\[0\] \("web"\): "salience" must be one of specific, context/);
  });

  it('fails on a curated alias that can never match', () => {
    const entities = { entities: [{ id: 'dots', name: 'Dots', kind: 'group', aliases: ['...'] }] };
    const dir = corpus({ 'good.txt': GOOD, 'entities.json': JSON.stringify(entities) });
    expect(() => buildBundleFromDir(dir)).toThrow(/^entities\.json: Alias "\.\.\." of entity "dots"/);
  });

  it('reads .md and .html articles with their declared metadata', () => {
    const dir = corpus({
      'notes/post.md': '# GhostSec strikes again\n\nGhostSec said **Twitter** removed the [accounts](http://x.test).',
      'page.html':
        '<html><head><title>Ignored</title><meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2016-06-14T10:00:00Z"></head><body><h1>CtrlSec lists accounts</h1><script>var x = "Anonymous";</script><p>Ctrl<b>Sec</b> published a list.</p></body></html>',
    });
    const { bundle } = buildBundleFromDir(dir);
    const [post, page] = bundle.articles;
    expect(post).toMatchObject({ id: 'post', title: 'GhostSec strikes again', text: 'GhostSec said Twitter removed the accounts.' });
    expect(page).toMatchObject({ id: 'page', title: 'CtrlSec lists accounts', source: 'The Daily', date: '2016-06-14', text: 'CtrlSec published a list.' });
  });
});
