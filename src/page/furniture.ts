import { parentElementOf } from './tree';

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
const SHARE_WORDS = ['share', 'social'];
const SHARE_WIDGET = new RegExp(SHARE_WORDS.join('|'), 'i');

/** Is the element furniture? One call per element the walk enters: a set look-up, then two attributes at most. */
export function isFurniture(element: Element, name: string): boolean {
  if (FURNITURE_ELEMENTS.has(name)) return (name !== 'header' && name !== 'footer') || element.parentElement?.closest(SECTIONING) == null;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  if (PAGE_CONTAINERS.has(name)) return false;
  return SHARE_WIDGET.test(element.id) || SHARE_WIDGET.test(element.getAttribute('class') ?? '');
}

/**
 * Whether text sits in furniture: any ancestor, across shadow roots, is. Asked only for the text that holds a term,
 * and cached by element for one walk: a walk that checked every element it entered spent a sixth of its time there
 * (the WHATWG spec: 80,000 elements, a handful of terms).
 */
export class Furniture {
  /** Ancestors answered so far. The element holding the text is remembered on its own, for its next term only. */
  private readonly known = new Map<Element, boolean>();
  private last: Element | null = null;
  private lastInside = false;

  holds(node: Node): boolean {
    const element = parentElementOf(node);
    if (element === this.last) return this.lastInside;
    const unknown: Element[] = [];
    let inside = false;
    for (let current = element ? parentElementOf(element) : null; current; current = parentElementOf(current)) {
      const cached = this.known.get(current);
      if (cached !== undefined) {
        inside = cached;
        break;
      }
      unknown.push(current);
    }
    // From the outermost down: inside furniture, everything is.
    for (let i = unknown.length - 1; i >= 0; i--) {
      const ancestor = unknown[i]!;
      inside ||= isFurniture(ancestor, ancestor.localName);
      this.known.set(ancestor, inside);
    }
    if (element) inside ||= isFurniture(element, element.localName);
    this.last = element;
    this.lastInside = inside;
    return inside;
  }
}
