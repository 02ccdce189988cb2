/**
 * Unit tests of src/page and src/ui against a real DOM: page.cases.tsx bundled and run in headless Chromium
 * (Playwright) and Firefox ESR (Puppeteer over WebDriver BiDi): the project's own harness, as the benchmarks use; no
 * browser download, Debian's browsers.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPath } from '../browser-paths';

const CASES = fileURLToPath(new URL('./page.cases.tsx', import.meta.url));
type DomCases = { names(): string[]; run(name: string): void | Promise<void> };

/** What both drivers' pages offer, and all the tests need. */
interface CasePage {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
}

const bundled = await build({
  entryPoints: [CASES],
  bundle: true,
  write: false,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'import.meta.env.LANTERN_TEST': 'false' },
});

// Served from the loopback address, a secure context as web pages are (the card host needs crypto.randomUUID).
const server = createServer((request, response) => {
  const script = request.url === '/cases.js';
  response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
  response.end(
    script
      ? bundled.outputFiles[0]!.text
      : '<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/cases.js"></script></head><body></body></html>',
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const chromiumBrowser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true });
const firefoxBrowser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPath('firefox'), headless: true });
afterAll(() => Promise.all([chromiumBrowser.close(), firefoxBrowser.close(), new Promise((resolve) => server.close(resolve))]));

const browsers: [string, CasePage][] = [
  ['Chromium', (await chromiumBrowser.newPage()) as CasePage],
  ['Firefox', (await firefoxBrowser.newPage()) as unknown as CasePage],
];

for (const [browserName, page] of browsers) {
  await page.goto(pageUrl);
  const names = await page.evaluate(() => (globalThis as unknown as { domCases: DomCases }).domCases.names(), null);
  describe(`src/page and src/ui in ${browserName}`, () => {
    it('has cases', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names)
      it(`${name}`, async () => {
        // A case throws on failure, which page.evaluate rejects with.
        await expect(page.evaluate((name) => (globalThis as unknown as { domCases: DomCases }).domCases.run(name), name)).resolves.toBeUndefined();
      });
  });
}
