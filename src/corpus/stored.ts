/**
 * Imported collections as IndexedDB holds them: their format versions, checksums, migrations and the checks that
 * let one bad record be set aside while everything else loads. Pure: src/extension/collections.ts does the storing.
 *
 * Format 1: what Lantern wrote before records were numbered — the info without `format` or `private`, the bundle
 * stored as an object, no checksum. Format 2: both records carry `format`; the info says whether the collection is
 * private; the bundle is stored as its JSON text with a checksum of that text. Format 3: the same records, the search
 * index built with folded terms (accents and case as the page matcher folds them); older indexes are rebuilt.
 * Format 4: the bundle packed (src/corpus/packed.ts) into zlib streams, whose own checksums catch damage: a
 * 20,000-article collection takes a fifth of its JSON text. Older bundles are packed when next loaded.
 */
import { isObject, type Fields } from '../core/fields';
import { BUNDLE_VERSION, ENTITY_KINDS, type Bundle } from '../core/types';
import { FORMAT as MATCHER_FORMAT } from '../match/format';
import { buildSearchIndex } from '../search/build';
import { boolean, exactly, failed, list, number, oneOf, optional, record, text, type Check, type Read } from './checks';
import type { CollectionInfo, CollectionKind } from './collection';
import { packBundle, unpackBundle, type PackedBundle } from './packed';

export type { Read } from './checks';

export const STORED_FORMAT = 4;
/** The first format whose search index folds accents, as queries now do. */
const FOLDED_SEARCH_FORMAT = 3;

export interface StoredInfo extends CollectionInfo {
  format: typeof STORED_FORMAT;
}

export interface StoredBundle extends PackedBundle {
  format: typeof STORED_FORMAT;
}

/** A collection that cannot be loaded, and why: listed so it can be removed, left out of everything else. */
export interface DamagedCollection {
  id: string;
  name: string;
  reason: string;
}

/** One row of the options page's list: a collection that loads, or one that is damaged. */
export type ListedCollection = { info: CollectionInfo; damage?: undefined } | { info?: undefined; damage: DamagedCollection };

/**
 * FNV-1a (32 bits) over the text's UTF-16 code units. Not cryptographic, and need not be: it catches damage, not
 * tampering. Formats 2 and 3 carry it; so does the cached page dictionary (src/corpus/dictionary-cache.ts).
 */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export const toStoredInfo = (info: CollectionInfo): StoredInfo => ({ ...info, format: STORED_FORMAT });

/** Packs the bundle; a number no bundle Lantern builds could hold (see packBundle) throws, naming where it is. */
export async function toStoredBundle(bundle: Bundle): Promise<StoredBundle> {
  return { format: STORED_FORMAT, ...(await packBundle(bundle)) };
}

/** A record's format: 1 when it has none (written before formats were numbered); undefined when it cannot be told. */
export function formatOf(record: unknown): number | undefined {
  if (!isObject(record)) return undefined;
  if (record.format === undefined) return 1;
  return Number.isInteger(record.format) ? (record.format as number) : undefined;
}

const unreadableFormat = (format: number | undefined) =>
  format === undefined || format < 1
    ? failed('its record has no format Lantern knows')
    : failed(`it was written in format ${format} by a newer Lantern; this one reads formats up to ${STORED_FORMAT}`);

/** Short and URL-safe (so without the merge's `~`): it prefixes the collection's ids in the merged view. */
const collectionId: Check = (value) => (typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? undefined : ' is not a collection id');
const KINDS: readonly CollectionKind[] = ['articles', 'watchlist'];

const infoShape = record({
  id: collectionId,
  name: text,
  kind: oneOf(KINDS),
  createdAt: text,
  counts: record({ articles: number, entities: number, aliases: number }),
  private: boolean,
});

/** The fields the merge, the matcher, the cards and the search read; anything else a bundle holds is not looked at. */
const bundleShape = record({
  version: exactly(BUNDLE_VERSION),
  corpus: record({ name: text, articleCount: number, entityCount: number, aliasCount: number }),
  articles: list(record({ id: text, title: text, date: text, source: text, url: text, text, sentences: list(record({ start: number, end: number })) })),
  entities: list(
    record({
      id: text,
      name: text,
      kind: oneOf(ENTITY_KINDS),
      aliases: list(text),
      description: text,
      articleIds: list(text),
      mentionCount: number,
      mentions: list(record({ articleId: text, sentence: number, start: number, end: number })),
      coMentions: list(record({ id: text, count: number })),
    }),
  ),
  dictionary: list(record({ alias: text, entityId: text, caseSensitive: optional(boolean), acronym: optional(boolean), foldDiacritics: optional(boolean) })),
  matcher: record({ format: exactly(MATCHER_FORMAT) }),
  searchIndex: text,
});

