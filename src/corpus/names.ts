import { placeNamed } from './gazetteer';
import { endsAsOrganisation, isOrganisationWord, isTitle } from './titles';
import { isDemonymWord } from './adjectives';
import { shapedLikePersonName } from './kinds';
import { isAllCaps, isOrdinaryWord } from './words';
import { tagsOfWord } from './word-tags';

/**
 * Names in text, in two steps so that large corpora stay fast: a regular expression finds capitalised runs
 * (linear, no NLP), and compromise's lexicon and tagger judge each distinct word or run once (cached).
 */

/** A capitalised run found in the text, before evidence rules decide whether it becomes an entity. */
export interface NameCandidate {
  surface: string;
  /** Seen somewhere other than at the start of a sentence. */
  midSentence: boolean;
  /** Marked as a person: after a title or role, which was cut off ("President Hadi" → "Hadi"), or given an age ("Lechin, 83,"). */
  markedAsPerson: boolean;
  /**
   * Marked as an organisation: followed by what follows a firm named after people ("Arthur Andersen and Co", "Alex
   * Brown & Sons") or by an appositive naming a body ("Berry, a privately-owned company,"), or an institution's short
   * name in brackets ("… Corporation (Freddie Mac)").
   */
  markedAsOrganisation: boolean;
  /** Followed by a noun that makes it the name of a programme, system or index: "the Hang Seng index". */
  markedAsOther: boolean;
  /** After a preposition of place ("from Chorlton", "the town of Qandala"). */
  located: boolean;
  /** Directly before a lower-case noun, as an adjective is ("Sunni areas", "Sharia law"). */
  attributive: boolean;
}

/** A capitalised word; a hyphen joins only capitalised parts ("Al-Nusra", not "IS-supporting"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}&'’]*(?:-\p{Lu}[\p{L}\p{M}\p{N}&'’]*)*`;
/**
 * Words that may sit inside a name ("Bank of England", "Umm al Qura", "Institute for Online Harms", "Institute for the
 * Study of War") but never start or end one. "the" only after "for": "Tuesday the Senate" and "Members of the Society" are no names.
 */
const CONNECTOR = String.raw`(?:of|for(?:[ \u00A0]the)?|al|el|bin|ibn|de|del|la|le|von|van|der|da|du)`;
/** A run of capitalised words on one line, not inside a word, hashtag, handle or URL. */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_#@/.\\-])${WORD}(?:[ \u00A0](?:${CONNECTOR}[ \u00A0])*${WORD})*`, 'gu');
/** What may precede a sentence (or a quotation, list item or caption body): capitals after it prove nothing. */
const SENTENCE_BOUNDARY = /[.!?:;"“”‘'([—–•-]/;
const POSSESSIVE = /['’]s$/;
/** An abbreviated title just before a run: its full stop ends no sentence ("Mr. Berman", "Sen. Collins"). */
const TITLE_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,3})\.[ \u00A0]+$/u;
/** The word before a run, if it is lower case. */
const WORD_BEFORE = /(?<![\p{L}])(\p{Ll}+)[ \u00A0]+$/u;
/** The word after a run, if it is lower case. */
const WORD_AFTER = /^[ \u00A0]+(\p{Ll}[\p{L}\p{M}-]*)/u;
/**
 * What only follows a person's name: an age in commas ("Lechin, 83, became"), "who" ("Laroche, who"), or a verb of
 * saying with "he" or "she" ("Laroche said he may").
 */
const PERSON_AFTER = /^(?:,[ \u00A0]+(?:\d{2},|who)[ \u00A0]|[ \u00A0]+(?:said|says|told|added)[ \u00A0]+(?:he|she)[ \u00A0])/;
/**
 * An appositive, its article if it has one, and its head word: ", special envoy of the U.N.", ", the company's
 * chairman,", ", a spokesman for", ", a privately-owned company which".
 */
