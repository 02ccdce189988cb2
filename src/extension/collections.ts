/** Imported collections in IndexedDB: a small record to list, and the bundle apart, so listing never loads bundles. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CollectionInfo } from '../corpus/collection';
import type { Bundle } from '../core/types';

interface Schema extends DBSchema {
  collections: { key: string; value: CollectionInfo };
  bundles: { key: string; value: Bundle };
}

const DB_NAME = 'lantern';
const DB_VERSION = 1;

let connection: Promise<IDBPDatabase<Schema>> | undefined;
const db = () =>
  (connection ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('collections', { keyPath: 'id' });
      database.createObjectStore('bundles');
    },
  }));

export const newCollectionId = () => `c${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

const oldestFirst = (a: CollectionInfo, b: CollectionInfo) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

export async function listCollections(): Promise<CollectionInfo[]> {
  return (await (await db()).getAll('collections')).sort(oldestFirst);
}

/** Writes the record and its bundle in one transaction: a collection is stored whole or not at all. */
export async function saveCollection(info: CollectionInfo, bundle: Bundle): Promise<void> {
  const tx = (await db()).transaction(['collections', 'bundles'], 'readwrite');
  await Promise.all([tx.objectStore('bundles').put(bundle, info.id), tx.objectStore('collections').put(info), tx.done]);
}

export async function removeCollection(id: string): Promise<void> {
  const tx = (await db()).transaction(['collections', 'bundles'], 'readwrite');
  await Promise.all([tx.objectStore('bundles').delete(id), tx.objectStore('collections').delete(id), tx.done]);
}

export async function loadCollectionBundle(id: string): Promise<Bundle | undefined> {
  return (await db()).get('bundles', id);
}

/** Every collection with its bundle, oldest first, read in one transaction so a removal cannot split them. */
export async function loadCollections(): Promise<{ info: CollectionInfo; bundle: Bundle }[]> {
  const tx = (await db()).transaction(['collections', 'bundles'], 'readonly');
  const infos = (await tx.objectStore('collections').getAll()).sort(oldestFirst);
  const bundles = await Promise.all(infos.map((info) => tx.objectStore('bundles').get(info.id)));
  return infos.flatMap((info, i) => (bundles[i] ? [{ info, bundle: bundles[i] }] : []));
}
