import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserPath } from '../../browser-paths.ts';


/** Headless Chromium on a page served from 127.0.0.1, with files the benchmark serves from memory. */
export class BrowserSession {
  private readonly files = new Map<string, { body: string; type: string }>();

  private constructor(
    private readonly browser: Browser,
    private readonly server: Server,
    readonly page: Page,
    readonly origin: string,
  ) {}

  static async start(): Promise<BrowserSession> {
    const browser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true });
    let session: BrowserSession | undefined;
    const server = createServer((request, response) => {
      const file = session?.files.get(request.url ?? '');
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
      response.end(file?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await browser.newPage();
    session = new BrowserSession(browser, server, page, origin);
    session.serve('/', '<!doctype html><title>bench</title>', 'text/html');
    await page.goto(`${origin}/`);
    return session;
  }

  /** Makes `body` available to the page at `path`. */
  serve(path: string, body: string, type = 'text/plain; charset=utf-8'): string {
    this.files.set(path, { body, type });
    return path;
  }

  /** Bundles a page-side module (with everything it imports) and runs it in the page. */
  async inject(entry: string): Promise<void> {
    const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'chrome120' });
    await this.run(bundled.outputFiles[0]!.text);
  }

  /** Runs a script in the page through the driver, which the page's Content-Security-Policy does not block. */
  async run(script: string): Promise<void> {
    await this.page.evaluate(script);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
