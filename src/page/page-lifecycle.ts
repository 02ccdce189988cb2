/**
 * A page the user leaves (unloaded, or kept in the back-forward cache) is let go of: Lantern's index holds its text
 * nodes, and a large page's nodes held so wait for the browser's cycle collector. In Firefox each 100,000-element page
 * left that way made the next ones slower (the same burst on one tab: 1.6 → 5.6 s over 7 page loads; 1.6–2.1 s over 8
 * when let go of). Back from the cache, the page is taken up again. Only the browser's own events count: a page that
 * fires `pagehide` itself cannot stop Lantern.
 */
export function releaseWhenHidden(release: () => void, takeUp: () => void): () => void {
  const onHide = (event: PageTransitionEvent) => {
    if (event.isTrusted) release();
  };
  const onShow = (event: PageTransitionEvent) => {
    if (event.isTrusted && event.persisted) takeUp();
  };
  addEventListener('pagehide', onHide);
  addEventListener('pageshow', onShow);
  return () => {
    removeEventListener('pagehide', onHide);
    removeEventListener('pageshow', onShow);
  };
}