const APPOSITIVE_HEAD =
  /^,[ \u00A0]+(?:(an?|the)[ \u00A0]+|(?:its|his|her|their)[ \u00A0]+)?(?:[\p{L}.'’-]+[ \u00A0]+){0,3}?(\p{L}+)(?=[ \u00A0]+(?:of|for|at|with|in|on|to|which|that)[ \u00A0]|,)/u;
/** Roles a firm holds as well as a person: "chip maker Intel", "Lazard, an adviser to the bank". */
const FIRM_ROLE =
  /^(?:partner|dealer|trader|maker|producer|broker|operator|underwriter|adviser|advisor|consultant|player|customer|developer|agent|affiliate|host|creator|winner|champion|manager|investor|owner)s?$/i;
/**
 * Head words of an appositive with an article that names a body: "Berry, a privately-owned company,", "…, a unit
 * of…". Without an article it is a person's role at one ("Michael Seibel, Bank of America vice-president").
 */
const BODY_NOUN =
  /^(?:company|corporation|firm|unit|subsidiary|group|organization|organisation|agency|bank|party|concern|chain|brokerage|newspaper|lender|insurer|retailer|manufacturer|utility|conglomerate)$/;
/** Whether a word is a person's role ("envoy", "economist", "leader"), not one a firm may hold too. */
const isPersonRole = (word: string | undefined) => word !== undefined && !FIRM_ROLE.test(word) && (isTitle(word) || tagsOfWord(word).actor);
/** What follows a firm named after its founders, which the name leaves out: "and Co", "& Sons", "and Partners". */
const FIRM_AFTER = /^,?[ \u00A0]+(?:and|&)[ \u00A0]+(?:Co|Cos|Company|Sons|Partners|Associates)(?![\p{L}])/u;
/**
 * Lower-case nouns after a name that make it the name of a programme, a system, an index or an event ("Foreign
 * Military Sales system", "Hang Seng index"). Not "report" or "poll": "a Daily Caller report" and "Gallup poll" are the firm's.
 */
const OTHER_AFTER = new Set(
  // Programmes, systems and indexes; events: "the Miss Universe pageant", "the Ryder Cup tournament".
  'program programs programme programmes scheme system index pageant contest festival tournament competition summit ceremony'.split(' '),
);
/** A state or country after a comma, as a town is placed ("Claremont, New Hampshire", "Taupo, New Zealand"). */
const PLACE_AFTER = /^,[ \u00A0]+(\p{Lu}\p{L}+(?:[ \u00A0]\p{Lu}\p{L}+)?)(?![\p{L}'’])/u;
const placedByWhatFollows = (after: string) => {
  const scale = placeNamed(PLACE_AFTER.exec(after)?.[1] ?? '')?.scale;
  return scale === 'region' || scale === 'country';
};
/** A caption's or section's label at the start of a line: "Threat: Twitter employees…", "Terror Twin: …". */
const LABEL = /^(?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]){0,2}\p{Lu}[\p{L}\p{M}'’-]*:[ \u00A0]/u;
/** A place's noun and "of" before a name put it on the map: "the town of Qandala", "the port of Kharg". */
const PLACE_OF = /(?<![\p{L}])(?:town|city|port|village|province|region|state|island|capital|district|suburb|county)[ \u00A0]+of[ \u00A0]+$/u;
/** What stands between the two halves of a name joined by "and". */
const AND = /^[ \u00A0](?:and|&)[ \u00A0]$/;
/** Prepositions that put what follows on a map. */
const LOCATIVE = /^(?:in|from|near|across|outside|inside|throughout|within)$/;

function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i < 0 || text[i] === '\n' || SENTENCE_BOUNDARY.test(text[i]!);
}

/** An article, which begins names ("The Hill") but ends none. */
const ARTICLE = /^(?:The|An?)$/;
/** One word of a connector: none of them may start or end a name. */
const CONNECTOR_WORD = /^(?:of|for|the|al|el|bin|ibn|de|del|la|le|von|van|der|da|du)$/;
const isConnector = (word: string) => CONNECTOR_WORD.test(word);

/** Whether a line is shouting (a headline or a rant in capitals): its capitals say nothing about names. */
function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return letters.length > 20 && lower < letters.length / 3;
}

/** Headings are short, and end without a full stop; a long line of capitals is a list of names. */
const SENTENCE_END = /[.!?]["”’')]*$/;
const MAX_HEADING_WORDS = 25;

/**
 * Whether a line is a heading in title case ("Twitter Takes Down Anonymous Accounts For ‘Harassing ISIS’"):
 * most of its ordinary English words are capitalised, so its capitals say nothing about names either.
 */
function isHeading(line: string): boolean {
  if (line.split(' ').length > MAX_HEADING_WORDS || SENTENCE_END.test(line)) return false;
  const ordinary = (line.match(/(?<![\p{L}\p{N}])\p{L}{4,}(?![\p{L}\p{N}])/gu) ?? []).filter(isOrdinaryWord);
  const capitalised = ordinary.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return ordinary.length >= 3 && capitalised >= ordinary.length * 0.75;
}

interface TrimmedRun {
  start: number;
  end: number;
  initial: boolean;
  titled: boolean;
}

/** The name inside a capitalised run: sentence-opening words, dates, titles and stray capitals trimmed off. */
function trimRun(words: string[], initial: boolean): TrimmedRun {
  let start = 0;
  let end = words.length;
  let titled = false;
  const first = () => words[start]!;
  const last = () => words[end - 1]!;
  for (;;) {
    if (start >= end) break;
    if (tagsOfWord(first()).dateWord || isConnector(first())) start++;
    // At a sentence start, a capital proves nothing: drop ordinary words and numbers there ("In", "Erasing ISIS",
    // "The", "One of Donald Trump"). Mid-sentence, a capitalised "The" is part of the name ("told The Epoch Times").
    else if (initial && (tagsOfWord(first()).common || tagsOfWord(first()).number)) start++;
    else break;
    initial = false;
  }
  // A title names a person, unless the run is an institution that begins with one ("Senate Judiciary Committee").
  const lastTitle = endsAsOrganisation(words.slice(start, end).join(' ')) ? -1 : words.slice(start, end).findLastIndex(isTitle);
  if (lastTitle >= 0) {
    start += lastTitle + 1;
    initial = false;
    // "Senator of New York": what follows "of" is what the title is of, not its holder.
    titled = start < end && !isConnector(first());
    while (start < end && isConnector(first())) start++;
  }
  // "ambassador to Moscow Salah Bassiouni": a place before a person's two names is where they are, not their name.
  if (end - start === 3 && placeNamed(first()) && shapedLikePersonName(words.slice(start + 1, end).join(' '))) start++;
  // "Chairman of the FCA Frank Naylor", "Speaker of the House John Boehner": an acronym or an ordinary word before a
  // first name and a surname is the body the person is of.
  else if (
    end - start === 3 &&
    (isAllCaps(first()) || isOrdinaryWord(first())) &&
    !isFirstName(first()) &&
    isFirstName(words[start + 1]!) &&
    !isAllCaps(last())
  )
    start++;
  // "the European Airbus consortium": a people's adjective before one name describes it ("European Union" keeps it:
  // "Union" alone is an ordinary word).
  if (end - start === 2 && isDemonymWord(first()) && !isOrdinaryWord(words[start + 1]!) && !isAllCaps(words[start + 1]!)) start++;
  // "Trump IS", "Donald J", "Fourth of", "STEVE BANNON The": a shouted word, an initial, a connector or an article
  // cannot end a name; "US" is a country.
  const shouted = (word: string) => isAllCaps(word) && tagsOfWord(word).common && !placeNamed(word);
  while (end > start && (tagsOfWord(last()).dateWord || last().length < 2 || isConnector(last()) || ARTICLE.test(last()) || shouted(last()))) end--;
  return { start, end, initial, titled };
}

/** Capitalised runs in `text` that may be names. */
export function findNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const line of text.split('\n')) {
    if (isShouting(line) || isHeading(line)) continue;
    const labelEnd = LABEL.exec(line)?.[0].length ?? 0;
    for (const run of joinedAtAnd(line))
      for (const part of splitAtLooseFor(run.text).flatMap(splitAtPersonOf)) {
        const index = run.offset + part.offset;
        if (index < labelEnd) continue;
        const candidate = candidateAt(line, index, part.text);
        if (candidate) found.push(candidate);
      }
  }
  return found;
}

/**
 * The capitalised runs of a line, two joined where "and" stands between ordinary words and the institution they end
 * ("International Trade and Industry Ministry", "House Ways and Means Committee"). A name that ends as an institution
 * is whole, and so is one after "and" that has its own "of" or words of a name: "Senate Banking Committee and House
 * Ways…", "Chamber of Commerce and National Federation of Independent Business", "Merrill Lynch and Shearson Lehman".
 */
function joinedAtAnd(line: string): { text: string; offset: number }[] {
  const runs: { text: string; offset: number }[] = [];
  for (const match of line.matchAll(RUN)) {
    const previous = runs.at(-1);
    const between = previous ? line.slice(previous.offset + previous.text.length, match.index) : '';
    const lastWord = previous?.text.split(/[ \u00A0]/).at(-1) ?? '';
    if (previous && AND.test(between) && isOrdinaryWord(lastWord) && !isOrganisationWord(lastWord) && endsInstitutionOfWords(match[0]))
      previous.text = line.slice(previous.offset, match.index + match[0].length);
    else runs.push({ text: match[0], offset: match.index });
  }
  return runs;
}

/** "Industry Ministry", "Means Committee": ordinary words and an institution's word, nothing more. */
function endsInstitutionOfWords(run: string): boolean {
  const words = run.split(/[ \u00A0]/);
  return endsAsOrganisation(run) && words.slice(0, -1).every((word) => isOrdinaryWord(word) && !isConnector(word));
}

/**
 * "for" joins a name only after an organisation's word ("Institute for Online Harms", "Committee for the Defense");
 * elsewhere it stands between two names ("the UK for the United Kingdom base"), so the run is cut there.
 */
function splitAtLooseFor(run: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let start = 0;
  for (const join of run.matchAll(/[ \u00A0]for(?:[ \u00A0]the)?[ \u00A0]/g)) {
    const wordBefore = run
      .slice(start, join.index)
      .split(/[ \u00A0]/)
      .at(-1)!;
    if (isOrganisationWord(wordBefore)) continue;
    parts.push({ text: run.slice(start, join.index), offset: start });
    start = join.index + join[0].length;
  }
  parts.push({ text: run.slice(start), offset: start });
  return parts;
}

/** "Allan Leslie of Discount Corp": a person's name before "of" is someone of the place or firm after it. */
function splitAtPersonOf(part: { text: string; offset: number }): { text: string; offset: number }[] {
  const join = /[ \u00A0]of[ \u00A0]/.exec(part.text);
  if (!join) return [part];
  const person = part.text.slice(0, join.index).split(/[ \u00A0]/);
  if (person.length < 2 || person.length > 3 || !isFirstName(person[0]!) || person.some((word) => isOrdinaryWord(word) || isAllCaps(word))) return [part];
  const rest = join.index + join[0].length;
  return [
    { text: part.text.slice(0, join.index), offset: part.offset },
    { text: part.text.slice(rest), offset: part.offset + rest },
  ];
}

/** A name in brackets after an institution's name is its short name: "Federal Home Loan Mortgage Corporation (Freddie Mac)". */
const INSTITUTION_BEFORE_BRACKET = /(?<![\p{L}])(\p{Lu}[\p{L}.]*)[ \u00A0]*\($/u;
const bracketedAfterInstitution = (before: string) => isOrganisationWord(INSTITUTION_BEFORE_BRACKET.exec(before)?.[1] ?? '');

/** "(D-Pa.)", "R-TX": a party's letter and a state, not a name. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}/u;
/** "TSR-20", "F-16": an acronym before a hyphen and a number is a model or grade. */
const CODE_AFTER = /^-\d/;
/** "liquid assets in public hands (ALP)": an acronym in brackets after a lower-case phrase abbreviates no name. */
const LOWER_CASE_BEFORE_BRACKET = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*[ \u00A0]*\($/u;

/** The candidate a capitalised run at `index` of `line` gives, if it can be a name. */
function candidateAt(line: string, index: number, text: string): NameCandidate | null {
  let words = text.split(/[ \u00A0]/).map((w) => w.replace(/['’&]+$/, ''));
  // A possessive ends the name: "Steven Sotloff's assassination", "Twitter's management".
  const possessive = words.findIndex((w) => POSSESSIVE.test(w));
  if (possessive >= 0) words = [...words.slice(0, possessive), words[possessive]!.replace(POSSESSIVE, '')];
  const before = line.slice(0, index);
  const titleBefore = TITLE_BEFORE.exec(before)?.[1];
  const afterTitle = titleBefore !== undefined && isTitle(titleBefore);
  const run = trimRun(words, !afterTitle && startsSentence(line, index));
  const name = words.slice(run.start, run.end);
  // Capitals side by side ("DO NOT", "NEVER TRUMP") are shouting, not a name.
  if (name.length > 1 && name.every(isAllCaps)) return null;
  if (!name.length || (name.length === 1 && (name[0]!.length < 2 || PARTY_AND_STATE.test(name[0]!)))) return null;
  const acronym = name.length === 1 && isAllCaps(name[0]!);
  const after = line.slice(index + text.length);
  if (acronym && run.end === words.length && (CODE_AFTER.test(after) || (after.startsWith(')') && LOWER_CASE_BEFORE_BRACKET.test(before)))) return null;
  const preceding = run.start > 0 ? words[run.start - 1]!.toLowerCase() : WORD_BEFORE.exec(before)?.[1];
  const atRunEnd = run.end === words.length && possessive < 0;
  const following = atRunEnd ? WORD_AFTER.exec(after)?.[1] : undefined;
  const appositive = atRunEnd ? APPOSITIVE_HEAD.exec(after) : null;
  return {
    surface: name.join(' '),
    midSentence: !run.initial,
    // "top leader Deng Xiaoping", "Pramila Patten, special envoy of…": a person's role before or after, in lower case.
    markedAsPerson:
      run.titled ||
      afterTitle ||
      (!acronym && isPersonRole(preceding)) ||
      (atRunEnd && !acronym && (PERSON_AFTER.test(after) || isPersonRole(appositive?.[2]))),
    markedAsOrganisation:
      (atRunEnd && (FIRM_AFTER.test(after) || (appositive?.[1] !== undefined && BODY_NOUN.test(appositive[2]!)))) ||
      (run.start === 0 && bracketedAfterInstitution(before)),
    markedAsOther: following !== undefined && OTHER_AFTER.has(following),
    // Acronyms come "from CBS", never from a town.
    located:
      !acronym &&
      ((preceding !== undefined && LOCATIVE.test(preceding)) || (run.start === 0 && PLACE_OF.test(before)) || (atRunEnd && placedByWhatFollows(after))),
    attributive: following !== undefined && tagsOfWord(following).noun,
  };
}

/** Whether a word is a first name compromise knows ("John", "Brian"). */
export const isFirstName = (word: string) => tagsOfWord(word).firstName;

/**
 * Whether a single capitalised word is an ordinary word: used in lower case in the corpus, not a noun at all, or
 * an English word that spoken English writes in lower case ("Web", "Internet"). Countries, continents and big cities
 * are names whatever they mean in lower case ("Turkey", "Cologne").
 */
export function isCommonWord(word: string, lowerCaseWords: Set<string>): boolean {
  const place = placeNamed(word);
  if (place && place.scale !== 'city') return false;
  if (lowerCaseWords.has(word.toLowerCase()) || isOrdinaryWord(word) || tagsOfWord(word).honorific) return true;
  return !isAllCaps(word) && tagsOfWord(word).common;
}
