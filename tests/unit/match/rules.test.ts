import { describe, expect, it } from 'vitest';
import { entry, found, matcherFor } from './helpers.ts';

describe('word boundaries', () => {
  const names = [entry('Daesh', 'isis'), entry('Mateen', 'mateen')];

  it('matches whole words in any script context', () => {
    expect(found(names, 'Daesh, (Daesh) "Daesh".')).toEqual(['Daesh=isis', 'Daesh=isis', 'Daesh=isis']);
  });

  it('does not match inside a word of letters, digits or underscores', () => {
    expect(found(names, 'Daeshes xDaesh Daesh2 Daesh_ _Daesh 9Daesh')).toEqual([]);
  });

  it('treats letters of other scripts and combining marks as word characters', () => {
    expect(found(names, 'ДDaesh Daeshж Daeshé Daesh\u0301x 日Daesh')).toEqual([]);
  });

  it('treats astral letters as word characters but not emoji', () => {
    expect(found(names, '\u{1D400}Daesh Daesh\u{20000}')).toEqual([]);
    expect(found(names, '\u{1F600}Daesh\u{1F600}')).toEqual(['Daesh=isis']);
  });

  it('matches at the very start and end of the text', () => {
    expect(found(names, 'Daesh')).toEqual(['Daesh=isis']);
    expect(found(names, 'Mateen and Daesh')).toEqual(['Mateen=mateen', 'Daesh=isis']);
  });
});

