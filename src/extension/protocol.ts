/**
 * The messages between Lantern's parts, as types only: the requests the background answers and those a tab's content
 * script answers, with their replies, and the shapes they carry. The page side and the UI import these types and
 * nothing else from src/extension (see src/ARCHITECTURE.md); src/extension/messages.ts sends and serves them.
 */
import type { EntityViewModel } from '../card/entity-view-model';
import type { PageDictionary } from '../corpus/page-dictionary';
import type { DamagedCollection } from '../corpus/stored';
import type { HighlightNames, ModeSetting, PageMode } from '../core/settings';
import type { Bundle } from '../core/types';
import type { ArticleDetails, EntityHit, SearchResults } from '../search/types';

export type { PageDictionary };

/** Every request the extension's parts send the background, with its reply type. One place, typed both ways. */
export interface Requests {
  'corpus-summary': { request: Record<string, never>; reply: Bundle['corpus'] };
  /** Imported collections the background set aside because they cannot be read, for the options page to list. */
  'damaged-collections': { request: Record<string, never>; reply: DamagedCollection[] };
  /** The content script's matcher: the compiled dictionary only, never the articles. */
  'page-dictionary': { request: Record<string, never>; reply: PageDictionary };
  /** The entity for the hover card: its view model cut to the card's limits. */
  'entity-card': { request: { entityId: string }; reply: EntityViewModel | null };
  /** A frame starts (`on`) or stops painting: insert or remove its highlight stylesheet for its random names. */
  'highlight-styles': { request: { names: HighlightNames; on: boolean }; reply: void };
  /** A frame reports the distinct specific entities its own text mentions (not furniture, not context), for the toolbar badge. */
  'page-terms': { request: { entityIds: string[] }; reply: void };
  'open-article': { request: { articleId: string; sentence: number }; reply: void };
  /** The popup's search as the user types; `complete` waits for the articles rather than answer with entities first. */
  search: { request: { query: string; complete: boolean }; reply: SearchResults };
  /** The entity for the popup and the article page: its whole view model. */
  entity: { request: { entityId: string }; reply: EntityViewModel | null };
  /** The article page. */
  article: { request: { articleId: string }; reply: ArticleDetails | null };
  /** Names, kinds and counts of entities a page found (the popup's "On this page"). */
  entities: { request: { entityIds: string[] }; reply: EntityHit[] };
  /** The options page imported, removed or made private a collection, or turned the bundled corpus on or off: rebuild the view. */
  'collections-changed': { request: Record<string, never>; reply: void };
}

/** What a tab's top frame found: its site, Lantern's mode there, and each entity with its number of mentions. */
export interface PageTerms {
  site: string;
  mode: PageMode;
  terms: { entityId: string; count: number }[];
}

/** What the extension (background commands, the popup) asks a tab's top-frame content script. */
export interface TabRequests {
  'step-term': { request: { direction: 1 | -1 }; reply: void };
  'list-terms': { request: Record<string, never>; reply: PageTerms };
  /** Scroll to the entity's next mention and open its card; false when the page has none. */
  'show-entity': { request: { entityId: string }; reply: boolean };
  /** The page's selected text, for the look-up shortcut. */
  selection: { request: Record<string, never>; reply: string };
}

/** What the popup can do with the page it was opened on. */
export interface PageAccess {
  /** The terms the page's content script found, with their entities; null where Lantern cannot run (browser pages). */
  load(): Promise<{ page: PageTerms; entities: EntityHit[] } | null>;
  /** Scrolls the page to the entity's next mention and opens its card. */
  show(entityId: string): Promise<boolean>;
  /** Turns Lantern off or on, or quiet, for a site. */
  setSite(site: string, change: Partial<ModeSetting>): Promise<void>;
}
