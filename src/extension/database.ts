/**
 * Lantern's IndexedDB database `lantern`: imported collections (src/extension/collections.ts), the cached page
 * dictionary and the popup's cached first screen (src/extension/cached-records.ts).
 * Its versions and their upgrades live here.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { formatOf, readStoredInfo, STORED_FORMAT, toStoredInfo } from '../corpus/stored';

export interface Schema extends DBSchema {
  /** StoredInfo, or whatever an older or newer Lantern (or damage) left there. */
  collections: { key: string; value: unknown };
  /** StoredBundle, keyed by collection id; an older format's until the collection is next loaded. */
  bundles: { key: string; value: unknown };
  /** The cached page dictionary, first screen and entity finder, one record each (src/extension/cached-records.ts). */
  dictionary: { key: string; value: unknown };
}

const DB_NAME = 'lantern';

type Upgrade = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;

/**
 * Rewrites every info record an older format wrote; one that cannot be read stays as it is, to be listed as damaged.
 * Bundles are rewritten when they are next loaded (src/extension/collections.ts): packing one is asynchronous, and an
 * upgrade's transaction ends at the first wait for anything but the database.
 */
async function migrateInfos(tx: Upgrade): Promise<void> {
  for (let cursor = await tx.objectStore('collections').openCursor(); cursor; cursor = await cursor.continue()) {
    const format = formatOf(cursor.value);
    if (format === undefined || format >= STORED_FORMAT) continue;
    const info = readStoredInfo(cursor.value);
    if (info.ok) await cursor.update(toStoredInfo(info.value));
  }
}

/**
 * Version 1 made the collections' stores; 2 and 3 migrated records to formats 2 and 3; 4 added the dictionary cache;
 * 5 moves records to format 4 (bundles packed).
 */
const DB_VERSION = 5;

let connection: Promise<IDBPDatabase<Schema>> | undefined;

export const db = () =>
  (connection ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('collections', { keyPath: 'id' });
        database.createObjectStore('bundles');
      }
      if (oldVersion < 4) database.createObjectStore('dictionary');
      await migrateInfos(tx);
    },
    // Another context is upgrading or deleting the database: close, or it waits for us; the next use opens it again.
    blocking() {
      void connection?.then((database) => database.close());
      connection = undefined;
    },
  }));
