/** A link's click handler that navigates in-page on a plain click; a modified click (new tab, copy link) keeps the real address. */
export const follow = (go: () => void) => (e: MouseEvent) => {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go();
};
