import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Bundle } from '../core/types';
import type { EntityViewModel } from '../card/entity-view-model';
import type { SearchResults } from '../search/types';
import { EntityPanel } from './EntityPanel';
import { COMPLETE_RESULTS_MARK, FIRST_RESULTS_MARK } from './marks';
import type { PageAccess } from '../extension/protocol';
import { OnThisPage } from './OnThisPage';
import { moveActive, resultOptions, type ResultOption } from './options-list';
import { hasResults, ResultList } from './ResultList';
import { Suggestions } from './Suggestions';
import { useSearch } from './useSearch';

type Summary = Bundle['corpus'];

export interface PopupProps {
  loadSummary: () => Promise<Summary>;
  /** `complete`: wait for the articles rather than answer with the entities first. */
  search: (query: string, complete: boolean) => Promise<SearchResults>;
  loadEntity: (entityId: string) => Promise<EntityViewModel | null>;
  openArticle: (articleId: string, sentence: number) => void;
  /** From the address: `?q=` (look-up of a selection) or `?entity=` (a shared entity link). */
  initialQuery?: string;
  initialEntity?: string;
  /** The page the popup was opened on, for "On this page"; null where there is none. */
  page?: Promise<PageAccess | null>;
}

const LISTBOX = 'results';

export function Popup({ loadSummary, search, loadEntity, openArticle, initialQuery = '', initialEntity, page }: PopupProps) {
  const [pageAccess, setPageAccess] = useState<PageAccess | null>(null);
  useEffect(() => void page?.then(setPageAccess, () => setPageAccess(null)), [page]);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [summaryError, setSummaryError] = useState('');
  const [query, setQuery] = useState(initialQuery);
  const [entityId, setEntityId] = useState(initialEntity ?? null);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const { results, error } = useSearch(query, search);
  const options = useMemo(() => (results ? resultOptions(results) : []), [results]);

  // Layout effect, as in useSearch: asked before the first paint.
  useLayoutEffect(() => {
    loadSummary().then(setSummary, (e: unknown) => setSummaryError(String(e)));
  }, [loadSummary]);
  // Marked once each, at the first reply shown with something in it and at the first complete one, so `npm run bench`
  // reads open-to-first-results as the popup saw it.
  useEffect(() => {
    const markOnce = (mark: string) => performance.getEntriesByName(mark).length || performance.mark(mark);
    if (results && (hasResults(results) || !results.articlesPending)) markOnce(FIRST_RESULTS_MARK);
    if (results && !results.articlesPending) markOnce(COMPLETE_RESULTS_MARK);
  }, [results]);
  // Layout effect: new results reset the active row before any further key press is handled.
  useLayoutEffect(() => setActive(options.length ? 0 : -1), [options]);
  useEffect(() => {
    if (entityId === null) input.current?.focus();
  }, [entityId]);

  const choose = useCallback(
    (option: ResultOption) => (option.kind === 'entity' ? setEntityId(option.hit.id) : openArticle(option.hit.id, option.hit.sentence)),
    [openArticle],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => moveActive(current, delta, options.length));
    } else if (e.key === 'Enter' && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault(); // clear first; a second Escape closes the popup
      setQuery('');
    }
  };

  useEffect(() => {
    document.getElementById(options[active]?.id ?? '')?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  return (
    <main class="popup">
      <header class="bar">
        <h1>
          <span class="logo" aria-hidden="true" />
          Lantern
        </h1>
      </header>
      {entityId !== null ? (
        <EntityPanel entityId={entityId} loadEntity={loadEntity} onEntity={setEntityId} onArticle={openArticle} onBack={() => setEntityId(null)} />
      ) : (
        <section class="search" data-results-for={results?.query}>
          <label class="visually-hidden" for="search">
            Search the corpus
          </label>
          <input
            id="search"
            ref={input}
            type="search"
            role="combobox"
            list={undefined /* Preact's types require it with role="combobox"; there is no datalist */}
            aria-expanded={options.length > 0}
            aria-controls={LISTBOX}
            aria-autocomplete="list"
            aria-activedescendant={options[active]?.id}
            placeholder="Search names, #hashtags, @handles, articles"
            autocomplete="off"
            spellcheck={false}
            maxLength={1000}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          {pageAccess && !query.trim() && <OnThisPage access={pageAccess} />}
          {error ? (
            <p role="alert">Search failed: {error}</p>
          ) : !results || (results.articlesPending && !hasResults(results)) ? (
            <p class="state" aria-busy="true">
              {results ? 'Searching articles…' : 'Loading…'}
            </p>
          ) : hasResults(results) ? (
            <>
              <ResultList id={LISTBOX} options={options} active={active} onChoose={choose} onHover={setActive} />
              {results.articlesPending && (
                <p class="state pending" id="articles-pending" role="status" aria-busy="true">
                  Searching articles…
                </p>
              )}
            </>
          ) : (
            <div class="state" id="empty-state" role="status" data-state={query.trim() ? 'no-results' : 'empty'}>
              <p>
                {query.trim()
                  ? `Nothing in the corpus matches “${query.length > 60 ? `${query.slice(0, 60)}…` : query}”.`
                  : 'Type a name, an @handle, a #hashtag or any word.'}
              </p>
              <Suggestions label={query.trim() ? 'Try' : 'Most mentioned:'} suggestions={results.suggestions} onPick={setQuery} />
            </div>
          )}
        </section>
      )}
      <footer>
        {summaryError ? (
          <p role="alert">Could not load the corpus: {summaryError}</p>
        ) : summary ? (
          <p id="corpus-summary" data-articles={summary.articleCount} data-entities={summary.entityCount}>
            {summary.name}: {summary.articleCount} articles · {summary.entityCount} entities · {summary.aliasCount} aliases
          </p>
        ) : (
          <p aria-busy="true">Loading corpus…</p>
        )}
      </footer>
    </main>
  );
}
