import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../src/extension/highlight-css';
import { highlightKindOf } from '../../../src/core/settings';
import { randomHighlightNames } from '../../../src/page/term-style';

describe('highlightKindOf', () => {
  it('styles by the form of the alias that matched', () => {
    expect(highlightKindOf('#ISIS')).toBe('hashtag');
    expect(highlightKindOf('@CtrlSec')).toBe('handle');
    expect(highlightKindOf('Islamic State')).toBe('name');
  });
});

describe('highlight names', () => {
  it('are fresh plain identifiers, three distinct ones, different on every page', () => {
    const first = randomHighlightNames(() => false);
    const second = randomHighlightNames(() => false);
    const names = Object.values(first);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]{10}$/);
    expect(Object.values(second)).not.toEqual(names);
  });

  it('never take a name the page already uses', () => {
    let refused = 0;
    const names = randomHighlightNames(() => refused++ < 5);
    expect(refused).toBeGreaterThan(5);
    expect(Object.values(names).every((n) => /^[a-z]/.test(n))).toBe(true);
  });

  it('become a stylesheet with one rule per name, and a name that is not an identifier is refused', () => {
    const css = highlightCss({ name: 'abcdefg', handle: 'hijklmn', hashtag: 'opqrstu' });
    expect(css.match(/::highlight\((\w+)\)/g)).toEqual(['::highlight(abcdefg)', '::highlight(hijklmn)', '::highlight(opqrstu)']);
    expect(() => highlightCss({ name: 'a) } body { display: none', handle: 'hijklmn', hashtag: 'opqrstu' })).toThrow(/highlight name for name/);
  });
});
