/**
 * A value kept as JSON text in a cached record of the `dictionary` store, made for one key (`dictionaryKey`) and
 * checksummed, so a record changed or cut short after it was written is set aside rather than used. Pure:
 * src/extension/cached-records.ts does the storing.
 */
import { isObject } from '../core/fields';
import { failed, type Read } from './checks';
import { checksumOf } from './stored';

export interface CachedJson {
  format: number;
  key: string;
  /** `checksumOf(json)`. */
  checksum: string;
  json: string;
}

/** No record, or one of this format made for another key: a miss, not damage. */
export const isNoRecordFor = (raw: unknown, key: string, format: number) => raw === undefined || (isObject(raw) && raw.format === format && raw.key !== key);

export function toCachedJson(format: number, key: string, value: unknown): CachedJson {
  const json = JSON.stringify(value);
  return { format, key, checksum: checksumOf(json), json };
}

/**
 * The cached value if the record was made for `key`; undefined if there is none, or it was made from something else;
 * why not, if the record is damaged. A damaged cache loses nothing: the value is made again.
 */
export function readCachedJson<T>(raw: unknown, key: string, format: number, check: (parsed: unknown) => Read<T>): Read<T> | undefined {
  if (isNoRecordFor(raw, key, format)) return undefined;
  if (!isObject(raw) || raw.format !== format) return failed(`its format is not ${format}`);
  if (typeof raw.json !== 'string' || raw.checksum !== checksumOf(raw.json)) return failed('its checksum does not match, so it was changed or cut short');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.json);
  } catch {
    return failed('it is not valid JSON');
  }
  return check(parsed);
}
