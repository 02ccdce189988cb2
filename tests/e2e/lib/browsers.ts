import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { browserPath } from '../../browser-paths';
import { until } from './until';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** The LANTERN_TEST=1 build (test markers on <html>), made by tests/e2e/lib/test-build.ts. */
export const TEST_BUILDS = { chromium: join(ROOT, '.output/test/chrome-mv3'), firefox: join(ROOT, '.output/test/firefox-mv2') };
const FIREFOX_ADDON_ID = 'lantern@example.org';
/** Pinned through a Firefox pref so extension page URLs are known before the add-on is installed. */
const FIREFOX_UUID = '0b1e5a1e-1a2b-4c3d-8e4f-123456789abc';

/** What the tests need of a page; Playwright's and Puppeteer's pages both have this shape. */
export interface TestPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  /** A script as text (a library's source), run through the driver, which the page's CSP does not block. */
  evaluate(script: string): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The page's frames, the extension's card frame among them. */
  frames(): TestFrame[];
}

export interface TestFrame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** A web page, loaded and with the DOM ready. */
  open(url: string): Promise<TestPage>;
  /** An extension page such as `popup.html`, once its document exists. */
  openExtensionPage(path: string): Promise<TestPage>;
  extensionUrl(path: string): string;
  /** The addresses of every open tab. */
  tabUrls(): Promise<string[]>;
  /**
   * Stops the extension's service worker, as Chromium does once it has been idle for 30 s; the next message starts it
   * again. Chromium only: Lantern's background in Firefox is a page that stays.
   */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}

/** Headless Debian Chromium with the built MV3 extension loaded unpacked (Playwright). */
export interface LaunchOptions {
  /** The colour scheme pages are told the user prefers (the system's when absent). */
  colorScheme?: 'light' | 'dark';
}

export async function launchChromium(build = CHROME_BUILD, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lantern-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--disable-background-networking', '--disable-component-update'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page as unknown as TestPage;
  };
  return {
    name: 'chromium',
    open,
    openExtensionPage: (path) => open(base + path),
    extensionUrl: (path) => base + path,
    tabUrls: async () => context.pages().map((page) => page.url()),
    stopBackground: () => stopServiceWorker(context, base),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the service workers of a Chromium context (the extension's, whose scripts start with `scope`, among them),
 * as Chromium stops idle ones; resolves once that one has stopped.
 */
export async function stopServiceWorker(context: BrowserContext, scope: string): Promise<void> {
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  // Enabling the domain reports every worker's state at once, so a worker stopped already resolves too.
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(scope) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Headless Firefox ESR with the built add-on installed temporarily (Puppeteer over WebDriver BiDi). */
export async function launchFirefox(build = FIREFOX_BUILD, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // Puppeteer cannot emulate media features over BiDi; Firefox's own override does it (0 dark, 1 light).
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  const installed = await browser.installExtension(build);
  if (installed !== FIREFOX_ADDON_ID) throw new Error(`installed add-on id ${installed}, expected ${FIREFOX_ADDON_ID}`);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  return {
    name: 'firefox',
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page as unknown as TestPage;
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // BiDi never settles navigations to moz-extension:// (a Puppeteer-over-BiDi limit): fire it and poll instead.
      page.goto(base + path).catch(() => {});
      await until(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState !== 'loading'), 15_000, `${path} loaded`);
      return page as unknown as TestPage;
    },
    extensionUrl: (path) => base + path,
    tabUrls: async () => Promise.all((await browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => page.url()))),
    close: () => browser.close(),
  };
}

export const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;
