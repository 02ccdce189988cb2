import type { AliasRule, Article, EntityKind, Salience } from '../core/types';
import type { CuratedAlias, CuratedEntity } from './curated';
import { MAX_NAME_CHARS, MAX_NAME_WORDS, MAX_TAG_CHARS, preview } from './limits';
import { spelledOut } from './acronyms';
import { isDemonym, isDemonymPhrase, isPluralAcronym, isUsedAsAdjective } from './adjectives';
import { placeNamed, type Place } from './gazetteer';
import { kindByTagger, kindOfName, shapedLikePersonName, type NameEvidence } from './kinds';
import { findNames, isCommonWord, isFirstName, type NameCandidate } from './names';
import { findTags, isHandle, isHashtag } from './tags';
import { endsAsOrganisation, endsAsPlace, isLegalForm } from './titles';
import { isAcronym, isAllCaps, isOrdinaryWord } from './words';
import { foldKey } from '../match/chars';

/** An entity before mentions are counted: what it is called and how each alias matches. */
export interface DraftEntity {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  aliases: CuratedAlias[];
  curated: boolean;
  /** Set by the curated file when it knows better than the evidence. */
  salience?: Salience;
}

export interface ExtractOptions {
  /** A name, hashtag or handle found by extraction must appear in at least this many articles (curated entries need none). */
  minArticles: number;
  /** Told after each article is read for names: the longest part of a large build. */
  onArticle?: (done: number, total: number) => void;
}

/** Why extraction left something out of one article: an over-long name or tag, or the whole article when reading it for names failed. */
export interface ArticleProblem {
  articleId: string;
  reason: string;
}

export interface Extraction {
  entities: DraftEntity[];
  /** Names and tags over the length limits, one per article and spelling. */
  skipped: ArticleProblem[];
  /** Articles that could not be read for names: the build leaves them out. */
  failed: ArticleProblem[];
}

/** Small corpora keep every name they have; large ones need a name to recur before it becomes an entity. */
export function defaultExtractOptions(articleCount: number): ExtractOptions {
  return { minArticles: articleCount >= 100 ? 2 : 1 };
}

/**
 * The key under which two spellings are the same alias, for merging, watch-lists and extraction alike: the matcher's
 * own key (case, diacritics, whitespace and quote style do not count), so whatever the corpus calls one alias is
 * one alias on the page too.
 */
export const aliasKey = foldKey;

/**
 * Names of two words or more that begin a longer name found in the same articles ("Ostrava Institute" and "Ostrava
 * Institute for Online Harms"): each maps to the key of the longest such name. The longer name must be in at least
 * half the articles of the shorter: "Middle East" beside "Middle East Economic Survey" in one article of hundreds is
 * a name of its own. Linear: every name is looked up by its word prefixes, at most a few per name.
 */
function longerNamesOf(names: Map<string, Tally<NameUse>>): Map<string, string> {
  const byPrefix = new Map<string, string[]>();
  for (const key of names.keys()) {
    const words = key.split(' ');
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      const longer = byPrefix.get(prefix);
      if (longer) longer.push(key);
      else byPrefix.set(prefix, [key]);
    }
  }
  const shortFor = new Map<string, string>();
  for (const [short, entry] of names) {
    const together = (byPrefix.get(short) ?? []).filter((long) => mostlyBeside(entry.articles, names.get(long)!.articles));
    if (together.length)
      shortFor.set(
        short,
        together.reduce((a, b) => (b.length > a.length ? b : a)),
      );
  }
  return shortFor;
}

/** Is the longer name in at least half the articles the shorter one is in? There the shorter is a short form of it. */
function mostlyBeside(shorter: ReadonlySet<string>, longer: ReadonlySet<string>): boolean {
  const [few, many] = shorter.size <= longer.size ? [shorter, longer] : [longer, shorter];
  let shared = 0;
  for (const id of few) shared += Number(many.has(id));
  return shared * 2 >= shorter.size;
}

const LEADING_ARTICLE = 'the ';

/**
 * "The Soviet Union" is "Soviet Union" with its article: its mentions and spellings join the name's tally, and only
 * names that are nothing without their article keep it ("The Onion", "The Hill").
 */
function foldLeadingArticles(names: Map<string, Tally<NameUse>>): void {
  for (const [key, entry] of names) {
    const bare = key.startsWith(LEADING_ARTICLE) ? names.get(key.slice(LEADING_ARTICLE.length)) : undefined;
    if (!bare) continue;
    for (const id of entry.articles) bare.articles.add(id);
    bare.count += entry.count;
    for (const [surface, count] of entry.variants) bare.variants.set(surface, (bare.variants.get(surface) ?? 0) + count);
    addUse(bare.value, entry.value);
    names.delete(key);
  }
}

