/**
 * Painted section: what a reader sees highlighted on each fixture page (118 real pages and the two large ones) in the
 * built extension in Chromium — the number of painted ranges per page and its most painted terms. `LANTERN_BUILD=DIR`
 * measures another build (an older one, for a before/after table); the default is the e2e test build, whose idle
 * marker tells when a page has been scanned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_BUILDS, launchChromium } from '../e2e/lib/browsers.ts';
import { serveFixtures } from '../e2e/lib/server.ts';
import { until } from '../e2e/lib/until.ts';
import { FIXTURE_PAGES, LARGE_PAGES } from '../fixtures/index.ts';
import type { BenchSection } from './lib/section.ts';

/** Offline and still: third-party loads would stall on this machine's closed network, and the pages' own scripts add noise. */
const STILL_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'">`;

/** The text of every range in the page's highlight registry, whatever the names. */
const paintedTexts = () => {
  const texts: string[] = [];
  for (const [, highlight] of CSS.highlights)
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      texts.push(range.toString());
    }
  return texts;
};

export const paintedBench: BenchSection = {
  name: 'painted',
  async run(context) {
    const build = process.env.LANTERN_BUILD ?? TEST_BUILDS.chromium;
    if (!existsSync(build)) return context.log(`skipped: no build at ${build} (npm run test:e2e makes it, or LANTERN_TEST=1 npx wxt build)`);
    const server = await serveFixtures();
    const browser = await launchChromium(build);
    try {
      const files = [LARGE_PAGES, FIXTURE_PAGES].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
      let total = 0;
      let pagesWithPaint = 0;
      for (const path of context.quick ? files.slice(0, 10) : files) {
        const file = path.split('/').pop()!;
        const html = readFileSync(path, 'utf8').replace(/<head(\s[^>]*)?>/i, (head) => head + STILL_CSP);
        const page = await browser.open(server.page(`/${file}`, html));
        try {
          await until(() => page.evaluate(() => document.documentElement.dataset.testIdle), 60_000, `${file} scanned`);
          const texts = await page.evaluate(paintedTexts);
          const counts = new Map<string, number>();
          for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
          const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([text, n]) => `${text}×${n}`);
          context.results.add(`painted.${file.replace(/\.html$/, '')}`, texts.length, 'ranges');
          context.log(`${file}: ${texts.length} painted${top.length ? ` (${top.join(', ')})` : ''}`);
          total += texts.length;
          if (texts.length) pagesWithPaint++;
        } finally {
          await page.close();
        }
      }
      context.results.add('painted.all-pages', total, 'ranges');
      context.results.add('painted.pages-with-any', pagesWithPaint, 'pages');
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
