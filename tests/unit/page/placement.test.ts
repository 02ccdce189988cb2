import { describe, expect, it } from 'vitest';
import { cardMaxHeight, placeCard, type Box } from '../../../src/page/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it('goes below the term when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, viewport)).toEqual({ side: 'below', left: 100, top: 126 });
  });
  it('flips above near the bottom edge', () => {
    expect(placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, viewport)).toEqual({ side: 'above', left: 100, top: 394 });
  });
  it('stays inside the right edge', () => {
    expect(placeCard({ left: 900, top: 100, width: 50, height: 20 }, card, viewport).left).toBe(1000 - 360 - 8);
  });
  it('goes beside the term when neither above nor below has a usable height', () => {
    const short = { width: 1000, height: 300 };
    const anchor = { left: 100, top: 140, width: 50, height: 20 };
    const maxHeight = cardMaxHeight(anchor, short);
    expect(maxHeight).toBe(284);
    expect(placeCard(anchor, { width: 360, height: maxHeight }, short)).toMatchObject({ side: 'right', left: 156 });
  });
});

describe('the card never covers its term', () => {
  const anchors: [string, Box][] = [
    ['top left', { left: 0, top: 0, width: 80, height: 18 }],
    ['top right', { left: 940, top: 2, width: 60, height: 18 }],
    ['bottom left', { left: 4, top: 780, width: 80, height: 18 }],
    ['bottom right', { left: 930, top: 778, width: 70, height: 20 }],
    ['middle', { left: 480, top: 390, width: 60, height: 20 }],
    ['a tall multi-line term', { left: 300, top: 200, width: 300, height: 400 }],
  ];
  for (const [where, anchor] of anchors)
    for (const height of [120, 440, 2000])
      it(`at the ${where}, for a ${height} px card`, () => {
        const rendered = { width: 360, height: Math.min(height, cardMaxHeight(anchor, viewport)) };
        const placed = placeCard(anchor, rendered, viewport);
        expect(overlaps({ ...placed, ...rendered }, anchor)).toBe(false);
      });
});
