/** Reading values Lantern did not just make (storage, old records): plain objects only, field by field. */
export type Fields = Record<string, unknown>;

/** A plain object whose fields can be read one by one; not null, not a list. */
export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
