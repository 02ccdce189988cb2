import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Response headers that keep a fixture page offline and still: its scripts and third-party loads stay out. A header,
 * not a meta element: a meta is honoured only in the head, and a page whose markup opens its body before its head
 * (yahoo-3) had the browser try its 19 external scripts on a machine with no network.
 */
export const STILL_CSP = { 'content-security-policy': "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'" };

export interface FixtureServer {
  url: (path: string) => string;
  /** Serve this HTML at `path` (for pages written by a test), with these extra response headers. */
  page: (path: string, html: string, headers?: Record<string, string>) => string;
  /** Hold requests for `path` (a script, empty) until the returned function is called: a parser kept waiting. */
  hold: (path: string) => () => void;
  close: () => Promise<void>;
}

/** Serves the given folders (first match wins) and ad-hoc pages on 127.0.0.1 at a free port. */
export async function serveFixtures(...roots: string[]): Promise<FixtureServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const held = new Map<string, Promise<void>>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const hold = held.get(path);
    if (hold !== undefined) {
      await hold;
      response.writeHead(200, { 'content-type': TYPES['.js']! }).end('');
      return;
    }
    const inline = pages.get(path);
    if (inline !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, ...inline.headers }).end(inline.html);
      return;
    }
    for (const root of roots) {
      const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        /* try the next root */
      }
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    page: (path, html, headers = {}) => {
      pages.set(path, { html, headers });
      return `${base}${path}`;
    },
    hold: (path) => {
      let release!: () => void;
      held.set(path, new Promise((resolve) => (release = resolve)));
      return release;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
