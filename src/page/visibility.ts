import { parentElementOf } from './tree';

/**
 * Whether text shows as the page's own: displayed, visible, and not in an editable region (the user's own input,
 * never painted). Asked only for the text that holds a term: a walk that read every element's style spent a third
 * of its time there on a large page (the WHATWG spec: 80,000 elements, a handful of terms). `checkVisibility` answers
 * first; computed styles only where it says no. Cached for one walk: an element's answer stands for all its text.
 */
export class Visibility {
  /** Whether an element and all its ancestors are displayed (none of them `display: none`). */
  private readonly displayed = new Map<Element, boolean>();
  /** Whether an element's own text shows: not editable, displayed, and its `visibility` (inherited) visible. */
  private readonly textShown = new Map<Element, boolean>();

  constructor(private readonly view: Window) {}

  shows(text: Text): boolean {
    const element = parentElementOf(text);
    if (!element) return true;
    let shown = this.textShown.get(element);
    if (shown === undefined && (element as HTMLElement).isContentEditable) shown = false;
    if (shown === undefined) {
      // One call answers for most text. It says no also for an element without a box of its own (`display:
      // contents`), whose text shows: a no is checked against the styles.
      shown =
        element.checkVisibility({ visibilityProperty: true }) || (this.isDisplayed(element) && this.view.getComputedStyle(element).visibility === 'visible');
      this.textShown.set(element, shown);
    }
    return shown;
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
