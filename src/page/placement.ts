/** Where the card goes: below the term if it fits, else above, else on the roomier side; always inside the viewport. Pure. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - card.height;
  return {
    side,
    left: clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN),
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
  };
}

/** Like Math.min(Math.max(...)), but a box larger than the room sticks to the start. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
