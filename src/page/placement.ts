/**
 * Where the hover card goes. It never covers its term: first a side is chosen and the card's height capped to the
 * room there (the card scrolls inside), then the rendered card takes the first side it fits: below, above, right,
 * left. Pure.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  side: Side;
}

interface Size {
  width: number;
  height: number;
}

export const CARD_WIDTH = 360;
/** The card's height when there is room for all of it. */
export const CARD_HEIGHT = 440;
/** Below this height a card above or below the term is too cramped to read; beside it is better. */
const USABLE_HEIGHT = 160;
const GAP = 6;
const MARGIN = 8;

function rooms(anchor: Box, viewport: Size): Record<Side, number> {
  return {
    below: viewport.height - (anchor.top + anchor.height) - GAP - MARGIN,
    above: anchor.top - GAP - MARGIN,
    right: viewport.width - (anchor.left + anchor.width) - GAP - MARGIN,
    left: anchor.left - GAP - MARGIN,
  };
}

/** The most height the card may take: all of it below or above if either has room, else the roomier usable side. */
export function cardMaxHeight(anchor: Box, viewport: Size): number {
  const room = rooms(anchor, viewport);
  const vertical = Math.max(room.below, room.above);
  const besideFits = Math.max(room.right, room.left) >= CARD_WIDTH;
  if (vertical >= CARD_HEIGHT || vertical >= USABLE_HEIGHT || !besideFits) return Math.max(0, Math.min(CARD_HEIGHT, vertical));
  return Math.max(0, Math.min(CARD_HEIGHT, viewport.height - 2 * MARGIN));
}

export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const room = rooms(anchor, viewport);
  const tallEnough = card.height <= viewport.height - 2 * MARGIN;
  const fits: Record<Side, boolean> = {
    below: card.height <= room.below,
    above: card.height <= room.above,
    right: card.width <= room.right && tallEnough,
    left: card.width <= room.left && tallEnough,
  };
  const side = (['below', 'above', 'right', 'left'] as const).find((s) => fits[s]) ?? (room.below >= room.above ? 'below' : 'above');
  const alongX = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  const alongY = clamp(anchor.top, MARGIN, viewport.height - card.height - MARGIN);
  switch (side) {
    case 'below':
      return { side, left: alongX, top: anchor.top + anchor.height + GAP };
    case 'above':
      return { side, left: alongX, top: anchor.top - GAP - card.height };
    case 'right':
      return { side, left: anchor.left + anchor.width + GAP, top: alongY };
    case 'left':
      return { side, left: anchor.left - GAP - card.width, top: alongY };
  }
}

/** Like Math.min(Math.max(...)), but a box larger than the room sticks to the start. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
