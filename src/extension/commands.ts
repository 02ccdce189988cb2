import { browser } from 'wxt/browser';
import { askTab } from './messages';

/** Manifest command names (rebindable by the user) and the step each one takes. */
export const STEP_COMMANDS = { 'next-term': 1, 'previous-term': -1 } as const;

/** Forwards the next/previous-term shortcuts to the active tab's top frame. */
export function forwardStepCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const direction = STEP_COMMANDS[command as keyof typeof STEP_COMMANDS];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, 'step-term', { direction }).catch(() => undefined); // no content script there
  });
}
