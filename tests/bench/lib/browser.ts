import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { browserPath } from '../../browser-paths.ts';

/** What a benchmark needs of a page in either browser's driver. */
interface DriverPage {
  goto(url: string): Promise<unknown>;
  evaluate(script: string): Promise<unknown>;
}

/** A headless browser on a page served from 127.0.0.1, with files the benchmark serves from memory. */
class Session<P extends DriverPage> {
  private readonly files = new Map<string, { body: string; type: string; headers: Record<string, string> }>();
  /** Bundled page modules: a section injects the same one into many page loads. */
  private readonly bundles = new Map<string, string>();
  private server: Server | undefined;
  origin = '';

  protected constructor(
    readonly page: P,
    private readonly closeBrowser: () => Promise<void>,
  ) {}

  protected async listen(): Promise<void> {
    this.server = createServer((request, response) => {
      const file = this.files.get(request.url ?? '');
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain', ...file?.headers });
      response.end(file?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.serve('/', '<!doctype html><title>bench</title>', 'text/html');
    await this.page.goto(`${this.origin}/`);
  }

  /** Makes `body` available to the page at `path`, with these extra response headers. */
  serve(path: string, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): string {
    this.files.set(path, { body, type, headers });
    return path;
  }

  /** Bundles a page-side module (with everything it imports) and runs it in the page. */
  async inject(entry: string): Promise<void> {
    let script = this.bundles.get(entry);
    if (script === undefined) {
      const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: ['chrome120', 'firefox128'] });
      this.bundles.set(entry, (script = bundled.outputFiles[0]!.text));
    }
    await this.run(script);
  }

  /** Runs a script in the page through the driver, which the page's Content-Security-Policy does not block. */
  async run(script: string): Promise<void> {
    await this.page.evaluate(script);
  }

  async close(): Promise<void> {
    await this.closeBrowser();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Headless Debian Chromium (Playwright): every section runs here. */
export class BrowserSession extends Session<Page> {
  static async start(): Promise<BrowserSession> {
    // gc() for the page sections: each method starts from a collected heap, not paying for the last one's garbage.
    const browser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true, args: ['--js-flags=--expose-gc'] });
    const session = new BrowserSession(await browser.newPage(), () => browser.close());
    await session.listen();
    return session;
  }
}

/** Headless Debian Firefox ESR (Puppeteer over WebDriver BiDi), for the sections that compare both browsers. */
export class FirefoxSession extends Session<DriverPage> {
  static async start(): Promise<FirefoxSession> {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPath('firefox'), headless: true });
    const page = await browser.newPage();
    const session = new FirefoxSession({ goto: (url) => page.goto(url), evaluate: (script) => page.evaluate(script) }, () => browser.close());
    await session.listen();
    return session;
  }
}

export type AnySession = BrowserSession | FirefoxSession;
