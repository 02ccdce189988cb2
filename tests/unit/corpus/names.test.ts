import { describe, expect, it } from 'vitest';
import { isDemonym, isDemonymPhrase } from '../../../src/corpus/adjectives';
import { buildBundle } from '../../../src/corpus/bundle';
import { placeNamed } from '../../../src/corpus/gazetteer';
import { kindOfName } from '../../../src/corpus/kinds';
import { findNames } from '../../../src/corpus/names';
import { isOrdinaryWord } from '../../../src/corpus/words';
import type { Entity } from '../../../src/core/types';

/** The entities a small corpus of the given articles gives, by name. */
function entitiesOf(...texts: string[]): Map<string, Entity> {
  const files = texts.map((text, i) => ({ name: `article-${i}.txt`, bytes: new TextEncoder().encode(text) }));
  return new Map(buildBundle({ name: 'test', files }).bundle.entities.map((e) => [e.name, e]));
}
const kindsOf = (...texts: string[]) => Object.fromEntries([...entitiesOf(...texts)].map(([name, e]) => [name, e.kind]));
/** What extraction has to go on for a name seen three times, and nothing else. */
const lone = { mentions: 3, markedAsPerson: 0, markedAsOrganisation: 0, markedAsOther: 0, located: 0 };
/** Each name with the kind its words alone give it. */
const kindsAlone = (names: string[]) => names.map((name) => [name, kindOfName(name, lone)]);
const each = (names: string[], kind: string) => names.map((name) => [name, kind]);

