import { useCallback, useEffect, useState } from 'preact/hooks';
import { PRIVATE_BY_DEFAULT, type CollectionInfo, type CollectionKind, type ImportStage } from '../corpus/collection';
import { formatWarning, type CorpusWarning } from '../corpus/errors';
import type { DamagedCollection, ListedCollection } from '../corpus/stored';
import type { Settings } from '../core/settings';
import { PageSettings } from './PageSettings';
import type { Bundle } from '../core/types';
import { ImportZone } from './ImportZone';
import { PrivateNote, PrivateSwitch } from './PrivateSwitch';

type Summary = Bundle['corpus'];

export interface OptionsProps {
  loadSummary: () => Promise<Summary>;
  listCollections: () => Promise<ListedCollection[]>;
  importFiles: (
    kind: CollectionKind,
    files: File[],
    isPrivate: boolean,
    onStage: (stage: ImportStage, fraction: number) => void,
  ) => Promise<{ info: CollectionInfo; warnings: CorpusWarning[] }>;
  /** Removes a collection; resolves to what puts it back (Undo). */
  removeCollection: (id: string) => Promise<() => Promise<void>>;
  setPrivate: (info: CollectionInfo, isPrivate: boolean) => Promise<void>;
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
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** How long Undo is offered after a removal. */
const UNDO_MS = 10_000;

/**
 * The options page: Lantern on web pages (on, quiet, kinds painted); import articles and watch-lists, private or
 * not; list, export, make private and remove collections, damaged ones included; turn the bundled corpus off.
 */
export function Options(props: OptionsProps) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [summaryError, setSummaryError] = useState('');
  const [collections, setCollections] = useState<ListedCollection[] | null>(null);
  const [bundled, setBundledState] = useState(true);
  const [importPrivate, setImportPrivate] = useState(PRIVATE_BY_DEFAULT);
  const [job, setJob] = useState<ImportState>({ state: 'idle' });
  const [error, setError] = useState('');
  /** The collection whose Remove was pressed once, waiting for the confirmation. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ name: string; undo: () => Promise<void> } | null>(null);
  useEffect(() => {
    if (!removed) return;
    const expire = setTimeout(() => setRemoved(null), UNDO_MS);
    return () => clearTimeout(expire);
  }, [removed]);

  // Each part loads on its own: a summary that fails must not keep the list, where a bad collection is removed, from showing.
  const refresh = useCallback(async () => {
    await Promise.all([
      props.loadSummary().then(
        (loaded) => {
          setSummary(loaded);
          setSummaryError('');
        },
        (e: unknown) => setSummaryError(messageOf(e)),
      ),
      props.listCollections().then(setCollections, (e: unknown) => setError(messageOf(e))),
      props.loadBundled().then(setBundledState, (e: unknown) => setError(messageOf(e))),
    ]);
  }, [props]);
  useEffect(() => void refresh(), [refresh]);

  /** Starts an action: the messages of the previous one go. */
  const act = (work: () => Promise<unknown>) => () => {
    setError('');
    setRemoved(null);
    setConfirming(null);
    if (job.state !== 'running') setJob({ state: 'idle' });
    work()
      .catch((e: unknown) => setError(messageOf(e)))
      .then(refresh);
  };

  const remove = (id: string, name: string) =>
    act(async () => {
      const undo = await props.removeCollection(id);
      setRemoved({ name, undo });
    });
  const startImport = (kind: CollectionKind, files: File[]) => {
    if (!files.length || job.state === 'running') return;
    setError('');
    setRemoved(null);
    setJob({ state: 'running', stage: 'reading', fraction: 0 });
    props
      .importFiles(kind, files, importPrivate[kind], (stage, fraction) => setJob({ state: 'running', stage, fraction }))
      .then(
        ({ info, warnings }) => setJob({ state: 'done', info, warnings }),
        (e: unknown) => setJob({ state: 'failed', message: messageOf(e) }),
      )
      .then(refresh);
  };
  const busy = job.state === 'running';
  const privateSwitch = (kind: CollectionKind) => (
    <PrivateSwitch
      id={`import-${kind}-private`}
      checked={importPrivate[kind]}
      disabled={busy}
      onChange={(on) => setImportPrivate((now) => ({ ...now, [kind]: on }))}
    />
  );