/** Ids one part of the bundle names that another part must hold: the merge and the views look them up. */
function danglingReference(bundle: Bundle): string | undefined {
  const sentences = new Map(bundle.articles.map((a) => [a.id, a.sentences.length]));
  const entityIds = new Set(bundle.entities.map((e) => e.id));
  for (const entity of bundle.entities) {
    const article = entity.articleIds.find((id) => !sentences.has(id));
    if (article !== undefined) return `entity ${entity.id} names article ${article}, which it does not hold`;
    const mention = entity.mentions.find((m) => !(m.sentence < (sentences.get(m.articleId) ?? 0)));
    if (mention) return `entity ${entity.id} is mentioned in a sentence of article ${mention.articleId} that it does not hold`;
  }
  const entry = bundle.dictionary.find((e) => !entityIds.has(e.entityId));
  return entry && `alias “${entry.alias}” names entity ${entry.entityId}, which it does not hold`;
}

/** The bundle, if it has every field the merge and search need, of the right kind, and its ids hold together. */
export function checkBundle(value: unknown): Read<Bundle> {
  const problem = bundleShape(value);
  if (problem) return failed(`bundle${problem}`);
  const dangling = danglingReference(value as Bundle);
  return dangling ? failed(dangling) : { ok: true, value: value as Bundle };
}

/** A collection's info record, of any format this Lantern knows, migrated to the current one and checked. */
export function readStoredInfo(raw: unknown): Read<CollectionInfo> {
  const format = formatOf(raw);
  if (format === undefined || format < 1 || format > STORED_FORMAT) return unreadableFormat(format);
  const migrated = format === 1 ? { ...(raw as Fields), private: false } : (raw as Fields);
  const problem = infoShape(migrated);
  if (problem) return failed(`its record${problem}`);
  const { id, name, kind, createdAt, counts } = migrated as unknown as CollectionInfo;
  return {
    ok: true,
    value: {
      id,
      name,
      kind,
      createdAt,
      counts: { articles: counts.articles, entities: counts.entities, aliases: counts.aliases },
      private: migrated.private as boolean,
    },
  };
}

/** A collection's bundle record, of any format this Lantern knows: its checksum verified, the bundle checked. */
export async function readStoredBundle(raw: unknown): Promise<Read<Bundle>> {
  const read = await readBundleAsStored(raw);
  if (!read.ok || (formatOf(raw) ?? 0) >= FOLDED_SEARCH_FORMAT) return read;
  // Written before search folded accents: its index would miss "kolarova" for "Kolářová".
  return { ok: true, value: { ...read.value, searchIndex: buildSearchIndex(read.value.articles, read.value.entities) } };
}

/** Whether a record that reads was written in an older format, and is worth writing again in this one. */
export const isOlderFormat = (raw: unknown): boolean => (formatOf(raw) ?? STORED_FORMAT) < STORED_FORMAT;

async function readBundleAsStored(raw: unknown): Promise<Read<Bundle>> {
  if (raw === undefined) return failed('its bundle is missing');
  const format = formatOf(raw);
  if (format === 1) return checkBundle(raw);
  if (format === undefined || format < 1 || format > STORED_FORMAT) return unreadableFormat(format);
  const unpacked = format === STORED_FORMAT ? await unpackBundle(raw as Fields) : parseChecksummed(raw as Fields);
  return unpacked.ok ? checkBundle(unpacked.value) : unpacked;
}

/** Formats 2 and 3: the bundle's JSON text and its checksum. */
function parseChecksummed({ json, checksum }: Fields): Read<unknown> {
  if (typeof json !== 'string') return failed('its bundle holds no data');
  if (checksum !== checksumOf(json)) return failed('its checksum does not match, so the stored data was changed or cut short');
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return failed('its data is not valid JSON');
  }
}

/** A damaged record's name, if it still has one to show, else its id. */
export const nameOf = (raw: unknown, id: string): string => (isObject(raw) && typeof raw.name === 'string' && raw.name ? raw.name : id);

/** The options page's list: each stored info, and in its place a damaged entry where the background set its bundle aside. */
export function listWithDamage(listed: ListedCollection[], damaged: DamagedCollection[]): ListedCollection[] {
  const byId = new Map(damaged.map((d) => [d.id, d]));
  return listed.map((entry) => {
    const damage = entry.info && byId.get(entry.info.id);
    return damage ? { damage } : entry;
  });
}
