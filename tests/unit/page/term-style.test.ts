import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, termStyle } from '../../../src/page/term-style';

describe('termStyle', () => {
  it('styles by the form of the alias that matched', () => {
    expect(termStyle('#ISIS')).toBe('hashtag');
    expect(termStyle('@CtrlSec')).toBe('handle');
    expect(termStyle('Islamic State')).toBe('name');
  });
  it('names nothing in the page after the extension', () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(name.toLowerCase()).not.toContain('lantern');
  });
});
