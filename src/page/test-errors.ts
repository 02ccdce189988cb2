/**
 * Test builds only (LANTERN_TEST=1): uncaught errors of the content script are written to <html data-test-errors>,
 * where the end-to-end tests read them from the page world. Shipped builds leave no such trace.
 */
export function recordErrorsForTests(): (error: unknown) => void {
  const record = (error: unknown) => {
    const root = document.documentElement;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    root.dataset.testErrors = root.dataset.testErrors ? `${root.dataset.testErrors}\n${message}` : message;
  };
  self.addEventListener('error', (event) => record(event.error ?? event.message));
  self.addEventListener('unhandledrejection', (event) => record(event.reason));
  return record;
}
