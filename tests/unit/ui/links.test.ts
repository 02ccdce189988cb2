import { describe, expect, it } from 'vitest';
import { webLink } from '../../../src/ui/links';

describe('webLink', () => {
  it('keeps http and https addresses', () => {
    expect(webLink('https://example.org/a?b#c')).toBe('https://example.org/a?b#c');
    expect(webLink('http://example.org')).toBe('http://example.org/');
  });
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'not a url', ''])(
    'refuses %j',
    (url) => {
      expect(webLink(url)).toBeNull();
    },
  );
});
