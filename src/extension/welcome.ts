import { browser } from 'wxt/browser';
import { extensionUrl } from './urls';

/** Opens the welcome page once, when Lantern is first installed (not on updates or browser restarts). */
export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: extensionUrl('welcome.html') });
  });
}
