/**
 * Imports run in a dedicated worker started by the options page: the page stays responsive, and closing it ends
 * the worker before the single write transaction, so nothing half-built is ever stored.
 */
import { buildCollection, checkImportSize, collectionName, countsOf, type CollectionInfo, type CollectionKind, type ImportStage } from '../corpus/collection';
import { CorpusError, type CorpusWarning } from '../corpus/errors';
import { newCollectionId, saveCollection } from './collections';

export interface ImportRequest {
  kind: CollectionKind;
  files: File[];
}

export type ImportEvent =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; info: CollectionInfo; warnings: CorpusWarning[] }
  | { type: 'failed'; message: string };

/** The worker's side: build the collection from the files, then store it in one transaction. */
export async function runImport({ kind, files }: ImportRequest, emit: (event: ImportEvent) => void): Promise<void> {
  try {
    checkImportSize(files);
    emit({ type: 'stage', stage: 'reading' });
    const corpusFiles = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const name = collectionName(files);
    const { bundle, warnings } = buildCollection(kind, { name, files: corpusFiles }, (stage) => emit({ type: 'stage', stage }));
    emit({ type: 'stage', stage: 'saving' });
    const info: CollectionInfo = { id: newCollectionId(), name, kind, createdAt: new Date().toISOString(), counts: countsOf(bundle) };
    await saveCollection(info, bundle);
    emit({ type: 'done', info, warnings });
  } catch (error) {
    emit({ type: 'failed', message: error instanceof CorpusError ? error.message : `import failed: ${String(error)}` });
  }
}

/** The page's side: runs one import in a fresh worker and ends the worker when it is over. */
export function importInWorker(createWorker: () => Worker, request: ImportRequest, onStage: (stage: ImportStage) => void) {
  return new Promise<Extract<ImportEvent, { type: 'done' }>>((resolve, reject) => {
    const worker = createWorker();
    const finish = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<ImportEvent>) => {
      if (data.type === 'stage') return onStage(data.stage);
      finish();
      if (data.type === 'done') resolve(data);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`import failed: ${event.message || 'the import worker stopped'}`));
    };
    worker.postMessage(request);
  });
}
