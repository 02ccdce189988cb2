/** The element a node sits in, across a shadow root to its host. */
export function parentElementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

/** `node`, then the shadow hosts it sits under, innermost first: its place in each tree out to the document's. */
function placesOf(node: Node): Node[] {
  const places = [node];
  for (let top = node.getRootNode(); top.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (top as ShadowRoot).host; top = places.at(-1)!.getRootNode()) {
    places.push((top as ShadowRoot).host);
  }
  return places;
}

/**
 * Whether `node` comes before `root`, and outside it, in shadow-including tree order (a shadow root's content after its
 * host, before the host's children): the order a walk reads them in. `compareDocumentPosition` alone calls nodes in
 * different trees disconnected, in an order of its own.
 */
export function precedesOutside(node: Node, root: Node): boolean {
  const rootPlaces = placesOf(root);
  for (const place of placesOf(node)) {
    const tree = place.getRootNode();
    const rootPlace = rootPlaces.find((candidate) => candidate.getRootNode() === tree);
    if (rootPlace) return place !== rootPlace && (rootPlace.compareDocumentPosition(place) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  }
  return false;
}
