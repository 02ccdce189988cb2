import { describe, expect, it } from 'vitest';
import { buildCollection, checkImportSize, collectionName, MAX_IMPORT_BYTES } from '../../../src/corpus/collection';
import { exportJsonl } from '../../../src/corpus/export';
import { readCorpusFile } from '../../../src/corpus/read';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const ARTICLE = {
  id: 'a1',
  title: 'Ghosts',
  date: '2016-06-12',
  source: 'Wire',
  url: 'https://example.org/a1',
  text: 'GhostSec and CtrlSec reported the accounts to Twitter.',
};

describe('imports', () => {
  it('refuses a file or an import over the size limit, naming it', () => {
    expect(() => checkImportSize([{ name: 'big.jsonl', size: 200 * 1024 * 1024 }])).toThrow('big.jsonl: 200.0 MB is over the import limit of 100.0 MB');
    const half = { name: 'half.txt', size: MAX_IMPORT_BYTES / 2 + 1 };
    expect(() => checkImportSize([half, half])).toThrow('2 files: 100.0 MB in all is over the import limit');
    expect(() => checkImportSize([{ name: 'ok.csv', size: 1000 }])).not.toThrow();
  });

  it('names a collection after its first file', () => {
    expect(collectionName([{ name: 'news.jsonl' }])).toBe('news');
    expect(collectionName([{ name: 'a.txt' }, { name: 'b.txt' }, { name: 'c.txt' }])).toBe('a and 2 more');
  });

  it('reports every build stage in order', () => {
    const stages: string[] = [];
    buildCollection('articles', { name: 'n', files: [file('n.jsonl', JSON.stringify(ARTICLE))] }, (stage, fraction) =>
      stages.push(`${stage}${fraction === undefined ? '' : ` ${fraction}`}`),
    );
    expect(stages).toEqual(['articles', 'entities', 'entities 1', 'mentions', 'index']);
  });

  it('exports articles in the import format, so an export imports again', () => {
    const { bundle } = buildCollection('articles', { name: 'n', files: [file('n.jsonl', JSON.stringify(ARTICLE))] });
    const jsonl = exportJsonl('articles', bundle);
    expect(JSON.parse(jsonl.trim())).toEqual(ARTICLE);
    expect(readCorpusFile(file('again.jsonl', jsonl)).articles.map((a) => a.id)).toEqual(['a1']);
  });

  it('exports watch-list entries with their aliases, kind and note', () => {
    const { bundle } = buildCollection('watchlist', { name: 'w', files: [file('w.csv', 'Islamic State|ISIS,militants,group')] });
    expect(exportJsonl('watchlist', bundle)).toBe('{"name":"Islamic State","aliases":["Islamic State","ISIS"],"kind":"group","note":"militants"}\n');
  });
});
