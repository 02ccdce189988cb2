/**
 * Imported collections in IndexedDB: a small record to list, and the bundle apart, so listing never loads bundles.
 * Records are read through src/corpus/stored.ts, never trusted: a damaged one is reported, not loaded.
 */
import type { IDBPDatabase } from 'idb';
import type { CollectionInfo } from '../corpus/collection';
import {
  isOlderFormat,
  nameOf,
  readStoredBundle,
  readStoredInfo,
  toStoredBundle,
  toStoredInfo,
  type DamagedCollection,
  type ListedCollection,
} from '../corpus/stored';
import type { Bundle } from '../core/types';
import { db, type Schema } from './database';

export const newCollectionId = () => `c${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

const oldestFirst = (a: CollectionInfo, b: CollectionInfo) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** Every collection as the options page lists it, oldest first; those whose record cannot be read last, as damaged. */
export async function listCollections(): Promise<ListedCollection[]> {
  const tx = (await db()).transaction('collections');
  const [ids, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const read = records.map((raw, i) => ({ id: ids[i]!, raw, read: readStoredInfo(raw) }));
  return [
    ...read
      .flatMap(({ read }) => (read.ok ? [read.value] : []))
      .sort(oldestFirst)
      .map((info) => ({ info })),
    ...read.flatMap(({ id, raw, read }) => (read.ok ? [] : [{ damage: { id, name: nameOf(raw, id), reason: read.reason } }])),
  ];
}

/** Writes the record and its bundle in one transaction: a collection is stored whole or not at all. */
export async function saveCollection(info: CollectionInfo, bundle: Bundle): Promise<void> {
  const stored = await toStoredBundle(bundle);
  const tx = (await db()).transaction(['collections', 'bundles'], 'readwrite');
  await Promise.all([tx.objectStore('bundles').put(stored, info.id), tx.objectStore('collections').put(toStoredInfo(info)), tx.done]);
}

/** Marks a collection private or not; only its small record is rewritten. */
export async function setCollectionPrivate(id: string, isPrivate: boolean): Promise<void> {
  const tx = (await db()).transaction('collections', 'readwrite');
  const read = readStoredInfo(await tx.store.get(id));
  if (!read.ok) throw new Error(`this collection cannot be changed: ${read.reason}`);
  await Promise.all([tx.store.put(toStoredInfo({ ...read.value, private: isPrivate })), tx.done]);
}

/**
 * Removes a collection in one transaction, and returns what puts it back exactly as it was stored (for Undo). The
 * records are kept as stored, so a damaged one comes back damaged rather than half-read.
 */
export async function removeCollection(id: string): Promise<() => Promise<void>> {
  const tx = (await db()).transaction(['collections', 'bundles'], 'readwrite');
  const [info, bundle] = await Promise.all([tx.objectStore('collections').get(id), tx.objectStore('bundles').get(id)]);
  await Promise.all([tx.objectStore('bundles').delete(id), tx.objectStore('collections').delete(id), tx.done]);
  return async () => {
    const restore = (await db()).transaction(['collections', 'bundles'], 'readwrite');
    await Promise.all([
      info === undefined ? undefined : restore.objectStore('collections').put(info),
      bundle === undefined ? undefined : restore.objectStore('bundles').put(bundle, id),
      restore.done,
    ]);
  };
}

export async function loadCollectionBundle(id: string): Promise<Bundle> {
  const read = await readStoredBundle(await (await db()).get('bundles', id));
  if (!read.ok) throw new Error(`this collection cannot be read: ${read.reason}`);
  return read.value;
}

type Loaded = { info: CollectionInfo; bundle: Bundle };

/**
 * One collection, its record and bundle read in one transaction (so a removal cannot split them) and apart from
 * every other (so one that cannot be read, or fails to, takes nothing else with it). Undefined once removed. A bundle
 * an older Lantern stored is written again in the current format.
 */
async function loadCollection(database: IDBPDatabase<Schema>, id: string): Promise<Loaded | DamagedCollection | undefined> {
  let raw: unknown;
  try {
    const tx = database.transaction(['collections', 'bundles']);
    const [record, stored] = await Promise.all([tx.objectStore('collections').get(id), tx.objectStore('bundles').get(id)]);
    if (record === undefined) return undefined;
    raw = record;
    const info = readStoredInfo(record);
    if (!info.ok) return { id, name: nameOf(record, id), reason: info.reason };
    const read = await readStoredBundle(stored);
    if (!read.ok) return { id, name: info.value.name, reason: read.reason };
    if (isOlderFormat(stored)) await migrateBundle(database, id, read.value);
    return { info: info.value, bundle: read.value };
  } catch (error) {
    return { id, name: nameOf(raw, id), reason: `reading it failed (${String(error)})` };
  }
}

/**
 * Writes a bundle read from an older format again in this one, unless it was removed meanwhile. One that cannot be
 * packed stays as it was stored, still read from its old format; the collection loads either way.
 */
async function migrateBundle(database: IDBPDatabase<Schema>, id: string, bundle: Bundle): Promise<void> {
  try {
    const stored = await toStoredBundle(bundle);
    const tx = database.transaction('bundles', 'readwrite');
    if (isOlderFormat(await tx.store.get(id))) await tx.store.put(stored, id);
    await tx.done;
  } catch (error) {
    console.warn(`Lantern: collection ${id} stays in its older format`, error);
  }
}

/**
 * Every collection that loads, with its bundle, oldest first; and those that do not, with the reason. One after
 * another, so only one bundle's stored data is unpacked at a time.
 */
export async function loadCollections(): Promise<{ loaded: Loaded[]; damaged: DamagedCollection[] }> {
  const database = await db();
  const loaded: Loaded[] = [];
  const damaged: DamagedCollection[] = [];
  for (const id of await database.getAllKeys('collections')) {
    const result = await loadCollection(database, id);
    if (result && 'bundle' in result) loaded.push(result);
    else if (result) damaged.push(result);
  }
  return { loaded: loaded.sort((a, b) => oldestFirst(a.info, b.info)), damaged };
}
