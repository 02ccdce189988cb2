/** The page section's Node side of a page: serving a fixture page, loading it with the page module, calling into it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AnySession } from './lib/browser.ts';
import type { BaselineMeasurement, RegexpMeasurement, ScanMeasurement } from './page.page.ts';

const PAGE_MODULE = fileURLToPath(new URL('./page.page.ts', import.meta.url));
const resolveModule = createRequire(import.meta.url).resolve;
/** The highlighting libraries given the baseline RegExp, by the name the page module knows them by. */
export const MARK_LIBRARIES = {
  markjs: resolveModule('mark.js/dist/mark.min.js'),
  'advanced-markjs': resolveModule('advanced-mark.js/dist/mark.min.js'),
};
export type MarkLibraryName = keyof typeof MARK_LIBRARIES;
/**
 * Offline and inert: the page's own scripts and third-party loads would only add noise. A header, as the e2e fixtures'
 * STILL_CSP (a meta is ignored outside the head); scripts from the page's origin stay allowed for the page module.
 */
const STILL_CSP = { 'content-security-policy': "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'" };

/** What page.page.ts exposes as `globalThis.pageBench`. */
type PageBench = {
  scan(compiledUrl: string): Promise<ScanMeasurement>;
  stopLantern(): void;
  floor(repeats: number): Promise<number>;
  prepareRegexp(aliasesUrl: string): Promise<boolean>;
  regexpRanges(): Promise<RegexpMeasurement>;
  markRegexp(library: MarkLibraryName): Promise<BaselineMeasurement>;
  burst(count: number): Promise<{ ms: number; longestSliceMs: number }>;
  churn(count: number, batch: number, keep: number): Promise<void>;
};

export type PageCall = <K extends keyof PageBench>(method: K, ...args: Parameters<PageBench[K]>) => Promise<Awaited<ReturnType<PageBench[K]>>>;

/** Serves a fixture page (made inert) to the session; returns its path. */
export function servePage(session: AnySession, file: string): string {
  return session.serve(`/page/${file.split('/').pop()}`, readFileSync(file, 'utf8'), 'text/html; charset=utf-8', STILL_CSP);
}

/** Loads a served page with the page module and both highlighting libraries; returns a caller of the page module. */
export async function openPage(session: AnySession, path: string): Promise<PageCall> {
  await session.page.goto(session.origin + path);
  await session.inject(PAGE_MODULE);
  for (const [name, file] of Object.entries(MARK_LIBRARIES)) {
    // Both set the global `Mark`: each is filed under its name before the next one loads.
    await session.run(readFileSync(file, 'utf8'));
    await session.run(`globalThis.markLibraries[${JSON.stringify(name)}] = globalThis.Mark`);
  }
  // A script string, not a function: the same call through Playwright (Chromium) and Puppeteer (Firefox).
  return ((method: string, ...args: unknown[]) =>
    session.page.evaluate(`globalThis.pageBench[${JSON.stringify(method)}](...${JSON.stringify(args)})`)) as PageCall;
}
