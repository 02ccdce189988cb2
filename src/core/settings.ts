/** User settings: their shape and the pure rules that read them. Storage lives in src/extension/settings.ts. */
import { isObject, type Fields } from './fields';

/** `paint`: highlight and hover cards; `quiet`: find terms for the badge and popup, paint nothing; `off`: do nothing. */
export type PageMode = 'paint' | 'quiet' | 'off';

export interface ModeSetting {
  enabled: boolean;
  quiet: boolean;
}

/** How a term is painted, by the form of the alias that matched: a name, an @handle or a #hashtag. */
export const HIGHLIGHT_KINDS = ['name', 'handle', 'hashtag'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
/** The highlight registry name each kind is painted under on one page (random: see randomHighlightNames). */
export type HighlightNames = Record<HighlightKind, string>;

export interface Settings {
  global: ModeSetting;
  /** Per host name; a field left out follows the global setting. */
  sites: Record<string, Partial<ModeSetting>>;
  /** Which kinds of term are painted (all are still found, for the badge and the popup). */
  show: Record<HighlightKind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  global: { enabled: true, quiet: false },
  sites: {},
  show: { name: true, handle: true, hashtag: true },
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

/** A stored boolean, or the fallback for anything else (a stored "false" is a string, not false). */
const booleanOr = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

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
  // fromEntries defines own properties, so a host named "__proto__" stays a host.
  const sites = Object.fromEntries(Object.entries(isObject(value.sites) ? value.sites : {}).flatMap(([host, site]) => (isObject(site) ? [[host, parseSite(site)]] : [])));
  return {
    global: { enabled: booleanOr(global.enabled, DEFAULT_SETTINGS.global.enabled), quiet: booleanOr(global.quiet, DEFAULT_SETTINGS.global.quiet) },
    sites,
    show: Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, booleanOr(show[kind], DEFAULT_SETTINGS.show[kind])])) as Settings['show'],
  };
}

/** Which corpora the background merges, besides every imported collection: the bundled one can be turned off. */
export interface CorpusSettings {
  bundled: boolean;
}

export function parseCorpusSettings(stored: unknown): CorpusSettings {
  return { bundled: booleanOr(isObject(stored) ? stored.bundled : undefined, true) };
}
