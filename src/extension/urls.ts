import { browser } from 'wxt/browser';

/**
 * The full address of a page or file inside the extension (`article.html#…`, `bundle.json`). WXT types getURL
 * against the files it knows at build time; generated files and addresses with a query or hash are not among them.
 */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(`/${path}` as '/popup.html');
}
