import { describe, expect, it } from 'vitest';
import { nodeAt, spansAt, unchangedPrefix } from '../../../src/page/offsets';

describe('nodeAt', () => {
  const starts = [0, 8, 13]; // "Wauchula" + "Ghost" + " joined"
  it('finds the node holding an offset', () => {
    expect(nodeAt(starts, 0, true)).toBe(0);
    expect(nodeAt(starts, 9, true)).toBe(1);
    expect(nodeAt(starts, 15, false)).toBe(2);
  });
  it('puts a start on a node boundary in the next node and an end in the previous one', () => {
    expect(nodeAt(starts, 8, true)).toBe(1);
    expect(nodeAt(starts, 8, false)).toBe(0);
    expect(nodeAt(starts, 13, false)).toBe(1);
  });
  it('keeps empty nodes from swallowing positions', () => {
    expect(nodeAt([0, 3, 3, 6], 3, true)).toBe(2);
    expect(nodeAt([0, 3, 3, 6], 3, false)).toBe(0);
  });
});

describe('spansAt', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 4, end: 9 },
    { start: 12, end: 15 },
  ];
  it('returns the spans touching an offset, both ends counted', () => {
    expect(spansAt(spans, 2)).toEqual([spans[0]]);
    expect(spansAt(spans, 4)).toEqual([spans[0], spans[1]]);
    expect(spansAt(spans, 15)).toEqual([spans[2]]);
  });
  it('returns nothing between or after spans', () => {
    expect(spansAt(spans, 10)).toEqual([]);
    expect(spansAt(spans, 16)).toEqual([]);
    expect(spansAt([], 0)).toEqual([]);
  });
});

describe('unchangedPrefix', () => {
  const a = {},
    b = {},
    c = {};
  it('is the common text of the same leading nodes', () => {
    expect(unchangedPrefix({ nodes: [a], starts: [0], text: 'Anonymous and ISIS' }, { nodes: [a], starts: [0], text: 'Anonymous and ISIS!' })).toBe(18);
    expect(unchangedPrefix({ nodes: [a, b], starts: [0, 8], text: 'Wauchula Ghost' }, { nodes: [a, b], starts: [0, 8], text: 'Wauchula Gh0st' })).toBe(11);
  });
  it('stops where the nodes differ, even when the text is the same', () => {
    expect(unchangedPrefix({ nodes: [a, b], starts: [0, 4], text: 'ISIS ISIS' }, { nodes: [a, c], starts: [0, 4], text: 'ISIS ISIS' })).toBe(4);
    expect(unchangedPrefix({ nodes: [a], starts: [0], text: 'ISIS' }, { nodes: [b], starts: [0], text: 'ISIS' })).toBe(0);
  });
  it('stops where a shared node starts elsewhere', () => {
    expect(unchangedPrefix({ nodes: [a, b], starts: [0, 3], text: 'abcdef' }, { nodes: [a, b], starts: [0, 4], text: 'abcdef' })).toBe(3);
  });
});
