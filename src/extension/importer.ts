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
  /** Whether the new collection is private (CollectionInfo.private). */
  private: boolean;
}

export type ImportEvent =
  /** `fraction`: how far the stage is (0–1), where the build can tell. */
  | { type: 'stage'; stage: ImportStage; fraction?: number }
  | { type: 'done'; info: CollectionInfo; warnings: CorpusWarning[] }
  | { type: 'failed'; message: string };

/** The worker's side: build the collection from the files, then store it in one transaction. */
export async function runImport({ kind, files, private: isPrivate }: ImportRequest, emit: (event: ImportEvent) => void): Promise<void> {
  try {
    checkImportSize(files);
    emit({ type: 'stage', stage: 'reading' });
    const corpusFiles = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const name = collectionName(files);
    let told = { stage: '', percent: -1 };
    const { bundle, warnings } = buildCollection(kind, { name, files: corpusFiles }, (stage, fraction = 0) => {
      // One message per stage and per whole percent: a 20,000-article build would otherwise post 20,000.
      const percent = Math.floor(fraction * 100);
      if (stage === told.stage && percent === told.percent) return;
      told = { stage, percent };
      emit({ type: 'stage', stage, fraction });
    });
    emit({ type: 'stage', stage: 'saving' });
    const info: CollectionInfo = { id: newCollectionId(), name, kind, createdAt: new Date().toISOString(), counts: countsOf(bundle), private: isPrivate };
    await saveCollection(info, bundle);
    emit({ type: 'done', info, warnings });
  } catch (error) {
    emit({ type: 'failed', message: error instanceof CorpusError ? error.message : `import failed: ${String(error)}` });
  }
}

/** The page's side: runs one import in a fresh worker and ends the worker when it is over. */
export function importInWorker(createWorker: () => Worker, request: ImportRequest, onStage: (stage: ImportStage, fraction: number) => void) {
  return new Promise<Extract<ImportEvent, { type: 'done' }>>((resolve, reject) => {
    const worker = createWorker();
    const finish = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<ImportEvent>) => {
      if (data.type === 'stage') return onStage(data.stage, data.fraction ?? 0);
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
