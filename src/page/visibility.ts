import { parentElementOf } from './tree';

/**
 * Whether text shows as the page's own: displayed, visible, and not in an editable region (the user's own input,
 * never painted). Asked only for the text that holds a term: a walk that read every element's style spent a third
 * of its time there on a large page (the WHATWG spec: 80,000 elements, a handful of terms). `checkVisibility` answers
 * first; computed styles only where it says no. An element's answer stands for all its text.
 */
export class Visibility {
  /** Whether an element and all its ancestors are displayed (none of them `display: none`). */
  private readonly displayed = new Map<Element, boolean>();
  /**
   * Whether the last element asked about shows its text: not editable, displayed, and its `visibility` (inherited)
   * visible. Terms come in document order, so an element's terms are asked about one after another; a map of every
   * element holding a term was a Map.set per element of a 100,000-element burst.
   */
  private last: Element | null = null;
  private lastShown = true;

  constructor(private readonly view: Window) {}

  shows(text: Text): boolean {
    const element = parentElementOf(text);
    if (!element) return true;
    if (element !== this.last) {
      this.last = element;
      // One call answers for most text. It says no also for an element without a box of its own (`display:
      // contents`), whose text shows: a no is checked against the styles.
      this.lastShown =
        !(element as HTMLElement).isContentEditable &&
        (element.checkVisibility({ visibilityProperty: true }) || (this.isDisplayed(element) && this.view.getComputedStyle(element).visibility === 'visible'));
    }
    return this.lastShown;
  }

  private isDisplayed(element: Element): boolean {
    const unknown: Element[] = [];
    let known = true;
    for (let current: Element | null = element; current; current = parentElementOf(current)) {
      const cached = this.displayed.get(current);
      if (cached !== undefined) {
        known = cached;
        break;
      }
      unknown.push(current);
    }
    // From the outermost down: below an element that is not displayed, nothing is, and no style needs reading.
    for (let i = unknown.length - 1; i >= 0; i--) {
      known &&= this.view.getComputedStyle(unknown[i]!).display !== 'none';
      this.displayed.set(unknown[i]!, known);
    }
    return known;
  }
}
