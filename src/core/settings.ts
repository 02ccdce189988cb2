/** User settings: their shape and the pure rules that read them. Storage lives in src/extension/settings.ts. */

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

/** Whatever storage holds (an older shape, or nothing) read as valid settings. */
export function normaliseSettings(stored: unknown): Settings {
  const value = (stored ?? {}) as Partial<Settings>;
  const global = { ...DEFAULT_SETTINGS.global, ...(typeof value.global === 'object' ? value.global : {}) };
  const sites = typeof value.sites === 'object' && value.sites !== null ? value.sites : {};
  const show = { ...DEFAULT_SETTINGS.show, ...(typeof value.show === 'object' ? value.show : {}) };
  return { global, sites, show };
}
