/**
 * A name that is also an ordinary word ("Anonymous") used as a display label rather than as a name: the whole text of
 * its block, or inside a byline, commenter or user-name field. Checked only for such terms.
 */

/** Class, id, itemprop or rel of a byline, commenter or user-name field. */
const NAME_FIELD = /author|byline|comment|user|handle/i;
const FIELD_ATTRIBUTES = ['class', 'id', 'itemprop', 'rel'];
/** A field holds a name and a date or so; an ancestor with more text is a section (a comment's body), not a field. */
const FIELD_TEXT_LIMIT = 80;

export function isDisplayLabel(blockText: string, node: Text, term: string): boolean {
  return isWholeText(blockText, term) || inNameField(node);
}

/** The block's text is the term alone, give or take spaces and a trailing colon ("Anonymous:"). */
export function isWholeText(text: string, term: string): boolean {
  return text.trim().replace(/:$/, '').trimEnd() === term;
}

export function namesField(attribute: string | null): boolean {
  return attribute !== null && NAME_FIELD.test(attribute);
}

/**
 * Whether an element's text is at most `limit` characters, reading no further than that: `textContent` reads the whole
 * subtree, and asking it of every ancestor of every hit was quadratic (5,000 nested spans: 0.5 s).
 */
function textFits(element: Element, limit: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if ((length += (text as Text).data.length) > limit) return false;
  return true;
}

function inNameField(node: Text): boolean {
  for (let element = node.parentElement; element && textFits(element, FIELD_TEXT_LIMIT); element = element.parentElement) {
    if (FIELD_ATTRIBUTES.some((name) => namesField(element!.getAttribute(name)))) return true;
  }
  return false;
}
