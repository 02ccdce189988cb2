import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS } from '../core/highlight-colours';
import { highlightKindOf, type HighlightKind } from '../core/settings';
import type { Bundle } from '../core/types';
import type { PageDictionary } from '../extension/protocol';
import { createMatcher } from '../match/index';
import { splitByRanges } from '../search/segments';
import { plural } from '../search/format';

/** A sentence such as the pages Lantern is made for: the live example is highlighted by the real dictionary. */
const EXAMPLE =
  'In 2015 Anonymous declared war on ISIS, also called Daesh; volunteers such as @CtrlSec and WauchulaGhost reported thousands of accounts under #OpISIS.';

/** Painted as pages paint it. */
const painted = (kind: HighlightKind) => ({
  background: HIGHLIGHT_COLOURS[kind].fill,
  textDecoration: `underline 2px ${HIGHLIGHT_COLOURS[kind].line}`,
  color: 'inherit',
});

interface Props {
  loadSummary(): Promise<Bundle['corpus']>;
  loadDictionary(): Promise<PageDictionary>;
  optionsUrl: string;
  searchUrl: string;
}

/** First run: what Lantern highlights (live), how to hover, search and import, and what it knows. */
export function Welcome({ loadSummary, loadDictionary, optionsUrl, searchUrl }: Props) {
  const [summary, setSummary] = useState<Bundle['corpus'] | null>(null);
  const [example, setExample] = useState<{ text: string; kind?: HighlightKind }[] | null>(null);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    loadSummary().then(setSummary, (error: unknown) => setFailed(String(error)));
    loadDictionary().then(
      ({ matcher }) => {
        const matches = createMatcher(matcher).find(EXAMPLE);
        setExample(splitByRanges(EXAMPLE, matches).map(({ text, range }) => (range ? { text, kind: highlightKindOf(range.alias) } : { text })));
      },
      (error: unknown) => setFailed(String(error)),
    );
  }, [loadSummary, loadDictionary]);
  return (
    <main class="welcome">
      <h1>Lantern is on</h1>
      <p class="lead">
        On every page you visit, Lantern highlights the names, @handles and #hashtags its corpus knows — under any of their names — and tells you who or what
        they are.
      </p>
      <section aria-labelledby="example-title">
        <h2 id="example-title">On a page it looks like this</h2>
        <p class="example" data-testid="welcome-example">
          {example
            ? example.map((part, i) =>
                part.kind ? (
                  <mark key={i} data-kind={part.kind} style={painted(part.kind)}>
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )
            : EXAMPLE}
        </p>
        <p class="muted">Amber for names, blue for @handles, green for #hashtags. The page itself is never changed.</p>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title">How to use it</h2>
        <ul>
          <li>
            <strong>Hover</strong> a highlighted term for its card: what it is, its other names, and the articles that mention it, with the sentence. Click the
            card to pin it; Escape closes it; Alt+Shift+J and Alt+Shift+K step through the terms on a page.
          </li>
          <li>
            <strong>Search</strong> from the Lantern button in the toolbar: names, aliases, #hashtags and @handles, with typos forgiven. Select text on any page
            and press Alt+Shift+L to look it up. <a href={searchUrl}>Search now</a>
          </li>
          <li>
            <strong>Import</strong> your own articles or a watch-list of handles and names on the <a href={optionsUrl}>options page</a>. Watch-lists are private
            by default: found on pages, never painted where the page could see them.
          </li>
          <li>
            <strong>On sites you investigate</strong>, switch Lantern to quiet (found, nothing painted) or off, from the toolbar popup.
          </li>
        </ul>
      </section>
      <section aria-labelledby="corpus-title">
        <h2 id="corpus-title">What it knows</h2>
        <p data-testid="welcome-corpus">
          {summary
            ? `${plural(summary.articleCount, 'article')}, ${plural(summary.entityCount, 'entity', 'entities')} and ${plural(summary.aliasCount, 'name')} to find them by (${summary.name}).`
            : failed
              ? `Lantern could not load its corpus: ${failed}`
              : 'Loading…'}
        </p>
      </section>
    </main>
  );
}