/** A word that reads as an ordinary word: written in lower case elsewhere in the corpus, or by spoken English, or a people's adjective. */
const readsAsOrdinary = (word: string, lowerCaseWords: Set<string>) =>
  word === word.toLowerCase() || lowerCaseWords.has(word.toLowerCase()) || isOrdinaryWord(word) || isDemonym(word);

/**
 * A name that keeps its article, or whose words all read as ordinary, matches only as written: "The News",
 * "Financial Institutions" and "American People" are names, "the news", "financial institutions" and "the American
 * people" are not.
 */
const ruleOfName = (name: string, lowerCaseWords: Set<string>): AliasRule =>
  name.startsWith('The ') || name.split(' ').every((word) => readsAsOrdinary(word, lowerCaseWords)) ? { caseSensitive: true } : {};

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu;

function nameProblem(name: string): string {
  if (name.length > MAX_NAME_CHARS) return `name "${preview(name)}" is longer than ${MAX_NAME_CHARS} characters`;
  if (name.split(' ').length > MAX_NAME_WORDS) return `name "${preview(name)}" has more than ${MAX_NAME_WORDS} words`;
  return '';
}

function tagProblem(tag: string): string {
  return tag.length > MAX_TAG_CHARS ? `${isHandle(tag) ? '@handle' : '#hashtag'} "${preview(tag)}" is longer than ${MAX_TAG_CHARS} characters` : '';
}

/** What one article gives extraction, read in full before anything is counted, so an article that fails leaves no trace. */
function candidatesOf(article: Article) {
  const skipped = new Set<string>();
  const withinLimits = <T>(items: T[], surface: (item: T) => string, problem: (text: string) => string) =>
    items.filter((item) => {
      const reason = problem(surface(item));
      if (reason) skipped.add(`${reason}; skipped`);
      return !reason;
    });
  return {
    lowerCaseWords: article.text.match(LOWER_CASE_WORD) ?? [],
    names: withinLimits(findNames(article.text), (name) => name.surface, nameProblem),
    tags: withinLimits(findTags(article.text), (tag) => tag, tagProblem),
    spelledOut: spelledOut(article.text),
    skipped,
  };
}

interface Tally<T> {
  value: T;
  articles: Set<string>;
  count: number;
  variants: Map<string, number>;
}

function tally<T>(map: Map<string, Tally<T>>, key: string, surface: string, articleId: string, value: T): Tally<T> {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { value, articles: new Set(), count: 0, variants: new Map() }));
  entry.articles.add(articleId);
  entry.count++;
  entry.variants.set(surface, (entry.variants.get(surface) ?? 0) + 1);
  return entry;
}

/** How the corpus uses a name, over all its mentions: the evidence for whether it is one, and of what kind. */
interface NameUse extends NameEvidence {
  midSentence: boolean;
  attributive: number;
}

const noUse = (): NameUse => ({ mentions: 0, markedAsPerson: 0, markedAsOrganisation: 0, markedAsOther: 0, located: 0, attributive: 0, midSentence: false });

function countUse(use: NameUse, candidate: NameCandidate): void {
  use.mentions++;
  use.markedAsPerson += Number(candidate.markedAsPerson);
  use.markedAsOrganisation += Number(candidate.markedAsOrganisation);
  use.markedAsOther += Number(candidate.markedAsOther);
  use.located += Number(candidate.located);
  use.attributive += Number(candidate.attributive);
  use.midSentence ||= candidate.midSentence;
}

/** Adds one name's use to another's, field by field as `countUse` counts them. */
function addUse(use: NameUse, more: NameUse): void {
  use.mentions += more.mentions;
  use.markedAsPerson += more.markedAsPerson;
  use.markedAsOrganisation += more.markedAsOrganisation;
  use.markedAsOther += more.markedAsOther;
  use.located += more.located;
  use.attributive += more.attributive;
  use.midSentence ||= more.midSentence;
}

/** Spellings, most frequent first (ties: first seen), so the display name is the usual one. */
function byUse(variants: Map<string, number>): string[] {
  return [...variants].sort((a, b) => b[1] - a[1]).map(([surface]) => surface);
}

/**
 * Entities of a corpus: curated entries, then names (compromise), then #hashtags and @handles, merged by alias:
 * a spelling that is already an alias of an entity joins it, and a tag whose text is a known name joins that
 * name (#Orlando → Orlando, #Anonymous → Anonymous).
 */
