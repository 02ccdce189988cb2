import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/types';
import { buildCollection, countsOf, type CollectionInfo } from '../../../src/corpus/collection';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { deflate, inflate } from '../../../src/corpus/zlib';
import {
  checkBundle,
  checksumOf,
  isOlderFormat,
  listWithDamage,
  readStoredBundle,
  readStoredInfo,
  STORED_FORMAT,
  toStoredBundle,
  toStoredInfo,
} from '../../../src/corpus/stored';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const { bundle } = buildCollection('articles', {
  name: 'news',
  files: [file('news.jsonl', JSON.stringify({ id: 'a1', title: 'Ghosts', text: 'GhostSec and CtrlSec reported the accounts. GhostSec said so twice.' }))],
});
const INFO: CollectionInfo = { id: 'c1a2b3c4', name: 'news', kind: 'articles', createdAt: '2024-01-02T03:04:05.000Z', counts: countsOf(bundle), private: true };
/** What the code before formats were numbered wrote: no format, no private flag, the bundle as an object. */
const { private: _, ...FORMAT_1_INFO } = INFO;
const clone = <T>(value: T): T => structuredClone(value);
const reason = (read: { ok: boolean; reason?: string }) => (read.ok ? 'ok' : read.reason);

describe('checksumOf', () => {
  it('is stable, and changes with any character', () => {
    expect(checksumOf('')).toBe('fnv1a32:811c9dc5');
    expect(checksumOf('abc')).toBe(checksumOf('abc'));
    expect(checksumOf('abc')).not.toBe(checksumOf('abd'));
    expect(checksumOf('{"a":1}')).not.toBe(checksumOf('{"a":1'));
  });
});

/** What Lantern stored as formats 2 and 3: the bundle's JSON text and its checksum. */
const checksummed = (format: 2 | 3, value: unknown) => {
  const json = JSON.stringify(value);
  return { format, checksum: checksumOf(json), json };
};

