import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings, pageMode, parseCorpusSettings, withGlobal, withOccurrences, withSite } from '../../../src/core/settings';

describe('pageMode', () => {
  it('paints by default', () => expect(pageMode(DEFAULT_SETTINGS, 'example.org')).toBe('paint'));
  it('follows a site switched off or quiet, and only that site', () => {
    const off = withSite(DEFAULT_SETTINGS, 'a.org', { enabled: false });
    expect(pageMode(off, 'a.org')).toBe('off');
    expect(pageMode(off, 'b.org')).toBe('paint');
    expect(pageMode(withSite(DEFAULT_SETTINGS, 'a.org', { quiet: true }), 'a.org')).toBe('quiet');
  });
  it('lets global off win over a site, and a site override global quiet', () => {
    const site = withSite(DEFAULT_SETTINGS, 'a.org', { enabled: true, quiet: false });
    expect(pageMode(withGlobal(site, { enabled: false }), 'a.org')).toBe('off');
    expect(pageMode(withGlobal(site, { quiet: true }), 'a.org')).toBe('paint');
    expect(pageMode(withGlobal(site, { quiet: true }), 'b.org')).toBe('quiet');
  });
  it('does not read inherited properties as sites', () => expect(pageMode(DEFAULT_SETTINGS, '__proto__')).toBe('paint'));
});

describe('normaliseSettings', () => {
  it('reads nothing or junk as the defaults', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps stored values and fills missing ones', () => {
    expect(normaliseSettings({ global: { quiet: true }, show: { hashtag: false } })).toEqual({
      global: { enabled: true, quiet: true },
      sites: {},
      show: { name: true, handle: true, hashtag: false },
      occurrences: { specific: 'all', context: 'first' },
    });
  });
  it('reads a field of the wrong type as its default, and keeps the valid fields beside it', () => {
    const stored = { global: { enabled: false, quiet: 'false' }, show: { name: 0, handle: false, extra: true }, unknown: 1 };
    expect(normaliseSettings(stored)).toEqual({
      global: { enabled: false, quiet: false },
      sites: {},
      show: { name: true, handle: false, hashtag: true },
      occurrences: DEFAULT_SETTINGS.occurrences,
    });
    expect(pageMode(normaliseSettings({ global: { quiet: 'true' } }), 'a.org')).toBe('paint');
  });
  it('paints specific entities everywhere and context ones once by default, and reads each class on its own', () => {
    expect(DEFAULT_SETTINGS.occurrences).toEqual({ specific: 'all', context: 'first' });
    expect(normaliseSettings({ occurrences: { specific: 'first', context: 'everywhere' } }).occurrences).toEqual({ specific: 'first', context: 'first' });
    expect(normaliseSettings({ occurrences: { context: 'none', specific: true } }).occurrences).toEqual({ specific: 'all', context: 'none' });
    expect(normaliseSettings({ occurrences: 'none' }).occurrences).toEqual(DEFAULT_SETTINGS.occurrences);
    expect(withOccurrences(DEFAULT_SETTINGS, { context: 'all' }).occurrences).toEqual({ specific: 'all', context: 'all' });
  });
  it('keeps the valid fields of each site, drops invalid ones and sites that are not objects', () => {
    const settings = normaliseSettings({
      sites: { 'a.org': { quiet: true, enabled: 'no' }, 'b.org': 'off', 'c.org': [true], 'd.org': { enabled: false, colour: 'red' } },
    });
    expect(settings.sites).toEqual({ 'a.org': { quiet: true }, 'd.org': { enabled: false } });
    expect(pageMode(settings, 'a.org')).toBe('quiet');
    expect(pageMode(settings, 'b.org')).toBe('paint');
  });
  it('keeps a site named __proto__ as a site, not a prototype', () => {
    const settings = normaliseSettings(JSON.parse('{"sites":{"__proto__":{"enabled":false}}}'));
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect(pageMode(settings, '__proto__')).toBe('off');
    expect(pageMode(settings, 'a.org')).toBe('paint');
  });
});

describe('parseCorpusSettings', () => {
  it('turns the bundled corpus off only for a stored false', () => {
    expect(parseCorpusSettings({ bundled: false })).toEqual({ bundled: false });
    expect(parseCorpusSettings({ bundled: 'false' })).toEqual({ bundled: true });
    expect(parseCorpusSettings(undefined)).toEqual({ bundled: true });
    expect(parseCorpusSettings(null)).toEqual({ bundled: true });
  });
});
