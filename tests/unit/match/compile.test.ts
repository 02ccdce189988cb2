import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../src/core/types.ts';
import { COLLISION_RULE, compileDictionary, createMatcher, DictionaryError, loadMatcher } from '../../../src/match/index.ts';
import { entry, found } from './helpers.ts';

describe('compileDictionary errors', () => {
  it.each(['', '   ', '#', '@', '...', '—', '\u0301'])('rejects alias %j, naming entity and alias', (alias) => {
    const compile = () => compileDictionary([entry('ISIS', 'isis'), entry(alias, 'bad-entity')]);
    expect(compile).toThrow(DictionaryError);
    expect(compile).toThrow(/bad-entity/);
    expect(compile).toThrow(JSON.stringify(alias));
  });

  it('accepts aliases with any letter or digit', () => {
    expect(() => compileDictionary([entry('#1'), entry('Ж'), entry('G7')])).not.toThrow();
  });
});

describe('collisions', () => {
  it('reports both entity ids and keeps the first entry', () => {
    const { collisions } = compileDictionary([entry('Ghost Sec', 'ghostsec'), entry('ghost  sec', 'other')]);
    expect(COLLISION_RULE).toBe('first-entry-wins');
    expect(collisions).toEqual([
      {
        key: 'ghost sec',
        kept: { entityId: 'ghostsec', alias: 'Ghost Sec' },
        dropped: { entityId: 'other', alias: 'ghost  sec' },
      },
    ]);
    expect(found([entry('Ghost Sec', 'ghostsec'), entry('ghost  sec', 'other')], 'GHOST SEC')).toEqual(['GHOST SEC=ghostsec']);
  });

  it('detects collisions through case, quotes and diacritics', () => {
    const { collisions } = compileDictionary([entry('Halané’s', 'a'), entry("halane's", 'b')]);
    expect(collisions).toHaveLength(1);
  });

  it('does not report duplicates within one entity', () => {
    expect(compileDictionary([entry('ISIS', 'isis'), entry('isis', 'isis')]).collisions).toEqual([]);
  });
});

describe('compiled form', () => {
  const entries: DictionaryEntry[] = [];
  for (let i = 0; i < 2000; i++) entries.push(entry(`Person Number${i} Smith`, `person-${i % 700}`));

  it('is JSON-safe and loads to the same matcher', () => {
    const { compiled } = compileDictionary(entries);
    const json = JSON.stringify(compiled);
    const text = 'met Person Number1999 Smith and Person Number7 Smith';
    const direct = createMatcher(compiled).find(text);
    expect(createMatcher(JSON.parse(json)).find(text)).toEqual(direct);
    expect(direct.map((m) => m.entityId)).toEqual(['person-599', 'person-7']);
  });

  it('loads in steps to the same matcher, pausing between them', async () => {
    const many: DictionaryEntry[] = [];
    for (let i = 0; i < 20_000; i++) many.push(entry(`Quellmark Vardeen${i} Ostrava`, `entity-${i}`));
    const { compiled } = compileDictionary(many);
    const text = 'met Quellmark Vardeen19999 Ostrava and Quellmark Vardeen7 Ostrava';
    let pauses = 0;
    const stepwise = await loadMatcher(compiled, async () => void pauses++);
    expect(stepwise.find(text)).toEqual(createMatcher(compiled).find(text));
    expect(stepwise.find(text).map((m) => m.entityId)).toEqual(['entity-19999', 'entity-7']);
    // About 180,000 states: a pause every 131,072.
    expect(pauses).toBe(Math.floor((compiled as { shape: string }).shape.length / 131_072));
    await expect(loadMatcher({ format: 99 }, async () => undefined)).rejects.toThrow(/format/);
  });

  it('is at most twice the size of the alias list as JSON', () => {
    const { compiled } = compileDictionary(entries);
    expect(JSON.stringify(compiled).length).toBeLessThanOrEqual(2 * JSON.stringify(entries).length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileDictionary(entries).compiled)).toBe(JSON.stringify(compileDictionary(entries).compiled));
  });

  it('refuses another format', () => {
    expect(() => createMatcher({ format: 99 })).toThrow(/format/);
  });
});
