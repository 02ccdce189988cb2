import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../../src/corpus/acronyms';
import { buildBundle } from '../../../src/corpus/bundle';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('acronyms the corpus spells out', () => {
  it('reads a long form whose capitals spell the bracketed acronym, joining words aside', () => {
    expect(spelledOut('Backed by the Syrian Democratic Forces (SDF), the push went on.')).toEqual([['SDF', 'Syrian Democratic Forces']]);
    expect(spelledOut('the Bureau of Land Management (BLM) said')).toEqual([['BLM', 'Bureau of Land Management']]);
    expect(spelledOut('charities (NGOs) and the Free Syrian Army (FSAs)')).toEqual([['FSA', 'Free Syrian Army']]);
  });

  it('reads nothing where the capitals do not spell it, or punctuation comes between', () => {
    expect(spelledOut('the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)')).toEqual([]);
    expect(spelledOut("People's Protection Units (YPG)")).toEqual([]);
    expect(spelledOut('Syrian Democratic Forces, (SDF)')).toEqual([]);
    expect(spelledOut('(SDF) at the start')).toEqual([]);
  });

  it('makes a spelled-out acronym an alias of the body it stands for, not an entity of its own', () => {
    const { bundle } = buildBundle({
      name: 'c',
      files: [
        file('a.txt', 'Fighters of the Syrian Democratic Forces (SDF) took the dam on Monday, and SDF units held it.'),
        file('b.txt', 'The Syrian Democratic Forces said on Tuesday that SDF fighters had reached the town.'),
      ],
    });
    const forces = bundle.entities.find((e) => e.name === 'Syrian Democratic Forces')!;
    expect(forces.aliases).toContain('SDF');
    expect(bundle.entities.filter((e) => e.aliases.includes('SDF'))).toEqual([forces]);
  });

  it('leaves an acronym alone that is mostly written without the long form it was spelled out as once', () => {
    const { bundle } = buildBundle({
      name: 'c',
      files: [
        file('a.txt', 'The Arab Banking Corp (ABC) raised its capital, the Arab Banking Corp said.'),
        file('b.txt', 'Viewers of ABC saw the debate, and ABC aired it again.'),
        file('c.txt', 'A reporter for ABC asked the mayor, who told ABC nothing.'),
      ],
    });
    expect(bundle.entities.find((e) => e.name === 'Arab Banking Corp')!.aliases).not.toContain('ABC');
  });
});