describe('extraction keeps names only', () => {
  it('drops capitalised ordinary English words, by spoken English, not by a stoplist', () => {
    expect(isOrdinaryWord('Web')).toBe(true);
    expect(isOrdinaryWord('Jordan')).toBe(false);
    expect(isOrdinaryWord('ATT')).toBe(false); // all caps: an acronym
    expect(kindsOf('Readers found it on the Web and the Internet, said Marlowe Quint.')).toEqual({ 'Marlowe Quint': 'person' });
  });

  it('drops adjectives of peoples, faiths and ideologies, from the gazetteer and from how the corpus uses them', () => {
    for (const word of ['Yemeni', 'Syrians', 'Italian', 'Chinese', 'Turkish', 'European']) expect(isDemonym(word)).toBe(true);
    expect(isDemonym('Iowans')).toBe(true); // a region compromise knows
    for (const word of ['Jordan', 'Brian', 'Adrian', 'Orlando']) expect(isDemonym(word)).toBe(false);
    expect(kindsOf('Several NGOs and MPs objected, as did NASA.')).toEqual({ NASA: 'organisation' });
    const kinds = kindsOf(
      'Fighters seized Sunni areas and imposed Sharia law.\nThe leaflets spread Islamist propaganda among Yemeni men.\nHe posted a YouTube video.',
    );
    expect(Object.keys(kinds)).toEqual(['YouTube']);
  });

  it('drops adjectives and peoples of regions: a demonym of a known place, or after compass words', () => {
    for (const name of ['North Korean', 'Latin Americans', 'Southeast Asian', 'South African', 'West German', 'Eastern European'])
      expect([name, isDemonymPhrase(name)]).toEqual([name, true]);
    for (const name of ['Anglo American', 'Royal Dutch', 'American Express', 'Syrian', 'Brian Adrian'])
      expect([name, isDemonymPhrase(name)]).toEqual([name, false]);
    const kinds = kindsOf('Officials said North Korean troops moved. Later North Korean media spoke of North Korea and of Anglo American.');
    expect(kinds).toEqual({ 'North Korea': 'place', 'Anglo American': 'organisation' });
  });

  it('reads no names in title-case headings, caption labels, or ordinary words capitalised once', () => {
    expect(kindsOf('Rebels Take Over Quiet Harbour Town\nThe rebels came at night.')).toEqual({});
    expect(kindsOf('Warning Sign: the road to the coast is closed.')).toEqual({});
    expect(kindsOf('She said she loves the name Terror Twin because it sounds scary.')).toEqual({});
    // Ordinary words that recur, or end in an organisation's word, are names.
    expect(kindsOf('He joined the Quiet Harbour club.', 'The Quiet Harbour club met.')).toEqual({ 'Quiet Harbour': 'organisation' });
    expect(kindsOf('She told the International Business Times.')).toEqual({ 'International Business Times': 'organisation' });
  });

  it('cuts a people\'s adjective off one name, a person off the firm after "of", and reads no name in a code', () => {
    expect(findNames('The government backed the European Airbus, and the European Union agreed.').map((n) => n.surface)).toEqual(['Airbus', 'European Union']);
    // No person "European Airbus" (and this "Airbus", beside a capital, is not a mention the matcher would count).
    expect(kindsOf('The government backed the European Airbus, and the European Union agreed.')).toEqual({ 'European Union': 'organisation' });
    expect(kindsOf('"It is hard to say," said Allan Leslie of Discount Corp.')).toEqual({ 'Allan Leslie': 'person', 'Discount Corp': 'organisation' });
    expect(kindsOf('He met the ambassador to Moscow Salah Bassiouni at the London Stock Exchange.')).toEqual({
      'Salah Bassiouni': 'person',
      'London Stock Exchange': 'organisation',
    });
    expect(kindsOf('The Bank of England and the University of Texas met.')).toEqual({
      'Bank of England': 'organisation',
      'University of Texas': 'organisation',
    });
    expect(kindsOf('Prices of TSR-20 rose, and liquid assets in public hands (ALP) grew, said the Ostrava Relief Agency (ORA).')).toEqual({
      'Ostrava Relief Agency': 'organisation',
    });
  });

  it('cuts the body a person is of off their name, and an article off the end of a name', () => {
    expect(findNames('Chairman of the FCA John Naylor spoke. Speaker of the House John Boehner agreed.').map((n) => n.surface)).toEqual([
      'John Naylor',
      'John Boehner',
    ]);
    expect(findNames('He read it to Steve Bannon The next day.').map((n) => n.surface)).toEqual(['Steve Bannon']);
    // An acronym is never a lone name of a person beside it.
    const kinds = kindsOf('The FCA said so. Chairman of the FCA John Naylor spoke, and John Naylor left. The FCA agreed.');
    expect(kinds).toEqual({ FCA: 'organisation', 'John Naylor': 'person' });
  });

  it('joins two runs at "and" where ordinary words and an institution\'s word make one name', () => {
    const names = findNames(
      'The International Trade and Industry Ministry, Citibank and Chase Manhattan Bank and the Chamber of Commerce and National Federation of Small Business met.',
    );
    expect(names.map((n) => n.surface)).toEqual([
      'International Trade and Industry Ministry',
      'Citibank',
      'Chase Manhattan Bank',
      'Chamber of Commerce',
      'National Federation of Small Business',
    ]);
  });

  it('reads no name in a degree or honorific ("PhD")', () => {
    expect(kindsOf('She has a PhD in law, said Marlowe Quint. His PhD is fake.')).toEqual({ 'Marlowe Quint': 'person' });
  });
});

