import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/page/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

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
  it('sticks to the top-left margin when the card is bigger than the viewport', () => {
    const placed = placeCard({ left: 10, top: 10, width: 50, height: 20 }, { width: 2000, height: 2000 }, viewport);
    expect(placed).toMatchObject({ left: 8, top: 8 });
  });
});
