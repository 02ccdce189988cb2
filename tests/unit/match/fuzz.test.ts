import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../../src/core/types.ts';
import { foldKey } from '../../../src/match/chars.ts';
import { matcherFor } from './helpers.ts';

/** Letters and the characters the matching rules treat specially: case, diacritics, spaces, quotes, tags. */
const UNITS = ['a', 'b', 'A', 'B', 'é', 'e\u0301', 'ß', 'İ', 'Ж', '1', ' ', '  ', '\u00A0', '\n', "'", '’', '-', '.', '#', '@', '\uD83D\uDE00', '\uD800'];
const unitString = (maxLength: number) => fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength }).map((units) => units.join(''));
/** An alias: a letter first (so it can be matched), then anything from UNITS. */
const alias = fc.tuple(fc.constantFrom('a', 'B', 'é', '#a', '@b', 'Ж'), fc.option(unitString(6), { nil: '' })).map(([first, rest]) => first + rest);
const entry = fc.record(
  { alias, entityId: fc.constantFrom('e1', 'e2', 'e3'), caseSensitive: fc.boolean(), acronym: fc.boolean(), foldDiacritics: fc.boolean() },
  { requiredKeys: ['alias', 'entityId'] },
) as fc.Arbitrary<DictionaryEntry>;

/** A dictionary and a text made of its aliases (so there is something to find) and other pieces. */
const dictionaryAndText = fc
  .array(entry, { minLength: 1, maxLength: 12 })
  .chain((entries) =>
    fc.tuple(fc.constant(entries), fc.array(fc.oneof(fc.constantFrom(...entries.map((e) => e.alias)), alias, unitString(4)), { maxLength: 30 })),
  );

describe('matcher on arbitrary dictionaries and text', () => {
  it('finds sorted, non-overlapping matches within the text, each folding to its alias', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([entries, parts]) => {
        const text = parts.join('');
        const matches = matcherFor(entries).find(text);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(foldKey(text.slice(match.start, match.end))).toBe(foldKey(match.alias));
          expect(entries.some((e) => e.alias === match.alias && e.entityId === match.entityId)).toBe(true);
          previousEnd = match.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds every alias written on its own, between separators no alias contains', () => {
    const plainEntry = fc.record({ alias, entityId: fc.constantFrom('e1', 'e2') });
    const pieces = fc.array(plainEntry, { minLength: 1, maxLength: 12 }).chain((entries) =>
      fc.tuple(
        fc.constant(entries),
        fc.array(
          fc.oneof(
            fc.constantFrom(...entries.map((e) => e.alias)).map((aliasText) => ({ aliasText })),
            unitString(4),
          ),
          { maxLength: 30 },
        ),
      ),
    );
    fc.assert(
      fc.property(pieces, ([entries, parts]) => {
        const texts = parts.map((part) => (typeof part === 'string' ? part : part.aliasText));
        const text = texts.join('\0');
        const starts = new Map(
          matcherFor(entries)
            .find(text)
            .map((m) => [m.start, foldKey(text.slice(m.start, m.end))]),
        );
        const missed: string[] = [];
        let offset = 0;
        parts.forEach((part, index) => {
          if (typeof part !== 'string' && starts.get(offset) !== foldKey(part.aliasText)) missed.push(`${part.aliasText} at ${offset}`);
          offset += texts[index]!.length + 1;
        });
        expect(missed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('may find a term wherever find finds one, also with any of the whitespace read as line breaks', () => {
    // Names and ordinary words the name rules read across whitespace, beside arbitrary aliases.
    const named = fc.constantFrom<DictionaryEntry>(
      { alias: 'Asia', entityId: 'asia' },
      { alias: 'Asia Society', entityId: 'society' },
      { alias: 'Anonymous', entityId: 'anonymous', caseSensitive: true },
      { alias: 'IS', entityId: 'isis', caseSensitive: true, acronym: true },
    );
    const words = fc.constantFrom('Asia', 'Society', 'East', 'Anonymous', 'sources', 'said', 'IS', 'is', 'THE', 'The', '.', '-');
    const spaces = fc.constantFrom(' ', '  ', '\n', '\u00A0', '\t');
    const input = fc.tuple(
      fc.array(fc.oneof(named, entry), { minLength: 1, maxLength: 8 }),
      fc.array(fc.tuple(fc.oneof(words, alias, unitString(3)), spaces), { maxLength: 16 }),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    );
    fc.assert(
      fc.property(input, ([entries, parts, breaks]) => {
        const text = parts.flat().join('');
        // As a page joins a block's text: some whitespace (between two elements) read as line breaks, same length.
        let whitespace = 0;
        const withBreaks = text.replace(/\s/gu, (space) => (breaks[whitespace++ % breaks.length] ? '\n' : space));
        const matcher = matcherFor(entries);
        const findsOne = matcher.find(text).length > 0 || matcher.find(withBreaks).length > 0;
        expect(findsOne ? matcher.mayFind(text) : true).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('respects the window it is given', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), unitString(40), fc.nat(), fc.nat(), (entries, text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const match of matcherFor(entries).find(text, from, to)) {
          expect(match.start).toBeGreaterThanOrEqual(from);
          expect(match.end).toBeLessThanOrEqual(to);
        }
      }),
      { numRuns: 200 },
    );
  });
});