describe('stored bundles', () => {
  it('read back what was stored, in the current format', async () => {
    const stored = await toStoredBundle(bundle);
    expect(stored.format).toBe(STORED_FORMAT);
    expect(await readStoredBundle(structuredClone(stored))).toEqual({ ok: true, value: bundle });
    expect(isOlderFormat(stored)).toBe(false);
  });

  it('read a format 1 record (the bundle itself, no checksum) and a format 3 one (its JSON text) as they are', async () => {
    expect(await readStoredBundle(clone(bundle))).toEqual({ ok: true, value: bundle });
    expect(await readStoredBundle(checksummed(3, bundle))).toEqual({ ok: true, value: bundle });
    expect([clone(bundle), checksummed(2, bundle), checksummed(3, bundle)].map(isOlderFormat)).toEqual([true, true, true]);
  });

  it('accept the bundled corpus and a watch-list', () => {
    expect(checkBundle(buildBundleFromDir('seeds').bundle).ok).toBe(true);
    expect(checkBundle(buildCollection('watchlist', { name: 'w', files: [file('w.csv', '@QuuxWatcher,only the list\n#OpISIS\n')] }).bundle).ok).toBe(true);
  });

  it('refuse a record changed or cut short after it was written', async () => {
    const stored = await toStoredBundle(bundle);
    const changed = structuredClone(stored);
    changed.json[Math.floor(changed.json.length / 2)]! ^= 0xff;
    expect(reason(await readStoredBundle(changed))).toMatch(/^its data is damaged or cut short \(/);
    expect(reason(await readStoredBundle({ ...stored, searchIndex: stored.searchIndex.slice(0, -10) }))).toMatch(/^its data is damaged or cut short/);
    expect(reason(await readStoredBundle({ ...stored, numbers: 'lost' }))).toBe('its numbers data is missing');
    const old = checksummed(3, bundle);
    expect(reason(await readStoredBundle({ ...old, json: old.json.replace('GhostSec', 'GhostSeq') }))).toContain('checksum does not match');
    expect(reason(await readStoredBundle({ ...old, json: old.json.slice(0, -10) }))).toContain('checksum does not match');
  });

  it('refuse data that matches its checksum but is not a bundle', async () => {
    expect(reason(await readStoredBundle({ format: 3, json: '{"nope', checksum: checksumOf('{"nope') }))).toBe('its data is not valid JSON');
    expect(reason(await readStoredBundle(checksummed(3, [])))).toBe('bundle is not an object');
    const stored = await toStoredBundle(bundle);
    const numbers = await inflate(stored.numbers);
    const withNumbers = async (bytes: number[]) => reason(await readStoredBundle({ ...stored, numbers: await deflate(new Uint8Array(bytes)) }));
    expect(await withNumbers(Array.from(numbers.slice(0, -1)))).toBe('its numbers end before its articles and entities do');
    expect(await withNumbers([...numbers, 0, 0])).toBe('its numbers go on for 2 bytes after its articles and entities end');
    // The first mention of the first entity, in an article the bundle does not hold; and a count of billions.
    const firstMention = 1 + 2 * bundle.articles[0]!.sentences.length + 1;
    const elsewhere = [...numbers.slice(0, firstMention), 9, ...numbers.slice(firstMention + 1)];
    expect(await withNumbers(elsewhere)).toBe(`entity ${bundle.entities[0]!.id}'s mention names article 10 of 1`);
    expect(await withNumbers([0xff, 0xff, 0xff, 0xff, 0x0f, ...numbers.slice(1)])).toBe('its numbers end before its articles and entities do');
    expect(await withNumbers([0xff, 0xff, 0xff, 0xff, 0x7f])).toBe(`its numbers hold one over 4294967295 at byte 5`);
  });

  it('rebuild the search index of a bundle stored before search folded accents (format 2)', async () => {
    const { bundle: accented } = buildCollection('articles', {
      name: 'n',
      files: [file('n.jsonl', JSON.stringify({ id: 'a1', text: 'Dana Kolářová spoke to GhostSec.' }))],
    });
    expect(accented.searchIndex).toContain('"kolarova"');
    const read = await readStoredBundle(checksummed(2, { ...accented, searchIndex: accented.searchIndex.replaceAll('kolarova', 'kolářová') }));
    expect(read.ok && read.value.searchIndex).toBe(accented.searchIndex);
  });

  it('refuse a format from a newer Lantern, a format that is not a number, and a missing bundle', async () => {
    expect(reason(await readStoredBundle({ ...(await toStoredBundle(bundle)), format: 99 }))).toBe(
      `it was written in format 99 by a newer Lantern; this one reads formats up to ${STORED_FORMAT}`,
    );
    expect(reason(await readStoredBundle({ format: 'two' }))).toBe('its record has no format Lantern knows');
    expect(reason(await readStoredBundle('junk'))).toBe('its record has no format Lantern knows');
    expect(reason(await readStoredBundle(undefined))).toBe('its bundle is missing');
  });

  it('refuse to store a number the format cannot hold, naming it', async () => {
    const copy = clone(bundle);
    copy.articles[0]!.sentences[1]!.start = -1;
    await expect(toStoredBundle(copy)).rejects.toThrow('articles[0].sentences[1].start is -1, not a whole number from 0 to 4294967295');
  });

  it('name where a bundle has a field of the wrong kind', () => {
    const broken = (change: (b: Bundle) => void) => {
      const copy = clone(bundle);
      change(copy);
      return reason(checkBundle(copy));
    };
    expect(broken((b) => ((b as { entities: unknown }).entities = 'oops'))).toBe('bundle.entities is not a list');
    expect(broken((b) => ((b.entities[0]!.aliases as unknown[])[0] = 7))).toBe('bundle.entities[0].aliases[0] is not text');
    expect(broken((b) => ((b.entities[0] as { kind: string }).kind = 'robot'))).toMatch(/^bundle\.entities\[0\]\.kind is not one of person, group/);
    expect(broken((b) => ((b as { version: number }).version = 7))).toBe('bundle.version 7 is not 1');
    expect(broken((b) => ((b.matcher as { format: number }).format = 0))).toBe('bundle.matcher.format 0 is not 2');
    expect(broken((b) => ((b as { searchIndex: unknown }).searchIndex = undefined))).toBe('bundle.searchIndex is not text');
  });

  it('name ids one part of the bundle refers to that another does not hold', () => {
    const copy = clone(bundle);
    copy.dictionary[0]!.entityId = 'nobody';
    expect(reason(checkBundle(copy))).toBe(`alias “${copy.dictionary[0]!.alias}” names entity nobody, which it does not hold`);
    const moved = clone(bundle);
    moved.entities[0]!.mentions[0]!.sentence = 99;
    expect(reason(checkBundle(moved))).toBe(`entity ${moved.entities[0]!.id} is mentioned in a sentence of article a1 that it does not hold`);
    const lost = clone(bundle);
    lost.entities[0]!.articleIds = ['gone'];
    expect(reason(checkBundle(lost))).toBe(`entity ${lost.entities[0]!.id} names article gone, which it does not hold`);
  });
});

describe('stored infos', () => {
  it('read back what was stored, private or not', () => {
    expect(toStoredInfo(INFO).format).toBe(STORED_FORMAT);
    expect(readStoredInfo(toStoredInfo(INFO))).toEqual({ ok: true, value: INFO });
    expect(readStoredInfo(toStoredInfo({ ...INFO, private: false }))).toEqual({ ok: true, value: { ...INFO, private: false } });
  });

  it('migrate a format 1 record: not private', () => {
    expect(readStoredInfo(FORMAT_1_INFO)).toEqual({ ok: true, value: { ...INFO, private: false } });
  });

  it('keep only the fields Lantern knows', () => {
    expect(readStoredInfo({ ...toStoredInfo(INFO), extra: 'x' })).toEqual({ ok: true, value: INFO });
  });

  it('refuse a record with a field of the wrong kind, an unsafe id or a newer format', () => {
    expect(reason(readStoredInfo({ ...toStoredInfo(INFO), private: 'false' }))).toBe('its record.private is not true or false');
    expect(reason(readStoredInfo({ ...toStoredInfo(INFO), kind: 'photos' }))).toBe('its record.kind is not one of articles, watchlist');
    expect(reason(readStoredInfo({ ...toStoredInfo(INFO), id: 'c1~x' }))).toBe('its record.id is not a collection id');
    expect(reason(readStoredInfo({ ...FORMAT_1_INFO, counts: { articles: 1 } }))).toBe('its record.counts.entities is not a number');
    expect(reason(readStoredInfo({ ...toStoredInfo(INFO), format: STORED_FORMAT + 1 }))).toContain(`format ${STORED_FORMAT + 1} by a newer Lantern`);
  });
});

describe('listWithDamage', () => {
  it('puts a collection the background set aside in its place, as damaged', () => {
    const other = { ...INFO, id: 'c2' };
    const damage = { id: 'c2', name: 'news', reason: 'its bundle is missing' };
    const stillDamaged = { damage: { id: 'c3', name: 'c3', reason: 'its record is not an object' } };
    expect(listWithDamage([{ info: INFO }, { info: other }, stillDamaged], [damage])).toEqual([{ info: INFO }, { damage }, stillDamaged]);
  });
});
