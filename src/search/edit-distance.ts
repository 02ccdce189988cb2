/** Two rows of the table, reused: a query's look-up compares one term with thousands. */
let previous = new Int32Array(64);
let row = new Int32Array(64);

/**
 * Whether `a` is within `max` edits (insertions, deletions, substitutions of UTF-16 units: Levenshtein, as MiniSearch's
 * fuzzy search counts them) of `b`. One row of the table at a time, given up as soon as a whole row is over `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (max === 0) return a === b;
  if (previous.length <= b.length) [previous, row] = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (unit === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [previous, row] = [row, previous];
  }
  return previous[b.length]! <= max;
}
