import { describe, expect, it } from 'vitest';
import { FOLD_MASK, SKIP, SURROGATE, WORD, infoOf } from '../../../src/match/chars.ts';
import { entry, found } from './helpers.ts';

describe('the first-word filter', () => {
  // The filter ends a text's word where its units stop being word characters, and an alias's where its folded units do.
  it('relies on folding keeping every unit a word character or not', () => {
    const changed: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const info = infoOf(unit);
      const folded = info & FOLD_MASK;
      if ((info & SURROGATE) !== 0 || folded === SKIP) continue;
      if ((info & WORD) !== (infoOf(folded) & WORD)) changed.push(unit.toString(16));
    }
    expect(changed).toEqual([]);
  });

  it('lets through words that begin an alias, however they are written', () => {
    const entries = [entry('Islamic State', 'isis'), entry('José', 'jose'), entry("O'Brien", 'obrien'), entry('ISIS', 'isis'), entry('#OpISIS', 'op')];
    const text = 'the islamic  state, the JOSE\u0301 and jose, o’brien, ISIS-K, isisx #opisis #op';
    expect(found(entries, text)).toEqual(['islamic  state=isis', 'JOSE\u0301=jose', 'jose=jose', 'o’brien=obrien', 'ISIS=isis', '#opisis=op']);
  });

  it('skips words that begin none, even when they begin a longer word that does', () => {
    expect(found([entry('State Department', 'state')], 'states statement state department')).toEqual(['state department=state']);
  });
});
