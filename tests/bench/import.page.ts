/** Runs in the benchmark page: the content script's dictionary load, and an import through the real import worker. */
import { mergeCollections } from '../../src/corpus/merge.ts';
import { loadCollections } from '../../src/extension/collections.ts';
import type { ImportEvent } from '../../src/extension/importer.ts';
import { createMatcher } from '../../src/match/index.ts';

export interface ImportMeasurement {
  totalMs: number;
  /** Time from the start to each stage's start. */
  stages: Record<string, number>;
  failed?: string;
  articles: number;
}

/** The last matcher built, held so the heap measurement sees it. */
export let keptMatcher: unknown;

const importBench = {
  /** Fetch + JSON.parse + createMatcher, as the content script does; the matcher is kept so its heap can be read. */
  async loadDictionary(url: string): Promise<number> {
    const started = performance.now();
    const compiled = await (await fetch(url)).json();
    keptMatcher = createMatcher(compiled);
    return performance.now() - started;
  },
  async importFile(fileUrl: string, name: string, workerUrl: string): Promise<ImportMeasurement> {
    const file = new File([await (await fetch(fileUrl)).blob()], name);
    const worker = new Worker(workerUrl);
    const started = performance.now();
    const stages: Record<string, number> = {};
    return new Promise((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<ImportEvent>) => {
        const at = performance.now() - started;
        if (data.type === 'stage') return void (stages[data.stage] ??= at);
        worker.terminate();
        resolve({
          totalMs: at,
          stages,
          articles: data.type === 'done' ? data.info.counts.articles : 0,
          ...(data.type === 'failed' ? { failed: data.message } : {}),
        });
      };
      worker.postMessage({ kind: 'articles', files: [file], private: false });
    });
  },
  /** The bytes IndexedDB takes on disk for this origin, once Chromium has written them out. */
  async diskUsage(): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
  },
  /** What the background does when collections change or it restarts: read every stored collection, then merge. */
  async rebuild(): Promise<{ readMs: number; mergeMs: number }> {
    const started = performance.now();
    const { loaded } = await loadCollections();
    const read = performance.now();
    mergeCollections(loaded.map(({ info, bundle }) => ({ prefix: info.id, bundle })));
    return { readMs: read - started, mergeMs: performance.now() - read };
  },
};

(globalThis as unknown as { importBench: typeof importBench }).importBench = importBench;
