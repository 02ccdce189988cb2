import { render } from 'preact';
import { exportJsonl } from '../../src/corpus/export';
import { listWithDamage } from '../../src/corpus/stored';
import { listCollections, loadCollectionBundle, removeCollection, setCollectionPrivate } from '../../src/extension/collections';
import { importInWorker } from '../../src/extension/importer';
import { ask } from '../../src/extension/messages';
import { loadCorpusSettings, loadSettings, saveCorpusSettings, updateSettings } from '../../src/extension/settings';
import { Options } from '../../src/ui/Options';
import '../../src/ui/theme.css';
import '../../src/ui/options.css';

const createWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
/** The background rebuilds its merged view and tells open pages; resolves once it has. */
const collectionsChanged = () => ask('collections-changed', {});

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

render(
  <Options
    loadSummary={() => ask('corpus-summary', {})}
    // A background that cannot answer still leaves the list, and Remove, on the page; the summary shows its error.
    listCollections={async () => listWithDamage(await listCollections(), await ask('damaged-collections', {}).catch(() => []))}
    importFiles={async (kind, files, isPrivate, onStage) => {
      const result = await importInWorker(createWorker, { kind, files, private: isPrivate }, onStage);
      await collectionsChanged();
      return result;
    }}
    removeCollection={async (id) => {
      const restore = await removeCollection(id);
      await collectionsChanged();
      return async () => {
        await restore();
        await collectionsChanged();
      };
    }}
    setPrivate={async ({ id }, isPrivate) => {
      await setCollectionPrivate(id, isPrivate);
      await collectionsChanged();
    }}
    exportCollection={async (info) => download(`${info.name}.jsonl`, exportJsonl(info.kind, await loadCollectionBundle(info.id)))}
    loadBundled={async () => (await loadCorpusSettings()).bundled}
    loadSettings={loadSettings}
    updateSettings={updateSettings}
    setBundled={async (bundled) => {
      await saveCorpusSettings({ bundled });
      await collectionsChanged();
    }}
  />,
  document.getElementById('app')!,
);
