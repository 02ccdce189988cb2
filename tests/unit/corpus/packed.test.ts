import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/types';
import { buildCollection } from '../../../src/corpus/collection';
import { buildBundleFromDir } from '../../../src/corpus/node';
import { packBundle, unpackBundle } from '../../../src/corpus/packed';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const seeds = buildBundleFromDir('seeds').bundle;
const roundTrip = async (bundle: Bundle) => unpackBundle({ ...(await packBundle(bundle)) });
const packedSize = async (bundle: Bundle) => Object.values(await packBundle(bundle)).reduce((sum, part) => sum + part.byteLength, 0);

describe('packed bundles', () => {
  it('unpack to exactly the bundle packed: the seeds, an import, a watch-list', async () => {
    const imported = buildCollection('articles', {
      name: 'news',
      files: [
        file(
          'n.jsonl',
          [
            { id: 'a1', text: 'Dana Kolářová met GhostSec. “GhostSec” said so.' },
            { id: 'a2', text: 'Later GhostSec and CtrlSec met.' },
          ]
            .map((a) => JSON.stringify(a))
            .join('\n'),
        ),
      ],
    }).bundle;
    const watchlist = buildCollection('watchlist', { name: 'w', files: [file('w.csv', '@QuuxWatcher,only the list,handle\n#OpISIS\n')] }).bundle;
    for (const bundle of [seeds, imported, watchlist]) expect(await roundTrip(bundle)).toEqual({ ok: true, value: bundle });
  });

  it('keep fields they do not know, and numbers in any order', async () => {
    const copy = structuredClone(seeds) as Bundle & { extra?: string };
    copy.extra = 'kept';
    Object.assign(copy.articles[0]!, { note: 'kept too' });
    Object.assign(copy.entities[0]!, { kindGiven: true, salience: 'context' });
    // Mentions out of text order, and a sentence that starts before the one before it ended: stored modulo 2³², they come back.
    const mentioned = copy.entities.find((e) => e.mentions.length > 2)!;
    mentioned.mentions.reverse();
    copy.articles[0]!.sentences[1]!.start = 0;
    expect(await roundTrip(copy)).toEqual({ ok: true, value: copy });
  });

  it('take a fraction of the JSON text', async () => {
    expect(await packedSize(seeds)).toBeLessThan(JSON.stringify(seeds).length / 3);
  });

  it('name what is missing', async () => {
    const packed = await packBundle(seeds);
    expect(await unpackBundle({ ...packed, json: undefined })).toEqual({ ok: false, reason: 'its json data is missing' });
    expect(await unpackBundle({ ...packed, json: packed.searchIndex })).toEqual({ ok: false, reason: 'bundle.articles is not a list' });
  });
});
