/**
 * Unit tests of src/page and src/ui against a real DOM: page.cases.tsx bundled and run in headless Chromium (the
 * project's own harness, as the benchmarks use; no browser download, Debian's Chromium).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPath } from '../browser-paths';

const CASES = fileURLToPath(new URL('./page.cases.tsx', import.meta.url));
type DomCases = { names(): string[]; run(name: string): void | Promise<void> };

const bundled = await build({
  entryPoints: [CASES],
  bundle: true,
  write: false,
  format: 'iife',
  target: ['chrome120'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'import.meta.env.LANTERN_TEST': 'false' },
});
const browser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true });
const page = await browser.newPage();
// Served from localhost, a secure context as web pages are (the card host needs crypto.randomUUID).
const PAGE_URL = 'http://localhost/dom-cases';
await page.route(PAGE_URL, (route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>' }),
);
await page.goto(PAGE_URL);
await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
const names = await page.evaluate(() => (globalThis as unknown as { domCases: DomCases }).domCases.names());

afterAll(() => browser.close());

describe('src/page and src/ui in Chromium', () => {
  it('has cases', () => expect(names.length).toBeGreaterThan(0));
  for (const name of names)
    it(`${name}`, async () => {
      // A case throws on failure, which page.evaluate rejects with.
      await expect(page.evaluate((name) => (globalThis as unknown as { domCases: DomCases }).domCases.run(name), name)).resolves.toBeUndefined();
    });
});
