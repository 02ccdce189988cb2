import { BIG_CITIES, CITIES, CONTINENTS, COUNTRIES, REGIONS, TOWNS } from './data/lexicon';
import { foldKey } from '../match/chars';

/** How big a place is: countries, continents, regions of them (states, provinces) and big cities are mentioned by every corpus. */
export type PlaceScale = 'country' | 'continent' | 'region' | 'big city' | 'city';

export interface Place {
  /** The place's usual English name, under which its other names merge ("UK" → "United Kingdom"). */
  name: string;
  scale: PlaceScale;
}

/** Words that make a region of a known place: "Western Europe", "Northern Iraq", "Latin America". */
const COMPASS =
  /^(?:latin|sub-saharan|north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western)$/i;

export const isCompassWord = (word: string) => COMPASS.test(word);

let places: Map<string, Place> | undefined;

/** The matcher's key without "the": "Democratic Republic of Congo" is "Democratic Republic of the Congo", "Gambia" "The Gambia". */
const placeKey = (name: string) => foldKey(name.replace(/(^|\s)the\s/gi, '$1'));

/** Every name of every place, by the matcher's key; the larger place wins a shared name ("Jordan" the country). */
function placesByKey(): Map<string, Place> {
  if (places) return places;
  places = new Map();
  const add = (alias: string, place: Place) => {
    const key = placeKey(alias);
    if (!places!.has(key)) places!.set(key, place);
  };
  for (const line of COUNTRIES.split('\n')) {
    const [name, ...aliases] = line.split('|') as [string, ...string[]];
    for (const alias of [name, ...aliases]) add(alias, { name, scale: 'country' });
  }
  for (const name of CONTINENTS.split('\n')) add(name, { name, scale: 'continent' });
  for (const name of BIG_CITIES.split('\n')) add(name, { name, scale: 'big city' });
  for (const name of REGIONS.split('\n')) add(name, { name, scale: 'region' });
  for (const name of CITIES.split('\n')) add(name, { name, scale: 'city' });
  return places;
}

/** The place a name names, if the gazetteer knows it (a country by any of its names, a continent, a state or province, a region of either, a city). */
export function placeNamed(name: string): Place | undefined {
  const known = placesByKey().get(placeKey(name));
  if (known) return known;
  const [first, ...rest] = name.split(' ');
  const whole = rest.length ? placesByKey().get(placeKey(rest.join(' '))) : undefined;
  if (first && isCompassWord(first) && whole && whole.scale !== 'city') return { name, scale: 'region' };
  return undefined;
}

let towns: Set<string> | undefined;

/** Whether a name is a town's (20,000 people or more): weak evidence, for a name nothing else types ("Morristown"). */
export function isTownName(name: string): boolean {
  towns ??= new Set(TOWNS.split('\n').map(placeKey));
  return towns.has(placeKey(name));
}