  return (
    <main class="options">
      <h1>Lantern: your corpus</h1>
      <p id="summary" class="muted" data-articles={summary?.articleCount ?? ''}>
        {summary
          ? `Lantern knows ${articles(summary.articleCount)} and ${entities(summary.entityCount)}.`
          : summaryError
            ? `Lantern could not load its corpus: ${summaryError}`
            : 'Loading…'}
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
          >
            {privateSwitch('articles')}
          </ImportZone>
          <ImportZone
            id="import-watchlist"
            title="Watch-list"
            hint=".csv or .txt: one @handle, #hashtag or name a line, then an optional note and kind"
            accept=".csv,.txt"
            disabled={busy}
            onFiles={(files) => startImport('watchlist', files)}
          >
            {privateSwitch('watchlist')}
          </ImportZone>
        </div>
        <PrivateNote />
        <ImportStatus job={job} />
      </section>

      <section aria-labelledby="collections-heading">
        <h2 id="collections-heading">Collections</h2>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {removed && (
          <p id="removed" class="summary" role="status">
            Removed “{removed.name}”.{' '}
            <button type="button" class="undo" onClick={act(removed.undo)}>
              Undo
            </button>
          </p>
        )}
        <ul class="collections" aria-busy={collections === null}>
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
          {collections?.map(({ info, damage }) =>
            damage ? (
              <DamagedRow key={damage.id} damage={damage} onRemove={remove(damage.id, damage.name)} />
            ) : (
              <li class="collection" key={info.id} data-collection={info.id}>
                <span class="name">{info.name}</span>
                <span class="muted">
                  {info.kind === 'articles' ? 'articles' : 'watch-list'} · {countsText(info)} · {new Date(info.createdAt).toLocaleString()}
                </span>
                <span class="actions">
                  <PrivateSwitch checked={info.private} onChange={(on) => act(() => props.setPrivate(info, on))()} />
                  <button type="button" onClick={act(() => props.exportCollection(info))}>
                    Export JSONL
                  </button>
                  <RemoveButton
                    confirming={confirming === info.id}
                    name={info.name}
                    onAsk={() => setConfirming(info.id)}
                    onCancel={() => setConfirming(null)}
                    onRemove={remove(info.id, info.name)}
                  />
                </span>
              </li>
            ),
          )}
        </ul>
      </section>
    </main>
  );
}

/** Remove, then a confirmation in place (Remove “name” / Cancel): one stray click never deletes a collection. */
function RemoveButton(props: { confirming: boolean; name: string; onAsk: () => void; onCancel: () => void; onRemove: () => void }) {
  if (!props.confirming)
    return (
      <button type="button" class="remove" onClick={props.onAsk}>
        Remove
      </button>
    );
  return (
    <span class="confirm" role="group" aria-label={`Remove “${props.name}”?`}>
      <button type="button" class="confirm-remove" onClick={props.onRemove}>
        Remove “{props.name}”
      </button>
      <button type="button" class="cancel" onClick={props.onCancel}>
        Cancel
      </button>
    </span>
  );
}

/** A collection that cannot be loaded: why, and Remove. Its source files are not kept, so it cannot be rebuilt here. */
function DamagedRow({ damage, onRemove }: { damage: DamagedCollection; onRemove: () => void }) {
  return (
    <li class="collection damaged" data-collection={damage.id} data-damaged="">
      <span class="name">{damage.name}</span>
      <span class="reason">Damaged and left out: {damage.reason}.</span>
      <span class="actions">
        <button type="button" class="remove" onClick={onRemove}>
          Remove
        </button>
      </span>
      <span class="muted">Lantern does not keep the files a collection was imported from: import them again to rebuild it.</span>
    </li>
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
          {warnings.map((w, i) => (
            <li key={i}>{formatWarning(w)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
