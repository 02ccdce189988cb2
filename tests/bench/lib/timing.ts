/** Timing that runs the same in Node and in the page: median of several runs after one warm-up run. */
export function medianMs(run: () => unknown, repeats: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Time of one cold run: for work whose first run is the point (compiling a RegExp). */
export function onceMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
