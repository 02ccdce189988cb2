import { describe, expect, it } from 'vitest';
import { isWholeText, namesField } from '../../../src/page/labels';

describe('display labels', () => {
  it('are blocks whose whole text is the term, give or take spaces and a colon', () => {
    expect(isWholeText('  Anonymous\n', 'Anonymous')).toBe(true);
    expect(isWholeText('Anonymous:', 'Anonymous')).toBe(true);
    expect(isWholeText('Anonymous said so.', 'Anonymous')).toBe(false);
  });

  it('are in byline, commenter and user-name fields', () => {
    for (const value of ['author', 'comment-author vcard', 'byline', 'user-name', 'username', 'handle', 'commentBody'])
      expect(namesField(value), value).toBe(true);
    for (const value of [null, '', 'post-content', 'entry'] as const) expect(namesField(value), String(value)).toBe(false);
  });
});
