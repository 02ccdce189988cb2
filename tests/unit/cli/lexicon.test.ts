import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicPlaceVariants, generatedModules } from '../../../src/cli/lexicon-source';

describe('the generated word lists', () => {
  it('give places romanised from Arabic the names news uses for them', () => {
    expect(arabicPlaceVariants('Ar Raqqah')).toEqual(['Raqqah', 'Raqqa']);
    expect(arabicPlaceVariants('Ar Ramādī')).toEqual(['Ramādī']);
    expect(arabicPlaceVariants('As Sulaymānīyah')).toEqual(['Sulaymānīyah', 'Sulaymānīya']);
    expect(arabicPlaceVariants('Alexandria')).toEqual([]);
    expect(arabicPlaceVariants('Al Khums')).toEqual(['Khums']);
  });

  it('are what `npm run lexicon` makes from the packages, byte for byte', { timeout: 60_000 }, () => {
    for (const { path, source } of generatedModules()) expect([path, readFileSync(path, 'utf8') === source]).toEqual([path, true]);
  });
});
