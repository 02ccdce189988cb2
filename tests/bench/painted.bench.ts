/**
 * Painted section: what a reader sees highlighted in the built extension in Chromium — on each fixture page (118 real
 * pages and the two large ones, almost none about the seeds' story) and on the news corpus's articles about it (44 real
 * articles naming ISIS or Anonymous at least three times, each as a plain article page): the number of painted ranges
 * per page and its most painted terms. `LANTERN_PAINTED_CONTEXT=1` logs every painted term with the text around it, to
 * check them one by one. `LANTERN_BUILD=DIR` measures another build (an older one, for a before/after table); the
 * default is the e2e test build, whose idle marker tells when a page has been scanned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_BUILDS, launchChromium, type ExtensionBrowser } from '../e2e/lib/browsers.ts';
import { serveFixtures, STILL_CSP } from '../e2e/lib/server.ts';
import { until } from '../e2e/lib/until.ts';
import { FIXTURE_PAGES, LARGE_PAGES, readNewsCorpus } from '../fixtures/index.ts';
import type { BenchContext, BenchSection } from './lib/section.ts';

/** Names that make a news article one about the seeds' story. */
const STORY_NAMES = /\bISIS\b|Islamic State|\bISIL\b|\bDaesh\b|\bAnonymous\b/g;
const STORY_MIN_MENTIONS = 3;

interface Painted {
  text: string;
  /** The term in its text node, with up to 50 characters either side. */
  context: string;
}

/** Every range in the page's highlight registry, whatever the names. */
const paintedOnPage = (): Painted[] => {
  const painted: Painted[] = [];
  for (const [, highlight] of CSS.highlights)
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const around = r.startContainer.textContent ?? '';
      const context = `${around.slice(Math.max(0, r.startOffset - 50), r.startOffset)}[${range.toString()}]${around.slice(r.endOffset, r.endOffset + 50)}`;
      painted.push({ text: range.toString(), context: context.replace(/\s+/g, ' ') });
    }
  return painted;
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The corpus's articles about the story, most mentions first, as article pages. */
function storyPages(): { name: string; html: string }[] {
  const articles = readNewsCorpus()
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
  return articles
    .map((article) => ({ article, mentions: `${article.title}\n${article.text}`.match(STORY_NAMES)?.length ?? 0 }))
    .filter(({ mentions }) => mentions >= STORY_MIN_MENTIONS)
    .sort((a, b) => b.mentions - a.mentions || (a.article.id < b.article.id ? -1 : 1))
    .map(({ article }) => ({
      name: `news-${article.id}`,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head><body><article><h1>${escapeHtml(article.title)}</h1>${article.text
        .split(/\n+/)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('')}</article></body></html>`,
    }));
}

function fixturePages(): { name: string; html: string }[] {
  return [LARGE_PAGES, FIXTURE_PAGES].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(dir, f), 'utf8') })),
  );
}

/** Opens each page, logs and records what it paints; returns the total painted and how many pages paint anything. */
async function measure(
  context: BenchContext,
  browser: ExtensionBrowser,
  server: Awaited<ReturnType<typeof serveFixtures>>,
  group: string,
  pages: { name: string; html: string }[],
) {
  const withContext = process.env.LANTERN_PAINTED_CONTEXT === '1';
  let total = 0;
  let pagesWithPaint = 0;
  for (const { name, html } of context.quick ? pages.slice(0, 10) : pages) {
    // Offline and still: third-party loads would stall on this machine's closed network, and the pages' own scripts add noise.
    const page = await browser.open(server.page(`/${name}.html`, html, STILL_CSP));
    try {
      await until(() => page.evaluate(() => document.documentElement.dataset.testIdle), 60_000, `${name} scanned`);
      const painted = await page.evaluate(paintedOnPage);
      const counts = new Map<string, number>();
      for (const { text } of painted) counts.set(text, (counts.get(text) ?? 0) + 1);
      const top = [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([text, n]) => `${text}×${n}`);
      context.results.add(`painted.${name}`, painted.length, 'ranges');
      context.log(`${name}: ${painted.length} painted${top.length ? ` (${top.join(', ')})` : ''}`);
      if (withContext) for (const term of painted) context.log(`  ${term.text} | ${term.context}`);
      total += painted.length;
      if (painted.length) pagesWithPaint++;
    } finally {
      await page.close();
    }
  }
  context.results.add(`painted.${group}.all`, total, 'ranges');
  context.results.add(`painted.${group}.pages-with-any`, pagesWithPaint, 'pages');
}

export const paintedBench: BenchSection = {
  name: 'painted',
  async run(context) {
    const build = process.env.LANTERN_BUILD ?? TEST_BUILDS.chromium;
    if (!existsSync(build)) return context.log(`skipped: no build at ${build} (npm run test:e2e makes it, or LANTERN_TEST=1 npx wxt build)`);
    const server = await serveFixtures();
    const browser = await launchChromium(build);
    try {
      await measure(context, browser, server, 'fixture-pages', fixturePages());
      await measure(context, browser, server, 'story-articles', storyPages());
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
