/** Lets the page run (input, rendering) before the next slice of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // setTimeout(0) is clamped to 4 ms once nested; a message is not.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** A tab in the background renders no frames: past this, work goes ahead without waiting for one. */
const HIDDEN_FRAME_MS = 100;

/** Resolves once the page has rendered its next frame (or, in a tab that renders none, soon). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, HIDDEN_FRAME_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      // rAF callbacks run before the frame's style and layout; a task queued from one runs after them.
      void yieldToPage().then(resolve);
    });
  });
}
