/** Polls `fn` until it returns a truthy value: the tests' only way to wait (no sleeps as synchronisation). */
export async function until<T>(fn: () => Promise<T> | T, ms = 15_000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error; // the page or extension context was replaced; try again
    }
    if (Date.now() > end) throw new Error(`until: ${what} not met after ${ms} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
