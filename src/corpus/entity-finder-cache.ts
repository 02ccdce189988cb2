/**
 * The popup's entity finder, cached beside the merged dictionary and keyed the same way, so a typed query right after
 * the background started finds entities without loading any collection or the article index.
 */
import type { MergedView } from './merge';
import { failed, type Read } from './checks';
import { readCachedJson, toCachedJson, type CachedJson } from './cached-json';
import { EntityFinder } from '../search/entity-finder';

export const entityFinderOf = ({ entities }: Pick<MergedView, 'entities'>) => EntityFinder.of(entities);

/** 2: the entities in columns beside the index, the name indexed once. */
export const ENTITY_FINDER_FORMAT = 2;

export const toCachedEntityFinder = (key: string, finder: EntityFinder): CachedJson => toCachedJson(ENTITY_FINDER_FORMAT, key, finder);

function loadFinder(parsed: unknown): Read<EntityFinder> {
  try {
    return { ok: true, value: EntityFinder.fromJS(parsed) };
  } catch (error) {
    return failed(`it is not an entity index (${String(error)})`);
  }
}

/** The cached finder, as `readCachedJson` reads it. */
export const readCachedEntityFinder = (raw: unknown, key: string): Read<EntityFinder> | undefined => readCachedJson(raw, key, ENTITY_FINDER_FORMAT, loadFinder);
