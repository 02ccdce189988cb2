/** User settings: their shape and the pure rules that read them. Storage lives in src/extension/settings.ts. */
import { isObject, type Fields } from './fields';
import { SALIENCE_CLASSES, type Salience } from './types';

/** `paint`: highlight and hover cards; `quiet`: find terms for the badge and popup, paint nothing; `off`: do nothing. */
export type PageMode = 'paint' | 'quiet' | 'off';

export interface ModeSetting {
  enabled: boolean;
  quiet: boolean;
}

/** How a term is painted, by the form of the alias that matched: a name, an @handle or a #hashtag. */
export const HIGHLIGHT_KINDS = ['name', 'handle', 'hashtag'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** How a matched term is painted: by the form of the alias that matched, so `#ISIS` looks like a hashtag. */
export function highlightKindOf(alias: string): HighlightKind {
  if (alias.startsWith('#')) return 'hashtag';
  if (alias.startsWith('@')) return 'handle';
  return 'name';
}
/** The highlight registry name each kind is painted under on one page (random: see randomHighlightNames). */
export type HighlightNames = Record<HighlightKind, string>;

/** Which of an entity's occurrences on a page are painted: every one, the first, or none (all are still found). */
export const PAINT_EXTENTS = ['all', 'first', 'none'] as const;
export type PaintExtent = (typeof PAINT_EXTENTS)[number];
export type Occurrences = Record<Salience, PaintExtent>;

export interface Settings {
  global: ModeSetting;
  /** Per host name; a field left out follows the global setting. */
  sites: Record<string, Partial<ModeSetting>>;
  /** Which kinds of term are painted (all are still found, for the badge and the popup). */
  show: Record<HighlightKind, boolean>;
  /** Per salience class, which occurrences are painted. */
  occurrences: Occurrences;
}

export const DEFAULT_SETTINGS: Settings = {
  global: { enabled: true, quiet: false },
  sites: {},
  show: { name: true, handle: true, hashtag: true },
  occurrences: { specific: 'all', context: 'first' },
};

export function pageMode(settings: Settings, host: string): PageMode {
  const site = Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
  const enabled = settings.global.enabled && (site?.enabled ?? true);
  if (!enabled) return 'off';
  return (site?.quiet ?? settings.global.quiet) ? 'quiet' : 'paint';
}

export function withSite(settings: Settings, host: string, change: Partial<ModeSetting>): Settings {
  const site = Object.hasOwn(settings.sites, host) ? settings.sites[host] : {};
  return { ...settings, sites: { ...settings.sites, [host]: { ...site, ...change } } };
}

export function withGlobal(settings: Settings, change: Partial<ModeSetting>): Settings {
  return { ...settings, global: { ...settings.global, ...change } };
}

export function withShown(settings: Settings, change: Partial<Record<HighlightKind, boolean>>): Settings {
  return { ...settings, show: { ...settings.show, ...change } };
}

export function withOccurrences(settings: Settings, change: Partial<Occurrences>): Settings {
  return { ...settings, occurrences: { ...settings.occurrences, ...change } };
}

/** A stored boolean, or the fallback for anything else (a stored "false" is a string, not false). */
const booleanOr = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const extentOr = (value: unknown, fallback: PaintExtent) => (PAINT_EXTENTS.includes(value as PaintExtent) ? (value as PaintExtent) : fallback);

/** A site's fields that are valid; the rest are left out, so they follow the global setting. */
function parseSite(stored: Fields): Partial<ModeSetting> {
  const site: Partial<ModeSetting> = {};
  if (typeof stored.enabled === 'boolean') site.enabled = stored.enabled;
  if (typeof stored.quiet === 'boolean') site.quiet = stored.quiet;
  return site;
}

/**
 * Whatever storage holds (an older shape, hand-edited values, or nothing) read field by field: each valid field is
 * kept, each missing or invalid one falls back to its default.
 */
export function normaliseSettings(stored: unknown): Settings {
  const value = isObject(stored) ? stored : {};
  const global = isObject(value.global) ? value.global : {};
  const show = isObject(value.show) ? value.show : {};
  const occurrences = isObject(value.occurrences) ? value.occurrences : {};
  // fromEntries defines own properties, so a host named "__proto__" stays a host.
  const sites = Object.fromEntries(
    Object.entries(isObject(value.sites) ? value.sites : {}).flatMap(([host, site]) => (isObject(site) ? [[host, parseSite(site)]] : [])),
  );
  return {
    global: { enabled: booleanOr(global.enabled, DEFAULT_SETTINGS.global.enabled), quiet: booleanOr(global.quiet, DEFAULT_SETTINGS.global.quiet) },
    sites,
    show: Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, booleanOr(show[kind], DEFAULT_SETTINGS.show[kind])])) as Settings['show'],
    occurrences: Object.fromEntries(
      SALIENCE_CLASSES.map((salience) => [salience, extentOr(occurrences[salience], DEFAULT_SETTINGS.occurrences[salience])]),
    ) as Occurrences,
  };
}

/** Which corpora the background merges, besides every imported collection: the bundled one can be turned off. */
export interface CorpusSettings {
  bundled: boolean;
}

export function parseCorpusSettings(stored: unknown): CorpusSettings {
  return { bundled: booleanOr(isObject(stored) ? stored.bundled : undefined, true) };
}