describe('offsets', () => {
  it('are offsets into the original string, whatever was folded on the way', () => {
    const text = 'Before\u00a0\u00a0the   Islamic\n\n  State’s “men” and Zoë';
    const matches = matcherFor([entry('Islamic State', 'isis'), entry('Zoe', 'zoe')]).find(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Islamic\n\n  State', 'Zoë']);
    expect(matches[0]).toEqual({ start: 14, end: 30, entityId: 'isis', alias: 'Islamic State' });
  });

  it('find(text, from, to) scans only the range but sees its context', () => {
    const matcher = matcherFor([entry('Daesh')]);
    const text = 'Daesh xDaesh Daesh, Daesh';
    expect(matcher.find(text, 1).map((m) => m.start)).toEqual([13, 20]);
    expect(matcher.find(text, 7, 12)).toEqual([]); // "Daesh" at 7 follows a word character
    expect(matcher.find(text, 13, 17)).toEqual([]); // would end past `to`
    expect(matcher.find(text, 13, 18).map((m) => m.start)).toEqual([13]);
  });
});

describe('leftmost-longest', () => {
  const isis = [
    entry('Islamic State', 'isis'),
    entry('Islamic State in Iraq and Syria', 'isis-long'),
    entry('State in Iraq', 'state'),
    entry('Syria', 'syria'),
  ];

  it('prefers the longest alias at the same start', () => {
    expect(found(isis, 'the Islamic State in Iraq and Syria said')).toEqual(['Islamic State in Iraq and Syria=isis-long']);
  });

  it('falls back to a shorter alias when the longer one does not complete', () => {
    expect(found(isis, 'the Islamic State in Iraq and Syrian')).toEqual(['Islamic State=isis']);
  });

  it('prefers the leftmost start and never overlaps', () => {
    expect(found(isis, 'Islamic State in Iraq')).toEqual(['Islamic State=isis']);
    expect(found([entry('a b'), entry('b c', 'x')], 'a b c')).toEqual(['a b=e']);
  });

  it('restarts after a failed long prefix', () => {
    expect(found(isis, 'Islamic State in Iraq and Syri, Syria')).toEqual(['Islamic State=isis', 'Syria=syria']);
  });
});

describe('whitespace, quotes and apostrophes', () => {
  it('matches any whitespace run, including newlines and no-break spaces', () => {
    const ghost = [entry('Wauchula Ghost', 'w')];
    for (const gap of [' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2009\u00a0 ']) {
      expect(found(ghost, `x Wauchula${gap}Ghost x`)).toHaveLength(1);
    }
    expect(found(ghost, 'WauchulaGhost Wauchula-Ghost')).toEqual([]);
  });

  it('equates curly and straight apostrophes and quotes', () => {
    const entries = [entry("O'Brien", 'obrien'), entry('the “Caliphate”', 'caliphate')];
    expect(found(entries, 'O’Brien and O‘Brien and the "Caliphate"')).toEqual(['O’Brien=obrien', 'O‘Brien=obrien', 'the "Caliphate"=caliphate']);
  });
});

describe('diacritics', () => {
  it('fold by default, precomposed or decomposed', () => {
    const halane = [entry('Halané', 'h')];
    expect(found(halane, 'Halane, Halané, HALANÉ, Hala\u0301ne')).toHaveLength(4);
  });

  it('fold in the text too, and a trailing decomposed accent stays in the match', () => {
    expect(found([entry('Jose')], 'José, Jose\u0301, Josex')).toEqual(['José=e', 'Jose\u0301=e']);
  });

  it('are exact when foldDiacritics is false', () => {
    const exact = [entry('Zoë', 'zoe', { foldDiacritics: false })];
    expect(found(exact, 'Zoë, ZOË, Zoe, Zoe\u0308')).toEqual(['Zoë=zoe', 'ZOË=zoe', 'Zoe\u0308=zoe']);
  });
});

describe('possessive', () => {
  it("allows a trailing ’s or 's and leaves it out of the match", () => {
    const text = "ISIS's fighters, ISIS’s leader";
    const matches = matcherFor([entry('ISIS', 'isis')]).find(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['ISIS', 'ISIS']);
  });

  it('still requires a boundary after the possessive-free name', () => {
    expect(found([entry('ISIS')], 'ISISs')).toEqual([]);
  });
});

describe('hashtags and handles', () => {
  const tags = [entry('#OpISIS', 'opisis'), entry('@WauchulaGhost', 'wg'), entry('@gi_h_a_d35', 'gi')];

  it('match case-insensitively', () => {
    expect(found(tags, '#opisis #OPISIS @wauchulaghost')).toEqual(['#opisis=opisis', '#OPISIS=opisis', '@wauchulaghost=wg']);
  });

  it('end at a tag boundary', () => {
    expect(found(tags, '#OpISISx #OpISIS_ #OpISIS2 @gi_h_a_d35x')).toEqual([]);
    expect(found(tags, '#OpISIS. (@WauchulaGhost) @gi_h_a_d35')).toEqual(['#OpISIS=opisis', '@WauchulaGhost=wg', '@gi_h_a_d35=gi']);
  });

  it('are not preceded by a word character: no match inside e-mail addresses', () => {
    expect(found(tags, 'mail wauchula@WauchulaGhost.com or x#OpISIS')).toEqual([]);
  });

  it('ignore case rules, which only apply to names', () => {
    expect(found([entry('#Anonymous', 'anon', { caseSensitive: true })], '#anonymous')).toEqual(['#anonymous=anon']);
  });

  it('leave names inside e-mail addresses alone too', () => {
    expect(found([entry('WauchulaGhost', 'wg')], 'ghost@WauchulaGhost.com')).toEqual([]);
  });
});

describe('case-sensitive aliases', () => {
  const anonymous = [entry('Anonymous', 'anonymous', { caseSensitive: true })];

  it('match the exact case only', () => {
    expect(found(anonymous, 'Anonymous said')).toEqual(['Anonymous=anonymous']);
    expect(found(anonymous, 'an anonymous source, ANONYMOUS')).toEqual([]);
  });

  it('still fold whitespace and diacritics', () => {
    expect(found([entry('Omar Mateén', 'om', { caseSensitive: true })], 'Omar\nMateen omar mateen')).toEqual(['Omar\nMateen=om']);
  });

  it('let a case-insensitive alias of the same entity match the rest', () => {
    const both = [...anonymous, entry('#Anonymous', 'anonymous')];
    expect(found(both, '#anonymous anonymous')).toEqual(['#anonymous=anonymous']);
  });
});

describe('acronyms', () => {
  const is = [entry('IS', 'isis', { acronym: true })];

  it('match the acronym in running text', () => {
    expect(found(is, 'fighters loyal to IS said')).toEqual(['IS=isis']);
    expect(found(is, 'IS claimed it. A IS.')).toEqual(['IS=isis', 'IS=isis']);
  });

  it('never match the ordinary word', () => {
    expect(found(is, 'It is what it is. Is it?')).toEqual([]);
  });

  it('never match inside an all-caps run', () => {
    expect(found(is, 'THIS IS A TEST')).toEqual([]);
    expect(found(is, 'WHY IS it')).toEqual([]);
    expect(found(is, 'so IS DEAD')).toEqual([]);
    expect(found(is, 'ATTACK: IS claims')).toEqual([]);
  });

  it('never match glued to a locale code, a path or an amount, but do in a compound', () => {
    const us = [entry('US', 'us', { acronym: true })];
    expect(found(us, 'lang="en-US" at /US/Apps or US/Apps, US$1,000, 2016_US')).toEqual([]);
    expect(found(us, 'a US-led coalition; the US/ and the US.')).toEqual(['US=us', 'US=us', 'US=us']);
  });
});
