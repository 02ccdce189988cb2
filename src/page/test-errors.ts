/**
 * Test builds only (LANTERN_TEST=1): uncaught errors of the content script are written to <html data-test-errors>,
 * where the end-to-end tests read them from the page world. Shipped builds leave no such trace.
 */
const EXTENSION_SCRIPT = /^(?:chrome|moz)-extension:/;

export function recordErrorsForTests(): (error: unknown) => void {
  const record = (error: unknown) => {
    const root = document.documentElement;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    root.dataset.testErrors = root.dataset.testErrors ? `${root.dataset.testErrors}\n${message}` : message;
  };
  // In Firefox the page's own uncaught errors reach this listener too: only those thrown in an extension's script count.
  self.addEventListener('error', (event) => {
    if (EXTENSION_SCRIPT.test(event.filename)) record(event.error ?? event.message);
  });
  self.addEventListener('unhandledrejection', (event) => record(event.reason));
  return record;
}
