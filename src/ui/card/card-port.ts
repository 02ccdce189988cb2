import { parseHello } from '../../core/card-frame';

/**
 * Waits for the content script's port: the first message from the parent window that carries this frame's secret
 * (its `window.name`, set by the content script and unreadable by page scripts). Anything else is ignored.
 */
export function acceptCardPort(frame: Window, onPort: (port: MessagePort) => void): void {
  const secret = frame.name;
  frame.name = '';
  const listener = (event: MessageEvent) => {
    const hello = parseHello(event.data);
    if (event.source !== frame.parent || !secret || hello?.secret !== secret || !event.ports[0]) return;
    frame.removeEventListener('message', listener);
    onPort(event.ports[0]);
  };
  frame.addEventListener('message', listener);
}
