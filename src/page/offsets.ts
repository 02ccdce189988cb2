/** Pure index arithmetic for runs of joined text nodes: no DOM. */

/** Index of the node holding `offset`, given each node's start in the joined text (ascending, first is 0). */
export function nodeAt(starts: readonly number[], offset: number, preferNext: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (preferNext && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The spans (sorted, non-overlapping) that contain `offset`, counting both ends: at most two touch it. */
export function spansAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = low; i < spans.length && spans[i]!.start <= offset; i++) found.push(spans[i]!);
  return found;
}

interface Joined<N> {
  nodes: readonly N[];
  starts: readonly number[];
  text: string;
}

/**
 * How much of a block's text is unchanged since it was last read: the common prefix of the two texts, within the
 * leading nodes that are the same nodes at the same starts (so offsets into them still hold).
 */
export function unchangedPrefix<N>(before: Joined<N>, after: Joined<N>): number {
  let nodes = 0;
  while (
    nodes < before.nodes.length &&
    nodes < after.nodes.length &&
    before.nodes[nodes] === after.nodes[nodes] &&
    before.starts[nodes] === after.starts[nodes]
  )
    nodes++;
  if (nodes === 0) return 0;
  const limit = Math.min(
    before.text.length,
    after.text.length,
    nodes < after.nodes.length ? after.starts[nodes]! : Infinity,
    nodes < before.nodes.length ? before.starts[nodes]! : Infinity,
  );
  let length = 0;
  while (length < limit && before.text.charCodeAt(length) === after.text.charCodeAt(length)) length++;
  return length;
}
