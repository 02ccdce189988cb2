/**
 * Page furniture: navigation, site headers and footers, asides, buttons, menus and share widgets. Terms there are
 * found (the popup lists them) but not painted: they repeat on every page of a site and say nothing about this one.
 */

const FURNITURE_ELEMENTS = new Set(['nav', 'header', 'footer', 'aside', 'button']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'toolbar']);
/** A header or footer inside one of these is the article's or section's own (ARIA maps only the others to banner and contentinfo). */
const SECTIONING = 'article, aside, main, nav, section';
/** Their class may name a share feature of the whole page ("has-share-buttons"): only smaller containers are widgets. */
const PAGE_CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const SHARE_WIDGET = /share|social/i;

/** Is the element furniture? One call per element the walk enters: a set look-up, then two attributes at most. */
export function isFurniture(element: Element, name: string): boolean {
  if (FURNITURE_ELEMENTS.has(name)) return (name !== 'header' && name !== 'footer') || element.parentElement?.closest(SECTIONING) == null;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  if (PAGE_CONTAINERS.has(name)) return false;
  return SHARE_WIDGET.test(element.id) || SHARE_WIDGET.test(element.getAttribute('class') ?? '');
}

/** The outermost furniture element around a node (across shadow roots), or null: where a walk of a subtree starts. */
export function furnitureAround(node: Node): Element | null {
  let outermost: Element | null = null;
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current.nodeType === Node.ELEMENT_NODE && isFurniture(current as Element, (current as Element).localName)) outermost = current as Element;
  }
  return outermost;
}
