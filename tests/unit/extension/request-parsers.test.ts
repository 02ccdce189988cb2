import { describe, expect, it } from 'vitest';
import { parseRequest, REQUEST_PARSERS, TAB_REQUEST_PARSERS } from '../../../src/extension/request-parsers';

describe('requests from content scripts and pages', () => {
  it('are parsed by their type, keeping only the fields the type has', () => {
    expect(parseRequest(REQUEST_PARSERS, { type: 'entity-card', entityId: 'isis', extra: { __proto__: 1 } })).toEqual({
      type: 'entity-card',
      request: { entityId: 'isis' },
    });
    expect(parseRequest(REQUEST_PARSERS, { type: 'open-article', articleId: 'a', sentence: 3 })).toEqual({
      type: 'open-article',
      request: { articleId: 'a', sentence: 3 },
    });
    expect(parseRequest(TAB_REQUEST_PARSERS, { type: 'step-term', direction: -1 })).toEqual({ type: 'step-term', request: { direction: -1 } });
  });

  it('leave types this side does not handle to other listeners', () => {
    for (const message of [null, 'entity-card', { type: 'nothing' }, { type: 'toString' }, { type: '__proto__' }, { type: 7 }])
      expect(parseRequest(REQUEST_PARSERS, message)).toBeUndefined();
  });

  it.each([
    [{ type: 'entity-card' }, /entity-card: entityId must be text/],
    [{ type: 'entity-card', entityId: { toString: 'isis' } }, /entityId must be text/],
    [{ type: 'entity-card', entityId: 'x'.repeat(5_000) }, /at most 1000 characters/],
    [{ type: 'open-article', articleId: 'a', sentence: 1.5 }, /sentence must be a whole number/],
    [{ type: 'open-article', articleId: 'a', sentence: '3' }, /sentence must be a whole number/],
    [{ type: 'page-terms', entityIds: 'isis' }, /entityIds must be a list/],
    [{ type: 'page-terms', entityIds: ['isis', 7] }, /entityIds must be a list/],
    [{ type: 'search', query: 42, complete: false }, /query must be text/],
    [{ type: 'search', query: 'isis' }, /complete must be true or false/],
    [{ type: 'highlight-styles', names: { name: 'a', handle: 'b' }, on: true }, /hashtag must be text/],
    [{ type: 'highlight-styles', names: { name: 'a', handle: 'b', hashtag: 'c' }, on: 'yes' }, /on must be true or false/],
  ])('reject a malformed %j with an error naming the field', (message, error) => {
    expect(() => parseRequest(REQUEST_PARSERS, message)).toThrow(error);
  });

  it('reject a step that is not one term forward or back', () => {
    expect(() => parseRequest(TAB_REQUEST_PARSERS, { type: 'step-term', direction: 0 })).toThrow(/direction must be 1 or -1/);
    expect(() => parseRequest(TAB_REQUEST_PARSERS, { type: 'step-term', direction: 5 })).toThrow(/direction/);
  });
});
