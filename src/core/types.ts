/** Shared shapes of the Lantern bundle. Pure types: no runtime code depends on anything here but constants. */

/** Bump when the bundle's shape changes; loaders refuse other versions. */
export const BUNDLE_VERSION = 1;

/** `other`: a name that is none of the rest, such as an event, a law, a plan, a report or a show ("Great Recession", "Fuel Use Act"). */
export const ENTITY_KINDS = ['person', 'group', 'organisation', 'place', 'campaign', 'other', 'hashtag', 'handle'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * How much an entity says about a page that mentions it: `specific` (ISIS, a hacker's handle) is painted at every
 * occurrence, `context` (Twitter, the United States) is background most pages share, painted at its first only.
 */
export const SALIENCE_CLASSES = ['specific', 'context'] as const;
export type Salience = (typeof SALIENCE_CLASSES)[number];

/** A sentence of an article's clean text: [start, end) offsets into `Article.text`. */
export interface Sentence {
  start: number;
  end: number;
}

export interface Article {
  /** Stable id derived from the file name (or the JSONL `id`). */
  id: string;
  title: string;
  /** ISO `YYYY-MM-DD`, or '' when the text gives none. */
  date: string;
  /** Publisher, or '' when it cannot be told. */
  source: string;
  url: string;
  /** Clean text: boilerplate removed, captions de-duplicated, whitespace normalised. */
  text: string;
  sentences: Sentence[];
}

/** One place an entity is mentioned: which article, which sentence, where in the article's text. */
export interface Mention {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Entity {
  /** Stable slug, e.g. `isis`, `hashtag-opisis`, `handle-wauchulaghost`. */
  id: string;
  name: string;
  kind: EntityKind;
  /** Every surface form that names it, the name included. */
  aliases: string[];
  description: string;
  /** Articles that mention it, most mentions first. */
  articleIds: string[];
  mentionCount: number;
  mentions: Mention[];
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: { id: string; count: number }[];
  /**
   * 'context': a country, continent, city, or a platform or organisation almost any news corpus mentions — found on
   * pages but painted only at its first occurrence, on pages about the corpus's story. Set by the corpus build or `entities.json`; absent = 'specific'.
   */
  salience?: Salience;
  /** A watch-list named the kind: it wins over the other collections' when entities merge. */
  kindGiven?: boolean;
}

/**
 * How one alias matches (README.md "Matching rules").
 * Hashtags and handles are recognised by their first character and are always case-insensitive.
 */
export interface AliasRule {
  /** Match letter case exactly ("Anonymous" the group, not "an anonymous source"). */
  caseSensitive?: boolean;
  /** A short all-caps acronym ("IS"): never inside an all-caps run, never the ordinary word. Implies caseSensitive. */
  acronym?: boolean;
  /** Fold diacritics (default true). */
  foldDiacritics?: boolean;
}

export interface DictionaryEntry extends AliasRule {
  alias: string;
  entityId: string;
}

/** A match in a string: [start, end) offsets into the ORIGINAL string. */
export interface Match {
  start: number;
  end: number;
  entityId: string;
  alias: string;
  /** The alias is also an ordinary word (a `caseSensitive` "Anonymous"): a page checks it is not a display label. */
  ordinaryWord?: true;
}

export interface Bundle {
  version: typeof BUNDLE_VERSION;
  /** Where the bundle came from: corpus folder name and counts, for display. */
  corpus: { name: string; articleCount: number; entityCount: number; aliasCount: number };
  articles: Article[];
  entities: Entity[];
  dictionary: DictionaryEntry[];
  /** `dictionary` compiled by `src/match`; what the content script receives. */
  matcher: CompiledDictionary;
  /** MiniSearch index as JSON (`MiniSearch.loadJSON`), over articles and entities. */
  searchIndex: string;
}

/**
 * The dictionary compiled by `src/match` into the compact, JSON-safe form the content script loads without recompiling.
 * Its fields are private to `src/match`.
 */
export interface CompiledDictionary {
  format: number;
  [field: string]: unknown;
}