describe('kinds of names', () => {
  it('are places when the gazetteer knows them, whatever first name they share', () => {
    expect(kindsOf('She flew from Orlando to Jordan, then on to Manchester.')).toEqual({ Orlando: 'place', Jordan: 'place', Manchester: 'place' });
  });

  it('are places when they are a country\'s state or province, and a country\'s name needs no "the"', () => {
    expect(placeNamed('Kansas')).toEqual({ name: 'Kansas', scale: 'region' });
    expect(placeNamed('Ontario')?.scale).toBe('region');
    expect(placeNamed('Central')).toBeUndefined(); // a region of Ghana, and an English word
    expect(placeNamed('Democratic Republic of Congo')?.name).toBe('Democratic Republic of the Congo');
    // "Republican congressman from Kansas": a state is never someone's surname.
    expect(kindsOf('Senator Pat Kansas spoke. A congressman from Kansas said Kansas voters agreed, and Kansas farmers too.').Kansas).toBe('place');
  });

  it('are places when the corpus mostly puts them after a preposition of place or "the town of"', () => {
    expect(kindsOf('The twins from Chorlton left. Neighbours in Chorlton were shocked.')).toEqual({ Chorlton: 'place' });
    expect(kindsOf('Fighters held the port of Vardeen. Later the town of Vardeen fell, and Vardeen was quiet.')).toEqual({ Vardeen: 'place' });
  });

  it('are no places for a suffix alone when many mentions never put them on a map', () => {
    expect(kindOfName('Pillsbury', lone)).toBe('place'); // "-bury", as compromise reads it
    expect(kindOfName('Pillsbury', { ...lone, mentions: 5 })).toBe('organisation');
  });

  it("are places when a country ends them after a region's word, or when the corpus puts them on a map", () => {
    expect(kindsAlone(['Eastern Ukraine', 'Greater China'])).toEqual(each(['Eastern Ukraine', 'Greater China'], 'place'));
    expect(kindOfName('Nazi Germany', { ...lone, located: 1 })).toBe('place');
    expect(kindsAlone(['Lake Tanganyika', 'Jim Jordan'])).toEqual([
      ['Lake Tanganyika', 'place'],
      ['Jim Jordan', 'person'],
    ]);
  });

  it('are places by their last word', () => {
    const places = ['Los Angeles International Airport', 'Silicon Valley', 'Gaza Strip', 'East Room', 'British West Indies', 'Southern Border'];
    expect(kindsAlone(places)).toEqual(each(places, 'place'));
  });

  it('are organisations by their last word, read before any "of"', () => {
    expect(kindsOf('Thomson Reuters and Acme Widgets Inc reported it, as did the Bank of Boston and Lloyds Bank Canada.')).toEqual({
      'Thomson Reuters': 'organisation',
      'Acme Widgets Inc': 'organisation',
      'Bank of Boston': 'organisation',
      'Lloyds Bank Canada': 'organisation',
    });
    const organisations = [
      'Automobiles Citroen',
      'Kredi Bankasi',
      'Istituto Mobiliare Italiano',
      'First City Bancorporation',
      'Stanley Works',
      'Merck Pharma',
      'National Park Service',
      'Asahi Shimbun',
      'Sueddeutsche Zeitung',
      'Obama Admin',
      'Clinton Crime Syndicate',
      'Airbus Industrie',
      'Louis Post-Dispatch',
      'Henkel KGaA of Dusseldorf',
      'Nippon Kokan KK',
      'Nokia Oyj',
      'Wesfarmers Pty',
      'Victor Federal Savings',
      'Air Canada',
      'Statistics Canada',
      'Electricite de France',
    ];
    expect(kindsAlone(organisations)).toEqual(each(organisations, 'organisation'));
  });

  it('are organisations when "and Co" or "& Sons" follows them, as it follows firms named after people; a legal form alone is no name', () => {
    expect(kindsOf('The auditor, Harlan Quimby and Co, signed it. Harlan Quimby said the accounts were sound.')).toEqual({ 'Harlan Quimby': 'organisation' });
    expect(kindsOf('Shares of Dorwin Pask & Sons rose.')).toEqual({ 'Dorwin Pask': 'organisation' });
    // An appositive with an article that names a body marks an organisation.
    expect(kindsOf('Vardo Quellan, a privately-owned company, said so. Then Vardo Quellan spoke.')['Vardo Quellan']).toBe('organisation');
    expect(findNames('Vardo Quellan, Bank of America vice-president, spoke.')[0]).toMatchObject({ surface: 'Vardo Quellan', markedAsOrganisation: false });
    // An institution's short name in brackets after its full name.
    expect(kindsOf('The Home Loan Mortgage Corporation (Freddie Quist) said so. Freddie Quist sold bonds.')).toMatchObject({ 'Freddie Quist': 'organisation' });
    // A person is no firm for one "and Co" among many mentions marked as a person's.
    expect(kindOfName('Harlan Quimby', { ...lone, mentions: 10, markedAsPerson: 4, markedAsOrganisation: 2 })).toBe('person');
    expect(kindOfName('Dana Roach of Harlan Quimby', { ...lone, markedAsOrganisation: 3 })).toBe('person');
  });

  it('are "other" when a programme, system or index follows most of their mentions, or a model number ends them', () => {
    expect(kindsOf('The Quimby Composite index fell. The Quimby Composite index rose. The Quimby Composite was flat.')).toMatchObject({
      'Quimby Composite': 'other',
    });
    // Once in five mentions says nothing; nor does a report ("a Daily Caller report" is the paper's).
    expect(kindOfName('Quimby Composite', { ...lone, mentions: 5, markedAsOther: 1 })).toBe('organisation');
    expect(kindsOf('A Quimby Blue report said so. The Quimby Blue report was read. Quimby Blue wrote.')).toMatchObject({
      'Quimby Blue': 'organisation',
    });
    // An event too: a pageant, a contest, a summit.
    expect(kindsOf('She won the Miss Quellmark pageant. The Miss Quellmark pageant was in Moscow.')).toMatchObject({ 'Miss Quellmark': 'other' });
    // Many mentions marked as a person's: still the person.
    expect(kindOfName('Harlan Quimby', { ...lone, mentions: 10, markedAsPerson: 4, markedAsOther: 4 })).toBe('person');
    expect(kindsAlone(['Cray II', 'Title VII', 'Elizabeth II', 'Henry VIII', 'Quimby III'])).toEqual([
      ['Cray II', 'other'],
      ['Title VII', 'other'],
      ['Elizabeth II', 'person'],
      ['Henry VIII', 'person'],
      ['Quimby III', 'organisation'],
    ]);
  });

  it('are "other" when their head word makes them an event, a law, a plan, a report or a show', () => {
    const others = [
      'Great Recession',
      'Fuel Use Act',
      'Baker Plan',
      'World Economic Outlook',
      'Jimmy Kimmel Live',
      'Age of Trump',
      'Iraq War',
      'World War II',
      'Gallup Poll',
      'Exchequer Borrowing Requirement',
      'Southern Strategy',
      'Travel Ban',
      'Declaration of Independence',
      'Islam',
      'Radical Islam',
      'Christianity',
      'Trumpism',
      'Red Cross Gala',
      'Dow Industrials',
      'Canada Savings Bonds',
      'Hurricane Harvey',
      'Typhoon Haiyan',
    ];
    expect(kindsAlone(others)).toEqual(each(others, 'other'));
    // An institution's last word still wins, read before "for" as before "of".
    expect(kindOfName('District Court for the Northern District of Illinois', lone)).toBe('organisation');
    expect(kindOfName('Joint Investigative Mechanism', lone)).toBe('organisation');
    // A head of one word too, even after a title the name lost ("Executive Office for Immigration Review").
    expect(kindOfName('Office for Immigration Review', { ...lone, markedAsPerson: 3 })).toBe('organisation');
    expect(kindOfName('Ministry of Finance', lone)).toBe('organisation');
  });

  it('are never people when they are acronyms, or when a word of them reads as an English word', () => {
    expect(kindOfName('CBO', { ...lone, surname: true })).toBe('organisation');
    expect(kindOfName('Agricultural Stabilization', lone)).toBe('organisation');
    expect(kindOfName('Makoto Kuroda', lone)).toBe('person');
  });

  it('are people after a title, which is not part of the name', () => {
    expect(kindsOf('Then Democrat Jon Ossoff spoke, and Sen. Rand Paul replied to President Hadi as VP Dana Quimby listened.')).toEqual({
      'Jon Ossoff': 'person',
      'Rand Paul': 'person',
      Hadi: 'person',
      'Dana Quimby': 'person',
    });
    expect(
      findNames('Emperor Hirohito spoke. Investor Carl Icahn, Vice-President Mike Pence and POTUS Trump agreed.').map((n) => [n.surface, n.markedAsPerson]),
    ).toEqual([
      ['Hirohito', true],
      ['Carl Icahn', true],
      ['Mike Pence', true],
      ['Trump', true],
    ]);
    // What follows "Senator of" is what the title is of.
    expect(findNames('She was Senator of New York then, as was Senator Quint.').map((n) => [n.surface, n.markedAsPerson])).toEqual([
      ['New York', false],
      ['Quint', true],
    ]);
  });

  it('are people when given an age, "who" or "said he", and places when a state or country follows them or the gazetteer knows the town', () => {
    expect(kindsOf('The leaders included Vardell, 83, who spoke. Later Vardell spoke again.')).toEqual({ Vardell: 'person' });
    expect(kindsOf('Then Quellmark said he may buy more. A letter from Quellmark came.')).toEqual({ Quellmark: 'person' });
    expect(kindsOf('It went to Quellmark, who sold it. A letter from Quellmark came.')).toEqual({ Quellmark: 'person' });
    expect(kindsOf('It went to Quellmark, which sold it. A letter from Quellmark came.')).toEqual({ Quellmark: 'organisation' });
    expect(kindsOf('A Quellbury, New Hampshire resident called. Quellbury, Vermont is not.')).toEqual({
      Quellbury: 'place',
      'New Hampshire': 'place',
      Vermont: 'place',
    });
    for (const town of ['Morristown', 'Taupo', 'Albany', 'Raqqa', 'Fallujah', 'Ramadi']) expect([town, kindOfName(town, lone)]).toEqual([town, 'place']);
    // A town is the weakest evidence: a title, an age or an institution's word outweighs it.
    expect(kindOfName('Morristown', { ...lone, markedAsPerson: 1 })).toBe('person');
    expect(kindOfName('Taupo Holdings', lone)).toBe('organisation');
  });

  it("are people when a person's role in lower case stands before them or heads an appositive after them; a firm's role says nothing", () => {
    expect(kindsOf('The talks went on, said top leader Vardo Quellan. Vardo Quellan left.')).toEqual({ 'Vardo Quellan': 'person' });
    const entities = entitiesOf('Pramila Quellan, special envoy of the U.N. Secretary-General, spoke. Later Pramila Quellan left.');
    expect([entities.get('Pramila Quellan')!.kind, entities.get('Pramila Quellan')!.description]).toEqual(['person', 'Special envoy of the U.N.']);
    expect(findNames('Shares of chip maker Vardo Quellan rose. Vardo Quellan, an adviser to the bank, rose.').map((n) => n.markedAsPerson)).toEqual([
      false,
      false,
    ]);
    // compromise reads "-ping" as a verb's "-ing"; a word that is no English word is still a name.
    expect(kindOfName('Deng Xiaoping', lone)).toBe('person');
  });

  it("are people when a lone word begins a person's two names that hold no first name (family name first)", () => {
    // A large corpus, so that a name in one article is no entity and the lone "Deng" has no owner to join.
    const filler = Array.from({ length: 100 }, (_, i) => `Filler article ${i}.`);
    const kinds = kindsOf(...filler, 'His wife, Deng Guilian, who was there, spoke.', 'Later Deng said the police called.', 'Then Deng added more.');
    expect(kinds.Deng).toBe('person');
  });

  it("are a person's lone first name or surname only where the articles name the person in full", () => {
    const entities = entitiesOf(
      'Miranda Quellbrook spoke at the hearing. Later Quellbrook said more.',
      'Miranda Quellbrook returned, and Quellbrook left.',
      'The singer Miranda sang at the festival.',
      'At the fair, the girl Miranda danced.',
    );
    expect(entities.get('Miranda Quellbrook')!.aliases).toEqual(['Miranda Quellbrook', 'Quellbrook']);
    expect(entities.has('Miranda')).toBe(false); // someone else, or several: no name of its own either
  });

  it("are people when an Arabic name particle begins them, or when they end people's names elsewhere", () => {
    expect(kindsOf("One twin took the name Umm Ja'far.")).toEqual({ "Umm Ja'far": 'person' });
    expect(kindsOf('John Quellmark and Brian Quellmark spoke, then the report quoted Quellmark again.').Quellmark).toBeUndefined(); // two owners: ambiguous
    expect(kindOfName('Vardell', { ...lone, surname: true })).toBe('person');
    expect(kindOfName('Vardell', lone)).toBe('organisation');
  });
});

