import { describe, expect, it } from 'vitest';
import { entry, found, matcherFor } from './helpers.ts';

describe('a one-word name inside a longer name', () => {
  const asia = [entry('Asia', 'asia'), entry('Obama', 'obama'), entry('#Asia', 'asia'), entry('@Asia', 'asia')];

  it('is not a match beside a capitalised word, before or after it', () => {
    expect(found(asia, 'The Asia Society met. They flew to East Asia Summit talks to hear Michelle Obama.')).toEqual([]);
  });

  it('is not a match in a hyphenated compound of capitalised words', () => {
    expect(found(asia, 'Asia-Pacific trade and Trans-Asia routes')).toEqual([]);
  });

  it('is a match beside lowercase words, punctuation, a lowercase compound or a possessive', () => {
    expect(found(asia, 'trade in Asia grew; Asia, Europe and Africa; Asia-based firms; anti-Obama posts')).toEqual([
      'Asia=asia',
      'Asia=asia',
      'Asia=asia',
      'Obama=obama',
    ]);
    expect(found(asia, "Obama's White House and Trump’s Asia policy")).toEqual(['Obama=obama', 'Asia=asia']);
  });

  it('is a match after a sentence-initial word, and a capitalised word after a full stop is not part of the name', () => {
    expect(found(asia, 'Yesterday Asia woke. “Today Asia sleeps.” He left Asia. Society did not.')).toEqual(['Asia=asia', 'Asia=asia', 'Asia=asia']);
  });

  it('is not a match after a first name or an initial, even at a sentence start', () => {
    const foley = [entry('Foley', 'foley'), entry('Jordan', 'jordan')];
    expect(found(foley, 'Peter Foley\nPolice said. Jaden Jordan, 3, and Thomas J. Foley. J. Foley, Computer Graphics.')).toEqual([]);
    expect(found(foley, 'But Foley said. Mr. Foley left; Jordan. Foley. Follow Foley')).toEqual([
      'Foley=foley',
      'Foley=foley',
      'Jordan=jordan',
      'Foley=foley',
      'Foley=foley',
    ]);
  });

  it('is a match in a list of one name a line, and after a title or a date', () => {
    expect(found(asia, 'Asia\nEurope\nAsia')).toEqual(['Asia=asia', 'Asia=asia']);
    expect(found(asia, 'said President Obama on Monday Asia time')).toEqual(['Obama=obama', 'Asia=asia']);
  });

  it('never applies to hashtags, handles, acronyms or longer aliases', () => {
    const tags = [...asia, entry('ISIS', 'isis'), entry('Islamic State', 'isis')];
    expect(found(tags, 'Big #Asia News, Big @Asia News, ISIS Twitter accounts, Sunni Islamic State Fighters')).toEqual([
      '#Asia=asia',
      '@Asia=asia',
      'ISIS=isis',
      'Islamic State=isis',
    ]);
  });

  it('applies to an all-caps alias written as a capitalised word', () => {
    const isis = [entry('ISIS', 'isis')];
    expect(found(isis, 'the Isis-Urania Temple, Isis Thoth; Isis fighters and ISIS-linked ISIS Twitter accounts')).toEqual([
      'Isis=isis',
      'ISIS=isis',
      'ISIS=isis',
    ]);
  });

  it('still finds the longer name when it is an alias of its own (leftmost-longest)', () => {
    const names = [entry('Asia', 'asia'), entry('Asia Society', 'asia-society'), entry('Obama', 'obama'), entry('Barack Obama', 'obama')];
    expect(found(names, 'The Asia Society hosted Barack Obama.')).toEqual(['Asia Society=asia-society', 'Barack Obama=obama']);
  });
});

describe('a name that is also an ordinary word', () => {
  const anonymous = [entry('Anonymous', 'anonymous', { caseSensitive: true })];

  it('is not a match as a sentence-initial adjective before a lowercase noun', () => {
    expect(found(anonymous, 'Anonymous sources said so. “Anonymous donors gave.”')).toEqual([]);
  });

  it('is a match as the subject of a sentence, mid-sentence, or alone', () => {
    expect(found(anonymous, 'Anonymous said so. Anonymous hacked them. Anonymous has a mask. They met Anonymous members. Anonymous.')).toHaveLength(5);
    expect(found(anonymous, 'Anonymous and GhostSec agreed. Anonymous, too.')).toHaveLength(2);
  });

  it('is marked as an ordinary word, so a page can tell a label from a name', () => {
    const matcher = matcherFor([...anonymous, entry('ISIS', 'isis'), entry('ISIL', 'isis', { caseSensitive: true })]);
    expect(matcher.find('Anonymous, ISIS, ISIL').map((m) => m.ordinaryWord ?? false)).toEqual([true, false, false]);
  });
});