export function extractEntities(articles: Article[], curated: CuratedEntity[], options: ExtractOptions): Extraction {
  const entities: DraftEntity[] = [];
  const skipped: ArticleProblem[] = [];
  const failed: ArticleProblem[] = [];
  const byAlias = new Map<string, DraftEntity>();
  const usedIds = new Set<string>();
  const claim = (entity: DraftEntity, alias: CuratedAlias) => {
    const key = aliasKey(alias.alias);
    if (byAlias.has(key)) return;
    byAlias.set(key, entity);
    entity.aliases.push(alias);
  };
  const add = (entity: DraftEntity) => {
    let id = entity.id;
    for (let n = 2; usedIds.has(id); n++) id = `${entity.id}-${n}`;
    usedIds.add(id);
    const added = { ...entity, id, aliases: [] };
    entities.push(added);
    for (const alias of entity.aliases) claim(added, alias);
    return added;
  };

  for (const entry of curated) add({ ...entry, curated: true });

  const names = new Map<string, Tally<NameUse>>();
  const tags = new Map<string, Tally<null>>();
  const lowerCaseWords = new Set<string>();
  /** Per acronym, the long forms the corpus spells it out as ("Syrian Democratic Forces (SDF)"), by key, with counts. */
  const longForms = new Map<string, Map<string, number>>();
  for (const [index, article] of articles.entries()) {
    options.onArticle?.(index + 1, articles.length);
    let found;
    try {
      found = candidatesOf(article);
    } catch (error) {
      failed.push({ articleId: article.id, reason: `cannot be read for names (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    for (const reason of found.skipped) skipped.push({ articleId: article.id, reason });
    for (const word of found.lowerCaseWords) lowerCaseWords.add(word);
    for (const candidate of found.names) {
      const use = tally(names, aliasKey(candidate.surface), candidate.surface, article.id, noUse()).value;
      countUse(use, candidate);
    }
    for (const tag of found.tags) tally(tags, aliasKey(tag), tag, article.id, null);
    for (const [acronym, longForm] of found.spelledOut) {
      const forms = longForms.get(acronym) ?? longForms.set(acronym, new Map()).get(acronym)!;
      const key = aliasKey(longForm);
      forms.set(key, (forms.get(key) ?? 0) + 1);
    }
  }
  /**
   * The entity an acronym is spelled out as most often, among those found and named in at least half the articles
   * the acronym is in: "ABC" spelled out once as "Arab Banking Corp" is mostly the broadcaster.
   */
  const spelledOutAs = (acronym: string, articles: ReadonlySet<string>) =>
    [...(longForms.get(acronym) ?? [])]
      .sort((a, b) => b[1] - a[1])
      .filter(([key]) => names.has(key) && mostlyBeside(articles, names.get(key)!.articles))
      .map(([key]) => byAlias.get(key))
      .find((entity) => entity !== undefined);

  /** The entity of a place the gazetteer knows, under its usual name, whatever the corpus called it ("UK" → "United Kingdom"). */
  const placeEntity = (place: Place) =>
    byAlias.get(aliasKey(place.name)) ??
    // A one-word place is a name only with its capital: "paris" in an address or a tag is no place.
    add({
      id: slugify(place.name),
      name: place.name,
      kind: 'place',
      description: '',
      aliases: [{ alias: place.name, ...(place.name.includes(' ') ? {} : { caseSensitive: true }) }],
      curated: false,
    });
  foldLeadingArticles(names);
  // Last words of names that begin with a first name or follow a title, rare ones too: the corpus's surnames (never
  // an acronym: "Republican CBO" names no one).
  const surnames = new Set<string>();
  for (const [, entry] of names) {
    const words = byUse(entry.variants)[0]!.split(' ');
    const last = words.at(-1)!;
    if (words.length > 1 && !isAllCaps(last) && (entry.value.markedAsPerson > 0 || isFirstName(words[0]!))) surnames.add(last);
    // "top leader Deng Xiaoping": two names of a person, neither a first name, may put the family name first.
    if (words.length === 2 && entry.value.markedAsPerson > 0 && !words.some(isFirstName) && shapedLikePersonName(words.join(' '))) surnames.add(words[0]!);
  }
  const shortFor = longerNamesOf(names);
  /** People found, with the articles their full name is in. */
  const people: { entity: DraftEntity; articles: ReadonlySet<string> }[] = [];
  const singles: [string, Tally<NameUse>][] = [];
  for (const [key, entry] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [name] = byUse(entry.variants) as [string];
    const known = byAlias.get(key);
    if (known) {
      for (const variant of entry.variants.keys()) claim(known, { alias: variant });
      continue;
    }
    if (entry.articles.size < options.minArticles || shortFor.has(key)) continue;
    const words = name.split(' ');
    // "ISIS Twitter accounts": known names side by side are not a new name.
    if (words.every((word) => byAlias.has(aliasKey(word)))) continue;
    if (words.length === 1) {
      singles.push([name, entry]);
      continue;
    }
    // "Terror Twin", "Twitter Rules": ordinary words capitalised once are a label or emphasis; a name recurs.
    const labelled = endsAsOrganisation(name) || endsAsPlace(name);
    if (entry.count < 2 && !labelled && words.every((word) => readsAsOrdinary(word, lowerCaseWords) || byAlias.has(aliasKey(word)))) continue;
    // "North Korean", "Latin Americans": an adjective or a people, as "Syrian" is.
    if (isDemonymPhrase(name)) continue;
    const place = placeNamed(name);
    if (place) {
      for (const variant of entry.variants.keys()) claim(placeEntity(place), { alias: variant });
      continue;
    }
    const entity = add({
      id: slugify(name),
      name,
      kind: kindOfName(name, entry.value),
      description: '',
      aliases: [{ alias: name, ...ruleOfName(name, lowerCaseWords) }],
      curated: false,
    });
    if (entity.kind === 'person') people.push({ entity, articles: entry.articles });
  }
  // "Ostrava Institute", written beside "Ostrava Institute for Online Harms", is a short form of it.
  for (const [short, long] of shortFor) {
    const owner = byAlias.get(long);
    if (owner) for (const variant of names.get(short)!.variants.keys()) claim(owner, { alias: variant });
  }
  for (const [name, entry] of singles) {
    if (!entry.value.midSentence || isCommonWord(name, lowerCaseWords) || isLegalForm(name)) continue;
    const rule: AliasRule = { caseSensitive: true };
    const place = placeNamed(name);
    // A country, continent or big city is itself, never a lone name of someone ("Jordan" the country, not Jim Jordan).
    if (place && place.scale !== 'city') {
      claim(placeEntity(place), { alias: name, ...(isAcronym(name) ? { acronym: true } : rule) });
      continue;
    }
    // "SDF", spelled out as "Syrian Democratic Forces" somewhere in the corpus, is that body.
    const spelledOutEntity = isAllCaps(name) ? spelledOutAs(name, entry.articles) : undefined;
    if (spelledOutEntity) {
      claim(spelledOutEntity, { alias: name, ...(isAcronym(name) ? { acronym: true } : rule) });
      continue;
    }
    // A lone first name or surname of exactly one person is that person ("Sotloff", "Salma") if written where the full
    // name is, as news writes a name in full first: "Aaron" in articles without "Aaron Burr" is someone else.
    const singular = name.endsWith('s') ? names.get(aliasKey(name.slice(0, -1))) : undefined;
    // An acronym is a body's name, never one of a person's names ("FCA" beside "FCA Frank Naylor").
    const owners = isAllCaps(name)
      ? []
      : people.filter(({ entity }) => {
          const words = entity.name.split(' ');
          return words[0] === name || words.at(-1) === name;
        });
    if (owners.length === 1 && mostlyBeside(entry.articles, owners[0]!.articles)) claim(owners[0]!.entity, { alias: name, ...rule });
    // Nor is a name of several people, or of one written apart from them, a name of its own. A word used mostly as an
    // adjective is one, unless compromise knows it as a name ("a YouTube video"); its plural names a class of people
    // ("Islamists", "Republicans").
    else if (
      owners.length > 0 ||
      isDemonym(name) ||
      isPluralAcronym(name) ||
      (isUsedAsAdjective(entry.value.mentions, entry.value.attributive) && !kindByTagger(name)) ||
      (singular !== undefined && isUsedAsAdjective(singular.value.mentions, singular.value.attributive))
    )
      continue;
    else
      add({
        id: slugify(name),
        name,
        kind: kindOfName(name, { ...entry.value, surname: surnames.has(name) }),
        description: '',
        aliases: [{ alias: name, ...rule }],
        curated: false,
      });
  }

  for (const [key, entry] of [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const variants = byUse(entry.variants);
    const named = byAlias.get(key) ?? byAlias.get(key.slice(1));
    if (named) {
      for (const variant of variants) claim(named, { alias: variant });
      continue;
    }
    if (entry.articles.size < options.minArticles) continue;
    const [name] = variants as [string];
    const kind: EntityKind = isHashtag(name) ? 'hashtag' : isHandle(name) ? 'handle' : 'hashtag';
    add({ id: `${kind}-${slugify(name.slice(1))}`, name, kind, description: '', aliases: [{ alias: name }], curated: false });
  }
  return { entities, skipped, failed };
}