describe('names and their articles, plurals and codes', () => {
  it('fold "The" into the name without it, and keep it only where the name needs it, matched as written', () => {
    const entities = entitiesOf('The Soviet Union fell. Later the Soviet Union was gone, and Soviet Union maps were sold.');
    expect([...entities.keys()]).toEqual(['Soviet Union']);
    expect(entities.get('Soviet Union')!.mentionCount).toBe(3);
    // "the onion" in lower case is no mention of The Onion.
    expect(entitiesOf('He read The Onion daily, and The Onion read him. He chopped the onion.').get('The Onion')!.mentionCount).toBe(2);
  });

  it("match names of ordinary words and peoples' adjectives only as written", () => {
    const entities = entitiesOf(
      'Pemberton joined Financial Institutions, a lender, and the American People, a party, said Pemberton.',
      'They saw Financial Institutions and the American People split. Some financial institutions and the American people did not.',
    );
    expect(entities.get('Financial Institutions')!.mentionCount).toBe(2);
    expect(entities.get('American People')!.mentionCount).toBe(2);
  });

  it('drop a number word opening a sentence', () => {
    expect(findNames('One of Donald Trump s favourite things. He saw Three Mile Island.').map((n) => n.surface)).toEqual(['Donald Trump', 'Three Mile Island']);
  });

  it('read no name in the plural of a word the corpus uses as an adjective, or in a party and state', () => {
    const kinds = kindsOf('Islamist groups grew. Islamist propaganda spread, and Islamists cheered, said Quentin Marlow (D-Pa.) to Islamists.');
    expect(kinds).toEqual({ 'Quentin Marlow': 'person' });
  });

  it('keep a short name its own when the longer one shares few of its articles', () => {
    const texts = [
      'Fighting spread across the Middle East.',
      'Oil from the Middle East rose.',
      'The Middle East Economic Survey said the Middle East would grow.',
    ];
    expect([...entitiesOf(...texts).keys()].sort()).toEqual(['Middle East', 'Middle East Economic Survey']);
  });
});

