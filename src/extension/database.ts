/**
 * Lantern's IndexedDB database `lantern`: imported collections (src/extension/collections.ts) and the cached page
 * dictionary (src/extension/dictionary-cache.ts). Its versions and their upgrades live here.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { formatOf, readStoredBundle, readStoredInfo, STORED_FORMAT, toStoredBundle, toStoredInfo, type Read } from '../corpus/stored';

export interface Schema extends DBSchema {
  /** StoredInfo, or whatever an older or newer Lantern (or damage) left there. */
  collections: { key: string; value: unknown };
  /** StoredBundle, keyed by collection id; format 1 held the Bundle itself. */
  bundles: { key: string; value: unknown };
  /** CachedDictionary, one record. */
  dictionary: { key: string; value: unknown };
}

const DB_NAME = 'lantern';

type Upgrade = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;

/** Rewrites every record an older format wrote; a record that cannot be read stays as it is, to be listed as damaged. */
async function migrateRecords<T>(tx: Upgrade, store: StoreNames<Schema>, read: (raw: unknown) => Read<T>, write: (value: T) => unknown) {
  for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
    const format = formatOf(cursor.value);
    if (format === undefined || format >= STORED_FORMAT) continue;
    const record = read(cursor.value);
    if (record.ok) await cursor.update(write(record.value));
  }
}

/** Rewrites every record in the current format (each reader migrates from any older one). */
async function migrateAll(_database: IDBPDatabase<Schema>, tx: Upgrade): Promise<void> {
  await migrateRecords(tx, 'collections', readStoredInfo, toStoredInfo);
  await migrateRecords(tx, 'bundles', readStoredBundle, toStoredBundle);
}

/** Step n brings the database from version n to n + 1; a new install runs them all, an update the ones it lacks. */
const UPGRADES: ((database: IDBPDatabase<Schema>, tx: Upgrade) => Promise<void> | void)[] = [
  (database) => {
    database.createObjectStore('collections', { keyPath: 'id' });
    database.createObjectStore('bundles');
  },
  // Format 2: the info says whether the collection is private; the bundle is stored as checksummed JSON text.
  migrateAll,
  // Format 3: the search index folds accents, as queries do.
  migrateAll,
  // The merged page dictionary's cache.
  (database) => void database.createObjectStore('dictionary'),
];
const DB_VERSION = UPGRADES.length;

let connection: Promise<IDBPDatabase<Schema>> | undefined;

export const db = () =>
  (connection ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) await UPGRADES[version]!(database, tx);
    },
    // Another context is upgrading or deleting the database: close, or it waits for us; the next use opens it again.
    blocking() {
      void connection?.then((database) => database.close());
      connection = undefined;
    },
  }));
