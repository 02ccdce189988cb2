import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLD_MASK, SKIP, SPACE, SURROGATE, WORD, foldKey, infoOf, isWordAt } from '../../../src/match/chars.ts';
import { entry, found, matcherFor } from './helpers.ts';

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

describe('the two-word filter', () => {
  /** Where `key` (folded) matches the text from `start` as a walk reads it, or -1: diacritics folded away, spaces collapsed. */
  function endOf(text: string, start: number, key: string): number {
    let j = start;
    let previous = -1;
    for (let k = 0; k < key.length; j++) {
      if (j >= text.length) return -1;
      const folded = infoOf(text.charCodeAt(j)) & FOLD_MASK;
      if (folded === SKIP || (folded === SPACE && previous === SPACE)) continue;
      if (folded !== key.charCodeAt(k++)) return -1;
      previous = folded;
    }
    while (j < text.length && (infoOf(text.charCodeAt(j)) & FOLD_MASK) === SKIP) j++;
    return isWordAt(text, j) ? -1 : j;
  }

  /** Leftmost-longest matches from every word start, with no filter: what the matcher finds where no name rule applies. */
  function reference(aliases: string[], text: string): string[] {
    const keys = aliases.map(foldKey);
    const found: string[] = [];
    for (let i = 0; i < text.length;) {
      // Nothing starts inside a word, nor on a diacritic: it belongs to the character before it.
      const starts = !isWordAt(text, i - 1) && (infoOf(text.charCodeAt(i)) & FOLD_MASK) !== SKIP;
      const end = starts ? Math.max(...keys.map((key) => endOf(text, i, key))) : -1;
      if (end > i) found.push(`${i}-${end}`);
      i = Math.max(end, i + 1);
    }
    return found;
  }

  // Lower-case words and aliases: no name rule or case rule rejects a candidate, so only the filter could.
  const words = ['al', 'qaeda', 'new', 'york', 'yahoo', 'state', 'états', 'e\u0301tats', 'x'];
  const joins = [' ', '-', '.', "'", '! ', '. ', ''];
  const gaps = [' ', '  ', '\n', '\u00a0', ' \n ', '-', '.', '. ', '.\u0301 ', "'", '\u0301', ', ', '!'];
  const alias = fc
    .tuple(fc.constantFrom(...words), fc.array(fc.tuple(fc.constantFrom(...joins), fc.constantFrom(...words)), { maxLength: 3 }), fc.constantFrom('', '!', '.'))
    .map(([first, rest, end]) => first + rest.flat().join('') + end);
  /** An alias as a page may write it: each space any whitespace run, a diacritic after any separator. */
  const written = (aliases: string[]) =>
    fc
      .tuple(fc.constantFrom(...aliases), fc.array(fc.constantFrom('', '\u0301', ' ', '\n', '  '), { minLength: 8, maxLength: 8 }))
      .map(([aliasText, marks]) => {
        let separator = 0;
        return aliasText.replace(/[^\p{L}]/gu, (unit) => {
          const mark = marks[separator++ % marks.length]!;
          return unit === ' ' && mark !== '\u0301' ? mark || unit : unit + mark;
        });
      });
  const text = (aliases: string[]) =>
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...words), written(aliases)), fc.constantFrom(...gaps)), { maxLength: 16 })
      .map((parts) => parts.flat().join(''));
  const dictionaryAndText = fc.array(alias, { minLength: 1, maxLength: 10 }).chain((aliases) => fc.tuple(fc.constant(aliases), text(aliases)));

  it('finds what a walk from every word start finds, before its second set is built and after', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([aliases, text]) => {
        const matcher = matcherFor(aliases.map((a) => entry(a)));
        const expected = reference(aliases, text);
        // The second set is built once enough words passed the first: by the later finds of the same text, if ever.
        for (let find = 0; find < 4; find++) expect(matcher.find(text).map((m) => `${m.start}-${m.end}`)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