describe('names of the same place', () => {
  it("merge under the gazetteer's name: UK = United Kingdom, US = America = United States", () => {
    const entities = entitiesOf('Troops left the UK for the United Kingdom base. In the US, America and the United States agreed.');
    expect(entities.get('United Kingdom')!.aliases).toEqual(expect.arrayContaining(['United Kingdom', 'UK']));
    expect(entities.get('United States')!.aliases).toEqual(expect.arrayContaining(['United States', 'US', 'America']));
    expect([...entities.keys()].sort()).toEqual(['United Kingdom', 'United States']);
    expect(placeNamed('Western Europe')).toEqual({ name: 'Western Europe', scale: 'region' });
  });
});

describe('descriptions from the corpus', () => {
  it('come from an appositive, with or without an article, or from the role in front of a name', () => {
    const entities = entitiesOf(
      'Jack Dorsey, chief executive of Twitter, said so.\nKentucky Senator Rand Paul agreed.\nOmar Quist, 45, a welder from Ohio, left.',
    );
    expect(entities.get('Jack Dorsey')!.description).toBe('Chief executive of Twitter.');
    expect(entities.get('Rand Paul')!.description).toBe('Kentucky Senator.');
    expect(entities.get('Omar Quist')!.description).toBe('A welder from Ohio.');
  });

  it('do not come from a clause that goes on with the sentence', () => {
    const entities = entitiesOf(
      'Traders sold Vardeen Oil Co, but fear of Bank of England intervention limited buying.\nHe met Omar Quist, and the Under Secretary of Commerce.',
    );
    expect(entities.get('Vardeen Oil Co')!.description).toBe('');
    expect(entities.get('Omar Quist')!.description).toBe('');
    // After a place, a comma goes on with a list unless what follows names a place.
    const places = entitiesOf('Troops left Tashkent, the capital of Uzbekistan, for Ankara, the New York Times said of Ankara.');
    expect([places.get('Tashkent')!.description, places.get('Ankara')!.description]).toEqual(['The capital of Uzbekistan.', '']);
  });
});

describe('a name inside a longer name', () => {
  it('merges into the longer one when both are written in the same article, with its head words', () => {
    const entities = entitiesOf('Researchers at the Ostrava Institute for Online Harms said the Ostrava Institute had tracked the accounts.');
    expect([...entities.keys()]).toEqual(['Ostrava Institute for Online Harms']);
    expect(entities.get('Ostrava Institute for Online Harms')!.aliases).toEqual(['Ostrava Institute for Online Harms', 'Ostrava Institute']);
  });

  it('stays its own name when the two are never written together', () => {
    const entities = entitiesOf('The Ostrava Institute for Online Harms said so.', 'Separately, the Ostrava Institute said nothing.');
    expect([...entities.keys()].sort()).toEqual(['Ostrava Institute', 'Ostrava Institute for Online Harms']);
  });
});
