/** The import worker: one import per worker (the options page starts a fresh one each time). */
import { runImport, type ImportRequest } from '../../src/extension/importer';

self.onmessage = ({ data }: MessageEvent<ImportRequest>) => void runImport(data, (event) => self.postMessage(event));
