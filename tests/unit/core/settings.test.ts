import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings, pageMode, withGlobal, withSite } from '../../../src/core/settings';

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
    });
  });
});
