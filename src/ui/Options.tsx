import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CollectionInfo, CollectionKind, ImportStage } from '../corpus/collection';
import { formatWarning, type CorpusWarning } from '../corpus/errors';
import type { Settings } from '../core/settings';
import { PageSettings } from './PageSettings';
import type { Bundle } from '../core/types';
import { ImportZone } from './ImportZone';

type Summary = Bundle['corpus'];

export interface OptionsProps {
  loadSummary: () => Promise<Summary>;
  listCollections: () => Promise<CollectionInfo[]>;
  importFiles: (kind: CollectionKind, files: File[], onStage: (stage: ImportStage, fraction: number) => void) => Promise<{ info: CollectionInfo; warnings: CorpusWarning[] }>;
  removeCollection: (info: CollectionInfo) => Promise<void>;
  exportCollection: (info: CollectionInfo) => Promise<void>;
  loadBundled: () => Promise<boolean>;
  setBundled: (on: boolean) => Promise<void>;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: (settings: Settings) => Settings) => Promise<void>;
}

/** Where each stage starts and ends on the progress bar: measured shares of a 20,000-article import (names take longest). */
const STAGE_SPAN: Record<ImportStage, [number, number]> = {
  reading: [0, 0.01],
  articles: [0.01, 0.07],
  entities: [0.07, 0.6],
  mentions: [0.6, 0.67],
  index: [0.67, 0.97],
  saving: [0.97, 1],
};
const progressAt = (stage: ImportStage, fraction: number) => STAGE_SPAN[stage][0] + (STAGE_SPAN[stage][1] - STAGE_SPAN[stage][0]) * fraction;
const STAGE_LABEL: Record<ImportStage, string> = {
  reading: 'Reading files',
  articles: 'Cleaning articles',
  entities: 'Finding names, @handles and #hashtags',
  mentions: 'Finding mentions',
  index: 'Building the search index',
  saving: 'Saving',
};

type ImportState =
  | { state: 'idle' }
  | { state: 'running'; stage: ImportStage; fraction: number }
  | { state: 'done'; info: CollectionInfo; warnings: CorpusWarning[] }
  | { state: 'failed'; message: string };

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
const articles = (n: number) => count(n, 'article', 'articles');
const entities = (n: number) => count(n, 'entity', 'entities');
const countsText = ({ kind, counts }: CollectionInfo) =>
  kind === 'articles' ? `${articles(counts.articles)}, ${entities(counts.entities)}` : count(counts.entities, 'entry', 'entries');

/**
 * The options page: Lantern on web pages (on, quiet, kinds painted); import articles and watch-lists; list, export
 * and remove collections; turn the bundled corpus off.
 */
export function Options(props: OptionsProps) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [collections, setCollections] = useState<CollectionInfo[]>([]);
  const [bundled, setBundledState] = useState(true);
  const [job, setJob] = useState<ImportState>({ state: 'idle' });
  const [error, setError] = useState('');

  const refresh = useCallback(async () => {
    const [list, on, sum] = await Promise.all([props.listCollections(), props.loadBundled(), props.loadSummary()]);
    setCollections(list);
    setBundledState(on);
    setSummary(sum);
  }, [props]);
  useEffect(() => {
    refresh().catch((e: unknown) => setError(String(e)));
  }, [refresh]);

  const act = (work: () => Promise<unknown>) => () => {
    setError('');
    work()
      .then(refresh)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  const startImport = (kind: CollectionKind, files: File[]) => {
    if (!files.length || job.state === 'running') return;
    setJob({ state: 'running', stage: 'reading', fraction: 0 });
    props
      .importFiles(kind, files, (stage, fraction) => setJob({ state: 'running', stage, fraction }))
      .then(
        ({ info, warnings }) => setJob({ state: 'done', info, warnings }),
        (e: unknown) => setJob({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
      )
      .then(refresh)
      .catch((e: unknown) => setError(String(e)));
  };
  const busy = job.state === 'running';

  return (
    <main class="options">
      <h1>Lantern: your corpus</h1>
      <p id="summary" class="muted" data-articles={summary?.articleCount ?? ''}>
        {summary ? `Lantern knows ${articles(summary.articleCount)} and ${entities(summary.entityCount)}.` : 'Loading…'}
      </p>

      <PageSettings load={props.loadSettings} update={props.updateSettings} />

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <div class="zones">
          <ImportZone
            id="import-articles"
            title="Articles"
            hint=".txt, .md, .html or .jsonl ({id, title, date, source, url, text} a line), plus an optional entities.json"
            accept=".txt,.md,.html,.htm,.jsonl,.json"
            disabled={busy}
            onFiles={(files) => startImport('articles', files)}
          />
          <ImportZone
            id="import-watchlist"
            title="Watch-list"
            hint=".csv or .txt: one @handle, #hashtag or name a line, then an optional note and kind"
            accept=".csv,.txt"
            disabled={busy}
            onFiles={(files) => startImport('watchlist', files)}
          />
        </div>
        <ImportStatus job={job} />
      </section>

      <section aria-labelledby="collections-heading">
        <h2 id="collections-heading">Collections</h2>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <ul class="collections">
          <li class="collection">
            <label>
              <input
                id="bundled-toggle"
                type="checkbox"
                checked={bundled}
                onChange={(e) => act(() => props.setBundled((e.currentTarget as HTMLInputElement).checked))()}
              />{' '}
              Bundled corpus <span class="muted">(built into the extension)</span>
            </label>
          </li>
          {collections.map((info) => (
            <li class="collection" key={info.id} data-collection={info.id}>
              <span class="name">{info.name}</span>
              <span class="muted">
                {info.kind === 'articles' ? 'articles' : 'watch-list'} · {countsText(info)} · {new Date(info.createdAt).toLocaleString()}
              </span>
              <span class="actions">
                <button type="button" onClick={act(() => props.exportCollection(info))}>
                  Export JSONL
                </button>
                <button type="button" class="remove" onClick={act(() => props.removeCollection(info))}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function ImportStatus({ job }: { job: ImportState }) {
  if (job.state === 'idle') return null;
  if (job.state === 'running')
    return (
      <div id="import-progress" class="progress" aria-live="polite">
        <progress max={1} value={progressAt(job.stage, job.fraction)} aria-label="Import progress" />
        <span>{STAGE_LABEL[job.stage]}…</span>
      </div>
    );
  if (job.state === 'failed')
    return (
      <p id="import-error" class="error" role="alert">
        Nothing was imported: {job.message}
      </p>
    );
  const { info, warnings } = job;
  return (
    <div id="import-summary" class="summary" aria-live="polite" data-collection={info.id}>
      <p>
        Imported “{info.name}”: {info.kind === 'articles' ? `${articles(info.counts.articles)} added, ` : ''}
        {entities(info.counts.entities)} found ({count(info.counts.aliases, 'alias', 'aliases')}).
        {warnings.length ? ` Skipped (${warnings.length}):` : ''}
      </p>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w) => (
            <li>{formatWarning(w)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
