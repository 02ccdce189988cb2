/**
 * Reading values Lantern did not just make (IndexedDB records, the cached dictionary): checks that say where a value
 * is wrong and how ("[3].aliases[0] is not text"), so a bad record is set aside with a reason instead of loaded.
 */
import { isObject } from '../core/fields';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
export const failed = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/**
 * A check returns undefined when the value is fine, or where it is wrong and how. The where is built on the way out,
 * so checking a large value that is fine allocates nothing.
 */
export type Check = (value: unknown) => string | undefined;

export const text: Check = (value) => (typeof value === 'string' ? undefined : ' is not text');
export const number: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? undefined : ' is not a number');
export const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : ' is not true or false');
export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value) ? undefined : ` is not one of ${values.join(', ')}`;
/** Exactly `expected` ("bundle.version 7 is not 1"). */
export const exactly =
  (expected: unknown): Check =>
  (value) =>
    value === expected ? undefined : ` ${String(value)} is not ${String(expected)}`;
export const list =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return ' is not a list';
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return `[${i}]${problem}`;
    }
    return undefined;
  };
export const record =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return ' is not an object';
    for (const name in fields) {
      const problem = fields[name]!(value[name]);
      if (problem) return `.${name}${problem}`;
    }
    return undefined;
  };
