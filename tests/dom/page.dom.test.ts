/**
 * Unit tests of src/page and src/ui against a real DOM: page.cases.tsx bundled and run in headless Chromium
 * (Playwright) and Firefox ESR (Puppeteer over WebDriver BiDi): the project's own harness, as the benchmarks use; no
 * browser download, Debian's browsers.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPath } from '../browser-paths';

const CASES = fileURLToPath(new URL('./page.cases.tsx', import.meta.url));
type DomCases = { names(): string[]; run(name: string): void };

/** What both drivers' pages offer, and all the tests need. */
interface CasePage {
  setContent(html: string): Promise<unknown>;
  addScriptTag(options: { content: string }): Promise<unknown>;
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

async function open(page: CasePage): Promise<string[]> {
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  return page.evaluate(() => (globalThis as unknown as { domCases: DomCases }).domCases.names(), null);
}

const chromiumBrowser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true });
const firefoxBrowser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPath('firefox'), headless: true });
afterAll(() => Promise.all([chromiumBrowser.close(), firefoxBrowser.close()]));

const browsers: [string, CasePage][] = [
  ['Chromium', (await chromiumBrowser.newPage()) as CasePage],
  ['Firefox', (await firefoxBrowser.newPage()) as unknown as CasePage],
];

for (const [browserName, page] of browsers) {
  const names = await open(page);
  describe(`src/page and src/ui in ${browserName}`, () => {
    it('has cases', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names)
      it(`${name}`, async () => {
        // A case throws on failure, which page.evaluate rejects with.
        await expect(page.evaluate((name) => (globalThis as unknown as { domCases: DomCases }).domCases.run(name), name)).resolves.toBeUndefined();
      });
  });
}
